import { getPrisma, type Db } from "@/lib/db/client";
import { todayInNetherlands } from "@/lib/domain";

/**
 * The version of everything a public page can show, read from PostgreSQL so that every app
 * instance agrees on it. The current snapshot (xmin:xmax:in-progress xids) changes exactly when
 * a write transaction starts or commits anywhere in the database cluster, so two requests that see
 * the same snapshot see the same committed data — no table or trigger has to remember to bump a
 * counter, and a write through any path (app, CLI, restore, plain SQL) invalidates the cache.
 * Writes unrelated to public pages (e.g. sign-ins) also invalidate it: a cheap, safe over-approximation.
 * Public pages also depend on the calendar day ("nog 12 dagen"), so the Dutch date is part of it.
 */
export async function snapshotVersion(db: Db, now: Date = new Date()): Promise<string> {
  const rows = await db.$queryRaw<{ v: string }[]>`SELECT pg_current_snapshot()::text AS v`;
  return `${rows[0].v}|${todayInNetherlands(now)}`;
}

async function readDataVersion(): Promise<string> {
  return snapshotVersion(await getPrisma());
}

let inFlight: Promise<string> | null = null;
let queued: Promise<string> | null = null;

function startRead(): Promise<string> {
  const read: Promise<string> = readDataVersion().finally(() => {
    if (inFlight === read) inFlight = null;
  });
  inFlight = read;
  return read;
}

/**
 * readDataVersion, shared by concurrent callers without ever answering a caller with a snapshot
 * taken before it arrived: while a read is in flight, newcomers wait for the next read, which
 * starts when the current one ends. Under load this is one query per round trip, not per request.
 */
export function currentDataVersion(): Promise<string> {
  if (!inFlight) return startRead();
  queued ??= inFlight.then(ignore, ignore).then(() => {
    queued = null;
    return startRead();
  });
  return queued;
}

function ignore() {}
