/**
 * The scale generator writes procedure history in bulk (docs/architecture.md, "The seed and the scale generator").
 * This replays one generated procedure's steps through the runner (the commands the UI uses) on a database where
 * the generator left that procedure at its start, and compares the rows with the bulk-written ones: the same door
 * must leave the same rows, ids and moments aside.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrCommand } from "@/lib/domain";
import { runCommand } from "@/lib/commands";
import { besluitnummer } from "@/lib/scale/procedure-history";
import { generateScale, type ScaleBegrotingReplay, type ScaleOptions, type ScaleReplay } from "@/lib/scale/generate";
import {
  answerBegrotingZienswijze,
  recordBegrotingStep,
  startBegrotingCycle,
  submitBegrotingZienswijze,
} from "@/lib/services/begroting/commands";
import { setBegrotingPlanning } from "@/lib/services/begroting/planning";
import { recordRegionalStep } from "@/lib/services/secretariaat/regional-steps";
import {
  recordAgendering,
  recordGeenZienswijze,
  recordOntvangst,
  recordToestemming,
} from "@/lib/services/griffie/raadsbesluiten";
import { adoptZienswijze, saveZienswijzeConcept } from "@/lib/services/griffie/zienswijze";
import { answerNota, loadNota } from "@/lib/services/nota";
import { recordCollegeStep } from "@/lib/services/college-steps";
import { scenarioBesluitPdf } from "@/lib/scenario/pdf";
import { openTestDb } from "./helpers/test-db";

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
const SIZE: ScaleOptions = { seed: 11, gemeenten: 3, regelingen: 20, jaren: [2025, 2026, 2027] };
/**
 * The regional statuses the replay looks for, deepest first: the procedure replayed is the one that got furthest, so
 * the replay covers the nota, the definitive version, the toestemming per raad, the college steps and the
 * bekendmaking whenever the generated dataset reaches them (the test below checks which steps it did replay).
 */
const REPLAYABLE = [
  "in_werking",
  "bekendgemaakt",
  "toestemmingsprocedure_geopend",
  "definitieve_versie_vastgesteld",
  "nota_van_beantwoording_gereed",
  "zienswijzeprocedure_gesloten",
  "zienswijzeprocedure_geopend",
];

let bulk: TestDb;
let replayed: TestDb;
let replays: ScaleReplay[];
let cycles: ScaleBegrotingReplay[];
beforeAll(async () => {
  [bulk, replayed] = await Promise.all([openTestDb(), openTestDb()]);
  await generateScale(bulk.prisma, SIZE);
  const procs = await bulk.prisma.procedure.findMany({
    where: { kind: "GR_TREFFEN" },
    select: { regional: true, tracks: { select: { status: true } } },
    orderBy: { regeling: { slug: "asc" } },
  });
  const status = (r: unknown) => (r as { regional: { status: string } }).regional.status;
  const deepest = REPLAYABLE.map((s) => procs.findIndex((p) => status(p.regional) === s)).find((i) => i >= 0) ?? -1;
  if (deepest < 0) throw new Error(`geen procedure om na te spelen: ${procs.map((p) => status(p.regional))}`);
  // The deepest procedure has every toestemming granted (all colleges signed); a second one brings the raden that
  // refused or held over their toestemming.
  const held = procs.findIndex((p) =>
    p.tracks.some((t) => t.status === "toestemming_geweigerd" || t.status === "toestemming_aangehouden"),
  );
  const indexes = held >= 0 && held !== deepest ? [deepest, held] : [deepest];
  // The begroting cycles of the regeling with the most raden: the widest mix of zienswijze, geen and open.
  const sizes = await bulk.prisma.regeling.findMany({
    select: { _count: { select: { participants: true } } },
    orderBy: { slug: "asc" },
  });
  const widest = sizes.reduce((w, r, i) => (r._count.participants > sizes[w]._count.participants ? i : w), 0);
  const report = await generateScale(replayed.prisma, {
    ...SIZE,
    replayRegelingen: indexes,
    replayBegroting: [widest],
  });
  if (report.replays?.length !== indexes.length) throw new Error("niet elke replay in het rapport");
  replays = report.replays;
  for (const r of replays) await replaySteps(replayed, r);
  cycles = report.begrotingReplays ?? [];
  for (const c of cycles) await replayCycle(replayed, c);
}, 300_000);
afterAll(async () => Promise.all([bulk?.close(), replayed?.close()]));

const secretariaat = { id: "replay-secretariaat", role: "SECRETARIAAT" as const, gemeenteId: null };

async function replaySteps(db: TestDb, r: ScaleReplay) {
  const gemeenteOf = new Map(r.participants.map((p) => [p.participantId, p.gemeenteId]));
  const must = (what: string, res: { ok: boolean; message?: string; fieldErrors?: unknown }) => {
    if (!res.ok) throw new Error(`${what} geweigerd: ${res.message} ${JSON.stringify(res.fieldErrors)}`);
    return res;
  };
  const trackVersion = async (participantId: string) =>
    String(
      (
        await db.prisma.track.findUniqueOrThrow({
          where: { procedureId_participantId_kind: { procedureId: r.procedureId, participantId, kind: "RAAD" } },
          select: { version: true },
        })
      ).version,
    );
  for (const c of r.played as GrCommand[]) {
    const procedureId = r.procedureId;
    if (c.track === "regional") {
      const e = c.event;
      if (e.type === "nota_van_beantwoording_vastgesteld" && e.answers.length > 0) {
        // The secretariat answers every point in one pass (the nota form), then records the step.
        const nota = await loadNota(db.prisma, procedureId);
        const pointIds = new Map(
          nota.groups.flatMap((g) => g.points).map((p) => [`${p.participantId}:${p.nummer}`, p.id]),
        );
        const answers = e.answers.map((a) => ({
          pointId: pointIds.get(`${a.participantId}:${a.pointNumber}`) ?? "",
          antwoord: a.answer,
          disposition: a.disposition.toUpperCase(),
          changedArticleId: "",
        }));
        must(
          "nota",
          await runCommand(db.prisma, secretariaat, answerNota, { procedureId, basis: nota.basis, answers }),
        );
      }
      const input =
        e.type === "concept_opgesteld" || e.type === "definitieve_versie_vastgesteld"
          ? { step: e.type, versionId: e.documentVersionId, date: e.createdOn }
          : e.type === "bosd_akkoord"
            ? { step: e.type, versionId: e.decision.documentVersionId, date: e.decision.decidedOn }
            : e.type === "zienswijzeprocedure_geopend" || e.type === "toestemmingsprocedure_geopend"
              ? { step: e.type, versionId: e.documentVersionId, date: e.openedOn }
              : e.type === "zienswijzeprocedure_gesloten"
                ? { step: e.type, date: e.closedOn }
                : e.type === "nota_van_beantwoording_vastgesteld"
                  ? { step: e.type, date: e.decidedOn }
                  : e.type === "bekendmaking_geregistreerd"
                    ? { step: e.type, date: e.publishedOn }
                    : e.type === "inwerkingtreding_geregistreerd"
                      ? { step: e.type, date: e.effectiveOn }
                      : null;
      if (!input) throw new Error(`regionale stap ${e.type} kan nog niet worden nagespeeld`);
      must(e.type, await runCommand(db.prisma, secretariaat, recordRegionalStep, { procedureId, ...input }));
      continue;
    }
    if (c.track === "college") {
      const college = {
        id: `replay-college-${c.participantId}`,
        role: "COLLEGE" as const,
        gemeenteId: gemeenteOf.get(c.participantId) ?? null,
      };
      const e = c.event;
      const input =
        e.type === "collegebesluit_genomen"
          ? { step: e.type, date: e.decision.decidedOn, besluitnummer: e.decision.besluitnummer }
          : e.type === "ondertekend"
            ? { step: e.type, date: e.signedOn }
            : null;
      if (!input) throw new Error(`collegestap ${e.type} kan nog niet worden nagespeeld`);
      const raw = { procedureId, participantId: c.participantId, ...input };
      must(e.type, await runCommand(db.prisma, college, recordCollegeStep, raw));
      continue;
    }
    const { participantId } = c;
    const griffier = {
      id: `replay-griffier-${participantId}`,
      role: "GRIFFIER" as const,
      gemeenteId: gemeenteOf.get(participantId) ?? null,
    };
    const e = c.event;
    const besluit = (d: { decidedOn: string; besluitnummer?: string; votes?: { for: number; against: number } }) => ({
      besluitdatum: d.decidedOn,
      besluitnummer: d.besluitnummer ?? "",
      stemmenVoor: String(d.votes?.for ?? ""),
      stemmenTegen: String(d.votes?.against ?? ""),
      zittingHebbendeLeden: "",
      aanwezig: "",
      moties: [],
    });
    const upload = { upload: scenarioBesluitPdf("replay") };
    if (e.type === "ontwerp_ontvangen") {
      const raw = { procedureId, participantId, stap: "ontwerp", ontvangenOp: e.receivedOn };
      must(
        e.type,
        await runCommand(db.prisma, griffier, recordOntvangst, {
          ...raw,
          expectedVersion: await trackVersion(participantId),
        }),
      );
    } else if (e.type === "zienswijze_vastgesteld") {
      const points = e.points.map((p) => ({ onderwerp: p.subject, tekst: p.text, articleId: "" }));
      const concept = { procedureId, participantId, points, zienswijzeId: "", conceptVersion: "" };
      const saved = await runCommand(db.prisma, griffier, saveZienswijzeConcept, concept);
      if (!saved.ok) throw new Error(`concept-zienswijze geweigerd: ${saved.message}`);
      const zw = await db.prisma.zienswijze.findUniqueOrThrow({
        where: { id: saved.zienswijzeId },
        select: { version: true },
      });
      const raw = {
        ...besluit(e.decision),
        zienswijzeId: saved.zienswijzeId,
        conceptVersion: String(zw.version),
        expectedVersion: await trackVersion(participantId),
      };
      must(e.type, await runCommand(db.prisma, griffier, adoptZienswijze, raw, upload));
    } else if (e.type === "geen_zienswijze") {
      const raw = { ...besluit(e.decision ?? { decidedOn: e.decidedOn }), procedureId, participantId };
      must(
        e.type,
        await runCommand(
          db.prisma,
          griffier,
          recordGeenZienswijze,
          { ...raw, expectedVersion: await trackVersion(participantId) },
          upload,
        ),
      );
    } else if (e.type === "toestemmingsvoorstel_ontvangen") {
      const raw = { procedureId, participantId, stap: "toestemmingsvoorstel", ontvangenOp: e.receivedOn };
      const expectedVersion = await trackVersion(participantId);
      must(e.type, await runCommand(db.prisma, griffier, recordOntvangst, { ...raw, expectedVersion }));
    } else if (e.type === "toestemming_geagendeerd") {
      const { commissieDate, raadDate } = e.agenda;
      const raw = { procedureId, participantId, stap: "toestemming", commissieDatum: commissieDate ?? "" };
      const expectedVersion = await trackVersion(participantId);
      must(
        e.type,
        await runCommand(db.prisma, griffier, recordAgendering, { ...raw, raadDatum: raadDate, expectedVersion }),
      );
    } else if (
      e.type === "toestemming_verleend" ||
      e.type === "toestemming_geweigerd" ||
      e.type === "toestemming_aangehouden"
    ) {
      const decision =
        e.type === "toestemming_aangehouden"
          ? // The domain event of an aangehouden besluit has no number; the form asks it all the same.
            { decidedOn: e.decidedOn, besluitnummer: besluitnummer(participantId, "toestemming"), votes: undefined }
          : e.decision;
      const raw = {
        ...besluit(decision),
        procedureId,
        participantId,
        documentVersionId: r.v2,
        uitkomst:
          e.type === "toestemming_verleend"
            ? "VERLEEND"
            : e.type === "toestemming_geweigerd"
              ? "GEWEIGERD"
              : "AANGEHOUDEN",
        weigeringsgrond: e.type === "toestemming_geweigerd" ? e.ground.toUpperCase() : "",
        motivering:
          e.type === "toestemming_geweigerd" ? e.motivation : (e.type === "toestemming_aangehouden" && e.reason) || "",
        verwachteDatum: e.type === "toestemming_aangehouden" ? e.expectedDate : "",
        expectedVersion: await trackVersion(participantId),
      };
      must(e.type, await runCommand(db.prisma, griffier, recordToestemming, raw, upload));
    } else throw new Error(`raadsstap ${e.type} kan nog niet worden nagespeeld`);
  }
}

/** A generated begroting cycle through the commands of the secretariat and the griffies. */
async function replayCycle(db: TestDb, c: ScaleBegrotingReplay) {
  const must = <T extends { ok: boolean; message?: string }>(what: string, res: T) => {
    if (!res.ok) throw new Error(`begroting ${c.jaar} ${what} geweigerd: ${res.message}`);
    return res;
  };
  const started = must("start", await runCommand(db.prisma, secretariaat, startBegrotingCycle, c));
  const procedureId = (started as unknown as { procedureId: string }).procedureId;
  const gemeenteOf = new Map(c.participants.map((p) => [p.participantId, p.gemeenteId]));
  for (const k of c.commands) {
    const what = k.command === "step" ? k.input.step : k.command;
    if (k.command === "planning")
      must(what, await runCommand(db.prisma, secretariaat, setBegrotingPlanning, { procedureId, ...k.input }));
    else if (k.command === "step")
      must(what, await runCommand(db.prisma, secretariaat, recordBegrotingStep, { procedureId, ...k.input }));
    else if (k.command === "antwoord")
      must(what, await runCommand(db.prisma, secretariaat, answerBegrotingZienswijze, { procedureId, ...k.input }));
    else {
      const { participantId } = k.input;
      const griffier = {
        id: `replay-griffier-${participantId}`,
        role: "GRIFFIER" as const,
        gemeenteId: gemeenteOf.get(participantId) ?? null,
      };
      must(what, await runCommand(db.prisma, griffier, submitBegrotingZienswijze, { procedureId, ...k.input }));
    }
  }
}

/**
 * The rows of a begroting cycle (found by regeling and year: the start command draws its own id), with the
 * procedure's, the ontwerp's and the gemeenten's ids replaced by placeholders and without moments.
 */
async function cycleRowsOf(db: TestDb, regelingId: string, jaar: number) {
  const p = db.prisma;
  const procedure = await p.procedure.findFirstOrThrow({
    where: { regelingId, jaar, kind: "BEGROTING_ZIENSWIJZE" },
    select: {
      id: true,
      titel: true,
      derivedState: true,
      regional: true,
      version: true,
      planning: true,
      document: { select: { slug: true, kind: true, titel: true, periode: true, topics: true, partOfRegeling: true } },
    },
  });
  const versions = await p.documentVersion.findMany({
    where: { document: { procedures: { some: { id: procedure.id } } } },
    select: { id: true, number: true, label: true, status: true, contentHash: true, toelichting: true },
    orderBy: { number: "asc" },
  });
  const zienswijzen = await p.zienswijze.findMany({
    where: { procedureId: procedure.id },
    select: {
      participantId: true,
      documentVersionId: true,
      status: true,
      ingediendOp: true,
      version: true,
      besluitId: true,
      points: {
        select: { nummer: true, onderwerp: true, verwijzing: true, tekst: true, antwoord: true, disposition: true },
        orderBy: { nummer: "asc" },
      },
    },
    orderBy: { participantId: "asc" },
  });
  const audit = await p.auditEvent.findMany({
    where: { subjectId: procedure.id },
    select: {
      type: true,
      subjectKind: true,
      gemeenteId: true,
      fromState: true,
      toState: true,
      payload: true,
      reason: true,
    },
    orderBy: { id: "asc" },
  });
  const { id, ...row } = procedure;
  let text = JSON.stringify({ procedure: row, versions, zienswijzen, audit }).replaceAll(id, "<procedure>");
  for (const v of versions) text = text.replaceAll(v.id, "<ontwerp>");
  // The gemeenten come through the runner with ids of their own per database: compared by slug.
  for (const g of await p.gemeente.findMany({ select: { id: true, slug: true } }))
    text = text.replaceAll(g.id, `<${g.slug}>`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** The rows of one procedure a door leaves, without ids and moments. */
async function rowsOf(db: TestDb, procedureId: string) {
  const p = db.prisma;
  const procedure = await p.procedure.findUniqueOrThrow({
    where: { id: procedureId },
    select: { derivedState: true, regional: true, version: true },
  });
  const tracks = await p.track.findMany({
    where: { procedureId },
    select: { participantId: true, kind: true, status: true, data: true, version: true },
    orderBy: [{ participantId: "asc" }, { kind: "asc" }],
  });
  const besluiten = await p.besluit.findMany({
    where: { procedureId },
    select: {
      participantId: true,
      body: { select: { kind: true } },
      documentVersionId: true,
      type: true,
      uitkomst: true,
      besluitdatum: true,
      besluitnummer: true,
      stemmenVoor: true,
      stemmenTegen: true,
      zittingHebbendeLeden: true,
      aanwezig: true,
      fileId: true,
    },
  });
  // The PDF of a raadsbesluit (fileId) is not compared: the generator stores no files (see the report in
  // docs/architecture.md).
  const sorted = besluiten
    .map(({ fileId: _pdf, ...b }) => b)
    .sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
  const audit = await p.auditEvent.findMany({
    where: { OR: [{ subjectId: procedureId }, { subjectId: { startsWith: `${procedureId}:` } }] },
    select: { type: true, subjectKind: true, fromState: true, toState: true, payload: true },
    orderBy: { id: "asc" },
  });
  const shapes = audit.map(({ payload, ...e }) => ({ ...e, payloadKeys: Object.keys(payload ?? {}).sort() }));
  const zienswijzen = await p.zienswijze.findMany({
    where: { procedureId },
    select: {
      participantId: true,
      documentVersionId: true,
      status: true,
      ingediendOp: true,
      version: true,
      besluit: { select: { type: true } },
      points: {
        select: { nummer: true, onderwerp: true, tekst: true, antwoord: true, disposition: true },
        orderBy: { nummer: "asc" },
      },
    },
    orderBy: { participantId: "asc" },
  });
  return { procedure, tracks, besluiten: sorted, zienswijzen, audit: shapes };
}

describe("a generated procedure replayed through the runner", () => {
  const played = () => replays.flatMap((r) => r.played);

  it("replays at least a raad's step", () => {
    expect(played().some((c) => c.track === "raad")).toBe(true);
  });

  it("replays the steps after the zienswijze phase: nota, definitive version, toestemming, college, bekendmaking", () => {
    const types = new Set(played().map((c) => c.event.type));
    for (const t of [
      "nota_van_beantwoording_vastgesteld",
      "definitieve_versie_vastgesteld",
      "toestemmingsprocedure_geopend",
      "toestemmingsvoorstel_ontvangen",
      "toestemming_geagendeerd",
      "toestemming_verleend",
      "collegebesluit_genomen",
      "ondertekend",
      "bekendmaking_geregistreerd",
      "inwerkingtreding_geregistreerd",
    ])
      expect(types, t).toContain(t);
    // A refused or held-over toestemming, and answered nota points, are replayed too.
    expect([...types].some((t) => t === "toestemming_geweigerd" || t === "toestemming_aangehouden")).toBe(true);
    const nota = played().find((c) => c.event.type === "nota_van_beantwoording_vastgesteld")?.event;
    expect(nota && "answers" in nota && nota.answers.length > 0).toBe(true);
  });

  it("leaves the same procedure and track rows (state, per-track version)", async () => {
    for (const { procedureId } of replays) {
      const [a, b] = await Promise.all([rowsOf(bulk, procedureId), rowsOf(replayed, procedureId)]);
      expect(b.procedure).toEqual(a.procedure);
      expect(b.tracks).toEqual(a.tracks);
    }
  });

  it("leaves the same besluiten, zienswijzen and nota answers", async () => {
    for (const { procedureId } of replays) {
      const [a, b] = await Promise.all([rowsOf(bulk, procedureId), rowsOf(replayed, procedureId)]);
      expect(b.besluiten).toEqual(a.besluiten);
      expect(b.zienswijzen).toEqual(a.zienswijzen);
    }
  });

  it("leaves the same audit events (types and payload shapes)", async () => {
    for (const { procedureId } of replays) {
      const [a, b] = await Promise.all([rowsOf(bulk, procedureId), rowsOf(replayed, procedureId)]);
      expect(b.audit).toEqual(a.audit);
    }
  });
});

describe("a generated begroting cycle replayed through the runner", () => {
  it("replays every year's cycle of a regeling, with each kind of step", () => {
    expect(cycles.map((c) => c.jaar)).toEqual([2025, 2026, 2027]);
    const kinds = new Set(
      cycles.flatMap((c) =>
        c.commands.map((k) =>
          k.command === "step" ? k.input.step : k.command === "zienswijze" ? k.input.soort : k.command,
        ),
      ),
    );
    for (const k of [
      "planning",
      "kaders_verzonden",
      "ontwerp_verzonden",
      "zienswijze",
      "geen",
      "antwoord",
      "begroting_vastgesteld",
      "naar_gs_verzonden",
      "voorlopige_jaarrekening_verzonden",
      "jaarrekening_vastgesteld",
      "jaarrekening_naar_gs",
    ])
      expect(kinds, k).toContain(k);
  });

  it("leaves the same procedure, document, ontwerp version, zienswijzen and audit events", async () => {
    for (const c of cycles) {
      const [a, b] = await Promise.all([
        cycleRowsOf(bulk, c.regelingId, c.jaar),
        cycleRowsOf(replayed, c.regelingId, c.jaar),
      ]);
      expect(b.procedure, `${c.jaar}`).toEqual(a.procedure);
      expect(b.versions, `${c.jaar}`).toEqual(a.versions);
      expect(b.zienswijzen, `${c.jaar}`).toEqual(a.zienswijzen);
      expect(b.audit, `${c.jaar}`).toEqual(a.audit);
    }
  });
});
