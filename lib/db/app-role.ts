import type { Db } from "@/lib/db/client";

/**
 * The restricted database role the app connects as in production (migrations run as the owner).
 * gr_volg_grant_app_role (migration 20261201083812_audit_proves_state) grants it the data but not
 * the audit trail: no INSERT/UPDATE/DELETE/TRUNCATE on "AuditEvent" (only EXECUTE on
 * gr_volg_audit_append), no UPDATE/DELETE on checkpoints, no DELETE on users.
 */
export const APP_ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function setupAppRole(db: Db, role: string, password?: string): Promise<{ created: boolean }> {
  if (!APP_ROLE_NAME.test(role))
    throw new Error("Een rolnaam bestaat uit kleine letters, cijfers en _ (en begint niet met een cijfer).");
  let created = false;
  if (password !== undefined) {
    const exists = await db.$queryRaw<{ n: number }[]>`SELECT 1 AS n FROM pg_roles WHERE rolname = ${role}`;
    // format() quotes the name and the password; DDL takes no bind parameters.
    const [{ sql }] = await db.$queryRaw<{ sql: string }[]>`
      SELECT format(${exists.length ? "ALTER ROLE %I LOGIN PASSWORD %L" : "CREATE ROLE %I LOGIN PASSWORD %L"}, ${role}::text, ${password}::text) AS sql`;
    await db.$executeRawUnsafe(sql);
    created = exists.length === 0;
  }
  await db.$queryRaw`SELECT "gr_volg_grant_app_role"(${role}::text)::text AS done`;
  return { created };
}
