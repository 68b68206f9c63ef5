/**
 * The scale generator writes procedure history in bulk (docs/architecture.md, "The seed and the scale generator").
 * This replays one generated procedure's steps through the runner (the commands the UI uses) on a database where
 * the generator left that procedure at its start, and compares the rows with the bulk-written ones: the same door
 * must leave the same rows, ids and moments aside.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GrCommand } from "@/lib/domain";
import { runCommand } from "@/lib/commands";
import { generateScale, type ScaleOptions, type ScaleReplay } from "@/lib/scale/generate";
import { recordRegionalStep } from "@/lib/services/secretariaat/regional-steps";
import { recordGeenZienswijze, recordOntvangst } from "@/lib/services/griffie/raadsbesluiten";
import { adoptZienswijze, saveZienswijzeConcept } from "@/lib/services/griffie/zienswijze";
import { scenarioBesluitPdf } from "@/lib/scenario/pdf";
import { openTestDb } from "./helpers/test-db";

type TestDb = Awaited<ReturnType<typeof openTestDb>>;
const SIZE: ScaleOptions = { seed: 11, gemeenten: 3, regelingen: 20 };
/** The last regional status whose steps the replay below knows how to record (through the zienswijzeprocedure). */
const REPLAYABLE = ["zienswijzeprocedure_gesloten", "zienswijzeprocedure_geopend"];

let bulk: TestDb;
let replayed: TestDb;
let replay: ScaleReplay;
beforeAll(async () => {
  [bulk, replayed] = await Promise.all([openTestDb(), openTestDb()]);
  await generateScale(bulk.prisma, SIZE);
  const procs = await bulk.prisma.procedure.findMany({
    select: { regional: true, regeling: { select: { slug: true, _count: { select: { participants: true } } } } },
    orderBy: { regeling: { slug: "asc" } },
  });
  const status = (r: unknown) => (r as { regional: { status: string } }).regional.status;
  const index = REPLAYABLE.map((s) => procs.findIndex((p) => status(p.regional) === s)).find((i) => i >= 0) ?? -1;
  if (index < 0) throw new Error(`geen procedure om na te spelen: ${procs.map((p) => status(p.regional))}`);
  const report = await generateScale(replayed.prisma, { ...SIZE, replayRegeling: index });
  if (!report.replay) throw new Error("geen replay in het rapport");
  replay = report.replay;
  await replaySteps(replayed, replay);
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
      const input =
        e.type === "concept_opgesteld"
          ? { step: e.type, versionId: e.documentVersionId, date: e.createdOn }
          : e.type === "bosd_akkoord"
            ? { step: e.type, versionId: e.decision.documentVersionId, date: e.decision.decidedOn }
            : e.type === "zienswijzeprocedure_geopend"
              ? { step: e.type, versionId: e.documentVersionId, date: e.openedOn }
              : e.type === "zienswijzeprocedure_gesloten"
                ? { step: e.type, date: e.closedOn }
                : null;
      if (!input) throw new Error(`regionale stap ${e.type} kan nog niet worden nagespeeld`);
      must(e.type, await runCommand(db.prisma, secretariaat, recordRegionalStep, { procedureId, ...input }));
      continue;
    }
    if (c.track !== "raad") throw new Error(`spoor ${c.track} kan nog niet worden nagespeeld`);
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
    } else throw new Error(`raadsstap ${e.type} kan nog niet worden nagespeeld`);
  }
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
      points: { select: { nummer: true, onderwerp: true, tekst: true }, orderBy: { nummer: "asc" } },
    },
    orderBy: { participantId: "asc" },
  });
  return { procedure, tracks, besluiten: sorted, zienswijzen, audit: shapes };
}

describe("a generated procedure replayed through the runner", () => {
  it("replays at least a raad's step", () => {
    expect(replay.played.some((c) => c.track === "raad")).toBe(true);
  });

  it("leaves the same procedure and track rows (state, per-track version)", async () => {
    const [a, b] = await Promise.all([rowsOf(bulk, replay.procedureId), rowsOf(replayed, replay.procedureId)]);
    expect(b.procedure).toEqual(a.procedure);
    expect(b.tracks).toEqual(a.tracks);
  });

  it("leaves the same besluiten and zienswijzen", async () => {
    const [a, b] = await Promise.all([rowsOf(bulk, replay.procedureId), rowsOf(replayed, replay.procedureId)]);
    expect(b.besluiten).toEqual(a.besluiten);
    expect(b.zienswijzen).toEqual(a.zienswijzen);
  });

  it("leaves the same audit events (types and payload shapes)", async () => {
    const [a, b] = await Promise.all([rowsOf(bulk, replay.procedureId), rowsOf(replayed, replay.procedureId)]);
    expect(b.audit).toEqual(a.audit);
  });
});
