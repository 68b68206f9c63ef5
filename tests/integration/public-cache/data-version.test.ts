import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { isPostgres, openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { snapshotVersion } from "@/lib/public-cache/data-version";

let db: Awaited<ReturnType<typeof openTestDb>>;
beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
});
afterAll(async () => db?.close());

const NOW = new Date("2026-11-24T10:00:00Z");

describe("data version behind the public HTML cache", () => {
  it("stays the same while only reading", async () => {
    const before = await snapshotVersion(db.prisma, NOW);
    await db.prisma.gemeente.findMany();
    await db.prisma.$transaction(async (tx) => tx.regeling.count());
    expect(await snapshotVersion(db.prisma, NOW)).toBe(before);
  });

  it("changes with every committed write, whatever path wrote it", async () => {
    const before = await snapshotVersion(db.prisma, NOW);
    const g = await db.prisma.gemeente.findFirstOrThrow();
    await db.prisma.$executeRaw`UPDATE "Gemeente" SET "naam" = "naam" WHERE id = ${g.id}`;
    const afterRawSql = await snapshotVersion(db.prisma, NOW);
    expect(afterRawSql).not.toBe(before);
    await db.prisma.gemeente.update({ where: { id: g.id }, data: { naam: g.naam } });
    expect(await snapshotVersion(db.prisma, NOW)).not.toBe(afterRawSql);
  });

  it("does not move to a version whose data is not yet visible (a write still in progress)", async () => {
    if (!isPostgres()) return; // PGlite has one session: nothing can be in progress alongside.
    const other: OpenedDb = await openDb(db.url);
    try {
      const g = await db.prisma.gemeente.findFirstOrThrow();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let duringWrite = "";
      const writer = other.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Gemeente" SET "naam" = ${`${g.naam} (tijdelijk)`} WHERE id = ${g.id}`;
        await gate;
      });
      // Wait until the writer holds its transaction id, then read from the first instance.
      for (let i = 0; i < 50; i++) {
        const busy = await db.prisma.$queryRaw<
          { n: bigint }[]
        >`SELECT count(*) AS n FROM pg_stat_activity WHERE state = 'idle in transaction' AND datname = current_database()`;
        if (busy[0].n > 0n) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      duringWrite = await snapshotVersion(db.prisma, NOW);
      release();
      await writer;
      // Another instance on the same database agrees, and sees the committed change.
      const afterCommit = await snapshotVersion(other.prisma, NOW);
      expect(afterCommit).not.toBe(duringWrite);
      expect(await snapshotVersion(db.prisma, NOW)).toBe(afterCommit);
      await db.prisma.gemeente.update({ where: { id: g.id }, data: { naam: g.naam } });
    } finally {
      await other.close();
    }
  });

  it("includes the Dutch calendar day, because public pages count days", async () => {
    const late = await snapshotVersion(db.prisma, new Date("2026-11-24T22:59:00Z"));
    const midnight = await snapshotVersion(db.prisma, new Date("2026-11-24T23:00:00Z"));
    expect(late.endsWith("|2026-11-24")).toBe(true);
    expect(midnight.endsWith("|2026-11-25")).toBe(true);
  });
});
