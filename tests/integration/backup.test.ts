import { afterAll, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { openDb, type Db } from "@/lib/db/client";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { deployMigrations, dropDatabase, ensureDatabaseExists } from "@/lib/db/migrate";
import { seedFlevoland } from "@/lib/services/seed";
import { appendAudit } from "@/lib/services/audit";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./helpers/test-db";

/** One fingerprint per table: an md5 over all rows in a fixed order. Equal maps = identical data. */
async function fingerprint(db: Db): Promise<Record<string, string>> {
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await db.$queryRawUnsafe<{ fp: string | null; n: bigint }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS fp, count(*) AS n FROM "${tablename}" t`,
    );
    out[tablename] = `${row.n}:${row.fp}`;
  }
  return out;
}

async function fill(url: string) {
  const db = await openDb(url);
  try {
    await seedFlevoland(db.prisma);
    await db.prisma.$transaction((tx) =>
      appendAudit(tx, [{ type: "backup_test", actorId: null, actorRole: "systeem", gemeenteId: null, subjectKind: "test", subjectId: "x", payload: { tekst: "ë; 'quote'" } }]),
    );
    return await fingerprint(db.prisma);
  } finally {
    await db.close();
  }
}

async function fingerprintOf(url: string) {
  const db = await openDb(url);
  try {
    return await fingerprint(db.prisma);
  } finally {
    await db.close();
  }
}

const dirs: string[] = [];
const pgDatabases: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
  for (const u of pgDatabases) await dropDatabase(u);
});

describe("gr-volg db backup / restore", () => {
  it("round-trips the embedded database with identical data", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gr-volg-backup-"));
    dirs.push(dir);
    const source = `pglite:${join(dir, "bron")}`;
    await deployMigrations({ databaseUrl: source, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
    const before = await fill(source);
    const file = join(dir, "backup.tar.gz");
    const r = await backupDatabase(source, file);
    expect(r.bytes).toBeGreaterThan(1000);
    const target = `pglite:${join(dir, "doel")}`;
    await restoreDatabase(target, file);
    expect(await fingerprintOf(target)).toEqual(before);
    expect(Number(before.AuditEvent.split(":")[0])).toBeGreaterThan(0);
  });

  const base = process.env.TEST_DATABASE_URL ?? "";
  const pg = base.startsWith("postgres") ? parseDatabaseUrl(base) : null;
  it.runIf(pg?.kind === "postgres")("round-trips PostgreSQL with pg_dump/pg_restore, also over existing data", async () => {
    const t = pg as Extract<NonNullable<typeof pg>, { kind: "postgres" }>;
    const source = withDatabaseName(t, `gr_volg_bk_${randomBytes(4).toString("hex")}`);
    const target = withDatabaseName(t, `gr_volg_rs_${randomBytes(4).toString("hex")}`);
    pgDatabases.push(source, target);
    await ensureDatabaseExists(source);
    await deployMigrations({ databaseUrl: source, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
    const before = await fill(source);
    const dir = await mkdtemp(join(tmpdir(), "gr-volg-backup-"));
    dirs.push(dir);
    const file = join(dir, "backup.dump");
    await backupDatabase(source, file);
    // Restore over a database that already has other data: the result is the backup, exactly.
    await ensureDatabaseExists(target);
    await deployMigrations({ databaseUrl: target, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
    const other = await openDb(target);
    await other.prisma.gemeente.create({ data: { slug: "ander", naam: "Andere gemeente" } });
    await other.close();
    await restoreDatabase(target, file);
    expect(await fingerprintOf(target)).toEqual(before);
  });

  it("refuses a missing backup file with a clear message", async () => {
    await expect(restoreDatabase("pglite:./.data/bestaat-niet", "/tmp/geen-backup.dump")).rejects.toThrow("Backupbestand niet gevonden");
  });
});
