/**
 * deployMigrations on PostgreSQL and on PGlite (file data dir and memory).
 *  (1) apply; a second deploy applies nothing.
 *  (2) the 'a;b' default and the plpgsql $$ body with ';' inside arrive intact (patch P4).
 *  (3) a migration with a syntax error rejects, and is NOT recorded as finished (patch P5 on PGlite).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { deployMigrations, migrationStatus, MigrationError } from "@/lib/db/migrate";
import {
  BASIC,
  BASIC_NAMES,
  MIGRATION_ROWS_SQL,
  SKIP_PG,
  createThrowawayDb,
  dropThrowawayDbs,
  fixture,
  pgQuery,
  tempDir,
  type MigrationRow,
} from "./helpers";
import { must } from "../helpers/must";

const BROKEN = { schemaPath: BASIC.schemaPath, migrationsDir: fixture("broken", "migrations") };

describe.skipIf(SKIP_PG)("deployMigrations on PostgreSQL", () => {
  const dbs: string[] = [];
  afterAll(() => dropThrowawayDbs(dbs));

  it("applies the migrations once; a second deploy applies nothing", async () => {
    const url = await createThrowawayDb("deploy");
    dbs.push(url);
    const first = await deployMigrations({ databaseUrl: url, ...BASIC });
    expect(first.applied).toEqual(BASIC_NAMES);
    const second = await deployMigrations({ databaseUrl: url, ...BASIC });
    expect(second.applied).toEqual([]);

    const rows = await pgQuery<MigrationRow>(url, MIGRATION_ROWS_SQL);
    expect(rows.map((r) => r.migration_name)).toEqual(BASIC_NAMES);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);

    const status = await migrationStatus({ databaseUrl: url, ...BASIC });
    expect(status).toMatchObject({ applied: BASIC_NAMES, pending: [], failed: [], upToDate: true });
  });

  it("keeps the 'a;b' default and the plpgsql $$ body with ';' intact (P4)", async () => {
    const url = await createThrowawayDb("script");
    dbs.push(url);
    await deployMigrations({ databaseUrl: url, ...BASIC });
    const [row] = await pgQuery(url, `INSERT INTO "Gemeente" ("naam") VALUES ('Utrecht') RETURNING "notitie"`);
    expect(row.notitie).toBe("a;b");
    const [fn] = await pgQuery(url, `SELECT "gr_volg_label"('Utrecht') AS label`);
    expect(fn.label).toBe("gemeente;Utrecht");
  });

  it("rejects a broken migration and does not record it as finished", async () => {
    const url = await createThrowawayDb("broken");
    dbs.push(url);
    const err = await deployMigrations({ databaseUrl: url, ...BROKEN }).catch((e) => e);
    expect(err).toBeInstanceOf(MigrationError);
    expect(err.migrationName).toBe("20240103000000_kapot");
    expect(err.message).toMatch(/syntax error at or near "SELEC"/);

    const rows = await pgQuery<MigrationRow>(url, MIGRATION_ROWS_SQL);
    const kapot = rows.find((r) => r.migration_name === "20240103000000_kapot");
    expect(kapot).toBeDefined();
    expect(must(kapot, "kapot").finished_at).toBeNull();
    // The script runs as one implicit transaction: the valid first statement was rolled back too.
    const half = await pgQuery(url, `SELECT to_regclass('public."HalfAf"') AS t`);
    expect(half[0].t).toBeNull();

    const status = await migrationStatus({ databaseUrl: url, ...BROKEN });
    expect(status.failed).toEqual(["20240103000000_kapot"]);
    expect(status.applied).toEqual(["20240101000000_init"]);
    expect(status.upToDate).toBe(false);
  });
});

describe("deployMigrations on PGlite", () => {
  it("file data dir in a not-yet-existing folder (P6): applies once, then nothing", async () => {
    const tmp = await tempDir("pglite");
    try {
      const dataDir = join(tmp.path, "nested", "deeper", "db"); // parents do not exist yet
      const url = `pglite:${dataDir}`;
      const first = await deployMigrations({ databaseUrl: url, ...BASIC });
      expect(first.applied).toEqual(BASIC_NAMES);
      expect(existsSync(dataDir)).toBe(true);
      // A new process would reopen the same folder: the history is persisted.
      const second = await deployMigrations({ databaseUrl: url, ...BASIC });
      expect(second.applied).toEqual([]);
      const status = await migrationStatus({ databaseUrl: url, ...BASIC });
      expect(status).toMatchObject({ applied: BASIC_NAMES, pending: [], upToDate: true });
    } finally {
      await tmp.cleanup();
    }
  });

  it("pglite:memory:// URL applies (and closes its own instance)", async () => {
    const res = await deployMigrations({ databaseUrl: "pglite:memory://", ...BASIC });
    expect(res.applied).toEqual(BASIC_NAMES);
  });

  it("caller-owned in-memory instance: applies once, 'a;b' and $$ body intact, instance stays open", async () => {
    const db = new PGlite();
    try {
      expect((await deployMigrations({ pglite: db, ...BASIC })).applied).toEqual(BASIC_NAMES);
      expect((await deployMigrations({ pglite: db, ...BASIC })).applied).toEqual([]);
      expect(db.closed).toBe(false);
      const ins = await db.query<{ notitie: string }>(
        `INSERT INTO "Gemeente" ("naam") VALUES ('Zeist') RETURNING "notitie"`,
      );
      expect(ins.rows[0].notitie).toBe("a;b");
      const fn = await db.query<{ label: string }>(`SELECT "gr_volg_label"('Zeist') AS label`);
      expect(fn.rows[0].label).toBe("gemeente;Zeist");
    } finally {
      await db.close();
    }
  });

  it("rejects a broken migration and does not record it as finished (P5)", async () => {
    const db = new PGlite();
    try {
      const err = await deployMigrations({ pglite: db, ...BROKEN }).catch((e) => e);
      expect(err).toBeInstanceOf(MigrationError);
      expect(err.migrationName).toBe("20240103000000_kapot");
      expect(err.message).toMatch(/syntax error at or near "SELEC"/);
      const rows = (await db.query<MigrationRow>(MIGRATION_ROWS_SQL)).rows;
      const kapot = rows.find((r) => r.migration_name === "20240103000000_kapot");
      expect(kapot).toBeDefined();
      expect(must(kapot, "kapot").finished_at).toBeNull();
      const status = await migrationStatus({ pglite: db, ...BROKEN });
      expect(status.failed).toEqual(["20240103000000_kapot"]);
      expect(status.applied).toEqual(["20240101000000_init"]);
      // A second deploy refuses to continue past the failed migration.
      await expect(deployMigrations({ pglite: db, ...BROKEN })).rejects.toThrow();
    } finally {
      await db.close();
    }
  });
});
