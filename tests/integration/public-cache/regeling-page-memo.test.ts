import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { resetAllDataVersions } from "@/lib/public-cache/data-version";
import { regelingPageReader } from "@/lib/read-models/regeling-page";
import { plannedInForceOf } from "@/lib/read-models/planned-steps";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { loadPublicBegrotingen } from "@/lib/services/begroting/public";
import { recordRegisterInschrijving } from "@/lib/services/secretariaat/registers";
import { runCommand } from "@/lib/commands";
import { scenario, type GrScenario } from "@/lib/scenario";
import { must } from "../helpers/must";
import { countingOperations } from "../helpers/counting-operations";

/**
 * The public regeling page's read model kept per regeling data version (lib/read-models/regeling-page.ts), on
 * PostgreSQL and PGlite: two app instances are two readers (two LRUs) over one database and the shared cache's
 * table. Every change goes through the command runner, as in the application.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let gr: GrScenario;
const REGELING = "gr-sociaal-domein-flevoland";
const TODAY = "2026-11-24";
const NOW = new Date("2026-11-24T10:00:00Z");
const savedL2 = process.env.PUBLIC_CACHE_L2;

/** A fresh instance's reader over a client that counts the Prisma operations the reader itself sends. */
function instance() {
  const { client, ops } = countingOperations(db.prisma);
  const reader = regelingPageReader({ enabled: () => true, max: 4 });
  return {
    read: async (slug = REGELING, summary = true) => {
      const before = ops();
      const page = await reader(client, slug, TODAY, { summary });
      return { page, ops: ops() - before };
    },
  };
}

/** The page's data as it was read before this read model: each part straight from the database. */
async function direct(summary = true) {
  const data = must(await loadPublicRegeling(db.prisma, REGELING, TODAY, { summary }), "loadPublicRegeling");
  return {
    data,
    plannedInForce: data.regeling.inWerkingOp ? null : await plannedInForceOf(db.prisma, data.regeling.id),
    begroting: await loadPublicBegrotingen(db.prisma, data.regeling.id, { summary: data.bounded }),
  };
}

/** A central register entry (R15) through the command runner, as the secretariat's form books it. */
async function registerEntry(kenmerk: string) {
  const out = await runCommand(
    db.prisma,
    await gr.secretariaat(),
    recordRegisterInschrijving,
    { regelingId: gr.regelingId, register: "centraal", ingeschrevenOp: TODAY, kenmerk },
    { now: NOW },
  );
  expect(out.ok, JSON.stringify(out)).toBe(true);
}

const memoRows = async (like: string) =>
  (
    await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "PublicCacheEntry" WHERE key LIKE ${like}`
  )[0].n;

beforeAll(async () => {
  delete process.env.PUBLIC_CACHE_L2;
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  await resetAllDataVersions(db.prisma);
  gr = await scenario(db.prisma).regeling(REGELING).load();
  (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
}, 300_000);

afterAll(async () => {
  if (savedL2 === undefined) delete process.env.PUBLIC_CACHE_L2;
  else process.env.PUBLIC_CACHE_L2 = savedL2;
  (globalThis as unknown as { __grVolgDb?: unknown }).__grVolgDb = undefined;
  await db?.close();
});

describe("the public regeling page's read model, kept per regeling data version", () => {
  it("gives what the page read before, summary and complete, without the GR state behind the records", async () => {
    const a = instance();
    for (const summary of [true, false]) {
      const { page, ops } = await a.read(REGELING, summary);
      expect(page).toEqual(await direct(summary));
      expect(ops).toBeGreaterThan(3);
      // The secretariat's notes live in the GR state: the memo keeps it, the page never gets it.
      expect(Object.keys(must(page, "page").data)).not.toContain("grState");
      expect(Object.keys(must(page, "page").data)).not.toContain("registerEntries");
    }
    // The second read on this instance: the register rows only.
    expect((await a.read()).ops).toBe(1);
  });

  it("shows a register entry on the next read, on every instance, reading only the register again", async () => {
    const a = instance();
    await a.read();
    await registerEntry("rp-memo-1");
    const after = await a.read();
    expect(after.ops).toBe(1);
    expect(JSON.stringify(must(after.page, "page").data.records)).toContain("rp-memo-1");
    expect(after.page).toEqual(await direct());
    // Another instance, whose memory never held the page: the core from PostgreSQL, the register from its table.
    const b = await instance().read();
    expect(b.ops).toBe(1);
    expect(b.page).toEqual(after.page);
  });

  it("reads the page again, once for all instances, after a change it shows (a raad received the ontwerp)", async () => {
    const a = instance();
    const before = await a.read();
    await gr.through("zienswijzeprocedure_geopend");
    const raad = (await gr.raadSlugs())[0];
    await gr.ontvangen(raad, "2026-11-20");
    const after = await a.read();
    expect(after.ops).toBeGreaterThan(1);
    expect(after.page).not.toEqual(before.page);
    expect(after.page).toEqual(await direct());
    const b = await instance().read();
    expect(b.ops).toBe(1);
    expect(b.page).toEqual(after.page);
  });

  it("reads an unknown regeling without keeping anything for it", async () => {
    const { page } = await instance().read("bestaat-niet");
    expect(page).toBeNull();
    expect(await memoRows("%bestaat-niet%")).toBe(0);
    expect(await memoRows("memo|regeling-pagina/1|%")).toBeGreaterThan(0);
  });

  it("keeps nothing in PostgreSQL with the shared level switched off, and still shows every change", async () => {
    process.env.PUBLIC_CACHE_L2 = "uit";
    const rowsBefore = await memoRows("memo|%");
    const a = instance();
    await a.read();
    await registerEntry("rp-memo-2");
    const b = await instance().read();
    expect(b.ops).toBeGreaterThan(1);
    expect(JSON.stringify(must(b.page, "page").data.records)).toContain("rp-memo-2");
    expect(await memoRows("memo|%")).toBe(rowsBefore);
  });
});
