import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import * as beleidskaderCommands from "@/lib/services/griffie/beleidskader";
import { byRunner } from "../helpers/by-runner";
import type { GriffieUser } from "@/lib/services/griffie/common";
import { griffier, pdfUpload, snapshot, useTempStorage } from "./helpers";

const recordBeleidskaderStap = byRunner(beleidskaderCommands.recordBeleidskaderStap);
const recordBeleidskaderBesluit = byRunner(beleidskaderCommands.recordBeleidskaderBesluit);

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
const p: Record<string, string> = {};
const u: Record<string, GriffieUser> = {};

const trackVersion = async (participantId: string) =>
  String(
    (
      await db.prisma.track.findUniqueOrThrow({
        where: { procedureId_participantId_kind: { procedureId, participantId, kind: "RAAD" } },
      })
    ).version,
  );
const besluit = (participantId: string, version: string, extra: Record<string, unknown> = {}) => ({
  procedureId,
  participantId,
  expectedVersion: version,
  uitkomst: "VASTGESTELD",
  besluitdatum: "2026-10-01",
  besluitnummer: "BK-1",
  stemmenVoor: "20",
  stemmenTegen: "5",
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
    where: { kind: "BELEIDSKADER_VASTSTELLEN", document: { slug: "integrale-regiovisie" } },
  });
  procedureId = proc.id;
  for (const x of await db.prisma.participant.findMany({
    where: { regelingId: proc.regelingId },
    include: { gemeente: true },
  }))
    p[x.gemeente.slug] = x.id;
  for (const g of ["lelystad", "almere", "zeewolde"]) u[g] = await griffier(db.prisma, g);
});
afterAll(async () => db?.close());

describe("beleidskader vaststellen", () => {
  it("refuses another gemeente, an unknown procedure and a bad date; nothing written", async () => {
    const before = await snapshot(db.prisma);
    const v = await trackVersion(p.lelystad);
    expect(
      await recordBeleidskaderStap(db.prisma, u.almere, {
        procedureId,
        participantId: p.lelystad,
        expectedVersion: v,
        stap: "aangeboden",
        datum: "2026-09-01",
      }),
    ).toEqual({ ok: false, message: "U kunt dit alleen voor uw eigen gemeente doen." });
    const unknown = await recordBeleidskaderStap(db.prisma, u.lelystad, {
      procedureId: "bestaat-niet",
      participantId: p.lelystad,
      expectedVersion: v,
      stap: "aangeboden",
      datum: "2026-09-01",
    });
    expect(unknown).toEqual({ ok: false, message: "Deze beleidskaderprocedure of deelnemer bestaat niet." });
    const bad = await recordBeleidskaderStap(db.prisma, u.lelystad, {
      procedureId,
      participantId: p.lelystad,
      expectedVersion: v,
      stap: "aangeboden",
      datum: "morgen",
    });
    expect(bad.ok).toBe(false);
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("registers aangeboden, geagendeerd and a geamendeerde vaststelling with its Besluit", async () => {
    expect(
      await recordBeleidskaderStap(db.prisma, u.lelystad, {
        procedureId,
        participantId: p.lelystad,
        expectedVersion: await trackVersion(p.lelystad),
        stap: "aangeboden",
        datum: "2026-09-01",
      }),
    ).toEqual({ ok: true });
    expect(
      await recordBeleidskaderStap(db.prisma, u.lelystad, {
        procedureId,
        participantId: p.lelystad,
        expectedVersion: await trackVersion(p.lelystad),
        stap: "geagendeerd",
        datum: "2026-10-01",
      }),
    ).toEqual({ ok: true });
    const before = await snapshot(db.prisma);
    const noAmendement = await recordBeleidskaderBesluit(
      db.prisma,
      u.lelystad,
      besluit(p.lelystad, await trackVersion(p.lelystad), { uitkomst: "GEAMENDEERD_VASTGESTELD" }),
      pdfUpload(),
    );
    expect(noAmendement.ok).toBe(false);
    if (!noAmendement.ok) expect(noAmendement.fieldErrors?.moties).toMatch(/aangenomen amendement/);
    expect(await snapshot(db.prisma)).toEqual(before);

    const r = await recordBeleidskaderBesluit(
      db.prisma,
      u.lelystad,
      besluit(p.lelystad, await trackVersion(p.lelystad), {
        uitkomst: "GEAMENDEERD_VASTGESTELD",
        moties: [{ soort: "AMENDEMENT", titel: "Wachttijden", indiener: "PvdA", uitkomst: "AANGENOMEN" }],
      }),
      pdfUpload(),
    );
    expect(r).toEqual({ ok: true });
    const t = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: p.lelystad, kind: "RAAD" } },
    });
    expect(t.status).toBe("geamendeerd_vastgesteld");
    expect((await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } })).derivedState).toBe(
      "in_behandeling",
    );
    const b = await db.prisma.besluit.findFirstOrThrow({
      where: { procedureId, participantId: p.lelystad },
      include: { moties: true },
    });
    expect(b).toMatchObject({ type: "VASTSTELLING", uitkomst: "GEAMENDEERD_VASTGESTELD" });
    expect(b.moties).toHaveLength(1);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ type: "beleidskader_geamendeerd_vastgesteld", gemeenteId: u.lelystad.gemeenteId });
  });
});
