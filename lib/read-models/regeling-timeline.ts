import type { Db } from "@/lib/db/client";
import { memoByDataVersion } from "@/lib/cache/versioned-memo";
import { currentRegelingDataVersion } from "@/lib/public-cache/data-version";
import type { IsoDate } from "@/lib/domain";
import { loadGemeenteTimelines, loadRegelingTimeline, loadTargetVerdicts } from "@/lib/services/timeline";

/**
 * The public regeling page's target verdict and drawn timeline (four statements and a forecast over the
 * calendars of every participant: 1,000–2,000 rows of meetings and recesses at national scale). The
 * summary (`/regelingen/<slug>`) and the complete page (`?alles=ja`) read the same one, and a page
 * rendered again only because its HTML copy was dropped (memory bound, the cache's maximum age, another
 * host) finds it here: it is kept per regeling and day, keyed like that regeling's page (every kind and
 * the regeling's own row, docs/caching.md), so every change the page would show re-reads it. Off outside
 * production, like the HTML cache. Shared between requests: read-only. Also kept in PostgreSQL at that version
 * (`shared`): a register entry moves only its page, and the refresh or the first visitor of that page — on any
 * instance, long after this LRU dropped it — takes the forecast with one read (issue 18, docs/caching.md).
 */
export const cachedRegelingTimeline = memoByDataVersion(
  {
    max: 128,
    key: (_db: Db, slug: string, today: string) => `${slug}|${today}`,
    version: (_db: Db, slug: string) => currentRegelingDataVersion(slug),
    shared: { name: "regeling-tijdlijn/1" },
  },
  loadRegelingTimeline,
);

/** A gemeente's drawn timelines (its public page, the griffie's start page), each regeling's forecast from the memo. */
export const gemeenteTimelines = (db: Db, gemeenteId: string, today: IsoDate, limit?: number) =>
  loadGemeenteTimelines(db, gemeenteId, today, limit, cachedRegelingTimeline);

/** The target verdicts of these regelingen (the overview pages), each from the memo. */
export const targetVerdicts = (db: Db, slugs: readonly string[], today: IsoDate) =>
  loadTargetVerdicts(db, slugs, today, cachedRegelingTimeline);
