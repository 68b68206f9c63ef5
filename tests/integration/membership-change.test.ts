import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRETARIAAT_USER as secretariaat, openGrScenario } from "./helpers/gr-scenario";
import { recordMembershipChange } from "@/lib/services/secretariaat/records";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import { runCommand } from "@/lib/commands";

let db: Awaited<ReturnType<typeof openGrScenario>>["db"];
let procedureId: string;
let regelingId: string;
const ids: Record<string, string> = {};
const now = new Date("2026-05-20T10:00:00Z");

beforeAll(async () => {
  const opened = await openGrScenario(now, (gr) => gr.through("zienswijzeprocedure_geopend"));
  ({ db } = opened);
  ({ procedureId, regelingId } = opened.gr);
  Object.assign(ids, opened.gr.participants);
});
afterAll(async () => db?.close());

const change = async (input: Record<string, unknown>) =>
  runCommand(
    db.prisma,
    secretariaat,
    recordMembershipChange,
    { procedureId, date: "2026-05-15", reason: "Raadsbesluit", ...input },
    {
      now,
      expectedVersion: (await loadGrProcedure(db.prisma, procedureId))?.version ?? -1,
    },
  );
async function snapshot() {
  return {
    procedure: await db.prisma.procedure.findUniqueOrThrow({
      where: { id: procedureId },
      select: { regional: true, version: true },
    }),
    tracks: await db.prisma.track.findMany({
      where: { procedureId },
      select: { id: true, data: true, version: true },
      orderBy: { id: "asc" },
    }),
    audit: await db.prisma.auditEvent.count(),
  };
}

describe("toetreding and uittreding during a procedure", () => {
  it("refuses bad input and a gemeente that is no participant of the regeling, changing nothing", async () => {
    const before = await snapshot();
    const noReason = await change({ change: "uittreding", participantId: ids.urk, reason: "" });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.fieldErrors?.reason).toBe("Geef de reden.");
    expect((await change({ change: "vertrek", participantId: ids.urk })).ok).toBe(false);
    const stranger = await change({ change: "toetreding", participantId: "geen-deelnemer" });
    expect(stranger.ok).toBe(false);
    if (!stranger.ok) expect(stranger.message).toMatch(/geen deelnemer van de regeling/);
    expect(await snapshot()).toEqual(before);
  });

  it("uittreding end-dates the tracks (kept), drops the participant from the procedure, audited", async () => {
    const before = await db.prisma.track.count({ where: { procedureId } });
    expect(await change({ change: "uittreding", participantId: ids.urk })).toMatchObject({ ok: true });
    expect(await db.prisma.track.count({ where: { procedureId } })).toBe(before);
    const tracks = await db.prisma.track.findMany({ where: { procedureId, participantId: ids.urk } });
    expect(tracks.map((t) => (t.data as { endedOn?: string }).endedOn)).toEqual(["2026-05-15", "2026-05-15"]);
    const loaded = await loadGrProcedure(db.prisma, procedureId);
    expect(loaded?.state.participants.map((p) => p.id)).not.toContain(ids.urk);
    expect(loaded?.state.formerParticipants?.[0]).toMatchObject({ leftOn: "2026-05-15", reason: "Raadsbesluit" });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(audit.type).toBe("deelnemer_uitgetreden");
  });

  it("refuses a return of the participant that left; a new participant of the regeling joins with fresh tracks", async () => {
    const before = await snapshot();
    const back = await change({ change: "toetreding", participantId: ids.urk });
    expect(back.ok).toBe(false);
    expect(await snapshot()).toEqual(before);

    // Setup (as beheer would): a gemeente outside the regeling becomes its participant.
    const gemeente = await db.prisma.gemeente.create({ data: { slug: "harderwijk-test", naam: "Harderwijk" } });
    const newcomer = await db.prisma.participant.create({
      data: { regelingId, gemeenteId: gemeente.id, scopeTopics: [] },
    });
    expect(await change({ change: "toetreding", participantId: newcomer.id })).toMatchObject({ ok: true });
    const tracks = await db.prisma.track.findMany({
      where: { procedureId, participantId: newcomer.id },
      orderBy: { kind: "asc" },
    });
    expect(tracks.map((t) => [t.kind, t.status])).toEqual([
      ["RAAD", "nog_niet_ontvangen"],
      ["COLLEGE", "wacht_op_toestemming"],
    ]);
  });
});
