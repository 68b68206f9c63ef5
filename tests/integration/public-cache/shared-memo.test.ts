import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { bumpSubjects, currentRegelingDataVersion, resetAllDataVersions } from "@/lib/public-cache/data-version";
import { memoByDataVersion } from "@/lib/cache/versioned-memo";
import { loadGemeenteTimelines, loadRegelingTimeline } from "@/lib/services/timeline";
import type { Db } from "@/lib/db/client";

/**
 * The shared level of a memoised read model (lib/cache/versioned-memo.ts, `shared`) on PostgreSQL and PGlite:
 * the regeling timeline's forecast, as `cachedRegelingTimeline` keeps it, over the real data versions and the
 * shared cache's table. Two app instances are two memos (two LRUs) over one database.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
const REGELING = "gr-sociaal-domein-flevoland";
const TODAY = "2026-11-24";
const savedL2 = process.env.PUBLIC_CACHE_L2;
let regelingId = "";

/** A fresh instance's memo, counting how often it computed the forecast itself. */
function instance(name = "regeling-tijdlijn/test") {
  let loads = 0;
  const memo = memoByDataVersion(
    {
      max: 4,
      key: (_db: Db, slug: string, today: string) => `${slug}|${today}`,
      version: (_db: Db, slug: string) => currentRegelingDataVersion(slug),
      enabled: () => true,
      shared: { name },
    },
    (d: Db, slug: string, today: string) => {
      loads++;
      return loadRegelingTimeline(d, slug, today);
    },
  );
  return { memo: () => memo(db.prisma, REGELING, TODAY), source: memo, loads: () => loads };
}

const rows = async () =>
  (
    await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "PublicCacheEntry" WHERE key LIKE 'memo|%'`
  )[0].n;

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  await resetAllDataVersions(db.prisma);
  regelingId = (await db.prisma.regeling.findUniqueOrThrow({ where: { slug: REGELING } })).id;
  (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
}, 300_000);

afterAll(async () => {
  if (savedL2 === undefined) delete process.env.PUBLIC_CACHE_L2;
  else process.env.PUBLIC_CACHE_L2 = savedL2;
  (globalThis as unknown as { __grVolgDb?: unknown }).__grVolgDb = undefined;
  await db?.close();
});

describe("a memoised forecast shared between instances through PostgreSQL", () => {
  it("is computed once: the other instance, and this one after its LRU dropped it, read it back equal", async () => {
    delete process.env.PUBLIC_CACHE_L2;
    const a = instance();
    const first = await a.memo();
    expect(first?.model.lanes.length).toBeGreaterThan(0);
    expect(a.loads()).toBe(1);
    expect(await rows()).toBe(1);

    const b = instance();
    expect(await b.memo()).toEqual(first);
    expect(b.loads()).toBe(0);
  });

  it("is kept through a change the timeline does not show (a register entry moves only its page)", async () => {
    const before = await instance().memo();
    await db.prisma.$transaction((tx) => bumpSubjects(tx, [`register:${regelingId}`]));
    const c = instance();
    expect(await c.memo()).toEqual(before);
    expect(c.loads()).toBe(0);
  });

  it("is computed again, by one instance, once the regeling's own data moved", async () => {
    await db.prisma.$transaction((tx) => bumpSubjects(tx, [`regeling:${regelingId}`]));
    const d = instance();
    await d.memo();
    expect(d.loads()).toBe(1);
    const e = instance();
    await e.memo();
    expect(e.loads()).toBe(0);
    expect(await rows()).toBe(1);
  });

  it("gives a participant's page the regeling's forecast, narrowed to that gemeente as without the memo", async () => {
    const almere = await db.prisma.gemeente.findUniqueOrThrow({ where: { slug: "almere" } });
    const direct = await loadGemeenteTimelines(db.prisma, almere.id, TODAY);
    const h = instance();
    const viaMemo = await loadGemeenteTimelines(db.prisma, almere.id, TODAY, undefined, h.source);
    expect(viaMemo).toEqual(direct);
    expect(viaMemo.timelines.map((t) => t.regeling.slug)).toContain(REGELING);
    // The Flevoland GR's forecast came from the row the instances above wrote.
    expect(h.loads()).toBe(viaMemo.timelines.length - 1);
  });

  it("keeps nothing in PostgreSQL with the shared level switched off", async () => {
    process.env.PUBLIC_CACHE_L2 = "uit";
    const f = instance("regeling-tijdlijn/uit");
    const g = instance("regeling-tijdlijn/uit");
    await f.memo();
    await g.memo();
    expect(f.loads() + g.loads()).toBe(2);
    expect(await rows()).toBe(1);
  });
});
