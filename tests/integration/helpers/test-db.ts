import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { inject } from "vitest";
import { openDb, type OpenedDb } from "@/lib/db/client";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { deployMigrations, dropDatabase, ensureDatabaseExists } from "@/lib/db/migrate";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./migrated-template";

export { MIGRATIONS_DIR, SCHEMA_PATH };

/**
 * A throwaway, fully migrated database for one test file. TEST_DATABASE_URL picks the engine:
 * a PostgreSQL URL (a fresh database named after it plus a random suffix, dropped afterwards)
 * or pglite:memory:// (a fresh in-memory PGlite). scripts/test-all.sh runs the suite on both.
 *
 * The integration globalSetup (tests/setup/integration-global.ts) migrates once per run; this copies that result
 * (PostgreSQL: CREATE DATABASE … TEMPLATE; PGlite: a new instance loaded from the migrated data directory), which
 * is the same schema and migration history as replaying the migrations here. Without the globalSetup (another
 * runner) it still replays every migration.
 */
export async function openTestDb(): Promise<OpenedDb & { url: string }> {
  const base = process.env.TEST_DATABASE_URL ?? "pglite:memory://";
  const target = parseDatabaseUrl(base);
  if (target.kind === "pglite") {
    const snapshot = inject("pgliteSnapshotFile");
    if (snapshot) {
      const db = await openDb("pglite:memory://", { loadDataDir: new Blob([await readFile(snapshot)]) });
      return { ...db, url: "pglite:memory://" };
    }
    const db = await openDb("pglite:memory://");
    await deployMigrations({ pglite: db.pglite, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
    return { ...db, url: "pglite:memory://" };
  }
  const url = withDatabaseName(target, `${target.database}_${randomBytes(4).toString("hex")}`.slice(0, 63));
  const template = inject("pgTemplateDatabase");
  if (template) {
    await createDatabaseFromTemplate(url, template);
  } else {
    await ensureDatabaseExists(url);
    await deployMigrations({ databaseUrl: url, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
  }
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

/** CREATE DATABASE <url's name> TEMPLATE <template's name>, via the server's `postgres` database. */
async function createDatabaseFromTemplate(url: string, templateUrl: string): Promise<void> {
  const target = parseDatabaseUrl(url);
  const template = parseDatabaseUrl(templateUrl);
  if (target.kind !== "postgres" || template.kind !== "postgres") throw new Error("alleen PostgreSQL");
  const client = new pg.Client({ connectionString: withDatabaseName(target, "postgres") });
  await client.connect();
  try {
    const ident = (name: string) => client.escapeIdentifier(name);
    await client.query(`CREATE DATABASE ${ident(target.database)} TEMPLATE ${ident(template.database)}`);
  } finally {
    await client.end();
  }
}

export const isPostgres = () => (process.env.TEST_DATABASE_URL ?? "").startsWith("postgres");
