/**
 * (7) createMigration writes Prisma's standard layout; a second call without changes writes nothing.
 */
import { copyFile, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { checkDrift, createMigration, deployMigrations, normalizeMigrationName } from "@/lib/db/migrate";
import { BASIC, fixture, tempDir } from "./helpers";
import { must } from "../helpers/must";

describe("createMigration", () => {
  let tmp: Awaited<ReturnType<typeof tempDir>>;
  let schemaPath: string;
  let migrationsDir: string;
  beforeAll(async () => {
    tmp = await tempDir("create");
    schemaPath = join(tmp.path, "schema.prisma");
    migrationsDir = join(tmp.path, "migrations"); // does not exist yet
    await copyFile(BASIC.schemaPath, schemaPath);
  });
  afterAll(() => tmp.cleanup());

  it("first migration: diff from empty, writes <stamp>_<name>/migration.sql and migration_lock.toml", async () => {
    const res = await createMigration({
      schemaPath,
      migrationsDir,
      name: "Init GR-volg",
      now: new Date("2025-03-04T05:06:07Z"),
    });
    expect(res.created).toBe("20250304050607_init_gr_volg");
    expect(res.sql).toContain(`CREATE TABLE "Gemeente"`);
    expect(res.sql).toContain(`DEFAULT 'a;b'`);
    expect((await readdir(migrationsDir)).sort()).toEqual(["20250304050607_init_gr_volg", "migration_lock.toml"]);
    expect(await readFile(join(migrationsDir, must(res.created, "res.created"), "migration.sql"), "utf8")).toBe(
      res.sql,
    );
    expect(await readFile(join(migrationsDir, "migration_lock.toml"), "utf8")).toMatch(/^provider = "postgresql"$/m);
  });

  it("no changes → nothing written", async () => {
    const res = await createMigration({ schemaPath, migrationsDir, name: "nothing" });
    expect(res.created).toBeNull();
    expect(res.path).toBeNull();
    expect(await readdir(migrationsDir)).toHaveLength(2);
  });

  it("a schema change → a second migration (diff from the migrations), sorted after the first", async () => {
    await copyFile(fixture("basic", "schema-extra-column.prisma"), schemaPath);
    // A clock behind the last migration still yields a later stamp.
    const res = await createMigration({
      schemaPath,
      migrationsDir,
      name: "inwoners",
      now: new Date("2020-01-01T00:00:00Z"),
    });
    expect(res.created).toBe("20250304050608_inwoners");
    expect(res.sql).toMatch(/ALTER TABLE "Besluit" ADD COLUMN\s+"inwoners" INTEGER/);
    expect(res.sql).not.toContain("CREATE TABLE");

    // The generated history is in sync with the schema and deploys.
    expect((await checkDrift({ schemaPath, migrationsDir })).inSync).toBe(true);
    const db = new PGlite();
    try {
      const { applied } = await deployMigrations({ pglite: db, schemaPath, migrationsDir });
      expect(applied).toEqual(["20250304050607_init_gr_volg", "20250304050608_inwoners"]);
    } finally {
      await db.close();
    }
  });

  it("normalises names and rejects empty ones", () => {
    expect(normalizeMigrationName("Voeg Tabel toe!")).toBe("voeg_tabel_toe");
    expect(normalizeMigrationName("café-ïnfo")).toBe("cafe_info");
    expect(() => normalizeMigrationName("  !! ")).toThrow(/Ongeldige migratienaam/);
  });
});
