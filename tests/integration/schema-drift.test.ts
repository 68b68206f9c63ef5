import { describe, expect, it } from "vitest";
import { checkDrift } from "@/lib/db/migrate";
import { parseDatabaseUrl, withDatabaseName } from "@/lib/db/url";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./helpers/test-db";

describe("the app's migrations", () => {
  it("produce exactly prisma/schema.prisma (no drift)", async () => {
    const url = process.env.TEST_DATABASE_URL;
    // On PostgreSQL the migrations are replayed in a shadow database on that server; on PGlite in memory.
    const target = url ? parseDatabaseUrl(url) : null;
    const databaseUrl = target?.kind === "postgres" ? withDatabaseName(target, "postgres") : undefined;
    const result = await checkDrift({ databaseUrl, migrationsDir: MIGRATIONS_DIR, schemaPath: SCHEMA_PATH });
    expect(result.sql).toMatch(/empty migration/i);
    expect(result.inSync).toBe(true);
  });
});
