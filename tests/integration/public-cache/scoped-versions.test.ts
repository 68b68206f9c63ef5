import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/client";
import { isPostgres, openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import {
  bumpWrittenSubjects,
  pageSubjects,
  readVersions,
  resetAllDataVersions,
  startNarrowing,
  tableWriteCounts,
  versionKey,
} from "@/lib/public-cache/data-version";
import { REGIONAL_PATH, scenario, type GrScenario } from "@/lib/scenario";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { loadPublicGemeente } from "@/lib/services/public/gemeenten";
import { loadRegelingTimeline, loadGemeenteTimelines } from "@/lib/services/timeline";
import { listPublicRegelingen } from "@/lib/services/public/regelingen";
import { ACCOUNT_SOURCE_POLICY, pairKey, reserveAttempt } from "@/lib/services/login-throttle";
import { createUserSession } from "@/lib/auth/session-store";
import { runCommand } from "@/lib/commands";
import { recordSignOut } from "@/lib/services/sessions";
import { recordRegisterInschrijving } from "@/lib/services/secretariaat/registers";
import { saveGemeente } from "@/lib/services/beheer/gemeente";
import { recordBegrotingStep, startBegrotingCycle, submitBegrotingZienswijze } from "@/lib/services/begroting/commands";
import { setBegrotingPlanning } from "@/lib/services/begroting/planning";
import { loadGemeenteBegrotingen, loadPublicBegrotingen } from "@/lib/services/begroting/public";

/**
 * Narrow validity (issue 18, point 1): a change made through the runner moves the key of every
 * public page that shows it — and no other: not another regeling's page, not the page of a
 * gemeente that does not take part in the changed regeling. Checked against what the pages' read
 * models return, step by step through a procedure, on PostgreSQL and PGlite.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let gr: GrScenario;
const REGELING = "gr-sociaal-domein-flevoland";
const NOW = new Date("2026-11-24T10:00:00Z");
const TODAY = "2026-11-24";
let pages: string[] = [];
let other: { regeling: string; gemeente: string };

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  // Every seeded gemeente takes part in the regeling: onboard one that does not (through the runner).
  const beheer = await db.prisma.user.findUniqueOrThrow({ where: { email: "beheer@demo.gr-volg.nl" } });
  const regio = await db.prisma.regio.findFirstOrThrow({ select: { id: true } });
  const made = await runCommand(
    db.prisma,
    { id: beheer.id, role: beheer.role, gemeenteId: beheer.gemeenteId },
    saveGemeente,
    { regioId: regio.id, naam: "Buitenstad", slug: "buitenstad", zetels: "19" },
  );
  expect(made.ok).toBe(true);
  await resetAllDataVersions(db.prisma);
  gr = await scenario(db.prisma).regeling(REGELING).load();
  const regelingen = await db.prisma.regeling.findMany({ select: { slug: true } });
  const gemeenten = await db.prisma.gemeente.findMany({
    select: { slug: true, participations: { select: { regeling: { select: { slug: true } } } } },
  });
  const outside = gemeenten.find((g) => !g.participations.some((p) => p.regeling.slug === REGELING));
  const otherRegeling = regelingen.find((r) => r.slug !== REGELING);
  // The seed must offer an unrelated regeling and gemeente, else "nothing else moves" is vacuous.
  expect(outside, "a gemeente outside the regeling").toBeDefined();
  expect(otherRegeling).toBeDefined();
  other = { regeling: otherRegeling?.slug ?? "", gemeente: outside?.slug ?? "" };
  pages = [
    "/regelingen",
    ...regelingen.map((r) => `/regelingen/${r.slug}`),
    ...gemeenten.map((g) => `/gemeenten/${g.slug}`),
  ];
}, 300_000);
afterAll(async () => db?.close());

async function keys(prisma = db.prisma): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const path of pages) {
    const { subjects, wants } = pageSubjects(path);
    out[path] = versionKey(await readVersions(prisma, wants), subjects, NOW);
  }
  return out;
}

/** What each page shows, through the read models the page renders from. */
async function shown(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const path of pages) {
    const [, kind, slug] = path.split("/");
    if (!slug) out[path] = JSON.stringify(await listPublicRegelingen(db.prisma));
    else if (kind === "regelingen") {
      const r = await loadPublicRegeling(db.prisma, slug, TODAY);
      out[path] = JSON.stringify([
        r,
        await loadRegelingTimeline(db.prisma, slug, TODAY),
        r ? await loadPublicBegrotingen(db.prisma, r.regeling.id) : null,
      ]);
    } else {
      const g = await loadPublicGemeente(db.prisma, slug, TODAY);
      out[path] = JSON.stringify([
        g,
        g ? await loadGemeenteTimelines(db.prisma, g.gemeente.id, TODAY) : null,
        g ? await loadGemeenteBegrotingen(db.prisma, g.gemeente.id) : null,
      ]);
    }
  }
  return out;
}

/** A register entry (R15) in the central GR-register, through the runner. */
async function register(kenmerk: string): Promise<void> {
  const result = await runCommand(
    db.prisma,
    await gr.secretariaat(),
    recordRegisterInschrijving,
    { regelingId: gr.regelingId, register: "centraal", ingeschrevenOp: TODAY, kenmerk },
    { now: NOW },
  );
  if (!result.ok) throw new Error(`register entry refused: ${result.message}`);
}

describe("narrow data versions: a change re-renders exactly the pages that show it", () => {
  it("walking a procedure through the runner: changed pages move their key, unrelated pages keep it", async () => {
    const participant = Object.keys(gr.participants);
    const steps: Array<[string, () => Promise<unknown>]> = REGIONAL_PATH.slice(0, 3).map((step) => [
      step,
      () => gr.through(step),
    ]);
    for (const slug of participant.slice(0, 2))
      steps.push([`ontvangen ${slug}`, () => gr.ontvangen(slug, "2026-05-04")]);
    let changed = 0;
    let kept = 0;
    for (const [name, step] of steps) {
      const [keyBefore, shownBefore] = [await keys(), await shown()];
      await step();
      const [keyAfter, shownAfter] = [await keys(), await shown()];
      for (const path of pages) {
        if (shownAfter[path] !== shownBefore[path]) {
          changed++;
          expect(keyAfter[path], `${name}: ${path} changed but kept its key`).not.toBe(keyBefore[path]);
        }
      }
      // Narrow: the other regeling's page and the unrelated gemeente's page are not re-rendered.
      for (const path of [`/regelingen/${other.regeling}`, `/gemeenten/${other.gemeente}`]) {
        expect(keyAfter[path], `${name}: ${path} moved`).toBe(keyBefore[path]);
        kept++;
      }
      expect(keyAfter[`/regelingen/${REGELING}`], name).not.toBe(keyBefore[`/regelingen/${REGELING}`]);
    }
    expect(changed).toBeGreaterThanOrEqual(steps.length);
    expect(kept).toBe(2 * steps.length);
  }, 180_000);

  it("a begroting cycle's steps move the regeling's page and every participant's gemeente page only", async () => {
    const user = await gr.secretariaat();
    const run = async (command: Parameters<typeof runCommand>[2], input: unknown, as = user) => {
      const r = await runCommand(db.prisma, as, command, input, { now: NOW });
      if (!r.ok) throw new Error(`refused: ${r.message}`);
    };
    const cycle = async () =>
      (await db.prisma.procedure.findFirstOrThrow({ where: { regelingId: gr.regelingId, jaar: 2027 } })).id;
    const urk = "urk";
    const urkGriffier = {
      id: "u-griffier-urk",
      role: "GRIFFIER" as const,
      gemeenteId: (await db.prisma.gemeente.findUniqueOrThrow({ where: { slug: "urk" } })).id,
    };
    const steps: Array<[string, () => Promise<void>]> = [
      ["start", () => run(startBegrotingCycle, { regelingId: gr.regelingId, jaar: 2027 })],
      [
        "kaders",
        async () =>
          run(recordBegrotingStep, { step: "kaders_verzonden", procedureId: await cycle(), date: "2026-04-15" }),
      ],
      ["planning", async () => run(setBegrotingPlanning, { procedureId: await cycle(), aanbiedingOp: "2026-07-14" })],
      [
        "ontwerp",
        async () =>
          run(recordBegrotingStep, {
            step: "ontwerp_verzonden",
            procedureId: await cycle(),
            date: "2026-04-20",
            aanbiedingOp: "2026-07-14",
          }),
      ],
      [
        "geen zienswijze",
        async () =>
          run(
            submitBegrotingZienswijze,
            { soort: "geen", procedureId: await cycle(), participantId: gr.participants[urk], date: "2026-06-30" },
            urkGriffier,
          ),
      ],
    ];
    for (const [name, step] of steps) {
      const [keyBefore, shownBefore] = [await keys(), await shown()];
      await step();
      const [keyAfter, shownAfter] = [await keys(), await shown()];
      for (const path of pages)
        if (shownAfter[path] !== shownBefore[path])
          expect(keyAfter[path], `${name}: ${path} changed but kept its key`).not.toBe(keyBefore[path]);
      // The gemeente pages' begroting section reads the cycle: every participant's page moves.
      for (const slug of Object.keys(gr.participants))
        expect(keyAfter[`/gemeenten/${slug}`], `${name}: ${slug}`).not.toBe(keyBefore[`/gemeenten/${slug}`]);
      for (const path of [`/regelingen/${other.regeling}`, `/gemeenten/${other.gemeente}`])
        expect(keyAfter[path], `${name}: ${path} moved`).toBe(keyBefore[path]);
    }
  }, 180_000);

  it("a register entry moves its regeling's page (its records) and the index pages only", async () => {
    const before = await keys();
    await register("k-2");
    const after = await keys();
    expect(after[`/regelingen/${REGELING}`]).not.toBe(before[`/regelingen/${REGELING}`]);
    // Not shown on the gemeente pages (the walk above checks that against their read models).
    for (const slug of Object.keys(gr.participants))
      expect(after[`/gemeenten/${slug}`], slug).toBe(before[`/gemeenten/${slug}`]);
    expect(after[`/regelingen/${other.regeling}`]).toBe(before[`/regelingen/${other.regeling}`]);
    expect(after[`/gemeenten/${other.gemeente}`]).toBe(before[`/gemeenten/${other.gemeente}`]);
    // Index pages read "lijst": any shown write moves them.
    expect(after["/regelingen"]).not.toBe(before["/regelingen"]);
  });

  it("sign-ins, a sign-out through the runner and an empty transaction move no page's key", async () => {
    const before = await keys();
    const user = await gr.griffier(Object.keys(gr.participants)[0]);
    await reserveAttempt(db.prisma, pairKey("iemand@example.nl", "198.51.100.9"), ACCOUNT_SOURCE_POLICY);
    const { sid } = await createUserSession(db.prisma, user.id, { userAgent: "test", sourceAddress: "198.51.100.9" });
    const out = await runCommand(db.prisma, { ...user, sessionId: sid }, recordSignOut, { bronadres: "198.51.100.9" });
    expect(out.ok).toBe(true);
    await db.prisma.$queryRaw`SELECT txid_current()`;
    expect(await keys()).toEqual(before);
  });

  it("a second instance sees a narrowed change at once", async () => {
    if (!isPostgres()) return; // PGlite is single-process: there is no second instance.
    const second = await openDb(db.url);
    try {
      const before = await keys(second.prisma);
      await gr.ontvangen(Object.keys(gr.participants)[2], "2026-05-05");
      const after = await keys(second.prisma);
      expect(after[`/regelingen/${REGELING}`]).not.toBe(before[`/regelingen/${REGELING}`]);
      expect(after[`/gemeenten/${other.gemeente}`]).toBe(before[`/gemeenten/${other.gemeente}`]);
    } finally {
      await second.close();
    }
  });

  it("a shown write the runner cannot narrow (a gemeente's name) moves every page", async () => {
    const before = await keys();
    const beheer = await db.prisma.user.findUniqueOrThrow({ where: { email: "beheer@demo.gr-volg.nl" } });
    const g = await db.prisma.gemeente.findUniqueOrThrow({ where: { slug: "buitenstad" } });
    const saved = await runCommand(
      db.prisma,
      { id: beheer.id, role: beheer.role, gemeenteId: beheer.gemeenteId },
      saveGemeente,
      { id: g.id, regioId: g.regioId, naam: "Buitenstad aan Zee", slug: "buitenstad", zetels: "19" },
    );
    expect(saved.ok).toBe(true);
    const after = await keys();
    for (const path of pages) expect(after[path], path).not.toBe(before[path]);
  });

  it("the trigger's notes decide: complete notes narrow, a bulk change's 'full' mark moves the kinds", async () => {
    const bump = (padding: number) =>
      db.prisma.$transaction(async (tx) => {
        const start = await tableWriteCounts(tx);
        await startNarrowing(tx);
        await tx.$queryRaw`SELECT set_config('gr_volg.touched', repeat(${` regeling:${gr.regelingId}`}, ${padding}), true)`;
        await tx.registerInschrijving.updateMany({
          where: { regelingId: gr.regelingId },
          data: { kenmerk: `k${padding}` },
        });
        return bumpWrittenSubjects(tx, start);
      });
    const narrow = await bump(1);
    expect(narrow).toContain(`regeling:${gr.regelingId}`);
    expect(narrow).toContain("lijst");
    expect(narrow).not.toContain("regeling");
    expect(await bump(3000)).toEqual(["regeling"]);
  });

  it("a restore moves every page, also one whose regeling never had its own version", async () => {
    const before = await keys();
    await resetAllDataVersions(db.prisma);
    const after = await keys();
    for (const path of pages) expect(after[path], path).not.toBe(before[path]);
  });

  it("keys an unknown slug apart from a known one, and other public paths by 'lijst'", async () => {
    expect(pageSubjects("/regelingen/x").subjects).toContain("regeling@x");
    expect(pageSubjects("/gemeenten/a%20b").wants).toEqual({ gemeenten: ["a b"] });
    expect(pageSubjects("/documenten/abc").subjects).toContain("lijst");
    expect(pageSubjects("/").subjects).toContain("lijst");
    expect(pageSubjects("/gemeenten/%E0").subjects).toContain("lijst");
    expect(pageSubjects("/secretariaat", true).subjects).toEqual(expect.arrayContaining(["gebruiker", "lijst"]));
    const v = await readVersions(db.prisma, { regelingen: ["bestaat-niet", REGELING] });
    expect(v["regeling@bestaat-niet"]).toBeUndefined();
    expect(v[`regeling@${REGELING}`]).toMatch(new RegExp(`^${gr.regelingId}:\\d+$`));
  });
});
