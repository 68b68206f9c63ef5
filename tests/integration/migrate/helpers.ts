/**
 * Helpers for the migration-tool tests: fixture paths, throwaway PostgreSQL databases, temp dirs.
 *
 * PostgreSQL server: MIGRATE_TEST_PG_URL, else TEST_DATABASE_URL, else the local default below
 * (only server, user and password are used; every test creates its own database and drops it).
 * Set SKIP_PG_TESTS=1 to skip the PostgreSQL half on a machine without a server.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { dropDatabase, ensureDatabaseExists } from "@/lib/db/migrate";

export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);

export const BASIC = {
  schemaPath: fixture("basic", "schema.prisma"),
  migrationsDir: fixture("basic", "migrations"),
};
export const BASIC_NAMES = ["20240101000000_init", "20240102000000_functie"];

export const SKIP_PG = process.env.SKIP_PG_TESTS === "1";

const SERVER_URL =
  process.env.MIGRATE_TEST_PG_URL ??
  process.env.TEST_DATABASE_URL ??
  "postgresql://postgres:postgres@127.0.0.1:5432/postgres";

function serverTarget() {
  const t = parseDatabaseUrl(SERVER_URL);
  if (t.kind !== "postgres") throw new Error("MIGRATE_TEST_PG_URL must be a postgresql:// URL");
  return t;
}

/** A URL for a new, unique database on the test server (created empty). */
export async function createThrowawayDb(label: string): Promise<string> {
  const name = `grvolg_migtest_${label}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
  const url = withDatabaseName(serverTarget(), name);
  await ensureDatabaseExists(url);
  return url;
}

/** Drops throwaway databases; use in afterAll/afterEach. */
export async function dropThrowawayDbs(urls: string[]): Promise<void> {
  for (const url of urls.splice(0)) await dropDatabase(url);
}

/** One query on a fresh connection (the connection is closed again). */
export async function pgQuery<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const t = parseDatabaseUrl(url);
  if (t.kind !== "postgres") throw new Error("not a postgres url");
  const client = new pg.Client({
    host: t.host,
    port: t.port,
    user: t.user,
    password: t.password,
    database: t.database,
  });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Names of databases on the test server matching a LIKE pattern. */
export async function databasesLike(pattern: string): Promise<string[]> {
  const rows = await pgQuery<{ datname: string }>(SERVER_URL, "SELECT datname FROM pg_database WHERE datname LIKE $1", [
    pattern,
  ]);
  return rows.map((r) => r.datname);
}

export const serverUrl = () => SERVER_URL;

export async function tempDir(label: string): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `grvolg-migrate-${label}-`));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** Rows of _prisma_migrations, by name. */
export interface MigrationRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
  logs: string | null;
}
export const MIGRATION_ROWS_SQL =
  'SELECT migration_name, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY migration_name';
