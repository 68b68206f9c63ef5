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

/**
 * pg_current_snapshot() is cluster-wide: on a PostgreSQL server shared with other test files (each
 * in its own database) their transactions move it at any moment. So on PostgreSQL these tests do
 * not compare two snapshots for equality; they ask what a snapshot says about OUR transaction id
 * ("xmin:xmax:xip,…": an xid is visible when it is below xmax and not in the in-progress list),
 * which no other database can change. PGlite is its own cluster, so there equality is exact.
 */
function showsCommitted(version: string, xid: bigint): boolean {
  const [xmin, xmax, xip] = version.split("|")[0].split(":");
  const inProgress = new Set((xip ?? "").split(",").filter(Boolean));
  if (xid < BigInt(xmin)) return true;
  return xid < BigInt(xmax) && !inProgress.has(String(xid));
}

async function currentXid(tx: { $queryRaw: OpenedDb["prisma"]["$queryRaw"] }): Promise<bigint> {
  const rows = await tx.$queryRaw<{ x: string }[]>`SELECT pg_current_xact_id()::text AS x`;
  return BigInt(rows[0]?.x ?? "0");
}

describe("data version behind the public HTML cache", () => {
  it("stays the same while only reading: a reader never takes a transaction id", async () => {
    const before = await snapshotVersion(db.prisma, NOW);
    await db.prisma.gemeente.findMany();
    const assigned = await db.prisma.$transaction(async (tx) => {
      await tx.regeling.count();
      return tx.$queryRaw<{ x: string | null }[]>`SELECT pg_current_xact_id_if_assigned()::text AS x`;
    });
    expect(assigned[0]?.x).toBeNull();
    if (!isPostgres()) expect(await snapshotVersion(db.prisma, NOW)).toBe(before);
  });

  it("changes with every committed write, whatever path wrote it", async () => {
    const before = await snapshotVersion(db.prisma, NOW);
    const g = await db.prisma.gemeente.findFirstOrThrow();
    const rawXid = await db.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`UPDATE "Gemeente" SET "naam" = "naam" WHERE id = ${g.id}`;
      return currentXid(tx);
    });
    expect(showsCommitted(before, rawXid)).toBe(false);
    const afterRawSql = await snapshotVersion(db.prisma, NOW);
    expect(afterRawSql).not.toBe(before);
    expect(showsCommitted(afterRawSql, rawXid)).toBe(true);
    await db.prisma.gemeente.update({ where: { id: g.id }, data: { naam: g.naam } });
    expect(await snapshotVersion(db.prisma, NOW)).not.toBe(afterRawSql);
  });

  it("does not move to a version whose data is not yet visible (a write still in progress)", async () => {
    if (!isPostgres()) return; // PGlite has one session: nothing can be in progress alongside.
    const other: OpenedDb = await openDb(db.url);
    try {
      const g = await db.prisma.gemeente.findFirstOrThrow();
      let release = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      let started = (_xid: bigint) => {};
      const writerXid = new Promise<bigint>((r) => {
        started = r;
      });
      const writer = other.prisma.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "Gemeente" SET "naam" = ${`${g.naam} (tijdelijk)`} WHERE id = ${g.id}`;
        started(await currentXid(tx));
        await gate;
      });
      // The writer holds its transaction id (uncommitted) while the first instance reads.
      const xid = await writerXid;
      const duringWrite = await snapshotVersion(db.prisma, NOW);
      expect(showsCommitted(duringWrite, xid)).toBe(false);
      release();
      await writer;
      // Another instance on the same database agrees: both see the committed change.
      const afterCommit = await snapshotVersion(other.prisma, NOW);
      expect(afterCommit).not.toBe(duringWrite);
      expect(showsCommitted(afterCommit, xid)).toBe(true);
      expect(showsCommitted(await snapshotVersion(db.prisma, NOW), xid)).toBe(true);
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
