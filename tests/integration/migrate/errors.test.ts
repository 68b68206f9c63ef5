/**
 * (8) An unreachable PostgreSQL becomes a clear Dutch error; database helpers.
 */
import { afterAll, describe, expect, it } from "vitest";
import {
  checkDrift,
  createMigration,
  DatabaseConnectionError,
  deployMigrations,
  describeDbError,
  dropDatabase,
  ensureDatabaseExists,
  migrationStatus,
} from "@/lib/db/migrate";
import { BASIC, SKIP_PG, databasesLike, serverUrl } from "./helpers";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";

const DEAD = "postgresql://postgres:postgres@127.0.0.1:5999/grvolg";
const DUTCH = "Database niet bereikbaar op 127.0.0.1:5999 (ECONNREFUSED). Start PostgreSQL of zet DATABASE_URL.";

describe("unreachable PostgreSQL", () => {
  it.each([
    ["deployMigrations", () => deployMigrations({ databaseUrl: DEAD, ...BASIC })],
    ["checkDrift", () => checkDrift({ databaseUrl: DEAD, ...BASIC })],
    ["migrationStatus", () => migrationStatus({ databaseUrl: DEAD, ...BASIC })],
    ["createMigration", () => createMigration({ databaseUrl: DEAD, ...BASIC, name: "x" })],
    ["ensureDatabaseExists", () => ensureDatabaseExists(DEAD)],
  ])("%s rejects with the Dutch message", async (_name, run) => {
    const err = await run().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseConnectionError);
    expect((err as Error).message).toBe(DUTCH);
    expect(describeDbError(err)).toBe(DUTCH);
  });

  it("describeDbError reads address and code from a raw socket error (also AggregateError)", () => {
    const raw = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5999"), {
      code: "ECONNREFUSED",
      address: "127.0.0.1",
      port: 5999,
      syscall: "connect",
    });
    expect(describeDbError(raw)).toBe(DUTCH);
    const agg = Object.assign(new AggregateError([raw], ""), { code: "ECONNREFUSED" });
    expect(describeDbError(agg)).toBe(DUTCH);
    expect(describeDbError(new Error("iets anders"))).toBe("iets anders");
  });
});

describe.skipIf(SKIP_PG)("PostgreSQL errors and database helpers", () => {
  const name = `grvolg_migtest_helpers_${process.pid}_${Date.now().toString(36)}`;
  const server = parseDatabaseUrl(serverUrl());
  if (server.kind !== "postgres") throw new Error("PostgreSQL verwacht");
  const url = withDatabaseName(server, name);
  afterAll(() => dropDatabase(url));

  it("a missing database gives a Dutch 3D000 message", async () => {
    const err = await deployMigrations({ databaseUrl: url, ...BASIC }).catch((e) => e);
    expect(err).toBeInstanceOf(DatabaseConnectionError);
    expect(err.message).toMatch(new RegExp(`^Database '${name}' bestaat niet op 127\\.0\\.0\\.1:5432 \\(3D000\\)`));
  });

  it("a wrong password gives a Dutch 28P01 message", async () => {
    const bad = new URL(serverUrl());
    bad.password = "definitely-wrong";
    const err = await checkDrift({ databaseUrl: bad.toString(), ...BASIC }).catch((e) => e);
    expect(err).toBeInstanceOf(DatabaseConnectionError);
    expect(err.message).toMatch(/^Inloggen bij PostgreSQL op .* mislukt \(28P01\)/);
  });

  it("ensureDatabaseExists creates once; dropDatabase removes; protected names are refused", async () => {
    expect(await ensureDatabaseExists(url)).toBe(true);
    expect(await ensureDatabaseExists(url)).toBe(false);
    expect(await databasesLike(name)).toEqual([name]);
    await dropDatabase(url);
    expect(await databasesLike(name)).toEqual([]);
    await dropDatabase(url); // idempotent
    await expect(dropDatabase(serverUrl())).rejects.toThrow(/wordt niet verwijderd/);
  });

  it("deployMigrations({ createDatabase: true }) creates a missing database", async () => {
    const res = await deployMigrations({ databaseUrl: url, ...BASIC, createDatabase: true });
    expect(res.applied).toHaveLength(2);
  });
});
