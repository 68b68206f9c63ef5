export * from "./forecast";
export * from "./format";
