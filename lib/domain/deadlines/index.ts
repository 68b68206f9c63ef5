export * from "./holidays";
export * from "./durations";
export * from "./compute";
export * from "./format";
