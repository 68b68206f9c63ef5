import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";

/** A change of state to record; the domain's DomainEvent maps onto it one to one. */
export interface AuditInput {
  type: string;
  actorId: string | null;
  actorRole: string;
  gemeenteId: string | null;
  subjectKind: string;
  subjectId: string;
  fromState?: string | null;
  toState?: string | null;
  payload: unknown;
  reason?: string | null;
  at?: Date;
}

type Tx = Prisma.TransactionClient;

/** Stable JSON (sorted keys) so the hash does not depend on property order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function auditHash(prevHash: string | null, e: Required<Omit<AuditInput, "at">> & { at: Date }): string {
  const body = canonicalJson({
    at: e.at.toISOString(), actorId: e.actorId, actorRole: e.actorRole, gemeenteId: e.gemeenteId, type: e.type,
    subjectKind: e.subjectKind, subjectId: e.subjectId, fromState: e.fromState, toState: e.toState,
    payload: e.payload, reason: e.reason,
  });
  return createHash("sha256").update(prevHash ?? "").update("\n").update(body).digest("hex");
}

// Any fixed number: the advisory lock that serialises appends so the hash chain has one order,
// across every app instance on the same PostgreSQL.
const AUDIT_LOCK_KEY = 720_260_001;

/**
 * Append events to the hash-chained audit trail. Must run inside the transaction that writes
 * the state change, so a change and its audit event are committed together or not at all.
 */
export async function appendAudit(tx: Tx, events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`);
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  let prevHash = last?.hash ?? null;
  for (const e of events) {
    const full = {
      type: e.type, actorId: e.actorId, actorRole: e.actorRole, gemeenteId: e.gemeenteId, subjectKind: e.subjectKind,
      subjectId: e.subjectId, fromState: e.fromState ?? null, toState: e.toState ?? null,
      payload: JSON.parse(JSON.stringify(e.payload ?? {})), reason: e.reason ?? null, at: e.at ?? new Date(),
    };
    const hash = auditHash(prevHash, full);
    await tx.auditEvent.create({ data: { ...full, payload: full.payload as Prisma.InputJsonValue, prevHash, hash } });
    prevHash = hash;
  }
}
