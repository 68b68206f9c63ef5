import type { Prisma } from "@/generated/prisma/client";
import { getPrisma } from "@/lib/db/client";
import { PUBLIC_CACHE_MAX_AGE_MS } from "./max-age";

/**
 * The second level of the HTML cache (serve.ts, anonymous public pages only) and the response cache
 * (response-cache.ts): one row per cache key in PostgreSQL ("PublicCacheEntry", an UNLOGGED table), holding
 * the data version it was rendered at and its gzip bytes. Without it every instance rendered every miss
 * itself: with two instances a page invalidated by a write was rendered twice, and each instance warmed on
 * its own. Now an instance that misses in memory first asks PostgreSQL for the row at the version it just
 * read; only when there is none (or it is of another version, or older than the maximum age) does it render,
 * and then it writes the row for the others. A row is never served at a version other than the one the
 * request read, so it can never be staler than the in-memory copy would be.
 *
 * One row per key, overwritten, and only for canonical keys (shareable.ts: an outside client cannot add rows by
 * varying the query string or the host): at national scale ~1,542 pages (and as many `?alles=ja` pages) and
 * ~3,000 lists and feeds of ~10–30 kB compressed. Whatever the keys, pruneShared (a scheduled job) deletes
 * expired rows and the oldest beyond `PUBLIC_CACHE_L2_MAX_ROWS`. UNLOGGED: a cache, not worth WAL; lost
 * on a crash (then every instance renders again) and left out of backups (pg_dump --no-unlogged-table-data).
 * A write to it moves no data version (subjects.ts maps it to private bookkeeping, and it has no trigger).
 * A failed read or write never fails the request: the request then renders as without this level.
 * `PUBLIC_CACHE_L2=uit` switches it off (for comparison).
 */
export function sharedCacheEnabled(): boolean {
  return process.env.PUBLIC_CACHE_L2 !== "uit";
}

export interface SharedEntry {
  body: Uint8Array;
  /** JSON written by the caller next to the bytes (status, headers, nonce, ETag, …). */
  meta: string;
  /** How long ago the row was written, by the database clock (so instances' clocks need not agree). */
  ageMs: number;
}

type Sql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;
const maxAgeSeconds = () => PUBLIC_CACHE_MAX_AGE_MS / 1000;

/** The row for `key` if it was rendered at exactly `version` and within the maximum age; else null. */
export async function readShared(key: string, version: string, db?: Sql): Promise<SharedEntry | null> {
  try {
    const sql = db ?? (await getPrisma());
    const rows = await sql.$queryRaw<{ body: Uint8Array; meta: string; age: number }[]>`
      SELECT body, meta, (extract(epoch FROM now() - "storedAt") * 1000)::float8 AS age FROM "PublicCacheEntry"
      WHERE key = ${key} AND version = ${version} AND "storedAt" > now() - make_interval(secs => ${maxAgeSeconds()}::float8)`;
    const row = rows[0];
    return row ? { body: new Uint8Array(row.body), meta: row.meta, ageMs: Math.max(0, Number(row.age)) } : null;
  } catch (e) {
    console.error("Gedeelde cache: lezen mislukt", key, e instanceof Error ? e.message : e);
    return null;
  }
}

/**
 * Stores what was rendered at `version` for the other instances. An existing row is overwritten only when it
 * holds another version (or has expired): two instances that rendered the same version write the bytes once.
 * Never throws.
 */
export async function writeShared(key: string, version: string, body: Uint8Array, meta: string, db?: Sql) {
  try {
    const sql = db ?? (await getPrisma());
    await sql.$executeRaw`
      INSERT INTO "PublicCacheEntry" (key, version, body, meta, "storedAt")
      VALUES (${key}, ${version}, ${Buffer.from(body.buffer, body.byteOffset, body.byteLength)}, ${meta}, now())
      ON CONFLICT (key) DO UPDATE SET version = EXCLUDED.version, body = EXCLUDED.body, meta = EXCLUDED.meta,
        "storedAt" = EXCLUDED."storedAt"
      WHERE "PublicCacheEntry".version <> EXCLUDED.version
        OR "PublicCacheEntry"."storedAt" <= now() - make_interval(secs => ${maxAgeSeconds()}::float8)`;
  } catch (e) {
    console.error("Gedeelde cache: schrijven mislukt", key, e instanceof Error ? e.message : e);
  }
}

/**
 * Empties the shared cache (`gr-volg db cache-legen`, restore). The moved data versions alone already make
 * every row unusable; this also gives back the space. DELETE rather than TRUNCATE: no exclusive lock that
 * running instances' reads would queue behind.
 */
export async function clearShared(db: Sql): Promise<number> {
  return db.$executeRaw`DELETE FROM "PublicCacheEntry"`;
}

/**
 * `PUBLIC_CACHE_L2_MAX_ROWS`: the most rows pruneShared leaves. 20,000: the national legitimate set is ~6,000
 * canonical keys (1,542 pages, as many `?alles=ja` pages, ~3,000 lists and feeds), so this leaves room for
 * list pages at other sizes and filters, while the table stays bounded at ~20,000 × 4.5–30 kB: ~90–600 MB.
 */
export function sharedMaxRows(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.PUBLIC_CACHE_L2_MAX_ROWS ?? 20_000);
  return Number.isInteger(n) && n >= 0 ? n : 20_000;
}

/**
 * The bound of the table whatever keys were written (the job `gedeelde-cache-opruimen`, lib/jobs/definitions.ts):
 * deletes the rows past the maximum age (never served again: readShared refuses them) and, of the rest, the
 * oldest written beyond `maxRows`. Cache bookkeeping: moves no data version. A deleted row only costs a render on
 * the next miss of its key.
 */
export async function pruneShared(db: Sql, maxRows: number): Promise<{ expired: number; overLimit: number }> {
  const expired = await db.$executeRaw`
    DELETE FROM "PublicCacheEntry" WHERE "storedAt" <= now() - make_interval(secs => ${maxAgeSeconds()}::float8)`;
  const overLimit = await db.$executeRaw`
    DELETE FROM "PublicCacheEntry" WHERE key IN (
      SELECT key FROM "PublicCacheEntry" ORDER BY "storedAt" DESC, key OFFSET ${maxRows})`;
  return { expired, overLimit };
}

/** Several byte pieces as one: per piece a 4-byte big-endian length, then its bytes. */
export function packPieces(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((sum, p) => sum + 4 + p.byteLength, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const piece of pieces) {
    view.setUint32(at, piece.byteLength);
    out.set(piece, at + 4);
    at += 4 + piece.byteLength;
  }
  return out;
}

/** The pieces packPieces joined (copies, so no piece keeps the whole row alive); throws on a malformed body. */
export function unpackPieces(packed: Uint8Array): Uint8Array[] {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const pieces: Uint8Array[] = [];
  let at = 0;
  while (at < packed.byteLength) {
    if (at + 4 > packed.byteLength) throw new Error("gedeelde cache: afgekapt stuk");
    const length = view.getUint32(at);
    if (at + 4 + length > packed.byteLength) throw new Error("gedeelde cache: afgekapt stuk");
    pieces.push(packed.slice(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return pieces;
}
