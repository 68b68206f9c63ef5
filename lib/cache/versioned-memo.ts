import { deserialize, serialize } from "node:v8";
import { LRUCache } from "lru-cache";
import { currentDataVersion } from "@/lib/public-cache/data-version";
import { readShared, sharedCacheEnabled, writeShared } from "@/lib/public-cache/shared-cache";

/** Where a shared memo keeps its results for the other instances (default: the shared cache's table). */
export interface SharedMemoStore {
  read(key: string, version: string): Promise<Uint8Array | null>;
  write(key: string, version: string, bytes: Uint8Array): Promise<void>;
}

const tableStore: SharedMemoStore = {
  read: async (key, version) => (await readShared(key, version))?.body ?? null,
  write: (key, version, bytes) => writeShared(key, version, bytes, "{}"),
};

export interface MemoOptions<A extends unknown[]> {
  /** How many results to keep (least recently used go first). */
  max: number;
  key: (...args: A) => string;
  /** Off outside production by default, so tests and `next dev` always read the database. */
  enabled?: () => boolean;
  /**
   * The data version source (per-subject versions + Dutch day), given the call's arguments so a
   * result about one regeling can be keyed by that regeling's row; injectable for tests. Default:
   * every kind plus "lijst" (any shown write moves it).
   */
  version?: (...args: A) => Promise<string>;
  /**
   * Also keep each result in PostgreSQL, at its data version, for every instance and for results this
   * instance's LRU has dropped (see sharedLoad). `name` must change when the result's shape changes
   * (e.g. "regeling-tijdlijn/1"): rows of an older shape are then never read.
   */
  shared?: { name: string; store?: SharedMemoStore };
}

const inProduction = () => process.env.NODE_ENV === "production" && process.env.PUBLIC_CACHE !== "uit";

/**
 * Memoises an expensive read model per data version (lib/public-cache/data-version.ts): a result
 * is reused only while no command has written shown data (regeling, gemeente, document, procedure, …), so every app instance
 * stays exactly as fresh as without the memo. Concurrent misses share one load; a failed load is
 * not kept. Callers must treat results as read-only: they are shared between requests.
 */
export function memoByDataVersion<A extends unknown[], R>(options: MemoOptions<A>, load: (...args: A) => Promise<R>) {
  const cache = new LRUCache<string, { version: string; value: Promise<R> }>({ max: options.max });
  const enabled = options.enabled ?? inProduction;
  const readVersion = options.version ?? (() => currentDataVersion());
  return async (...args: A): Promise<R> => {
    if (!enabled()) return load(...args);
    let version: string;
    try {
      version = await readVersion(...args);
    } catch {
      return load(...args);
    }
    const key = options.key(...args);
    const hit = cache.get(key);
    if (hit && hit.version === version) return hit.value;
    const value = options.shared ? sharedLoad(options.shared, key, version, () => load(...args)) : load(...args);
    cache.set(key, { version, value });
    value.catch(() => {
      if (cache.get(key)?.value === value) cache.delete(key);
    });
    return value;
  };
}

/**
 * The shared level of a memo (issue 18): an expensive result (the forecast behind a regeling's timeline: four
 * statements, ~240 kB of calendar rows and the computation) is kept per key in the shared cache's table at the
 * data version it was computed at, so another instance, or this one after its LRU dropped it (1,200 regelingen
 * against a bound of 128), takes it with one indexed read instead of computing it again. The version is the same
 * one the in-memory level checks, so a row is never used at another version. Serialised with the structured
 * clone of `node:v8` (plain data, dates and `undefined` kept); a result that cannot be serialised is simply not
 * shared, and a failing read or write only costs the computation (readShared/writeShared never throw).
 */
async function sharedLoad<R>(
  shared: NonNullable<MemoOptions<unknown[]>["shared"]>,
  key: string,
  version: string,
  load: () => Promise<R>,
): Promise<R> {
  if (!sharedCacheEnabled()) return load();
  const store = shared.store ?? tableStore;
  const rowKey = `memo|${shared.name}|${key}`;
  const bytes = await store.read(rowKey, version);
  if (bytes) {
    try {
      return deserialize(bytes) as R;
    } catch {
      // An unreadable row is computed again and overwritten below.
    }
  }
  const value = await load();
  let out: Uint8Array | null = null;
  try {
    out = serialize(value);
  } catch {
    out = null;
  }
  if (out) await store.write(rowKey, version, out);
  return value;
}
