import { type CorrectableRegionalStep, type GrProcedureState, type IsoDate, recordedRegionalDate } from "@/lib/domain";
import { formatDutchDate } from "./dates";

/**
 * Seeded planning superseded by the registered fact (issue 16 point 2). A PLANNING milestone of the sources ("Concept-GR
 * … naar de raden", mei 2026) may name the regional step it plans (`plannedStep`). Once a GR procedure of the regeling
 * has that step registered, screens, feeds and the API show the fact with its legal date (the date the step was
 * taken in law, not the day it was entered), never "Gepland" any more.
 */
export interface MilestoneRecord {
  kind: "FEIT" | "PLANNING" | "WETTELIJK";
  date: Date;
  precision: "DAY" | "MONTH" | "QUARTER" | "HALF_YEAR" | "YEAR";
  dateText: string;
  position: number;
  plannedStep: string | null;
}

/** The planned step's legal date in the regeling's GR procedures (the `regional` column: the whole state), if any. */
export function registeredStepDate(grStates: readonly unknown[], step: string): IsoDate | null {
  const dates = grStates
    .map((state) => {
      const p = state as GrProcedureState | null;
      return p?.regional ? recordedRegionalDate(p, step as CorrectableRegionalStep) : undefined;
    })
    .filter((d): d is IsoDate => typeof d === "string")
    .sort();
  // The first procedure that took the step is when the plan came true.
  return dates[0] ?? null;
}

/**
 * The milestones as screens show them: a planned one whose step is registered becomes the fact (kind FEIT, its legal
 * date to the day, the plan kept in `plannedText`), and the list is in date order again.
 */
export function milestonesWithFacts<M extends MilestoneRecord>(
  milestones: readonly M[],
  grStates: readonly unknown[],
): (M & { plannedText: string | null })[] {
  return milestones
    .map((m) => {
      const on = m.kind === "PLANNING" && m.plannedStep ? registeredStepDate(grStates, m.plannedStep) : null;
      if (!on) return { ...m, plannedText: null };
      return {
        ...m,
        kind: "FEIT" as const,
        date: new Date(`${on}T00:00:00Z`),
        precision: "DAY" as const,
        dateText: formatDutchDate(on),
        plannedText: `gepland: ${m.dateText}`,
      };
    })
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.position - b.position);
}
