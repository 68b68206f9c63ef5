import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { applyGrProcedureCommand } from "@/lib/services/gr-procedure-store";
import { recordCollegeStep } from "@/lib/services/college-steps";
import { runCommand } from "@/lib/commands";
import { publishVersion } from "@/lib/services/secretariaat/publish-version";
import type { GrCommand } from "@/lib/domain";

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
const ids: Record<string, string> = {};
const gemeenteIds: Record<string, string> = {};
const secretariaat = { id: "u-secr", role: "SECRETARIAAT" as const, gemeenteId: null };
const now = new Date("2026-11-20T10:00:00Z");

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const proc = await db.prisma.procedure.findFirstOrThrow({
    where: { kind: "GR_TREFFEN" },
    include: { document: { include: { versions: true } } },
  });
  procedureId = proc.id;
  const v1 = proc.document.versions[0].id;
  for (const p of await db.prisma.participant.findMany({
    where: { regelingId: proc.regelingId },
    include: { gemeente: true },
  })) {
    ids[p.gemeente.slug] = p.id;
    gemeenteIds[p.gemeente.slug] = p.gemeenteId;
  }
  const actor = { userId: null, role: "SECRETARIAAT", gemeenteId: null };
  const run = async (command: GrCommand) => {
    const r = await applyGrProcedureCommand(db.prisma, { procedureId, actor, now, command });
    if (!r.ok) throw new Error(r.message);
  };
  await run({
    track: "regional",
    event: { type: "concept_opgesteld", documentVersionId: v1, label: "Concept", createdOn: "2026-03-01" },
  });
  await run({
    track: "regional",
    event: { type: "bosd_akkoord", decision: { documentVersionId: v1, decidedOn: "2026-03-10" } },
  });
  await run({
    track: "regional",
    event: { type: "zienswijzeprocedure_geopend", documentVersionId: v1, openedOn: "2026-03-15" },
  });
  for (const pid of Object.values(ids)) {
    await run({
      track: "raad",
      participantId: pid,
      event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-16", documentVersionId: v1 },
    });
    await run({ track: "raad", participantId: pid, event: { type: "geen_zienswijze", decidedOn: "2026-04-01" } });
  }
  await run({ track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-20" } });
  await run({
    track: "regional",
    event: { type: "nota_van_beantwoording_vastgesteld", decidedOn: "2026-06-01", answers: [] },
  });
  const v2 = await runCommand(db.prisma, secretariaat, publishVersion, {
    documentId: proc.documentId,
    label: "Definitief",
    status: "DEFINITIEF",
    text: "Artikel 1 – Belang\nJeugdhulp en Wmo.",
  });
  if (!v2.ok) throw new Error(v2.message);
  await run({
    track: "regional",
    event: {
      type: "definitieve_versie_vastgesteld",
      documentVersionId: v2.versionId,
      label: "Definitief",
      createdOn: "2026-06-10",
    },
  });
  await run({
    track: "regional",
    event: { type: "toestemmingsprocedure_geopend", documentVersionId: v2.versionId, openedOn: "2026-09-01" },
  });
  await run({
    track: "raad",
    participantId: ids.urk,
    event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: v2.versionId },
  });
  await run({
    track: "raad",
    participantId: ids.urk,
    event: { type: "toestemming_geagendeerd", agenda: { raadDate: "2026-10-15" } },
  });
  await run({
    track: "raad",
    participantId: ids.urk,
    event: { type: "toestemming_verleend", decision: { documentVersionId: v2.versionId, decidedOn: "2026-10-15" } },
  });
});
afterAll(async () => db?.close());

const step = (input: Record<string, unknown>, user: unknown = secretariaat) =>
  runCommand(db.prisma, user as never, recordCollegeStep, { procedureId, ...input }, { now });

describe("college steps: collegebesluit, ondertekening, own bekendmaking", () => {
  it("refuses signing before the collegebesluit and before the own raad's toestemming (R6), writing nothing", async () => {
    const audit = await db.prisma.auditEvent.count();
    const early = await step({ step: "ondertekend", participantId: ids.urk, date: "2026-11-01" });
    expect(early.ok).toBe(false);
    const noConsent = await step({ step: "collegebesluit_genomen", participantId: ids.almere, date: "2026-11-01" });
    expect(noConsent.ok).toBe(false);
    if (!noConsent.ok) expect(noConsent.message).toMatch(/toestemming/);
    expect(await db.prisma.auditEvent.count()).toBe(audit);
  });

  it("lets the own college record its besluit, then the signature and the own publication, each with a besluit row", async () => {
    const college = { id: "u-college-urk", role: "COLLEGE" as const, gemeenteId: gemeenteIds.urk };
    expect(
      await step(
        { step: "collegebesluit_genomen", participantId: ids.urk, date: "2026-10-20", besluitnummer: "B&W-2026-88" },
        college,
      ),
    ).toMatchObject({ ok: true });
    expect(await step({ step: "ondertekend", participantId: ids.urk, date: "2026-11-02" }, college)).toMatchObject({
      ok: true,
    });
    expect(
      await step({
        step: "besluit_bekendgemaakt",
        participantId: ids.urk,
        date: "2026-11-05",
        reference: "Gemeenteblad 2026, 1234",
      }),
    ).toMatchObject({ ok: true });
    const track = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: ids.urk, kind: "COLLEGE" } },
    });
    expect(track.status).toBe("besluit_bekendgemaakt");
    const besluiten = await db.prisma.besluit.findMany({
      where: { procedureId, participantId: ids.urk },
      orderBy: { besluitdatum: "asc" },
    });
    expect(besluiten.map((b) => b.type)).toEqual(["COLLEGEBESLUIT", "ONDERTEKENING", "BEKENDMAKING"]);
    expect(besluiten[2].publicatieVindplaats).toBe("Gemeenteblad 2026, 1234");
  });

  it("a college acts only for its own gemeente; other roles and bad input are refused", async () => {
    const otherCollege = { id: "u-college-almere", role: "COLLEGE" as const, gemeenteId: gemeenteIds.almere };
    const cases: [Record<string, unknown>, unknown, RegExp][] = [
      [{ step: "ondertekend", participantId: ids.urk, date: "2026-11-10" }, otherCollege, /eigen gemeente/],
      [
        { step: "ondertekend", participantId: ids.urk, date: "2026-11-10" },
        { id: "g", role: "GRIFFIER", gemeenteId: gemeenteIds.urk },
        /geen toestemming/,
      ],
      [{ step: "ondertekend", participantId: ids.urk, date: "2026-11-31" }, secretariaat, /Controleer/],
      [{ step: "tekenen", participantId: ids.urk, date: "2026-11-10" }, secretariaat, /Controleer/],
      [{ step: "ondertekend", participantId: "onbekend", date: "2026-11-10" }, secretariaat, /bestaat niet/],
      // Whoever may never record college steps does not learn whether a procedure exists.
      [
        { step: "ondertekend", participantId: "onbekend", date: "2026-11-10" },
        { id: "r", role: "RAADSLID", gemeenteId: gemeenteIds.urk },
        /geen toestemming/,
      ],
      [{ step: "ondertekend", participantId: "onbekend", date: "2026-11-10" }, null, /ingelogd/],
    ];
    for (const [input, user, message] of cases) {
      const r = await step(input, user);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });
});
