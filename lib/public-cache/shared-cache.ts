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
 * One row per key, overwritten: the table is bounded by the number of pages and responses (national scale:
 * ~1,542 pages and ~3,000 lists and feeds of ~10–30 kB compressed). UNLOGGED: a cache, not worth WAL; lost
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
