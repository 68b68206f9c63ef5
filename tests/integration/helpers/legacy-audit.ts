import type { Prisma } from "@/generated/prisma/client";
import type { AuditInput } from "@/lib/services/audit";

/** An event as older versions of the app could append it: any type, any payload. */
export type LegacyAuditInput = Omit<AuditInput, "type" | "rows"> & { type: string };

/**
 * Appends events through the database's append function directly, without the audit catalogue's
 * check: how a trail written before the catalogue (or by an older release with types since
 * renamed) looks. The chain is computed by gr_volg_audit_append exactly as for appendAudit.
 */
export async function appendLegacyAudit(tx: Prisma.TransactionClient, events: LegacyAuditInput[]): Promise<void> {
  const batch = events.map((e) => ({
    type: e.type,
    actorId: e.actorId,
    actorRole: e.actorRole,
    gemeenteId: e.gemeenteId,
    subjectKind: e.subjectKind,
    subjectId: e.subjectId,
    fromState: e.fromState ?? null,
    toState: e.toState ?? null,
    payload: e.payload ?? {},
    reason: e.reason ?? null,
    at: (e.at ?? new Date()).toISOString(),
    rows: [],
  }));
  await tx.$queryRaw`SELECT "gr_volg_audit_append"(${JSON.stringify(batch)}::jsonb)::text AS "lastId"`;
}
