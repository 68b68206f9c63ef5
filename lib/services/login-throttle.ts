import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";

/**
 * Sign-in throttling that holds across app instances: counters live in PostgreSQL (LoginThrottle)
 * and every attempt RESERVES its place with one atomic upsert before the password is compared, so
 * ten parallel guesses cannot all slip under the limit. There is no hard lock of an account:
 *
 * - per (account, source address): after `threshold` failures each further failure doubles a
 *   back-off (1 s, 2 s, 4 s … at most 15 minutes). Someone else's failures from another source
 *   never slow down the real user;
 * - per source address across all accounts (password spraying): after `threshold` failures
 *   without a quiet period of `resetAfterMinutes` the source itself gets the same back-off.
 */
export interface ThrottlePolicy {
  /** Failures that pass before the back-off starts. */
  threshold: number;
  /** Back-off of the first throttled failure; doubles with each further failure. */
  baseSeconds: number;
  capSeconds: number;
  /** A key whose last failure is older than this starts counting from zero again. */
  resetAfterMinutes: number;
}

export const ACCOUNT_SOURCE_POLICY: ThrottlePolicy = {
  threshold: 3,
  baseSeconds: 1,
  capSeconds: 15 * 60,
  resetAfterMinutes: 24 * 60,
};

export function sourcePolicy(env: Record<string, string | undefined> = process.env): ThrottlePolicy {
  const limit = Number(env.LOGIN_SOURCE_LIMIT);
  return {
    threshold: Number.isInteger(limit) && limit > 0 ? limit : 30,
    baseSeconds: 1,
    capSeconds: 15 * 60,
    resetAfterMinutes: 15,
  };
}

export interface Reservation {
  key: string;
  /** True when the back-off refused this attempt: it must not reach the password check. */
  rejected: boolean;
  failures: number;
  blockedUntil: Date | null;
}

/**
 * The account part of a key: a hash, so the table does not list the addresses people tried. Keyed
 * on the e-mail string, never on whether the account exists (same behaviour for unknown addresses).
 */
export function accountKey(email: string): string {
  return createHash("sha256").update("gr-volg-login:").update(email.toLowerCase()).digest("hex").slice(0, 32);
}

export const pairKey = (email: string, source: string) => `paar:${accountKey(email)}|${source}`;
export const sourceKey = (source: string) => `bron:${source}`;

const ts = (d: Date) => d.toISOString();

/**
 * Count one attempt for `key` (pessimistically, as a failure) unless the key is in back-off. One
 * statement, so concurrent attempts are serialised by the row lock of the upsert: each sees the
 * count of the ones before it. In UPDATE … SET every column reference is the OLD row.
 */
export async function reserveAttempt(
  db: Db,
  key: string,
  policy: ThrottlePolicy,
  now = new Date(),
): Promise<Reservation> {
  const resetBefore = new Date(now.getTime() - policy.resetAfterMinutes * 60_000);
  const rows = await db.$queryRaw<{ failures: number; blockedUntil: Date | string | null; rejected: boolean }[]>`
    WITH p AS (SELECT ${ts(now)}::timestamp(3) AS now, ${ts(resetBefore)}::timestamp(3) AS reset_before,
                      ${policy.threshold}::int AS threshold, ${policy.baseSeconds}::float8 AS base, ${policy.capSeconds}::float8 AS cap)
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "lastFailureAt", "blockedUntil", "rejected")
    SELECT ${key}, 1, p.now,
           CASE WHEN 1 >= p.threshold THEN p.now + make_interval(secs => LEAST(p.base, p.cap)) END, false
    FROM p
    ON CONFLICT ("key") DO UPDATE SET
      "rejected" = (t."blockedUntil" IS NOT NULL AND t."blockedUntil" > (SELECT now FROM p)),
      "failures" = CASE
        WHEN t."blockedUntil" IS NOT NULL AND t."blockedUntil" > (SELECT now FROM p) THEN t."failures"
        WHEN t."lastFailureAt" < (SELECT reset_before FROM p) THEN 1
        ELSE t."failures" + 1 END,
      "lastFailureAt" = CASE
        WHEN t."blockedUntil" IS NOT NULL AND t."blockedUntil" > (SELECT now FROM p) THEN t."lastFailureAt"
        ELSE (SELECT now FROM p) END,
      "blockedUntil" = CASE
        WHEN t."blockedUntil" IS NOT NULL AND t."blockedUntil" > (SELECT now FROM p) THEN t."blockedUntil"
        ELSE (SELECT CASE WHEN n >= p.threshold
                     THEN p.now + make_interval(secs => LEAST(p.base * power(2, n - p.threshold), p.cap)) END
              FROM p, (SELECT CASE WHEN t."lastFailureAt" < (SELECT reset_before FROM p) THEN 1 ELSE t."failures" + 1 END AS n) c)
        END
    RETURNING "failures", "blockedUntil", "rejected"`;
  const row = rows[0];
  const blockedUntil =
    row.blockedUntil === null
      ? null
      : new Date(row.blockedUntil instanceof Date ? row.blockedUntil : `${row.blockedUntil}Z`);
  return { key, rejected: row.rejected, failures: Number(row.failures), blockedUntil };
}

/** A correct password: the (account, source) pair starts from zero again. */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.$executeRaw`UPDATE "LoginThrottle" SET "failures" = 0, "blockedUntil" = NULL, "rejected" = false WHERE "key" = ${key}`;
}

/**
 * A correct password from a source: take back this attempt's reservation, but do not wipe the
 * source's other failures (one valid account must not reset a spraying counter).
 */
export async function releaseAttempt(db: Db, key: string, policy: ThrottlePolicy): Promise<void> {
  await db.$executeRaw`
    UPDATE "LoginThrottle" SET
      "failures" = GREATEST("failures" - 1, 0),
      "blockedUntil" = CASE WHEN "failures" - 1 < ${policy.threshold}::int THEN NULL ELSE "blockedUntil" END
    WHERE "key" = ${key}`;
}

/** Whole minutes until the back-off ends (at least 1), for the Dutch message. */
export function minutesUntil(blockedUntil: Date | null, now = new Date()): number {
  if (!blockedUntil) return 1;
  return Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 60_000));
}

export function backoffMessage(minutes: number): string {
  return `Te veel pogingen. Probeer het over ${minutes === 1 ? "1 minuut" : `${minutes} minuten`} opnieuw.`;
}
