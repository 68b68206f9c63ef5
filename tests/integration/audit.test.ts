import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { appendAudit } from "@/lib/services/audit";
import { verifyAuditChain } from "@/lib/services/audit-verify";
import { AuditCatalogueError } from "@/lib/audit/catalogue";
import { appendLegacyAudit } from "./helpers/legacy-audit";

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  await db.prisma.$transaction(async (tx) => {
    await appendAudit(
      tx,
      [1, 2, 3].map((n) => ({
        type: "reces_toegevoegd" as const,
        actorId: `u${n}`,
        actorRole: "GRIFFIER",
        gemeenteId: null,
        subjectKind: "test",
        subjectId: `s${n}`,
        fromState: "a",
        toState: "b",
        payload: { label: `Reces ${n} ‘één’ — ü`, van: "2026-07-01", tot: "2026-08-31" },
        reason: null,
      })),
    );
    // An event of a type no longer in the catalogue (an older trail): it must verify like any other.
    await appendLegacyAudit(tx, [
      {
        type: "oude_soort",
        actorId: null,
        actorRole: "SYSTEEM",
        gemeenteId: null,
        subjectKind: "test",
        subjectId: "oud",
        payload: { vrij: "formaat" },
      },
    ]);
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
  it("verifies an untouched chain, including events of types no longer in the catalogue", async () => {
    expect(await db.prisma.auditEvent.count({ where: { type: "oude_soort" } })).toBe(1);
    const res = await verifyAuditChain(db.prisma, 2);
    expect(res).toEqual({ ok: true, checked: await db.prisma.auditEvent.count() });
  });

  it("appendAudit refuses a payload that does not fit the type's schema, and the transaction writes nothing", async () => {
    const before = await db.prisma.auditEvent.count();
    const regio = await db.prisma.regio.findFirstOrThrow();
    const append = db.prisma.$transaction(async (tx) => {
      await tx.regio.update({ where: { id: regio.id }, data: { omschrijving: "gewijzigd" } });
      await appendAudit(tx, [
        {
          type: "reces_toegevoegd",
          actorId: null,
          actorRole: "SYSTEEM",
          gemeenteId: null,
          subjectKind: "test",
          subjectId: "fout",
          payload: { label: "Zomerreces", van: "1 juli", tot: "2026-08-31" },
        },
      ]);
    });
    await expect(append).rejects.toThrow(AuditCatalogueError);
    await expect(append).rejects.toThrow(/"reces_toegevoegd": van/);
    expect(await db.prisma.auditEvent.count()).toBe(before);
    expect((await db.prisma.regio.findUniqueOrThrow({ where: { id: regio.id } })).omschrijving).toBe(
      regio.omschrijving,
    );
  });

  it("appendAudit refuses a type that is not in the catalogue (also when the compiler was bypassed)", async () => {
    const bypass = { type: "test_event" } as unknown as { type: "afgemeld" };
    await expect(
      db.prisma.$transaction((tx) =>
        appendAudit(tx, [
          {
            ...bypass,
            actorId: null,
            actorRole: "SYSTEEM",
            gemeenteId: null,
            subjectKind: "t",
            subjectId: "t",
            payload: {},
          },
        ]),
      ),
    ).rejects.toThrow(/"test_event" staat niet in de auditcatalogus/);
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
      where: { type: "reces_toegevoegd" },
      orderBy: { id: "asc" },
    });
    await tamper(`DELETE FROM "AuditEvent" WHERE "id" = ${second.id}`);
    // s2 was also edited above; deleting it moves the first break to s3, whose prevHash now points at nothing.
    const res = await verifyAuditChain(db.prisma);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.brokenAt).toBe(third.id.toString());
  });
});
