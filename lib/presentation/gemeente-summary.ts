/**
 * The public gemeente page of a gemeente in many regelingen (national scale: ~57 regelingen, ~115
 * tracks) rendered every procedure's explanation and both tracks' stand, plus three drawn timelines:
 * ~170 kB of HTML and most of a cache miss's server CPU (docs/performance.md, "Cheap misses"). By
 * default it now shows a bounded summary — the most recent procedures and one drawn timeline — and
 * says so, with "Toon alles" (`?alles=ja`) for the complete page. A gemeente in few procedures (every
 * real gemeente today) sees the complete page.
 */

/** Up to this many procedures the page shows them all; above it, the summary shows this many. */
export const SUMMARY_PROCEDURES = 10;

/** Drawn timelines on the summary (the complete page draws GEMEENTE_TIMELINE_LIMIT). */
export const SUMMARY_TIMELINES = 1;

export interface ProcedureSummary {
  /** The procedures the page shows, in the given order. */
  shown: ReadonlySet<string>;
  /** How many procedures the gemeente takes part in. */
  total: number;
  /** Whether procedures were left out (the page then says so and links to `?alles=ja`). */
  bounded: boolean;
}

/**
 * Which procedures the page shows, from the procedure ids in creation order (oldest first, possibly
 * repeated: one per track). The summary keeps the most recently created ones: those still running.
 */
export function summarizeProcedures(procedureIdsInOrder: readonly string[], showAll: boolean): ProcedureSummary {
  const all = [...new Set(procedureIdsInOrder)];
  const bounded = !showAll && all.length > SUMMARY_PROCEDURES;
  return {
    shown: new Set(bounded ? all.slice(-SUMMARY_PROCEDURES) : all),
    total: all.length,
    bounded,
  };
}
