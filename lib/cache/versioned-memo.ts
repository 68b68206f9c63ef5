import { LRUCache } from "lru-cache";
import { currentDataVersion } from "@/lib/public-cache/data-version";

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
    const value = load(...args);
    cache.set(key, { version, value });
    value.catch(() => {
      if (cache.get(key)?.value === value) cache.delete(key);
    });
    return value;
  };
}
