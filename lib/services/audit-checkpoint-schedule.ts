import { getPrisma } from "@/lib/db/client";
import { writeCheckpoint } from "./audit-checkpoint";
import { resolveCheckpointKey } from "./audit-checkpoint-key";

/** The interval's bucket: every instance computes the same key, the unique index keeps one. */
export function checkpointBucket(now: Date, minutes: number): string {
  const ms = minutes * 60_000;
  return `periodiek:${minutes}m:${new Date(Math.floor(now.getTime() / ms) * ms).toISOString()}`;
}

/**
 * In-process checkpoint schedule, the same mechanism as the reminder schedule (started from
 * instrumentation.ts). Safe on several instances: the bucket is unique, so at most one
 * checkpoint per interval is written, whichever instance comes first; nothing is written when
 * no event was appended since the latest checkpoint.
 */
export function startAuditCheckpointSchedule(env: NodeJS.ProcessEnv = process.env): (() => void) | null {
  const minutes = Number(env.AUDIT_CHECKPOINT_INTERVAL_MINUTES ?? 60);
  if (!(minutes > 0)) return null;
  const resolved = resolveCheckpointKey(env);
  if (resolved.key === null) {
    console.log(`[controlepunten] uit: ${resolved.reason}`);
    return null;
  }
  const key = resolved.key;
  const tick = async () => {
    try {
      const result = await writeCheckpoint(await getPrisma(), key, {
        bucket: checkpointBucket(new Date(), minutes),
        skipWhenUnchanged: true,
      });
      if (result.written)
        console.log(`[controlepunten] controlepunt ${result.id}: ${result.eventCount} gebeurtenissen`);
    } catch (err) {
      console.error("[controlepunten] mislukt:", (err as Error).message);
    }
  };
  const first = setTimeout(tick, 45_000);
  const timer = setInterval(tick, minutes * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
