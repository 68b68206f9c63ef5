import { join } from "node:path";
import { type DatabaseTarget, withDatabaseName } from "@/lib/db/url";

/** Shared by openTestDb() and the integration globalSetup (tests/setup/integration-global.ts). */
const root = join(__dirname, "../../..");
export const SCHEMA_PATH = join(root, "prisma/schema.prisma");
export const MIGRATIONS_DIR = join(root, "prisma/migrations");

/** The run's migrated template database: TEST_DATABASE_URL's name + "_tpl" (each run has its own name). */
export function templateDatabaseUrl(target: Extract<DatabaseTarget, { kind: "postgres" }>): string {
  return withDatabaseName(target, `${target.database.slice(0, 59)}_tpl`);
}
