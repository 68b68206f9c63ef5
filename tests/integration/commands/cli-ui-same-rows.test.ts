import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { testContext } from "../authz/fixture";
import { seedFlevoland } from "@/lib/services/seed";
import { actionHandlers } from "@/lib/actions/handlers";
import { REGIONAL_STEPS_NEEDING_CONFIRMATION } from "@/lib/validation/confirmation";
import { runProcedureStap } from "@/cli/commands/procedure";
import { applyGrProcedureCommand, loadGrProcedure } from "@/lib/services/gr-procedure-store";
import { publishVersion } from "@/lib/services/secretariaat/publish-version";
import { runCommand } from "@/lib/commands";
import type { Db } from "@/lib/db/client";
import type { GrCommand } from "@/lib/domain";

/**
 * Issue 21: the same step leaves the same rows whichever door it came in by. Two identically
 * seeded databases take a GR procedure through EVERY regional step — one through the
 * secretariat's server action (the handler the form posts to), the other through
 * `gr-volg procedure stap` — with the same raad/college steps in between. After each step the
 * procedure state, the tracks, the Besluit rows and the audit events (types and payloads) must be
 * the same, apart from who acted: the signed-in secretariat user vs the CLI's system actor (null).
 */
type Door = "ui" | "cli";
type Opened = Awaited<ReturnType<typeof openTestDb>>;
const REGELING = "gr-sociaal-domein-flevoland";
const DOCUMENT = "concept-gr";
const UI_USER = { id: "u-secretariaat-ui", role: "SECRETARIAAT" as const, gemeenteId: null };
const PUBLISHER = { id: "u-publisher", role: "SECRETARIAAT" as const, gemeenteId: null };
const setupNow = new Date("2026-11-20T10:00:00Z");

const dbs = {} as Record<Door, Opened>;
const procedureOf = {} as Record<Door, string>;

async function procedureId(db: Db) {
  const p = await db.procedure.findFirstOrThrow({ where: { kind: "GR_TREFFEN", document: { slug: DOCUMENT } } });
  return p.id;
}

/** One regional step through the given door; the form's input for the UI, the flags for the CLI. */
async function regional(
  door: Door,
  step: string,
  date: string,
  extra: { versie?: number; besluitnummer?: string; reden?: string; kenmerk?: string } = {},
) {
  const db = dbs[door].prisma;
  if (door === "cli") {
    const out = await runProcedureStap(db, {
      regeling: REGELING,
      document: DOCUMENT,
      stap: step,
      datum: date,
      ...(extra.versie !== undefined ? { versie: String(extra.versie) } : {}),
      ...(extra.besluitnummer ? { besluitnummer: extra.besluitnummer } : {}),
      ...(extra.reden ? { reden: extra.reden } : {}),
      ...(extra.kenmerk ? { kenmerk: extra.kenmerk } : {}),
    });
    expect(out, `cli ${step}`).toMatchObject({ exitCode: 0 });
    return;
  }
  const proc = await db.procedure.findUniqueOrThrow({
    where: { id: procedureOf.ui },
    include: { document: { include: { versions: true } } },
  });
  const version = proc.document.versions.find((v) => v.number === (extra.versie ?? 1));
  const input: Record<string, unknown> = { procedureId: proc.id, step, date };
  if (!["zienswijzeprocedure_gesloten", "nota_van_beantwoording_vastgesteld"].includes(step) && extra.versie)
    input.versionId = version?.id;
  if (extra.besluitnummer) input.besluitnummer = extra.besluitnummer;
  if (extra.reden) input.reason = extra.reden;
  if (extra.kenmerk) input.reference = extra.kenmerk;
  // The form's "Ik begrijp dat …" (the runner refuses these steps from a form without it).
  if ((REGIONAL_STEPS_NEEDING_CONFIRMATION as readonly string[]).includes(step)) input.bevestigd = true;
  const fd = new FormData();
  fd.set("invoer", JSON.stringify(input));
  fd.set("expectedVersion", String(proc.version));
  const res = await actionHandlers.regionalStepAction(testContext(db, UI_USER), fd);
  expect(res, `ui ${step}`).toEqual({ ok: true, version: proc.version + 1 });
}

/** The steps between the regional ones, identical in both databases (the same calls, the same clock). */
async function same(run: (db: Db, procedureId: string) => Promise<void>) {
  for (const door of ["ui", "cli"] as const) await run(dbs[door].prisma, procedureOf[door]);
}

async function apply(db: Db, procedureId: string, command: GrCommand) {
  const actor = { userId: "u-griffier", role: "GRIFFIER", gemeenteId: null };
  const r = await applyGrProcedureCommand(db, { procedureId, actor, now: setupNow, command });
  if (!r.ok) throw new Error(r.message);
}

async function publish(label: string, text: string) {
  await same(async (db) => {
    const documentId = (await db.document.findFirstOrThrow({ where: { slug: DOCUMENT } })).id;
    const r = await runCommand(db, PUBLISHER, publishVersion, { documentId, label, status: "DEFINITIEF", text });
    if (!r.ok) throw new Error(r.message);
  });
}

async function fullParticipants(db: Db, procedureId: string) {
  const loaded = await loadGrProcedure(db, procedureId);
  return (loaded?.state.participants ?? []).filter((p) => p.scope === "full").map((p) => p.id);
}

/** Every id of the database by a name that is the same in both (slug, version number, body kind). */
async function idNames(db: Db): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const g of await db.gemeente.findMany()) names.set(g.id, `gemeente:${g.slug}`);
  for (const p of await db.participant.findMany({ include: { gemeente: true, regeling: true } }))
    names.set(p.id, `participant:${p.regeling.slug}:${p.gemeente.slug}`);
  for (const d of await db.document.findMany()) names.set(d.id, `document:${d.slug}`);
  for (const v of await db.documentVersion.findMany({ include: { document: true } }))
    names.set(v.id, `version:${v.document.slug}:${v.number}`);
  for (const p of await db.procedure.findMany({ include: { document: true } }))
    names.set(p.id, `procedure:${p.document.slug}`);
  for (const b of await db.body.findMany({ include: { gemeente: true, regio: true } }))
    names.set(b.id, `body:${b.kind}:${b.gemeente?.slug ?? b.regio?.slug ?? ""}`);
  for (const t of await db.track.findMany()) names.set(t.id, `track:${names.get(t.participantId)}:${t.kind}`);
  for (const b of await db.besluit.findMany()) names.set(b.id, `besluit:${b.type}:${names.get(b.participantId ?? "")}`);
  return names;
}

/** The rows a step leaves, with ids by name, timestamps and the acting user masked. */
async function rows(door: Door, auditFrom: bigint | number) {
  const db = dbs[door].prisma;
  const names = await idNames(db);
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { id: procedureOf[door] },
    select: { derivedState: true, regional: true, version: true },
  });
  const tracks = await db.track.findMany({
    where: { procedureId: procedureOf[door] },
    select: { participantId: true, kind: true, status: true, data: true, version: true },
  });
  const besluiten = await db.besluit.findMany({
    where: { procedureId: procedureOf[door] },
    select: {
      participantId: true,
      bodyId: true,
      documentVersionId: true,
      type: true,
      uitkomst: true,
      besluitdatum: true,
      besluitnummer: true,
      publicatieDatum: true,
      publicatieVindplaats: true,
      recordedById: true,
    },
  });
  const audit = await db.auditEvent.findMany({
    where: { id: { gt: auditFrom as never } },
    orderBy: { id: "asc" },
    select: {
      type: true,
      actorId: true,
      actorRole: true,
      gemeenteId: true,
      subjectKind: true,
      subjectId: true,
      fromState: true,
      toState: true,
      payload: true,
      reason: true,
    },
  });
  // Who acted is the one allowed difference: the signed-in user through the form, nobody (the system) through the CLI.
  const actor = door === "ui" ? UI_USER.id : null;
  for (const b of besluiten) if (b.recordedById === actor) b.recordedById = "<secretariaat>";
  for (const e of audit) if (e.actorId === actor) e.actorId = "<secretariaat>";
  let text = JSON.stringify({ procedure, tracks: sortBy(tracks), besluiten: sortBy(besluiten), audit });
  for (const [id, name] of names) text = text.replaceAll(id, name);
  text = text.replace(/"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z"/g, '"<tijdstip>"');
  return JSON.parse(text) as { audit: unknown[]; besluiten: unknown[] };
}

const sortBy = <T>(list: T[]) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

async function lastAuditId(door: Door) {
  const last = await dbs[door].prisma.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0;
}

const stepsSeen: string[] = [];

/** One regional step through both doors, then the same rows in both databases. */
async function bothDoors(step: string, date: string, extra: Parameters<typeof regional>[3] = {}) {
  const from = { ui: await lastAuditId("ui"), cli: await lastAuditId("cli") };
  await regional("ui", step, date, extra);
  await regional("cli", step, date, extra);
  const [ui, cli] = [await rows("ui", from.ui), await rows("cli", from.cli)];
  expect(ui.audit.length, `${step}: audited`).toBeGreaterThan(0);
  expect(cli, `${step}: the CLI leaves the same rows as the form`).toEqual(ui);
  stepsSeen.push(step);
  return ui;
}

beforeAll(async () => {
  for (const door of ["ui", "cli"] as const) {
    dbs[door] = await openTestDb();
    await seedFlevoland(dbs[door].prisma);
    procedureOf[door] = await procedureId(dbs[door].prisma);
  }
});
afterAll(async () => {
  await dbs.ui?.close();
  await dbs.cli?.close();
});

describe("CLI and UI leave the same rows for every regional step", () => {
  it("from the concept to the inwerkingtreding", async () => {
    await bothDoors("concept_opgesteld", "2026-02-01", { versie: 1 });
    const bosd = await bothDoors("bosd_akkoord", "2026-03-01", { versie: 1, besluitnummer: "BOSD-2026-03" });
    // The BOSD akkoord writes its Besluit through both doors (the CLI wrote none before issue 21).
    expect(bosd.besluiten).toEqual([
      expect.objectContaining({ type: "BOSD_AKKOORD", besluitnummer: "BOSD-2026-03", recordedById: "<secretariaat>" }),
    ]);
    await bothDoors("zienswijzeprocedure_geopend", "2026-03-15", { versie: 1 });
    await same(async (db, id) => {
      const v1 = (await db.documentVersion.findFirstOrThrow({ where: { document: { slug: DOCUMENT }, number: 1 } })).id;
      for (const participantId of (
        await db.participant.findMany({ where: { regeling: { slug: REGELING }, scope: "FULL" } })
      ).map((p) => p.id)) {
        const raad = (event: Extract<GrCommand, { track: "raad" }>["event"]) =>
          apply(db, id, { track: "raad", participantId, event });
        await raad({ type: "ontwerp_ontvangen", receivedOn: "2026-03-16", documentVersionId: v1 });
        await raad({ type: "geen_zienswijze", decidedOn: "2026-04-01" });
      }
    });
    await bothDoors("zienswijzeprocedure_gesloten", "2026-05-20");
    await bothDoors("nota_van_beantwoording_vastgesteld", "2026-06-01");
    await publish("Definitief", "Artikel 1 – Belang\nJeugdhulp en Wmo.");
    await bothDoors("definitieve_versie_vastgesteld", "2026-06-10", { versie: 2 });
    await bothDoors("toestemmingsprocedure_geopend", "2026-09-01", { versie: 2 });
    await publish("Herzien", "Artikel 1 – Belang\nJeugdhulp, Wmo en participatie.");
    await bothDoors("herziene_versie_gepubliceerd", "2026-09-05", { versie: 3, reden: "Redactionele correctie." });
    await same(async (db, id) => {
      const v3 = (await db.documentVersion.findFirstOrThrow({ where: { document: { slug: DOCUMENT }, number: 3 } })).id;
      for (const participantId of await fullParticipants(db, id)) {
        const raad = (event: Extract<GrCommand, { track: "raad" }>["event"]) =>
          apply(db, id, { track: "raad", participantId, event });
        const college = (event: Extract<GrCommand, { track: "college" }>["event"]) =>
          apply(db, id, { track: "college", participantId, event });
        await raad({ type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-06", documentVersionId: v3 });
        await raad({ type: "toestemming_geagendeerd", agenda: { raadDate: "2026-10-15" } });
        await raad({ type: "toestemming_verleend", decision: { documentVersionId: v3, decidedOn: "2026-10-15" } });
        await college({
          type: "collegebesluit_genomen",
          decision: { documentVersionId: v3, decidedOn: "2026-10-20", body: "college" },
        });
        await college({ type: "ondertekend", signedOn: "2026-10-25", documentVersionId: v3 });
      }
    });
    await bothDoors("bekendmaking_geregistreerd", "2026-11-01", { kenmerk: "Stcrt. 2026, 12345" });
    await bothDoors("inwerkingtreding_geregistreerd", "2026-11-15");

    // Every regional step of the domain went through both doors.
    const { REGIONAL_MACHINE } = await import("@/lib/domain");
    expect([...new Set(stepsSeen)].sort()).toEqual(
      [...new Set(REGIONAL_MACHINE.transitions.map((t) => t.event))].sort(),
    );
    const proc = await dbs.cli.prisma.procedure.findUniqueOrThrow({ where: { id: procedureOf.cli } });
    expect(proc.derivedState).toBe("in_werking");
  });
});
