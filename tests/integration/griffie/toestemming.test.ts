import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { applyGrProcedureCommand } from "@/lib/services/gr-procedure-store";
import type { GriffieUser } from "@/lib/services/griffie/common";
import type { GrCommand } from "@/lib/domain";
import { griffier, pdfUpload, snapshot, useTempStorage } from "./helpers";
import * as raadCommands from "@/lib/services/griffie/raadsbesluiten";
import { byRunner } from "../helpers/by-runner";

const recordOntvangst = byRunner(raadCommands.recordOntvangst);
const recordAgendering = byRunner(raadCommands.recordAgendering);
const recordToestemming = byRunner(raadCommands.recordToestemming);

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
let definitief: string;
const p: Record<string, string> = {};
const u: Record<string, GriffieUser> = {};
const secretariaat = { userId: null, role: "SECRETARIAAT", gemeenteId: null };

const version = async (participantId: string) =>
  String(
    (
      await db.prisma.track.findUniqueOrThrow({
        where: { procedureId_participantId_kind: { procedureId, participantId, kind: "RAAD" } },
      })
    ).version,
  );
const apply = async (command: GrCommand) => {
  const r = await applyGrProcedureCommand(db.prisma, { procedureId, actor: secretariaat, command });
  if (!r.ok) throw new Error(r.message);
};
const base = async (participant: string, extra: Record<string, unknown> = {}) => ({
  procedureId,
  participantId: participant,
  expectedVersion: await version(participant),
  documentVersionId: definitief,
  uitkomst: "VERLEEND",
  weigeringsgrond: "",
  motivering: "",
  verwachteDatum: "",
  besluitdatum: "2026-10-08",
  besluitnummer: "2026-101",
  stemmenVoor: "30",
  stemmenTegen: "9",
  zittingHebbendeLeden: "",
  aanwezig: "",
  moties: [],
  ...extra,
});

beforeAll(async () => {
  useTempStorage();
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const proc = await db.prisma.procedure.findFirstOrThrow({
    where: { kind: "GR_TREFFEN" },
    include: { document: { include: { versions: true } } },
  });
  procedureId = proc.id;
  const concept = proc.document.versions[0].id;
  definitief = (
    await db.prisma.documentVersion.create({
      data: {
        documentId: proc.documentId,
        number: 2,
        label: "Definitieve GR (versie 2)",
        status: "DEFINITIEF",
        contentHash: "test",
      },
    })
  ).id;
  for (const x of await db.prisma.participant.findMany({
    where: { regelingId: proc.regelingId },
    include: { gemeente: true },
  }))
    p[x.gemeente.slug] = x.id;
  for (const g of ["almere", "lelystad", "urk"]) u[g] = await griffier(db.prisma, g);
  await apply({
    track: "regional",
    event: { type: "concept_opgesteld", documentVersionId: concept, label: "Concept", createdOn: "2026-02-01" },
  });
  await apply({
    track: "regional",
    event: { type: "bosd_akkoord", decision: { documentVersionId: concept, decidedOn: "2026-04-15" } },
  });
  await apply({
    track: "regional",
    event: { type: "zienswijzeprocedure_geopend", documentVersionId: concept, openedOn: "2026-05-01" },
  });
  for (const id of Object.values(p)) {
    await apply({
      track: "raad",
      participantId: id,
      event: { type: "ontwerp_ontvangen", receivedOn: "2026-05-12", documentVersionId: concept },
    });
  }
  await apply({ track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-08-01" } });
  await apply({
    track: "regional",
    event: { type: "nota_van_beantwoording_vastgesteld", decidedOn: "2026-08-20", answers: [] },
  });
  await apply({
    track: "regional",
    event: {
      type: "definitieve_versie_vastgesteld",
      documentVersionId: definitief,
      label: "Definitief",
      createdOn: "2026-08-25",
    },
  });
  await apply({
    track: "regional",
    event: { type: "toestemmingsprocedure_geopend", documentVersionId: definitief, openedOn: "2026-09-01" },
  });
  for (const g of ["almere", "lelystad", "urk"]) {
    const r = await recordOntvangst(db.prisma, u[g], {
      procedureId,
      participantId: p[g],
      expectedVersion: await version(p[g]),
      stap: "toestemmingsvoorstel",
      ontvangenOp: "2026-09-02",
    });
    expect(r).toEqual({ ok: true });
    const a = await recordAgendering(db.prisma, u[g], {
      procedureId,
      participantId: p[g],
      expectedVersion: await version(p[g]),
      stap: "toestemming",
      commissieDatum: "2026-09-24",
      raadDatum: "2026-10-08",
    });
    expect(a).toEqual({ ok: true });
  }
});
afterAll(async () => db?.close());

describe("toestemming", () => {
  it("refuses a refusal without legal ground and motivation (R7), another gemeente, and a different version; nothing written", async () => {
    const before = await snapshot(db.prisma);
    const noGround = await recordToestemming(
      db.prisma,
      u.lelystad,
      await base(p.lelystad, { uitkomst: "GEWEIGERD", weigeringsgrond: "te duur" }),
      pdfUpload(),
    );
    expect(noGround.ok).toBe(false);
    if (!noGround.ok) {
      expect(noGround.fieldErrors?.weigeringsgrond).toBe(
        "Kies de wettelijke grond voor de weigering (Wgr art. 1 lid 4).",
      );
      expect(noGround.fieldErrors?.motivering).toBe("Vul de motivering van de weigering in.");
    }
    const other = await recordToestemming(db.prisma, u.urk, await base(p.lelystad), pdfUpload());
    expect(other).toEqual({ ok: false, message: "U kunt dit alleen voor uw eigen gemeente doen." });
    const wrongVersion = await recordToestemming(
      db.prisma,
      u.lelystad,
      await base(p.lelystad, { documentVersionId: "andere-versie" }),
      pdfUpload(),
    );
    expect(wrongVersion.ok).toBe(false);
    const noDate = await recordToestemming(
      db.prisma,
      u.lelystad,
      await base(p.lelystad, { uitkomst: "AANGEHOUDEN", verwachteDatum: "" }),
      pdfUpload(),
    );
    expect(noDate.ok).toBe(false);
    if (!noDate.ok) expect(noDate.fieldErrors?.verwachteDatum).toMatch(/verwachte nieuwe besluitdatum/);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("refuses an agenda with the commissie after the raad; nothing written", async () => {
    const before = await snapshot(db.prisma);
    const r = await recordAgendering(db.prisma, u.urk, {
      procedureId,
      participantId: p.urk,
      expectedVersion: await version(p.urk),
      stap: "toestemming",
      commissieDatum: "2026-10-09",
      raadDatum: "2026-10-08",
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors?.commissieDatum).toMatch(/vóór of op de dag/);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("registers verleend for the named version, with the Besluit and its PDF", async () => {
    const r = await recordToestemming(
      db.prisma,
      u.almere,
      await base(p.almere, {
        moties: [{ soort: "MOTIE", titel: "Evaluatie na twee jaar", indiener: "D66", uitkomst: "AANGENOMEN" }],
      }),
      pdfUpload(),
    );
    expect(r).toEqual({ ok: true });
    const t = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: p.almere, kind: "RAAD" } },
    });
    expect(t.status).toBe("toestemming_verleend");
    const b = await db.prisma.besluit.findFirstOrThrow({
      where: { participantId: p.almere, type: "TOESTEMMING" },
      include: { moties: true },
    });
    expect(b).toMatchObject({ uitkomst: "VERLEEND", documentVersionId: definitief, stemmenVoor: 30 });
    expect(b.moties).toHaveLength(1);
    expect(b.fileId).not.toBeNull();
  });

  it("registers geweigerd with the ground and motivation", async () => {
    const r = await recordToestemming(
      db.prisma,
      u.lelystad,
      await base(p.lelystad, {
        uitkomst: "GEWEIGERD",
        weigeringsgrond: "STRIJD_MET_HET_ALGEMEEN_BELANG",
        motivering: "De financiële risico's zijn onvoldoende begrensd.",
        stemmenVoor: "10",
        stemmenTegen: "29",
      }),
      pdfUpload(),
    );
    expect(r).toEqual({ ok: true });
    const t = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: p.lelystad, kind: "RAAD" } },
    });
    expect(t.status).toBe("toestemming_geweigerd");
    const b = await db.prisma.besluit.findFirstOrThrow({ where: { participantId: p.lelystad, type: "TOESTEMMING" } });
    expect(b).toMatchObject({ uitkomst: "GEWEIGERD", weigeringsgrond: "STRIJD_MET_HET_ALGEMEEN_BELANG" });
  });

  it("registers aangehouden with the expected new date", async () => {
    const r = await recordToestemming(
      db.prisma,
      u.urk,
      await base(p.urk, {
        uitkomst: "AANGEHOUDEN",
        verwachteDatum: "2026-11-26",
        motivering: "Eerst een informatiebijeenkomst.",
      }),
      pdfUpload(),
    );
    expect(r).toEqual({ ok: true });
    const t = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: p.urk, kind: "RAAD" } },
    });
    expect(t.status).toBe("toestemming_aangehouden");
    const b = await db.prisma.besluit.findFirstOrThrow({ where: { participantId: p.urk, type: "TOESTEMMING" } });
    expect(b.verwachteDatum?.toISOString().slice(0, 10)).toBe("2026-11-26");
  });
});
