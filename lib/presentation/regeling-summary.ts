/**
 * The public page of a regeling with many participants (national scale: 30 gemeenten) rendered a
 * participant table, a 30-lane drawn timeline with a facts table of every step, every zienswijze and
 * besluit and every coming deadline: ~250 kB of HTML and the heaviest cache miss of the public pages
 * (docs/performance.md, "Cheap misses, wave 11"). By default such a page now shows a bounded summary —
 * counts per stand, the raden that have to decide now with their last day, the newest documents and
 * decisions, the first coming dates — and says so, with "Toon alles" (`?alles=ja`) for the complete
 * page. A regeling with few participants (every Flevoland regeling) sees the complete page.
 */

/** Up to this many participants the page shows everything; above it, the bounded summary. */
export const SUMMARY_PARTICIPANTS = 10;

/** Rows per list on the summary: raden that have to decide, coming dates, zienswijzen, besluiten. */
export const SUMMARY_ROWS = 10;

/** Documents on the summary (the newest). */
export const SUMMARY_DOCUMENTS = 5;

/** Whether the page shows the bounded summary. */
export function isBoundedRegeling(participants: number, showAll: boolean): boolean {
  return !showAll && participants > SUMMARY_PARTICIPANTS;
}

/** Raad stands in which the raad has to take a decision now (a zienswijze or the toestemming). */
const DECIDING_NOW: ReadonlySet<string> = new Set([
  "ontvangen",
  "geagendeerd",
  "toestemming_ontvangen",
  "toestemming_geagendeerd",
  "toestemming_aangehouden",
  "herbesluit_nodig",
]);

export interface StandCount {
  stand: string;
  count: number;
}

/** How many of the given stands there are of each, most first (ties by text, so the order is stable). */
export function countPerStand(stands: readonly string[]): StandCount[] {
  const counts = new Map<string, number>();
  for (const s of stands) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts]
    .map(([stand, count]) => ({ stand, count }))
    .sort((a, b) => b.count - a.count || a.stand.localeCompare(b.stand, "nl"));
}

export interface RaadRow {
  naam: string;
  slug: string;
  /** The raad track's stored status (e.g. "geagendeerd"); null when the raad has no track. */
  status: string | null;
  /** The shown stand text. */
  stand: string;
  /** The last day of an open statutory term (the zienswijze), ISO; null when there is none. */
  lastDay: string | null;
}

/**
 * The raden that have to decide now, those with the nearest last day first (then by name), at most
 * `limit`; `total` says how many there are in all.
 */
export function radenDecidingNow(rows: readonly RaadRow[], limit = SUMMARY_ROWS): { shown: RaadRow[]; total: number } {
  const deciding = rows
    .filter((r) => r.status !== null && DECIDING_NOW.has(r.status))
    .sort(
      (a, b) =>
        (a.lastDay ?? "9999-12-31").localeCompare(b.lastDay ?? "9999-12-31") || a.naam.localeCompare(b.naam, "nl"),
    );
  return { shown: deciding.slice(0, limit), total: deciding.length };
}
