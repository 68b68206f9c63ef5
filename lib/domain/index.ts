/** Public API of the framework-free domain core (see docs/domain-api.md). */
export * from "./dates";
export * from "./events";
export * from "./decision";
export * from "./participants";
export * from "./deadlines";
export * from "./procedures/gr";
export * from "./procedures/beleidskader";
export * from "./procedures/dienstverleningshandvest";
export * from "./procedures/begroting";
export * from "./procedures/begroting-planning";
export * from "./forecast";
export { renderStateDiagrams, renderMachine, ALL_MACHINES } from "./diagrams";
export * from "./reminders";
export * from "./users";
export * from "./regeling";
export * from "./procedures/planned";
export * from "./pdf-requirement";
