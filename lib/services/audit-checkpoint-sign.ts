import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signing of audit checkpoints (pure, no database): HMAC-SHA256 over a fixed text of the
 * checkpoint with a key that lives OUTSIDE the database (AUDIT_CHECKPOINT_KEY, or the quick
 * start's .data/audit-checkpoint-key). Whoever can rewrite the database but not read that key
 * cannot make a checkpoint that matches a truncated or recomputed chain.
 */
export interface CheckpointFacts {
  lastEventId: bigint;
  lastHash: string;
  eventCount: bigint;
  createdAt: Date;
}

/** Shortest key accepted: 32 bytes of randomness, as text (base64url or hex) at least 32 characters. */
export const MIN_KEY_LENGTH = 32;

export function checkpointMessage(cp: CheckpointFacts): string {
  return [
    "gr-volg-audit-checkpoint-v1",
    cp.lastEventId.toString(),
    cp.lastHash,
    cp.eventCount.toString(),
    cp.createdAt.toISOString(),
  ].join("\n");
}

export function signCheckpoint(key: string, cp: CheckpointFacts): string {
  return createHmac("sha256", key).update(checkpointMessage(cp)).digest("hex");
}

export function checkpointSignatureValid(key: string, cp: CheckpointFacts & { signature: string }): boolean {
  const expected = Buffer.from(signCheckpoint(key, cp), "hex");
  const given = /^[0-9a-f]{64}$/.test(cp.signature) ? Buffer.from(cp.signature, "hex") : Buffer.alloc(0);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Null when the key is usable; otherwise the Dutch reason. */
export function checkKey(key: string): string | null {
  return key.trim().length >= MIN_KEY_LENGTH
    ? null
    : `AUDIT_CHECKPOINT_KEY is te kort (minstens ${MIN_KEY_LENGTH} tekens).`;
}
