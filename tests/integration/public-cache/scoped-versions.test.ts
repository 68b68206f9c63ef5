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
import { loadPublicDocument } from "@/lib/services/public/documenten";
import { ACCOUNT_SOURCE_POLICY, pairKey, reserveAttempt } from "@/lib/services/login-throttle";
import { createUserSession } from "@/lib/auth/session-store";
import { runCommand } from "@/lib/commands";
import { recordSignOut } from "@/lib/services/sessions";
import { recordRegisterInschrijving } from "@/lib/services/secretariaat/registers";
import { saveGemeente } from "@/lib/services/beheer/gemeente";
import { saveRegeling } from "@/lib/services/beheer/regeling";
import { LIST_SUBJECTS, NARROWED_TABLES } from "@/lib/public-cache/subjects";
import { addVergadering } from "@/lib/services/griffie/vergaderingen";
import { manageAgendaLink, setAgendaMail } from "@/lib/services/griffie/agenda-abonnement";
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
let other: { regeling: string; gemeente: string; document: string };

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
  const documents = await db.prisma.document.findMany({ select: { id: true, regeling: { select: { slug: true } } } });
  const otherDocument = documents.find((d) => d.regeling.slug !== REGELING);
  expect(otherDocument, "a document of another regeling").toBeDefined();
  expect(documents.some((d) => d.regeling.slug === REGELING)).toBe(true);
  other = { regeling: otherRegeling?.slug ?? "", gemeente: outside?.slug ?? "", document: otherDocument?.id ?? "" };
  pages = [
    ...documents.map((d) => `/documenten/${d.id}`),
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
    else if (kind === "documenten") out[path] = JSON.stringify(await loadPublicDocument(db.prisma, slug));
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
      // Narrow: the other regeling's page (and its document) and the unrelated gemeente's page are not re-rendered.
      for (const path of [
        `/regelingen/${other.regeling}`,
        `/gemeenten/${other.gemeente}`,
        `/documenten/${other.document}`,
      ]) {
        expect(keyAfter[path], `${name}: ${path} moved`).toBe(keyBefore[path]);
        kept++;
      }
      expect(keyAfter[`/regelingen/${REGELING}`], name).not.toBe(keyBefore[`/regelingen/${REGELING}`]);
    }
    expect(changed).toBeGreaterThanOrEqual(steps.length);
    expect(kept).toBe(3 * steps.length);
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

  it("a register entry moves its regeling's page (its records) only, no index page", async () => {
    const [before, shownBefore] = [await keys(), await shown()];
    await register("k-2");
    const [after, shownAfter] = [await keys(), await shown()];
    expect(after[`/regelingen/${REGELING}`]).not.toBe(before[`/regelingen/${REGELING}`]);
    // Its own row for register entries: its documents' pages (keyed by the regeling's row) do not show them.
    for (const path of pages.filter((p) => p.startsWith("/documenten/"))) {
      expect(shownAfter[path], path).toBe(shownBefore[path]);
      expect(after[path], path).toBe(before[path]);
    }
    // Not shown on the gemeente pages (the walk above checks that against their read models).
    for (const slug of Object.keys(gr.participants))
      expect(after[`/gemeenten/${slug}`], slug).toBe(before[`/gemeenten/${slug}`]);
    expect(after[`/regelingen/${other.regeling}`]).toBe(before[`/regelingen/${other.regeling}`]);
    expect(after[`/gemeenten/${other.gemeente}`]).toBe(before[`/gemeenten/${other.gemeente}`]);
    // No list shows a register entry (wave 11: the lists move by the tables written).
    expect(after["/regelingen"]).toBe(before["/regelingen"]);
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
    expect(narrow).toContain(`regeling:${gr.regelingId}`);
    // A register entry is in no list: no list version moves.
    expect(narrow.some((s) => s.startsWith("lijst"))).toBe(false);
    expect(narrow).not.toContain("regeling");
    expect(await bump(3000)).toEqual(["regeling"]);
  });

  it("a restore moves every page, also one whose regeling never had its own version", async () => {
    const before = await keys();
    await resetAllDataVersions(db.prisma);
    const after = await keys();
    for (const path of pages) expect(after[path], path).not.toBe(before[path]);
  });

  it("keys an unknown slug apart from a known one, index pages by their lists, other paths by every list", async () => {
    expect(pageSubjects("/regelingen/x").subjects).toContain("regeling@x");
    expect(pageSubjects("/gemeenten/a%20b").wants).toEqual({ gemeenten: ["a b"] });
    expect(pageSubjects("/documenten/abc").subjects).toContain("document@abc");
    expect(pageSubjects("/documenten/abc").subjects.some((s) => s.startsWith("lijst"))).toBe(false);
    expect(pageSubjects("/documenten").subjects).toEqual(expect.arrayContaining([...LIST_SUBJECTS]));
    const doc = await db.prisma.document.findFirstOrThrow({ where: { regelingId: gr.regelingId } });
    const dv = await readVersions(db.prisma, { documenten: [doc.id, "bestaat-niet"] });
    expect(dv[`document@${doc.id}`]).toMatch(new RegExp(`^${gr.regelingId}:\\d+$`));
    expect(dv["document@bestaat-niet"]).toBeUndefined();
    expect(pageSubjects("/").subjects).toEqual(expect.arrayContaining(["lijst:overzicht", "lijst:gemeenten"]));
    expect(pageSubjects("/regelingen").subjects).not.toContain("lijst:besluiten");
    expect(pageSubjects("/gemeenten/%E0").subjects).toEqual(expect.arrayContaining([...LIST_SUBJECTS]));
    expect(pageSubjects("/secretariaat", true).subjects).toEqual(
      expect.arrayContaining(["gebruiker", ...LIST_SUBJECTS]),
    );
    const matrix = pageSubjects("/secretariaat", true, new URLSearchParams({ regeling: REGELING }));
    expect(matrix.subjects).toEqual(expect.arrayContaining(["gebruiker", "lijst:namen", `regeling@${REGELING}`]));
    expect(matrix.subjects).not.toContain("lijst:overzicht");
    const v = await readVersions(db.prisma, { regelingen: ["bestaat-niet", REGELING] });
    expect(v["regeling@bestaat-niet"]).toBeUndefined();
    expect(v[`regeling@${REGELING}`]).toMatch(new RegExp(`^${gr.regelingId}:\\d+$`));
  });
});

/**
 * A step, with the keys and read models before and after: every page whose read models changed
 * must have a new key, and each of `keep` must keep its key.
 */
async function narrowStep(name: string, step: () => Promise<unknown>, keep: string[]) {
  const [keyBefore, shownBefore] = [await keys(), await shown()];
  await step();
  const [keyAfter, shownAfter] = [await keys(), await shown()];
  const changed = pages.filter((path) => shownAfter[path] !== shownBefore[path]);
  for (const path of changed)
    expect(keyAfter[path], `${name}: ${path} changed but kept its key`).not.toBe(keyBefore[path]);
  for (const path of keep) expect(keyAfter[path], `${name}: ${path} moved`).toBe(keyBefore[path]);
  return { changed, keyBefore, keyAfter };
}

/** The personal matrix key (it also reads "gebruiker"), for this user id. */
async function matrixKey(): Promise<string> {
  const { subjects, wants } = pageSubjects("/secretariaat", true);
  return versionKey(await readVersions(db.prisma, wants), subjects, NOW);
}

async function participatesIn(gemeenteSlug: string, regelingSlug: string): Promise<boolean> {
  const n = await db.prisma.participant.count({
    where: { gemeente: { slug: gemeenteSlug }, regeling: { slug: regelingSlug } },
  });
  return n > 0;
}

describe("narrow data versions: files, meetings, the regeling row, private settings", () => {
  it("a raadsbesluit with its PDF (a stored file) moves its regeling's pages, not an outside gemeente's", async () => {
    const slug = Object.keys(gr.participants)[0];
    const files = await db.prisma.storedFile.count();
    const keep = [`/gemeenten/${other.gemeente}`];
    if (!(await participatesIn(slug, other.regeling))) keep.push(`/regelingen/${other.regeling}`);
    const { changed, keyBefore, keyAfter } = await narrowStep(
      "geen zienswijze met pdf",
      () => gr.geenZienswijze(slug, "2026-05-20"),
      keep,
    );
    // The command really stored a file (else this would not test the file tables).
    expect(await db.prisma.storedFile.count()).toBe(files + 1);
    expect(changed).toContain(`/regelingen/${REGELING}`);
    expect(keyAfter[`/regelingen/${REGELING}`]).not.toBe(keyBefore[`/regelingen/${REGELING}`]);
  });

  it("a stored file is narrowed to its besluit's regeling; a file no besluit references moves nothing", async () => {
    const besluit = await db.prisma.besluit.findFirstOrThrow({
      where: { procedure: { regelingId: gr.regelingId }, fileId: { not: null } },
      select: { id: true, fileId: true },
    });
    const inNarrowing = (work: (tx: Parameters<Parameters<typeof db.prisma.$transaction>[0]>[0]) => Promise<unknown>) =>
      db.prisma.$transaction(async (tx) => {
        const start = await tableWriteCounts(tx);
        await startNarrowing(tx);
        await work(tx);
        return bumpWrittenSubjects(tx, start);
      });
    const file = (key: string) => ({
      sha256: "0".repeat(64),
      size: 4,
      mimeType: "application/pdf",
      bestandsnaam: "x.pdf",
      storageKey: key,
      content: { create: { content: new Uint8Array([37, 80, 68, 70]) } },
    });
    const loose = await inNarrowing((tx) => tx.storedFile.create({ data: file(`narrow-${Date.now()}-a`) }));
    expect(loose).toEqual([]);
    // Replacing a besluit's file (and the file's bytes alone) moves its regeling, not the kinds.
    const moved = await inNarrowing((tx) =>
      tx.storedFileContent.update({
        where: { fileId: besluit.fileId ?? "" },
        data: { content: new Uint8Array([37, 80, 68, 70, 45]) },
      }),
    );
    expect(moved).toContain(`regeling:${gr.regelingId}`);
    // A besluit's PDF is in no list.
    expect(moved.some((s) => s.startsWith("lijst"))).toBe(false);
    expect(moved).not.toContain("document");
  });

  it("a raad meeting moves its gemeente's and its regelingen's pages, not an outside gemeente's", async () => {
    const slug = Object.keys(gr.participants)[1];
    const griffier = await gr.griffier(slug);
    const keep = [`/gemeenten/${other.gemeente}`];
    if (!(await participatesIn(slug, other.regeling))) keep.push(`/regelingen/${other.regeling}`);
    const { changed, keyBefore, keyAfter } = await narrowStep(
      "raadsvergadering",
      async () => {
        const out = await runCommand(db.prisma, griffier, addVergadering, {
          kind: "RAAD",
          datum: "2026-12-17",
          titel: "Raadsvergadering narrow",
        });
        expect(out.ok).toBe(true);
      },
      keep,
    );
    // Both pages list the meeting: they must change (and so must their keys).
    expect(changed).toEqual(expect.arrayContaining([`/gemeenten/${slug}`, `/regelingen/${REGELING}`]));
    expect(keyAfter[`/gemeenten/${slug}`]).not.toBe(keyBefore[`/gemeenten/${slug}`]);
  });

  it("editing a regeling moves its page, its participants' pages and the index, not an outside gemeente's", async () => {
    const beheer = await db.prisma.user.findUniqueOrThrow({ where: { email: "beheer@demo.gr-volg.nl" } });
    const r = await db.prisma.regeling.findUniqueOrThrow({
      where: { id: gr.regelingId },
      include: { participants: { where: { leftOn: null } } },
    });
    const keep = [`/gemeenten/${other.gemeente}`];
    const otherRegeling = await db.prisma.regeling.findUniqueOrThrow({ where: { slug: other.regeling } });
    if (otherRegeling.vervangtId !== r.id && r.vervangtId !== otherRegeling.id)
      keep.push(`/regelingen/${other.regeling}`);
    const { changed } = await narrowStep(
      "regeling hernoemd",
      async () => {
        const out = await runCommand(
          db.prisma,
          { id: beheer.id, role: beheer.role, gemeenteId: beheer.gemeenteId },
          saveRegeling,
          {
            id: r.id,
            regioId: r.regioId ?? "",
            naam: `${r.naam} (gewijzigd)`,
            slug: r.slug,
            vorm: r.vorm,
            partijen: r.partijen,
            vervangtId: r.vervangtId ?? "",
            beoogdeInwerkingtreding: r.targetInForce?.toISOString().slice(0, 10) ?? "",
            topics: r.topics,
            deelnemers: r.participants.map((p) => ({
              gemeenteId: p.gemeenteId,
              scope: p.scope,
              scopeTopics: p.scopeTopics,
            })),
          },
        );
        expect(out.ok).toBe(true);
      },
      keep,
    );
    expect(changed).toContain(`/regelingen/${REGELING}`);
    expect(changed).toContain("/regelingen");
    for (const slug of Object.keys(gr.participants)) expect(changed, slug).toContain(`/gemeenten/${slug}`);
  });

  it("a private calendar address and the agenda e-mail opt-in move no page, not even the matrix", async () => {
    const griffier = await gr.griffier(Object.keys(gr.participants)[0]);
    const [before, matrixBefore] = [await keys(), await matrixKey()];
    for (const [command, input] of [
      [manageAgendaLink, { actie: "aanmaken" }],
      [setAgendaMail, { aan: true }],
      [setAgendaMail, { aan: false }],
    ] as const) {
      // biome-ignore lint/suspicious/noExplicitAny: two commands with different inputs in one table
      const out = await runCommand(db.prisma, griffier, command as any, input);
      expect(out.ok, JSON.stringify(out)).toBe(true);
    }
    expect(await keys()).toEqual(before);
    expect(await matrixKey()).toBe(matrixBefore);
  });

  it("every table in NARROWED_TABLES has the noting trigger, and no other table has it", async () => {
    const rows = await db.prisma.$queryRaw<{ t: string }[]>`
      SELECT DISTINCT c.relname::text AS t FROM pg_trigger tg
      JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_proc p ON p.oid = tg.tgfoid
      WHERE p.proname = 'gr_volg_touch'`;
    expect(new Set(rows.map((r) => r.t))).toEqual(new Set(NARROWED_TABLES));
  });

  it("a user's shown columns move the matrix ('gebruiker') only, never a public page", async () => {
    const user = await gr.secretariaat();
    const before = await keys();
    const moved = await db.prisma.$transaction(async (tx) => {
      const start = await tableWriteCounts(tx);
      await startNarrowing(tx);
      await tx.user.update({ where: { id: user.id }, data: { naam: "Secretariaat (hernoemd)" } });
      return bumpWrittenSubjects(tx, start);
    });
    expect(moved).toEqual(["gebruiker"]);
    expect(await keys()).toEqual(before);
  });
});
