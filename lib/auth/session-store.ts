import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";

/**
 * Server-side session records (table "UserSession"). The next-auth JWT only carries the session's
 * id (`sid`) and the user's session version (`sv`) from sign-in; PostgreSQL decides whether that
 * session still counts. A trigger on "User" raises the version and revokes the open sessions when
 * actief, the password, the role or the gemeente changes (migration 20261201094900_user_sessions).
 */

/**
 * How long one instance may reuse an answer: the upper bound on how long a revoked session keeps
 * working on another instance. Every instance asks the same database, so all agree after this.
 */
export const SESSION_CHECK_CACHE_MS = 5_000;

/** lastSeenAt is written at most this often per session (not on every request). */
export const LAST_SEEN_RESOLUTION_MS = 5 * 60_000;

const USER_AGENT_MAX = 200;

export type RevokeReason = "afgemeld" | "ingetrokken" | "overal_afgemeld" | "account_gewijzigd";

export interface SessionMeta {
  userAgent: string | null;
  sourceAddress: string | null;
}

/** The parts of a next-auth token this module reads. */
export interface SessionTokenFields {
  uid?: unknown;
  sid?: unknown;
  sv?: unknown;
}

/** Starts a session for a user who just signed in; its id and version go into the token. */
export async function createUserSession(
  db: Db,
  userId: string,
  meta: SessionMeta,
): Promise<{ sid: string; sv: number }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const sid = randomBytes(24).toString("base64url");
  await db.userSession.create({
    data: {
      id: sid,
      userId,
      userAgent: meta.userAgent ? meta.userAgent.slice(0, USER_AGENT_MAX) : null,
      sourceAddress: meta.sourceAddress,
    },
  });
  return { sid, sv: user.sessionVersion };
}

interface CachedAnswer {
  valid: boolean;
  until: number;
}

export interface SessionValidator {
  /** True while the token's session row is open, its version current and the user active. */
  validate(token: object | null | undefined): Promise<boolean>;
  /** Drops this instance's cached answer (after a revoke here, so this instance agrees at once). */
  forget(sid: string): void;
  /** Drops this instance's cached answers for every session of a user ("Overal afmelden"). */
  forgetUser(userId: string): void;
}

export function createSessionValidator(
  getDb: () => Promise<Db>,
  cacheMs = SESSION_CHECK_CACHE_MS,
  now = () => Date.now(),
): SessionValidator {
  const cache = new Map<string, CachedAnswer>();
  async function check(uid: string, sid: string, sv: number): Promise<boolean> {
    const db = await getDb();
    const row = await db.userSession.findUnique({
      where: { id: sid },
      select: {
        userId: true,
        revokedAt: true,
        lastSeenAt: true,
        user: { select: { actief: true, sessionVersion: true } },
      },
    });
    const valid = Boolean(
      row && row.userId === uid && !row.revokedAt && row.user.actief && row.user.sessionVersion === sv,
    );
    if (valid && row && now() - row.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
      // Only for the session list; a failed write must not cost the user the request.
      await db.userSession
        .updateMany({ where: { id: sid, revokedAt: null }, data: { lastSeenAt: new Date(now()) } })
        .catch(() => undefined);
    }
    return valid;
  }
  return {
    async validate(raw) {
      const token = raw as SessionTokenFields | null | undefined;
      const uid = typeof token?.uid === "string" ? token.uid : null;
      const sid = typeof token?.sid === "string" ? token.sid : null;
      const sv = typeof token?.sv === "number" ? token.sv : null;
      // A token from before server-side sessions (no sid) counts as no session: sign in again.
      if (!uid || !sid || sv === null) return false;
      const key = `${sid}:${uid}:${sv}`;
      const hit = cache.get(key);
      if (hit && hit.until > now()) return hit.valid;
      const valid = await check(uid, sid, sv);
      if (cache.size > 10_000) cache.clear();
      cache.set(key, { valid, until: now() + cacheMs });
      return valid;
    },
    forget(sid) {
      for (const key of cache.keys()) if (key.startsWith(`${sid}:`)) cache.delete(key);
    },
    forgetUser(userId) {
      for (const key of cache.keys()) if (key.split(":")[1] === userId) cache.delete(key);
    },
  };
}

/** Revokes one session; true when it was open. Runs inside the caller's transaction. */
export async function revokeUserSession(
  db: Pick<Db, "userSession">,
  userId: string,
  sid: string,
  reason: RevokeReason,
): Promise<boolean> {
  const { count } = await db.userSession.updateMany({
    where: { id: sid, userId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count > 0;
}

/** Revokes every open session of a user; returns how many. */
export async function revokeAllUserSessions(
  db: Pick<Db, "userSession">,
  userId: string,
  reason: RevokeReason,
): Promise<number> {
  const { count } = await db.userSession.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date(), revokedReason: reason },
  });
  return count;
}

export interface OpenSession {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
  sourceAddress: string | null;
}

/** The user's sessions that still count: not revoked and not older than the token lifetime. */
export async function listOpenSessions(db: Db, userId: string, maxAgeSeconds: number): Promise<OpenSession[]> {
  return db.userSession.findMany({
    where: { userId, revokedAt: null, createdAt: { gt: new Date(Date.now() - maxAgeSeconds * 1000) } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, userAgent: true, sourceAddress: true },
  });
}
