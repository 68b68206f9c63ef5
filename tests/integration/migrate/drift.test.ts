/**
 * checkDrift: replays the migrations in a shadow database and diffs against schema.prisma.
 *  (4) in sync → inSync true; schema with an extra column → inSync false, SQL names the column.
 *  (5) PostgreSQL: no prisma_migrate_shadow_db_* database remains and the main database is untouched
 *      (patches P1 + P2).
 *  (6) a "char" column (raw SQL in a migration) does not break drift (patch P3).
 */
import { afterAll, describe, expect, it } from "vitest";
import { checkDrift, deployMigrations, SHADOW_DB_PREFIX } from "@/lib/db/migrate";
import { BASIC, SKIP_PG, createThrowawayDb, databasesLike, dropThrowawayDbs, fixture, pgQuery } from "./helpers";

const EXTRA = { schemaPath: fixture("basic", "schema-extra-column.prisma"), migrationsDir: BASIC.migrationsDir };
const CHAR = { schemaPath: fixture("char", "schema.prisma"), migrationsDir: fixture("char", "migrations") };
const CHAR_EXTERNAL = ["public.raw_vlaggen"];

const publicTables = (url: string) =>
  pgQuery<{ table_name: string }>(
    url,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
  ).then((rows) => rows.map((r) => r.table_name));

describe.skipIf(SKIP_PG)("checkDrift on PostgreSQL", () => {
  const dbs: string[] = [];
  afterAll(() => dropThrowawayDbs(dbs));

  it("in sync → inSync true, exit code 0", async () => {
    const url = await createThrowawayDb("drift");
    dbs.push(url);
    const res = await checkDrift({ databaseUrl: url, ...BASIC });
    expect(res).toMatchObject({ inSync: true, exitCode: 0 });
  });

  it("extra column in schema.prisma → inSync false and the SQL names the column", async () => {
    const url = await createThrowawayDb("drift2");
    dbs.push(url);
    const res = await checkDrift({ databaseUrl: url, ...EXTRA });
    expect(res.inSync).toBe(false);
    expect(res.exitCode).toBe(2);
    expect(res.sql).toMatch(/ALTER TABLE "Besluit" ADD COLUMN\s+"inwoners" INTEGER/);
  });

  it("leaves no shadow database behind and does not touch the main database (P1, P2)", async () => {
    const pattern = `${SHADOW_DB_PREFIX}%`;
    const before = new Set(await databasesLike(pattern));

    // An empty main database: with the connection-string bug the migrations would be replayed here.
    const empty = await createThrowawayDb("untouched");
    dbs.push(empty);
    expect((await checkDrift({ databaseUrl: empty, ...BASIC })).inSync).toBe(true);
    expect(await publicTables(empty)).toEqual([]);

    // A migrated main database: replaying there would fail with `relation "Gemeente" already exists`.
    const migrated = await createThrowawayDb("migrated");
    dbs.push(migrated);
    await deployMigrations({ databaseUrl: migrated, ...BASIC });
    await pgQuery(migrated, `INSERT INTO "Gemeente" ("naam") VALUES ('Houten')`);
    const tablesBefore = await publicTables(migrated);
    expect((await checkDrift({ databaseUrl: migrated, ...EXTRA })).inSync).toBe(false);
    expect(await publicTables(migrated)).toEqual(tablesBefore);
    expect(await pgQuery(migrated, `SELECT "naam" FROM "Gemeente"`)).toEqual([{ naam: "Houten" }]);
    const history = await pgQuery(migrated, `SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    expect(history[0].n).toBe(2);

    const leftovers = (await databasesLike(pattern)).filter((d) => !before.has(d));
    expect(leftovers).toEqual([]);
  });

  it('a "char" column created by raw SQL does not break drift or deploy (P3)', async () => {
    const url = await createThrowawayDb("char");
    dbs.push(url);
    expect((await deployMigrations({ databaseUrl: url, ...CHAR })).applied).toHaveLength(2);
    const [row] = await pgQuery(url, `SELECT "vlag" FROM "raw_vlaggen" WHERE "id" = 1`);
    expect(row.vlag).toBe("n");

    // Tables managed by raw SQL are declared external; then the history matches schema.prisma.
    const res = await checkDrift({ databaseUrl: url, ...CHAR, externalTables: CHAR_EXTERNAL });
    expect(res).toMatchObject({ inSync: true, exitCode: 0 });
    // Without the declaration Prisma (correctly) reports the unknown table as drift — no crash.
    const undeclared = await checkDrift({ databaseUrl: url, ...CHAR });
    expect(undeclared.inSync).toBe(false);
    expect(undeclared.sql).toMatch(/DROP TABLE "raw_vlaggen"/);
  });
});

describe("checkDrift with an in-memory PGlite shadow", () => {
  it("in sync without a database URL", async () => {
    const res = await checkDrift({ ...BASIC });
    expect(res).toMatchObject({ inSync: true, exitCode: 0 });
  });

  it("pglite: URL → extra column reported", async () => {
    const res = await checkDrift({ databaseUrl: "pglite:./.data/does-not-matter", ...EXTRA });
    expect(res.inSync).toBe(false);
    expect(res.sql).toMatch(/"inwoners" INTEGER/);
  });

  it('"char" fixture is in sync with externalTables', async () => {
    const res = await checkDrift({ ...CHAR, externalTables: CHAR_EXTERNAL });
    expect(res.inSync).toBe(true);
  });
});
