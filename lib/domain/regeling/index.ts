export * from "./replaced";
export * from "./content-checklist";
export * from "./registers";
