import type { Db } from "@/lib/db/client";
import { checkpointSignatureValid, signCheckpoint } from "./audit-checkpoint-sign";

/**
 * Signed checkpoints of the audit trail's head. The hash chain proves that the events it holds
 * belong together, but not that none were cut off at the end or that the whole chain was not
 * recomputed by someone with the owner's rights. A checkpoint records (last event, its hash, the
 * number of events up to it) signed with a key outside the database; `gr-volg audit verify` then
 * requires that every checkpointed event is still there with the same hash and count.
 */

export type WriteCheckpointResult =
  | { written: true; id: bigint; lastEventId: bigint; eventCount: bigint; createdAt: Date }
  | { written: false; reason: "leeg" | "al_geschreven" | "niets_nieuws" };

/**
 * Write a checkpoint of the current head. `bucket` (the periodic schedule's interval) makes it
 * idempotent across instances: a unique key, so at most one checkpoint per interval. With
 * `skipWhenUnchanged` nothing is written when no event was appended since the latest checkpoint.
 */
export async function writeCheckpoint(
  db: Db,
  key: string,
  opts: { bucket?: string; skipWhenUnchanged?: boolean; now?: Date } = {},
): Promise<WriteCheckpointResult> {
  // One statement, one snapshot: the count is of the events up to and including the head read.
  const [head] = await db.$queryRaw<{ id: string; hash: string; n: string }[]>`
    SELECT e."id"::text AS id, e."hash" AS hash,
           (SELECT count(*) FROM "AuditEvent" c WHERE c."id" <= e."id")::text AS n
    FROM "AuditEvent" e ORDER BY e."id" DESC LIMIT 1`;
  if (!head) return { written: false, reason: "leeg" };
  if (opts.skipWhenUnchanged) {
    const latest = await db.auditCheckpoint.findFirst({ orderBy: { id: "desc" }, select: { lastEventId: true } });
    if (latest?.lastEventId === BigInt(head.id)) return { written: false, reason: "niets_nieuws" };
  }
  // Millisecond precision: the column is timestamp(3), and the signature covers the stored value.
  const createdAt = new Date(Math.floor((opts.now ?? new Date()).getTime()));
  const facts = { lastEventId: BigInt(head.id), lastHash: head.hash, eventCount: BigInt(head.n), createdAt };
  const signature = signCheckpoint(key, facts);
  const inserted = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "AuditCheckpoint" ("lastEventId", "lastHash", "eventCount", "bucket", "createdAt", "signature")
    VALUES (${facts.lastEventId}::bigint, ${facts.lastHash}, ${facts.eventCount}::bigint, ${opts.bucket ?? null}::text,
            ${createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC', ${signature})
    ON CONFLICT ("bucket") DO NOTHING
    RETURNING "id"::text AS id`;
  if (inserted.length === 0) return { written: false, reason: "al_geschreven" };
  return {
    written: true,
    id: BigInt(inserted[0].id),
    lastEventId: facts.lastEventId,
    eventCount: facts.eventCount,
    createdAt,
  };
}

export interface CheckpointFinding {
  checkpointId: string;
  createdAt: Date;
  message: string;
}

export interface CheckpointStatus {
  id: string;
  createdAt: Date;
  lastEventId: string;
  eventCount: string;
  /** Signature valid AND the chain still holds the checkpointed event with the same hash and count. */
  valid: boolean;
  problem: string | null;
}

interface CheckpointRow {
  id: string;
  lastEventId: string;
  lastHash: string;
  eventCount: string;
  createdAt: Date;
  signature: string;
  /** The event's hash and position now (null: the event is gone). */
  hashNow: string | null;
  countNow: string | null;
}

const when = (d: Date) =>
  new Intl.DateTimeFormat("nl-NL", { timeZone: "Europe/Amsterdam", dateStyle: "long", timeStyle: "short" }).format(d);

/** The Dutch finding for one checkpoint against the current chain, or null when it holds. */
function judge(key: string, cp: CheckpointRow, chain: { count: bigint; maxId: bigint }): string | null {
  const label = `controlepunt ${cp.id} (${when(cp.createdAt)}, gebeurtenis ${cp.lastEventId})`;
  const facts = {
    lastEventId: BigInt(cp.lastEventId),
    lastHash: cp.lastHash,
    eventCount: BigInt(cp.eventCount),
    createdAt: cp.createdAt,
  };
  if (!checkpointSignatureValid(key, { ...facts, signature: cp.signature })) {
    return `De handtekening van ${label} is ongeldig: het controlepunt is vervalst, gewijzigd of met een andere sleutel gemaakt.`;
  }
  if (cp.hashNow === null) {
    if (chain.maxId < facts.lastEventId) {
      // Everything after the last surviving event is gone; at least this many of the checkpointed ones.
      const missing = facts.eventCount - chain.count;
      return `De laatste ${missing > 0 ? missing : "?"} gebeurtenissen na ${chain.maxId > 0 ? `gebeurtenis ${chain.maxId}` : "het begin"} ontbreken: ${label} telde er ${facts.eventCount}, het logboek houdt nu op bij gebeurtenis ${chain.maxId} (afgekapt).`;
    }
    return `Gebeurtenis ${cp.lastEventId} van ${label} ontbreekt: het logboek is na het controlepunt herschreven.`;
  }
  if (cp.hashNow !== cp.lastHash) {
    return `Gebeurtenis ${cp.lastEventId} heeft een andere hash dan bij ${label}: de keten is herberekend.`;
  }
  if (cp.countNow !== cp.eventCount) {
    return `Tot en met gebeurtenis ${cp.lastEventId} telde ${label} ${cp.eventCount} gebeurtenissen, nu ${cp.countNow}: er zijn gebeurtenissen verwijderd of ingevoegd.`;
  }
  return null;
}

async function chainFacts(db: Db): Promise<{ count: bigint; maxId: bigint }> {
  const [row] = await db.$queryRaw<{ n: string; max: string | null }[]>`
    SELECT count(*)::text AS n, max("id")::text AS max FROM "AuditEvent"`;
  return { count: BigInt(row.n), maxId: BigInt(row.max ?? "0") };
}

/** Check every checkpoint: its signature, and that the chain still contains what it recorded. */
export async function verifyCheckpoints(
  db: Db,
  key: string,
): Promise<{ checked: number; findings: CheckpointFinding[] }> {
  // One pass over the trail numbers every event; each checkpoint is joined to its event.
  const rows = await db.$queryRaw<CheckpointRow[]>`
    SELECT cp."id"::text AS id, cp."lastEventId"::text AS "lastEventId", cp."lastHash" AS "lastHash",
           cp."eventCount"::text AS "eventCount", cp."createdAt" AS "createdAt", cp."signature" AS signature,
           e."hash" AS "hashNow", e.n::text AS "countNow"
    FROM "AuditCheckpoint" cp
    LEFT JOIN (SELECT a."id", a."hash", row_number() OVER (ORDER BY a."id") AS n FROM "AuditEvent" a) e ON e."id" = cp."lastEventId"
    ORDER BY cp."id"`;
  const chain = await chainFacts(db);
  const findings: CheckpointFinding[] = [];
  for (const cp of rows) {
    const message = judge(key, cp, chain);
    if (message) findings.push({ checkpointId: cp.id, createdAt: cp.createdAt, message });
  }
  return { checked: rows.length, findings };
}

/** The latest checkpoint and whether it holds, for the audit view. Null: none written yet. */
export async function latestCheckpointStatus(db: Db, key: string | null): Promise<CheckpointStatus | null> {
  const rows = await db.$queryRaw<CheckpointRow[]>`
    SELECT cp."id"::text AS id, cp."lastEventId"::text AS "lastEventId", cp."lastHash" AS "lastHash",
           cp."eventCount"::text AS "eventCount", cp."createdAt" AS "createdAt", cp."signature" AS signature,
           e."hash" AS "hashNow",
           CASE WHEN e."id" IS NULL THEN NULL
                ELSE (SELECT count(*) FROM "AuditEvent" c WHERE c."id" <= cp."lastEventId")::text END AS "countNow"
    FROM (SELECT * FROM "AuditCheckpoint" ORDER BY "id" DESC LIMIT 1) cp
    LEFT JOIN "AuditEvent" e ON e."id" = cp."lastEventId"`;
  const cp = rows[0];
  if (!cp) return null;
  const problem = key
    ? judge(key, cp, await chainFacts(db))
    : "De sleutel voor de controlepunten is op deze server niet ingesteld.";
  return {
    id: cp.id,
    createdAt: cp.createdAt,
    lastEventId: cp.lastEventId,
    eventCount: cp.eventCount,
    valid: problem === null,
    problem,
  };
}
