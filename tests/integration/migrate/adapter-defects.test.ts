/**
 * Control tests: the adapters AS SHIPPED (a patch switched off) still have each defect that
 * lib/db/migrate/schema-engine.ts patches. Together with the tests in deploy/drift.test.ts (which pass
 * only WITH the patch) this proves every patch is needed. If one of these starts failing after an
 * upgrade of @prisma/adapter-pg or pglite-prisma-adapter, the defect is fixed upstream: re-check
 * the patch and docs/migrations.md.
 */
import { afterAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { parseDatabaseUrl } from "@/lib/db/url";
import {
  ALL_PATCHES,
  SHADOW_DB_PREFIX,
  createPgliteMigrationFactory,
  createPgMigrationFactory,
  openSchemaEngine,
  readMigrationsList,
} from "@/lib/db/migrate";
import { BASIC, SKIP_PG, createThrowawayDb, databasesLike, dropThrowawayDbs, fixture, pgQuery } from "./helpers";
import { readFile } from "node:fs/promises";

const filters = { externalTables: [], externalEnums: [] };
const pgTarget = (url: string) =>
  parseDatabaseUrl(url) as Extract<ReturnType<typeof parseDatabaseUrl>, { kind: "postgres" }>;

describe.skipIf(SKIP_PG)("@prisma/adapter-pg 7.10.1 as shipped", () => {
  const dbs: string[] = [];
  afterAll(() => dropThrowawayDbs(dbs));

  it("P1: built from a connection string, its 'shadow database' is the main database", async () => {
    const url = await createThrowawayDb("p1");
    dbs.push(url);
    // An external pool, so the test can close the main-database pool the adapter would leak.
    const pool = new pg.Pool({ connectionString: url });
    const factory = new PrismaPg(pool);
    const shadow = await factory.connectToShadowDb();
    try {
      const res = await shadow.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] });
      expect(res.rows[0][0]).toBe(pgTarget(url).database); // not prisma_migrate_shadow_db_…
    } finally {
      await shadow.dispose();
      await pool.end();
    }
  });

  it("P2: disposing its shadow drops the database while the pool is connected → leftover database", async () => {
    const url = await createThrowawayDb("p2");
    dbs.push(url);
    const before = new Set(await databasesLike(`${SHADOW_DB_PREFIX}%`));
    const t = pgTarget(url);
    // (Not an external pg.Pool: the factory then copies pool.options, which hide the password.)
    // The idle timeout must outlast PostgreSQL's 5 s wait in DROP DATABASE (the shadow pool's idle
    // connection is what blocks it). The main-database pool the adapter opens for CREATE/DROP is
    // leaked by the adapter; allowExitOnIdle keeps it from holding the process.
    const factory = new PrismaPg({
      host: t.host,
      port: t.port,
      user: t.user,
      password: t.password,
      database: t.database,
      idleTimeoutMillis: 30_000,
      allowExitOnIdle: true,
    });
    const shadow = await factory.connectToShadowDb();
    const name = (await shadow.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] }))
      .rows[0][0] as string;
    expect(name.startsWith(SHADOW_DB_PREFIX)).toBe(true);
    await expect(shadow.dispose()).rejects.toThrow(/being accessed by other users/);
    const leftovers = (await databasesLike(`${SHADOW_DB_PREFIX}%`)).filter((d) => !before.has(d));
    expect(leftovers).toEqual([name]);
    // Clean up what the defect left: close the shadow pool the adapter left open, then drop.
    await (shadow.underlyingDriver() as pg.Pool).end();
    await pgQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it('P3: reading a "char" value fails; without the patch even a plain drift check fails', async () => {
    const url = await createThrowawayDb("p3");
    dbs.push(url);
    const t = pgTarget(url);
    const adapter = await new PrismaPg({
      host: t.host,
      port: t.port,
      user: t.user,
      password: t.password,
      database: t.database,
    }).connect();
    try {
      await expect(adapter.queryRaw({ sql: `SELECT 'a'::"char" AS c`, args: [], argTypes: [] })).rejects.toMatchObject({
        cause: { kind: "UnsupportedNativeDataType", type: "char" },
      });
    } finally {
      await adapter.dispose();
    }
    const schema = await readFile(BASIC.schemaPath, "utf8");
    const h = await openSchemaEngine({
      schemaPath: BASIC.schemaPath,
      schemaText: schema,
      factory: createPgMigrationFactory(t, { ...ALL_PATCHES, charAsText: false }),
    });
    try {
      const list = await readMigrationsList(BASIC.migrationsDir);
      await expect(
        h.engine.diff({
          from: { tag: "migrations", ...list },
          to: { tag: "schemaDatamodel", files: [{ path: BASIC.schemaPath, content: schema }] },
          script: true,
          exitCode: true,
          filters,
        }),
      ).rejects.toThrow(/Column type 'char' could not be deserialized/);
    } finally {
      await h.close();
    }
  });

  it("P4: executeScript splits on every ';' → the 'a;b' default breaks the migration", async () => {
    const url = await createThrowawayDb("p4");
    dbs.push(url);
    const schema = await readFile(BASIC.schemaPath, "utf8");
    const h = await openSchemaEngine({
      schemaPath: BASIC.schemaPath,
      schemaText: schema,
      factory: createPgMigrationFactory(pgTarget(url), { ...ALL_PATCHES, executeScript: false }),
    });
    try {
      const list = await readMigrationsList(BASIC.migrationsDir);
      await expect(h.engine.applyMigrations({ migrationsList: list, filters })).rejects.toThrow(
        /unterminated quoted string/,
      );
    } finally {
      await h.close();
    }
  });
});

describe("pglite-prisma-adapter 0.7.2 as shipped", () => {
  it("P5: executeScript does not await → a broken migration is recorded as FINISHED", async () => {
    const db = new PGlite();
    // The adapter drops the rejected exec() promise; catch it here so it is not an unhandled rejection.
    const exec = db.exec.bind(db);
    let swallowed: unknown = null;
    db.exec = ((...args: Parameters<typeof db.exec>) => {
      const p = exec(...args);
      p.catch((e) => (swallowed = e));
      return p;
    }) as typeof db.exec;
    try {
      const schema = await readFile(BASIC.schemaPath, "utf8");
      const h = await openSchemaEngine({
        schemaPath: BASIC.schemaPath,
        schemaText: schema,
        factory: createPgliteMigrationFactory({ pglite: db, patches: { ...ALL_PATCHES, executeScript: false } }),
      });
      try {
        const list = await readMigrationsList(fixture("broken", "migrations"));
        const out = await h.engine.applyMigrations({ migrationsList: list, filters });
        expect(out.appliedMigrationNames).toContain("20240103000000_kapot"); // wrongly "applied"
      } finally {
        await h.close();
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(String(swallowed)).toMatch(/syntax error/);
      const rows = await db.query<{ finished_at: unknown }>(
        `SELECT finished_at FROM "_prisma_migrations" WHERE migration_name = '20240103000000_kapot'`,
      );
      expect(rows.rows[0].finished_at).not.toBeNull();
    } finally {
      await db.close();
    }
  });

  it("P7: its shadow database is an extra PGlite that nobody closes", async () => {
    const factory = new PrismaPGlite(new PGlite());
    // Internals of pglite-prisma-adapter 0.7.2: the shadow adapter's own PGlite client.
    const shadow = (await factory.connectToShadowDb()) as unknown as {
      dispose(): Promise<void>;
      client: PGlite;
    };
    await shadow.dispose();
    expect(shadow.client.closed).toBe(false); // still open after dispose
    await shadow.client.close();
    await (factory as unknown as { client: PGlite }).client.close();
  });
});
