import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { appendAudit } from "@/lib/services/audit";
import { verifyAuditChain } from "@/lib/services/audit-verify";

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  await db.prisma.$transaction(async (tx) => {
    await appendAudit(
      tx,
      [1, 2, 3].map((n) => ({
        type: "test_event",
        actorId: `u${n}`,
        actorRole: "GRIFFIER",
        gemeenteId: null,
        subjectKind: "test",
        subjectId: `s${n}`,
        fromState: "a",
        toState: "b",
        payload: { n, tekst: "Zienswijze ‘één’ — ü" },
        reason: null,
      })),
    );
  });
});
afterAll(async () => db?.close());

/** Tampering needs the table owner's rights to switch the append-only triggers off first. */
async function tamper(sql: string) {
  await db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
  try {
    await db.prisma.$executeRawUnsafe(sql);
  } finally {
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
  }
}

describe("audit trail", () => {
  it("verifies an untouched chain", async () => {
    const res = await verifyAuditChain(db.prisma, 2);
    expect(res).toEqual({ ok: true, checked: await db.prisma.auditEvent.count() });
  });

  it("the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    await expect(db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "reason" = 'x'`)).rejects.toThrow(
      /alleen-toevoegen/,
    );
    await expect(db.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(db.prisma.$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/alleen-toevoegen/);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("reports the first broken link after a payload was edited", async () => {
    const target = await db.prisma.auditEvent.findFirstOrThrow({ where: { subjectId: "s2" } });
    await tamper(`UPDATE "AuditEvent" SET "payload" = '{"n": 99}' WHERE "id" = ${target.id}`);
    const res = await verifyAuditChain(db.prisma, 2);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.brokenAt).toBe(target.id.toString());
      expect(res.reason).toMatch(/gewijzigd/);
    }
  });

  it("reports a deleted event at the event after it", async () => {
    const [, second, third] = await db.prisma.auditEvent.findMany({
      where: { type: "test_event" },
      orderBy: { id: "asc" },
    });
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${second.id}`);
    // s2 was also edited above; deleting it moves the first break to s3, whose prevHash now points at nothing.
    const res = await verifyAuditChain(db.prisma);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.brokenAt).toBe(third.id.toString());
  });
});
