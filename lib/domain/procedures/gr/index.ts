export * from "./machines";
export * from "./types";
export * from "./raad-track";
export * from "./college-track";
export * from "./regional";
export * from "./procedure";
export * from "./derive";
