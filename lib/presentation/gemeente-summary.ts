/**
 * The public gemeente page of a gemeente in many regelingen (national scale: ~57 regelingen, ~115
 * tracks) rendered every procedure's explanation and both tracks' stand, plus three drawn timelines:
 * ~170 kB of HTML and most of a cache miss's server CPU (docs/performance.md, "Cheap misses"). By
 * default it shows a bounded summary — the newest procedures, and the running regelingen as links
 * instead of drawn timelines (each regeling's own page draws its timeline) — and says so, with
 * "Toon alle procedures" (`?alles=ja`) for the complete page. A gemeente in few procedures (every
 * real gemeente today) sees the complete page. The summary's read model is
 * lib/services/public/gemeente-summary.ts (it reads only the shown procedures' tracks).
 */

/** Up to this many procedures the page shows them all; above it, the summary shows this many. */
export const SUMMARY_PROCEDURES = 10;

/** The summary's windows: recent steps, coming items and meetings; recent besluiten and zienswijzen. */
export const SUMMARY_RECENT = 10;
export const SUMMARY_RECENT_DECISIONS = 5;

export interface ProcedureSummary {
  /** How many procedures the gemeente takes part in. */
  total: number;
}

/** The summary the page announces, or null when the gemeente's procedures all fit (the complete page). */
export function boundedSummary(total: number): ProcedureSummary | null {
  return total > SUMMARY_PROCEDURES ? { total } : null;
}
