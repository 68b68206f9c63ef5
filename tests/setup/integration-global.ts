import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { MIGRATIONS_DIR, SCHEMA_PATH, templateDatabaseUrl } from "../integration/helpers/migrated-template";
import { openDb } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";
import { deployMigrations, dropDatabase, ensureDatabaseExists } from "@/lib/db/migrate";

/**
 * Migrates ONE database per integration run, so that openTestDb() copies it instead of replaying every migration in
 * every test file (that replay was most of each file's setup, on both engines):
 * - PostgreSQL: a template database next to TEST_DATABASE_URL; each file gets `CREATE DATABASE … TEMPLATE` of it.
 * - PGlite: a migrated in-memory instance dumped to a tarball; each file starts a new instance from it.
 * The migration runner's own tests (tests/integration/migrate) and schema-drift.test.ts do not use this: they still
 * migrate from scratch.
 */
export default async function setup(project: TestProject) {
  const target = parseDatabaseUrl(process.env.TEST_DATABASE_URL ?? "pglite:memory://");
  if (target.kind === "pglite") {
    const db = await openDb("pglite:memory://");
    const dir = await mkdtemp(join(tmpdir(), "gr-volg-pglite-snapshot-"));
    try {
      await deployMigrations({ pglite: db.pglite, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
      const dump = await db.pglite?.dumpDataDir("none");
      if (!dump) throw new Error("PGlite gaf geen momentopname");
      const file = join(dir, "migrated.tar");
      await writeFile(file, Buffer.from(await dump.arrayBuffer()));
      project.provide("pgliteSnapshotFile", file);
    } finally {
      await db.close();
    }
    return () => rm(dir, { recursive: true, force: true });
  }
  const template = templateDatabaseUrl(target);
  await dropDatabase(template); // a template left behind by an interrupted run
  await ensureDatabaseExists(template);
  await deployMigrations({ databaseUrl: template, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
  project.provide("pgTemplateDatabase", template);
  return () => dropDatabase(template);
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshotFile: string;
    pgTemplateDatabase: string;
  }
}
