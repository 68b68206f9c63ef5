import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { generateScale, type ScaleReport } from "@/lib/scale/generate";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import { COLLEGE_TRACK_STATES, deriveRegelingState, RAAD_TRACK_STATES } from "@/lib/domain";
import { verifyAuditChain } from "@/lib/services/audit-verify";
import { jaarrekeningOf, type BegrotingState } from "@/lib/domain";

let db: Awaited<ReturnType<typeof openTestDb>>;
let report: ScaleReport;
const SIZE = { seed: 7, gemeenten: 40, regelingen: 30, jaren: [2025, 2026, 2027] };
const GR = { kind: "GR_TREFFEN" } as const;
beforeAll(async () => {
  db = await openTestDb();
  report = await generateScale(db.prisma, SIZE);
}, 300_000);
afterAll(async () => db?.close());

describe("gr-volg db generate-scale (small size)", () => {
  it("creates the requested size with 2–30 participants per regeling and a spread of states", async () => {
    expect(report).toMatchObject({ gemeenten: 40, regelingen: 30 });
    expect(report.refusals).toBe(0);
    const counts = await db.prisma.participant.groupBy({ by: ["regelingId"], _count: { _all: true } });
    expect(counts).toHaveLength(30);
    for (const c of counts) {
      expect(c._count._all).toBeGreaterThanOrEqual(2);
      expect(c._count._all).toBeLessThanOrEqual(30);
    }
    expect(Object.keys(report.states).length).toBeGreaterThanOrEqual(4);
    expect(await db.prisma.besluit.count()).toBe(report.besluiten);
    // The report's zienswijze points are the GR procedures'; the begroting cycles' are counted below.
    expect(await db.prisma.zienswijzePoint.count({ where: { zienswijze: { procedure: GR } } })).toBe(
      report.zienswijzePoints,
    );
    expect(await db.prisma.regeling.count({ where: { isDemo: false } })).toBe(0);
    // Per regeling at least its creation, its procedure and its first version; a step per track beyond that.
    expect(report.commands).toBeGreaterThan(report.regelingen * 3 + report.tracks / 2);
  });

  it("stores exactly what it reports, and its reference data came through the runner with a verifiable trail", async () => {
    const p = db.prisma;
    expect(await p.gemeente.count()).toBe(40);
    expect(await p.body.groupBy({ by: ["kind"], _count: { _all: true }, orderBy: { kind: "asc" } })).toEqual([
      { kind: "RAAD", _count: { _all: 40 } },
      { kind: "COLLEGE", _count: { _all: 40 } },
    ]);
    expect(await p.meeting.count()).toBe(report.meetings);
    expect(report.meetings).toBe(40 * (11 * 2 + 48));
    expect(await p.participant.count()).toBe(report.participants);
    expect(await p.track.count()).toBe(report.tracks);
    expect(report.tracks).toBe(report.participants * 2);
    expect(await p.procedure.count({ where: GR })).toBe(30);
    expect(await p.procedure.count({ where: { kind: "BEGROTING_ZIENSWIJZE" } })).toBe(report.begrotingscycli);
    expect(report.begrotingscycli).toBe(30 * 3);
    expect(Object.values(report.states).reduce((a, b) => a + b, 0)).toBe(30);
    // The gemeenten and the account: one command each batch, one audit event per created record; the procedure
    // history: one audit event per domain event, as the runner appends them (tests/integration/scale-replay.test.ts).
    const events = await p.auditEvent.groupBy({ by: ["type"], _count: { _all: true }, orderBy: { type: "asc" } });
    const count = (type: string) => events.find((e) => e.type === type)?._count._all;
    expect(count("demo_gemeente_aangemaakt")).toBe(40);
    expect(count("gebruiker_aangemaakt")).toBe(1);
    expect(count("concept_opgesteld")).toBe(await p.procedure.count({ where: { ...GR, version: { gt: 0 } } }));
    // Every cycle: its start, its planning; every cycle but the planned ones: the kaders and the ontwerp.
    expect(count("procedure_aangemaakt")).toBe(report.begrotingscycli);
    expect(count("begroting_planning_vastgesteld")).toBe(report.begrotingscycli);
    expect(count("begroting_ontwerp_verzonden")).toBe(report.begrotingscycli);
    expect(await p.zienswijze.count({ where: { procedure: { kind: "BEGROTING_ZIENSWIJZE" } } })).toBe(
      count("begroting_zienswijze_ingediend"),
    );
    const all = events.reduce((n, e) => n + e._count._all, 0);
    const account = await p.user.findUniqueOrThrow({ where: { email: "secretariaat@schaal.gr-volg.nl" } });
    expect(account).toMatchObject({ role: "SECRETARIAAT", isDemo: true, actief: true });
    expect(account.passwordHash).toBeTruthy();
    expect(await verifyAuditChain(p)).toEqual({ ok: true, checked: all });
  });

  it("stores states the domain itself produced: loaded procedures derive their stored state", async () => {
    const procs = await db.prisma.procedure.findMany({
      where: GR,
      select: { id: true, derivedState: true, tracks: { select: { participantId: true, kind: true, status: true } } },
    });
    expect(procs.length).toBeGreaterThan(0);
    const statuses = new Set<string>();
    for (const p of procs) {
      const loaded = await loadGrProcedure(db.prisma, p.id);
      if (!loaded) throw new Error(`procedure ${p.id} does not load`);
      expect(deriveRegelingState(loaded.state)).toBe(p.derivedState);
      // The indexed status column is the one the domain put in the track's state, and a known state.
      for (const t of p.tracks) {
        const track =
          t.kind === "RAAD" ? loaded.state.raadTracks[t.participantId] : loaded.state.collegeTracks[t.participantId];
        const known: readonly string[] = t.kind === "RAAD" ? RAAD_TRACK_STATES : COLLEGE_TRACK_STATES;
        expect(track?.status).toBe(t.status);
        expect(known).toContain(t.status);
        statuses.add(t.status);
      }
    }
    // A spread: the generator walks tracks beyond their first state.
    expect(statuses.size).toBeGreaterThanOrEqual(3);
  });

  it("is deterministic: the same seed gives the same data", async () => {
    const other = await openTestDb();
    try {
      const again = await generateScale(other.prisma, SIZE);
      expect({ ...again, seconds: 0 }).toEqual({ ...report, seconds: 0 });
      const ids = async (d: typeof db) =>
        await d.prisma.track.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } });
      expect(await ids(other)).toEqual(await ids(db));
      const cycles = async (d: typeof db) =>
        await d.prisma.procedure.findMany({
          where: { kind: "BEGROTING_ZIENSWIJZE" },
          select: { id: true, regional: true, planning: true },
          orderBy: { id: "asc" },
        });
      expect(await cycles(other)).toEqual(await cycles(db));
    } finally {
      await other.close();
    }
  });

  it("writes a begroting cycle per regeling per year: 2025 closed, 2026 adopted, 2027 out for zienswijze", async () => {
    const cycles = await db.prisma.procedure.findMany({
      where: { kind: "BEGROTING_ZIENSWIJZE" },
      select: { regelingId: true, jaar: true, derivedState: true, regional: true, planning: true },
    });
    const byYear = (jaar: number) => cycles.filter((c) => c.jaar === jaar);
    const regelingen = await db.prisma.regeling.count();
    for (const jaar of SIZE.jaren) {
      expect(byYear(jaar)).toHaveLength(regelingen);
      expect(new Set(byYear(jaar).map((c) => c.regelingId)).size).toBe(regelingen);
    }
    const state = (c: (typeof cycles)[number]) => c.regional as unknown as BegrotingState;
    for (const c of cycles) {
      expect(state(c).status).toBe(c.derivedState);
      expect(c.planning).toMatchObject({ version: 1 });
    }
    for (const c of byYear(2025)) {
      expect(c.derivedState).toBe("naar_gs_verzonden");
      expect(jaarrekeningOf(state(c)).status).toBe("naar_gs_verzonden");
      // An adopted begroting has every zienswijze answered (Wgr art. 35).
      expect(Object.values(state(c).raden).map((r) => r.status)).not.toContain("zienswijze_ingediend");
    }
    expect(new Set(byYear(2026).map((c) => c.derivedState))).toEqual(new Set(["vastgesteld", "naar_gs_verzonden"]));
    for (const c of byYear(2026)) expect(jaarrekeningOf(state(c)).status).toBe("niet_gestart");
    const open = byYear(2027).flatMap((c) => Object.values(state(c).raden).map((r) => r.status));
    expect(new Set(byYear(2027).map((c) => c.derivedState))).toEqual(new Set(["ontwerp_verzonden"]));
    // The raden in a mix: a zienswijze (some answered), geen zienswijze, not yet decided.
    expect(new Set(open)).toEqual(new Set(["ontvangen", "zienswijze_ingediend", "geen_zienswijze", "beantwoord"]));
  });
});
