import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { deployMigrations, dropDatabase, ensureDatabaseExists } from "@/lib/db/migrate";

const root = join(__dirname, "../../..");
export const SCHEMA_PATH = join(root, "prisma/schema.prisma");
export const MIGRATIONS_DIR = join(root, "prisma/migrations");

/**
 * A throwaway, fully migrated database for one test file. TEST_DATABASE_URL picks the engine:
 * a PostgreSQL URL (a fresh database named after it plus a random suffix, dropped afterwards)
 * or pglite:memory:// (a fresh in-memory PGlite). scripts/test-all.sh runs the suite on both.
 */
export async function openTestDb(): Promise<OpenedDb & { url: string }> {
  const base = process.env.TEST_DATABASE_URL ?? "pglite:memory://";
  const target = parseDatabaseUrl(base);
  if (target.kind === "pglite") {
    const db = await openDb("pglite:memory://");
    await deployMigrations({ pglite: db.pglite, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
    return { ...db, url: "pglite:memory://" };
  }
  const url = withDatabaseName(target, `${target.database}_${randomBytes(4).toString("hex")}`.slice(0, 63));
  await ensureDatabaseExists(url);
  await deployMigrations({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
  const db = await openDb(url);
  return {
    ...db,
    url,
    async close() {
      await db.close();
      await dropDatabase(url);
    },
  };
}

export const isPostgres = () => (process.env.TEST_DATABASE_URL ?? "").startsWith("postgres");
