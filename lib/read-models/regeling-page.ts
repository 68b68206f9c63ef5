import type { Db } from "@/lib/db/client";
import { memoByDataVersion, type MemoOptions } from "@/lib/cache/versioned-memo";
import { knownRegelingDataVersion } from "@/lib/public-cache/data-version";
import { todayInNetherlands } from "@/lib/domain";
import { loadPublicBegrotingen } from "@/lib/services/begroting/public";
import { registerRows } from "@/lib/services/secretariaat/registers";
import { loadPublicRegelingCore, withRecords, type RegelingWindow } from "@/lib/services/public/regelingen";
import { plannedInForceOf } from "./planned-steps";

/** Everything the public regeling page reads but its register entries (and the forecast, memoised apart). */
async function loadRegelingPageCore(db: Db, slug: string, today: string, summary: boolean) {
  const core = await loadPublicRegelingCore(db, slug, today, { summary }, false);
  if (!core) return null;
  const [plannedInForce, begroting] = await Promise.all([
    core.regeling.inWerkingOp ? Promise.resolve(null) : plannedInForceOf(db, core.regeling.id),
    loadPublicBegrotingen(db, core.regeling.id, { summary: core.bounded }),
  ]);
  return { core, plannedInForce, begroting };
}
type PageCore = Awaited<ReturnType<typeof loadRegelingPageCore>>;
type CoreArgs = [db: Db, slug: string, today: string, summary: boolean];

/**
 * The public regeling page's read model, kept per regeling data version (issue 18, point 2): the page's data —
 * about 50 statements on a miss, most of its database time — is kept with `memoByDataVersion` in this instance's
 * memory and in PostgreSQL (`shared`), keyed like everything the regeling shows apart from its own page
 * (`regelingData`: every kind and the regeling's own row) and the day. The register entries (R15) move only the
 * page's own row (`register:<id>`, the most frequent write), so they are read apart, one statement, and the
 * records built from them (withRecords). A register entry therefore costs its page one memo read, one register
 * read and the render, on any instance; any other change of what the page shows moves the regeling's row (or a
 * kind) and the core is read again. The memo holds the GR state the records are built from (the secretariat's
 * notes): it is internal, like the database, and never shown (withRecords leaves it out).
 */
export function regelingPageReader(options: Partial<Pick<MemoOptions<CoreArgs>, "enabled" | "max" | "shared">> = {}) {
  const core = memoByDataVersion<CoreArgs, PageCore>(
    {
      // Small: a core is 50–300 kB; the shared level keeps the rest (RSS budget 512 MB, docs/performance.md).
      max: options.max ?? 24,
      key: (_db, slug, today, summary) => `${slug}|${today}|${summary ? "samenvatting" : "alles"}`,
      // An unknown slug is read, never kept: a failing version read makes the memo load without keeping.
      version: async (_db, slug) => (await knownRegelingDataVersion(slug)) ?? Promise.reject(new Error("onbekend")),
      enabled: options.enabled,
      shared: options.shared ?? { name: "regeling-pagina/1" },
    },
    loadRegelingPageCore,
  );
  return async (db: Db, slug: string, today: string = todayInNetherlands(), window: RegelingWindow = {}) => {
    const read = await core(db, slug, today, window.summary === true);
    if (!read) return null;
    const data = withRecords(read.core, await registerRows(db, read.core.regeling.id));
    return { data, plannedInForce: read.plannedInForce, begroting: read.begroting };
  };
}

/** The public regeling page's read model (see regelingPageReader). */
export const loadRegelingPage = regelingPageReader();
