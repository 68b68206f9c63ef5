export * from "./forecast";
export * from "./format";
export * from "./durations";
export * from "./verdict";
export * from "./work-back";
export {
  REGIONAL_STEP_LABELS,
  type RegionalFacts,
  type RegionalPlannedStep,
  type RegionalStepName,
} from "./regional-plan";
export { dutchDay, earliestInForceAfter, publicationDeadline, WorkingDays } from "./calendar";
