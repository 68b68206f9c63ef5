import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRETARIAAT_USER as secretariaat, openGrScenario, toestemmingByUrk } from "../helpers/gr-scenario";
import { openCountingClient, type StatementLog } from "../helpers/counting-db";
import { testContext } from "../authz/fixture";
import type { PrismaClient } from "@/generated/prisma/client";
import { actionHandlers } from "@/lib/actions/handlers";

/**
 * Issue 18: the writers' own cost. A register entry (R15, the mixed benchmark's write) through its
 * server action's handler: the SQL statements that reach the database, counted at the driver adapter.
 */
let db: Awaited<ReturnType<typeof openGrScenario>>["db"];
let counted: { prisma: PrismaClient; log: StatementLog };
let regelingId: string;
const now = new Date("2026-11-20T10:00:00Z");

beforeAll(async () => {
  const { db: opened, gr } = await openGrScenario(now, toestemmingByUrk);
  [db, regelingId] = [opened, gr.regelingId];
  counted = await openCountingClient(db);
});
afterAll(async () => {
  await counted?.prisma.$disconnect();
  await db?.close();
});

const entry = (ingeschrevenOp: string, register = "centraal") => {
  const fd = new FormData();
  fd.set("invoer", JSON.stringify({ regelingId, register, ingeschrevenOp }));
  return fd;
};

describe("a register entry through its server action", () => {
  it("first entry and its correction: the same statements, one transaction, no re-rendered page", async () => {
    const ctx = testContext(counted.prisma, secretariaat);
    const runs: string[][] = [];
    for (const day of ["2026-11-02", "2026-11-03"]) {
      counted.log.reset();
      expect(await actionHandlers.registerInschrijvingAction(ctx, entry(day))).toMatchObject({ ok: true });
      expect(counted.log.transactions).toBe(1);
      runs.push(counted.log.sql);
    }
    // Write tracking, the command's one read (regeling, participants, the entry so far), the
    // upsert, the write counts and notes, the version bump, the audit append: six, plus BEGIN/COMMIT.
    // Before wave 14 the read was four statements (ten in all).
    expect(runs[0]).toHaveLength(6);
    expect(runs[1]).toEqual(runs[0]);
    // The form refreshes the page itself (RegisterInschrijvingForm): a revalidation would make
    // Next.js render the whole procedure page into the action's answer as well.
    expect(ctx.revalidated).toEqual([]);
    const stored = await db.prisma.registerInschrijving.findMany({ where: { regelingId } });
    expect(stored.map((s) => s.ingeschrevenOp.toISOString().slice(0, 10))).toEqual(["2026-11-03"]);
    // The correction's audit event still names the date it replaced (read in the same one statement).
    const events = await db.prisma.auditEvent.findMany({
      where: { type: "register_inschrijving_vastgelegd", subjectId: regelingId },
      orderBy: { id: "asc" },
      select: { fromState: true, toState: true },
    });
    expect(events.slice(-2)).toEqual([
      { fromState: null, toState: "2026-11-02" },
      { fromState: "2026-11-02", toState: "2026-11-03" },
    ]);
  });

  it("the one read knows the parties: a full participant's register is taken, any other register refused", async () => {
    const ctx = testContext(counted.prisma, secretariaat);
    const participants = await db.prisma.participant.findMany({ where: { regelingId } });
    const party = participants.find((p) => p.scope === "FULL" && p.leftOn === null);
    expect(party).toBeDefined();
    expect(await actionHandlers.registerInschrijvingAction(ctx, entry("2026-11-04", party?.id))).toMatchObject({
      ok: true,
    });
    const outsiders = [
      "onbekend-register",
      ...participants.filter((p) => p.scope !== "FULL").map((p) => p.id),
      (await db.prisma.participant.findFirstOrThrow({ where: { regelingId: { not: regelingId } } })).id,
    ];
    for (const register of outsiders) {
      const refused = await actionHandlers.registerInschrijvingAction(ctx, entry("2026-11-04", register));
      expect(refused, register).toMatchObject({
        ok: false,
        fieldErrors: { register: expect.stringMatching(/partij/) },
      });
    }
    const stored = await db.prisma.registerInschrijving.findMany({
      where: { regelingId },
      orderBy: { register: "asc" },
    });
    expect(stored.map((s) => s.register).sort()).toEqual([party?.id, "centraal"].sort());
  });
});
