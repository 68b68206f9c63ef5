import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { type AuditEventType, assertCatalogueEvent, domainAuditType } from "@/lib/audit/catalogue";
import type { DomainEvent } from "@/lib/domain";

/** A change of state to record; the domain's DomainEvent maps onto it one to one. */
export interface AuditInput {
  /** A type from the audit catalogue (lib/audit/catalogue.ts); its payload must fit the type's schema. */
  type: AuditEventType;
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
  /**
   * The domain rows this change wrote (or deleted). The database stores a digest of each as it is
   * at append time, and `gr-volg audit verify --state` reports any row that no longer matches the
   * digest in its latest event (changed outside the application).
   */
  rows?: WrittenRow[];
}

/** A row written by a change of state, named by its table (the Prisma model) and id. */
export interface WrittenRow {
  table: AuditedTable;
  id: string;
}

/** The tables whose rows carry digests (gr_volg_row_digests refuses any other). */
export type AuditedTable =
  | "Procedure"
  | "Track"
  | "Besluit"
  | "Motie"
  | "Zienswijze"
  | "ZienswijzePoint"
  | "DocumentVersion"
  | "Article"
  | "Meeting"
  | "Recess"
  | "StoredFile"
  | "Deadline";

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

/** Hash version 1: events appended before the database computed the chain (verified in JS). */
export function auditHash(
  prevHash: string | null,
  // Any stored type, also one from before today's catalogue: the chain verifies every event.
  e: Required<Omit<AuditInput, "at" | "rows" | "type">> & { type: string; at: Date },
): string {
  const body = canonicalJson({
    at: e.at.toISOString(),
    actorId: e.actorId,
    actorRole: e.actorRole,
    gemeenteId: e.gemeenteId,
    type: e.type,
    subjectKind: e.subjectKind,
    subjectId: e.subjectId,
    fromState: e.fromState,
    toState: e.toState,
    payload: e.payload,
    reason: e.reason,
  });
  return createHash("sha256")
    .update(prevHash ?? "")
    .update("\n")
    .update(body)
    .digest("hex");
}

const recordedWrites = new WeakMap<Tx, WrittenRow[]>();

/**
 * Note rows written in this transaction, for the next appendAudit on the same transaction. Lets
 * the helper that writes a row (a besluit, its moties, a stored file) say so where it writes it,
 * instead of every caller collecting ids for the audit event.
 */
export function recordWrites(tx: Tx, rows: WrittenRow[]): void {
  const list = recordedWrites.get(tx) ?? [];
  list.push(...rows);
  recordedWrites.set(tx, list);
}

function drainRecordedWrites(tx: Tx): WrittenRow[] {
  const list = recordedWrites.get(tx) ?? [];
  recordedWrites.delete(tx);
  return list;
}

/** One event as gr_volg_audit_append takes it. */
type AppendEvent = Omit<Required<AuditInput>, "at" | "rows"> & { at: string; rows: WrittenRow[] };

const deferredEvents = new WeakMap<Tx, AppendEvent[]>();

/**
 * The command runner: keep this transaction's audit events until flushAudit, which the runner calls
 * as the transaction's LAST statement. The append takes the chain's lock, which is held until COMMIT;
 * appended in the middle, every later statement of the transaction (the data-version bump, which
 * row-locks shared version rows) ran with it held, and every other writer of the instance(s) waited.
 */
export function deferAudit(tx: Tx): void {
  deferredEvents.set(tx, []);
}

/** Append the events deferred on this transaction (deferAudit), in the order they were given, in one call. */
export async function flushAudit(tx: Tx): Promise<void> {
  const events = deferredEvents.get(tx) ?? [];
  deferredEvents.delete(tx);
  if (events.length > 0) await appendToChain(tx, events);
}

/**
 * Append events to the hash-chained audit trail. Must run inside the transaction that writes
 * the state change, so a change and its audit event are committed together or not at all, and
 * AFTER the rows are written: the database digests the rows listed in `rows` as they are then.
 * In the command runner (deferAudit) the events are checked and batched here and appended at the
 * end of the transaction (flushAudit), so the digests are of the rows as the transaction commits them.
 *
 * The chain is computed inside the database by gr_volg_audit_append (advisory lock, previous
 * hash, row digests, SHA-256): the app never chooses a hash, and its database role has no INSERT
 * on "AuditEvent" (docs/reliability.md, "Audit: bewijs van de toestand").
 *
 * Every event is checked against the audit catalogue first: an unknown type or a payload that does
 * not fit its schema throws AuditCatalogueError (a programming error), so the transaction rolls back
 * and nothing the view could not describe is ever stored.
 */
export async function appendAudit(tx: Tx, events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  for (const e of events) assertCatalogueEvent(e.type, e.payload ?? {});
  const recorded = drainRecordedWrites(tx);
  const batch: AppendEvent[] = events.map((e, i) => ({
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
    // Rows recorded by helpers in this transaction go with the batch's last event: it is appended
    // after every write, so its digests are of the rows as the transaction commits them.
    rows: [...(e.rows ?? []), ...(i === events.length - 1 ? recorded : [])],
  }));
  const deferred = deferredEvents.get(tx);
  if (deferred) deferred.push(...batch);
  else await appendToChain(tx, batch);
}

async function appendToChain(tx: Tx, batch: AppendEvent[]): Promise<void> {
  await tx.$queryRaw`SELECT "gr_volg_audit_append"(${JSON.stringify(batch)}::jsonb)::text AS "lastId"`;
}

/**
 * The audit event of one domain event, under the catalogue type `type` (the domain's event type, or it with a
 * procedure's prefix), credited to `gemeenteId` (the GR store, the beleidskader store, the scale generator).
 */
export function domainEventAudit(e: DomainEvent, type: string, gemeenteId: string | null): AuditInput {
  return {
    type: domainAuditType(type),
    actorId: e.actor.userId,
    actorRole: e.actor.role,
    gemeenteId,
    subjectKind: e.subject.kind,
    subjectId: e.subject.id,
    fromState: e.from,
    toState: e.to,
    payload: e.payload,
    reason: e.reason ?? null,
    at: new Date(e.at),
  };
}
