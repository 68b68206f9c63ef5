import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres, type openTestDb } from "./helpers/test-db";
import { openSeededGr } from "./helpers/gr-scenario";
import { applyGrProcedureCommand, ConflictError, loadGrProcedure } from "@/lib/services/gr-procedure-store";
import type { Actor } from "@/lib/domain/events";
import { must } from "./helpers/must";

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
let versionId: string;
let urk: string;
let almere: string;
const secretariaat: Actor = { userId: "u-secr", role: "SECRETARIAAT", gemeenteId: null };
const now = new Date("2026-11-24T10:00:00Z");

beforeAll(async () => {
  ({ db, procedureId, versionId } = await openSeededGr());
  const participants = await db.prisma.participant.findMany({
    where: { regeling: { slug: "gr-sociaal-domein-flevoland" } },
    include: { gemeente: true },
  });
  urk = must(
    participants.find((p) => p.gemeente.slug === "urk"),
    "participants.find(…)",
  ).id;
  almere = must(
    participants.find((p) => p.gemeente.slug === "almere"),
    "participants.find(…)",
  ).id;
});
afterAll(async () => db?.close());

const apply = (
  command: Parameters<typeof applyGrProcedureCommand>[1]["command"],
  extra: { expectedVersion?: number; actor?: Actor } = {},
) =>
  applyGrProcedureCommand(db.prisma, {
    procedureId,
    command,
    actor: extra.actor ?? secretariaat,
    now,
    expectedVersion: extra.expectedVersion,
  });

describe("GR procedure persistence", () => {
  it("writes each transition's state and its audit event together, and derives the regeling state", async () => {
    const auditBefore = await db.prisma.auditEvent.count();
    const r1 = await apply({
      track: "regional",
      event: { type: "concept_opgesteld", documentVersionId: versionId, label: "Concept-GR", createdOn: "2026-02-01" },
    });
    expect(r1.ok).toBe(true);
    const r2 = await apply({
      track: "regional",
      event: { type: "bosd_akkoord", decision: { documentVersionId: versionId, decidedOn: "2026-04-15" } },
    });
    expect(r2.ok).toBe(true);
    const r3 = await apply({
      track: "regional",
      event: { type: "zienswijzeprocedure_geopend", documentVersionId: versionId, openedOn: "2026-05-01" },
    });
    expect(r3.ok).toBe(true);
    const proc = await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    expect(proc.derivedState).toBe("zienswijzeprocedure");
    expect(proc.version).toBe(3);
    expect(await db.prisma.auditEvent.count()).toBe(auditBefore + 3);
  });

  it("stores a raad track transition in its own row, with the statutory deadline", async () => {
    const res = await apply(
      {
        track: "raad",
        participantId: urk,
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-05-12", documentVersionId: versionId },
      },
      { actor: { userId: "u-griffier-urk", role: "GRIFFIER", gemeenteId: "urk-gemeente" } },
    );
    expect(res.ok).toBe(true);
    const track = await db.prisma.track.findUniqueOrThrow({
      where: { procedureId_participantId_kind: { procedureId, participantId: urk, kind: "RAAD" } },
    });
    expect(track.status).toBe("ontvangen");
    expect(track.version).toBe(1);
    const data = track.data as { zienswijze?: { deadline?: { end?: string } } };
    expect(data.zienswijze?.deadline?.end).toBe("2026-07-07");
    const loaded = await loadGrProcedure(db.prisma, procedureId);
    expect(loaded?.state.raadTracks[urk].status).toBe("ontvangen");
    expect(loaded?.state.raadTracks[almere].status).toBe("nog_niet_ontvangen");
  });

  it("a refused transition changes nothing and writes no audit event", async () => {
    const before = await db.prisma.procedure.findUniqueOrThrow({
      where: { id: procedureId },
      include: { tracks: true },
    });
    const audit = await db.prisma.auditEvent.count();
    const res = await apply({
      track: "college",
      participantId: almere,
      event: { type: "ondertekend", signedOn: "2026-11-20", documentVersionId: versionId },
    });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.message.length).toBeGreaterThan(10);
    const after = await db.prisma.procedure.findUniqueOrThrow({
      where: { id: procedureId },
      include: { tracks: true },
    });
    expect(after.version).toBe(before.version);
    expect(after.tracks.map((t) => [t.id, t.status, t.version])).toEqual(
      before.tracks.map((t) => [t.id, t.status, t.version]),
    );
    expect(await db.prisma.auditEvent.count()).toBe(audit);
  });

  it("of concurrent conflicting transitions exactly one wins; the others get a conflict error", async () => {
    const loaded = must(await loadGrProcedure(db.prisma, procedureId), "loadGrProcedure(…)");
    // The forms send back the version of the acted-on track (here: Almere's raad track).
    const version = loaded.trackVersions.raad[almere];
    // 200 on PostgreSQL (real parallel connections); PGlite is one session, so fewer suffice there.
    const attempts = isPostgres() ? 200 : 25;
    const results = await Promise.allSettled(
      Array.from({ length: attempts }, () =>
        apply(
          {
            track: "raad",
            participantId: almere,
            event: { type: "ontwerp_ontvangen", receivedOn: "2026-05-13", documentVersionId: versionId },
          },
          { expectedVersion: version },
        ),
      ),
    );
    const won = results.filter((r) => r.status === "fulfilled" && r.value.ok);
    const conflicts = results.filter((r) => r.status === "rejected" && r.reason instanceof ConflictError);
    expect(won).toHaveLength(1);
    expect(conflicts).toHaveLength(attempts - 1);
    expect(
      conflicts.every(
        (r) =>
          r.status === "rejected" && /Iemand anders heeft deze procedure net gewijzigd/.test(String(r.reason.message)),
      ),
    ).toBe(true);
    const after = must(await loadGrProcedure(db.prisma, procedureId), "loadGrProcedure(…)");
    expect(after.trackVersions.raad[almere]).toBe(version + 1);
    // A track command leaves the regional version alone: the secretariat's open forms stay valid.
    expect(after.version).toBe(loaded.version);
    const events = await db.prisma.auditEvent.count({
      where: { type: "ontwerp_ontvangen", subjectId: { endsWith: almere } },
    });
    expect(events).toBe(1);
  });

  it("a stale version is refused as a conflict before anything is written", async () => {
    await expect(
      apply(
        { track: "raad", participantId: almere, event: { type: "geen_zienswijze", decidedOn: "2026-06-01" } },
        { expectedVersion: 0 },
      ),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("chains every audit event to the previous one", async () => {
    const events = await db.prisma.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(events.length).toBeGreaterThan(3);
    let prev: string | null = null;
    // The database computes the hash (version 2); recompute it with the same SQL function.
    const recomputed = new Map(
      (
        await db.prisma.$queryRaw<{ id: string; h: string }[]>`
      SELECT e."id"::text AS id, "gr_volg_audit_hash_v2"(e) AS h FROM "AuditEvent" e`
      ).map((r) => [r.id, r.h]),
    );
    for (const e of events) {
      expect(e.prevHash).toBe(prev);
      expect(e.hashVersion).toBe(2);
      expect(e.hash).toBe(recomputed.get(e.id.toString()));
      prev = e.hash;
    }
  });
});
