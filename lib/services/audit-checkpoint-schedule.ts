import type { Db } from "@/lib/db/client";
import { writeCheckpoint } from "./audit-checkpoint";
import { resolveCheckpointKey } from "./audit-checkpoint-key";

/** The interval's bucket: every instance computes the same key, the unique index keeps one. */
export function checkpointBucket(now: Date, minutes: number): string {
  const ms = minutes * 60_000;
  return `periodiek:${minutes}m:${new Date(Math.floor(now.getTime() / ms) * ms).toISOString()}`;
}

/**
 * One run of the periodic checkpoint (the job "controlepunten" in lib/jobs). Safe on several
 * instances: the bucket is unique, so at most one checkpoint per interval is written, whichever
 * instance comes first; nothing is written when no event was appended since the latest checkpoint.
 */
export async function runAuditCheckpoint(db: Db, now: Date, env: NodeJS.ProcessEnv): Promise<string | null> {
  const minutes = Number(env.AUDIT_CHECKPOINT_INTERVAL_MINUTES ?? 60);
  const resolved = resolveCheckpointKey(env);
  if (resolved.key === null || !(minutes > 0)) return null;
  const result = await writeCheckpoint(db, resolved.key, {
    bucket: checkpointBucket(now, minutes),
    skipWhenUnchanged: true,
    now,
  });
  return result.written ? `controlepunt ${result.id}: ${result.eventCount} gebeurtenissen` : null;
}
