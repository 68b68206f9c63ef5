import { promisify } from "node:util";
import { gunzipSync, gzip } from "node:zlib";
import { LRUCache } from "lru-cache";
import { currentDataVersions, pageKey, type PageKeying } from "./data-version";
import { PUBLIC_CACHE_MAX_AGE_MS } from "./max-age";
import { shareableResponse } from "./shareable";
import { readShared, sharedCacheEnabled, writeShared } from "./shared-cache";

// Compressing a miss runs in libuv's thread pool, off the event loop that serves the hits.
const gzipAsync = promisify(gzip);

/**
 * Server-side cache of the public API list pages and the iCalendar feeds (issue 18, wave 11). Before
 * it, every request ran its SQL and built its JSON or ICS in Node; the ETag only saved bytes. A
 * response is kept per URL (path and query) and per data version of the subjects it reads
 * (data-version.ts: the kinds plus the list it shows, or for one regeling's or gemeente's feed that
 * regeling's or gemeente's row, as its public page), so a change through the runner is visible on the
 * next request on every instance (the versions live in PostgreSQL), and writes that change nothing
 * it shows (a register entry, a sign-in) keep it. A response missing from this instance's memory is first
 * looked up in PostgreSQL at the same version (shared-cache.ts): what another instance rendered is not
 * rendered again. Only 200 bodies are kept, gzip-compressed; memory is
 * bounded by the compressed bytes (`RESPONSE_CACHE_MAX_MB`, default 16). Raw, the national working set
 * (~3,000 lists and feeds of 25–48 kB: ~134 MB) did not fit and the LRU evicted what the next request
 * wanted (wave 12's benchmark); compressed (~8:1 for JSON and iCalendar) it does. Off outside production, like
 * the HTML cache; `PUBLIC_CACHE=uit` switches both off, `PUBLIC_CACHE=aan` switches this one on outside production too.
 */
export const RESPONSE_STATUS_HEADER = "X-GR-volg-cache";

// 16 MB compressed: the national working set of lists, feeds and begroting cycles is 6 MB gzip (measured) (docs/performance.md, "Memory").
const MAX_BYTES = Number(process.env.RESPONSE_CACHE_MAX_MB ?? 16) * 1024 * 1024;

/** What a handler renders for a 200: the body and its media type (plus headers such as Content-Disposition). */
export interface Rendered {
  body: string;
  contentType: string;
  headers?: Record<string, string>;
  /** false: keep it in this instance's memory only, never in the shared level (a list page without items). */
  shareable?: boolean;
}

/** A kept response: the gzip-compressed UTF-8 body with its ETag (both computed once, on the miss). */
export interface StoredResponse {
  version: string;
  gzipped: Uint8Array<ArrayBuffer>;
  etag: string;
  contentType: string;
  headers: Record<string, string>;
  storedAt: number;
}

interface State {
  cache: LRUCache<string, StoredResponse>;
  inflight: Map<string, Promise<{ status: "miss" | "shared"; stored: StoredResponse } | Response>>;
}

// On globalThis: every route bundle of one process shares one cache.
const holder = globalThis as unknown as { __grVolgResponseCache?: State };
function state(): State {
  holder.__grVolgResponseCache ??= {
    cache: new LRUCache<string, StoredResponse>({
      maxSize: MAX_BYTES,
      sizeCalculation: (r) => Math.max(1, r.gzipped.byteLength),
    }),
    inflight: new Map(),
  };
  return holder.__grVolgResponseCache;
}

export function responseCacheEnabled(): boolean {
  const flag = process.env.PUBLIC_CACHE;
  if (flag === "uit") return false;
  return flag === "aan" || process.env.NODE_ENV === "production";
}

/** What the bound counts: the kept (compressed) bytes and the number of kept responses. */
export function responseCacheSize(): { bytes: number; entries: number } {
  const { cache } = state();
  return { bytes: cache.calculatedSize, entries: cache.size };
}

/** Forget every kept response (tests). */
export function clearResponseCache(): void {
  state().cache.clear();
}

/** A 200 to send ("off": rendered without the cache), or a Response that is not kept (404, 400). */
export type Served = { status: "hit" | "miss" | "shared" | "off"; stored: StoredResponse } | Response;

/**
 * The response for this request: a kept one while the versions of `keying` have not moved, else
 * `render()` once per URL and version (concurrent misses wait for one render). `render` returns a
 * Response for anything that is not a 200 body (a 404 problem): that is answered as it is and never
 * kept. When the version query fails the request is rendered without the cache. `accepted`: the query
 * parameters the route reads; a URL with any other (or a non-canonical value) is not shared (shareable.ts).
 */
export async function cachedRender(
  request: Request,
  keying: PageKeying,
  render: () => Promise<Rendered | Response>,
  etagOf: (body: string) => string,
  accepted: readonly string[] = [],
): Promise<Served> {
  const uncached = async (status: "off" | "miss"): Promise<Served> => {
    const r = await render();
    return r instanceof Response ? r : { status, stored: await store(r, "", etagOf) };
  };
  if (!responseCacheEnabled()) return uncached("off");
  let version: string;
  try {
    const versions = await currentDataVersions(keying.wants);
    // A regeling or gemeente the versions do not know (an unknown slug: the render answers 404) is never kept.
    if (keying.subjects.some((s) => s.includes("@") && versions[s] === undefined)) return uncached("off");
    version = pageKey(versions, keying);
  } catch {
    return uncached("off");
  }
  const url = new URL(request.url);
  const key = url.pathname + url.search;
  const { cache, inflight } = state();
  const kept = cache.get(key);
  if (kept && kept.version === version && Date.now() - kept.storedAt <= PUBLIC_CACHE_MAX_AGE_MS)
    return { status: "hit", stored: kept };
  const flightKey = `${version}\n${key}`;
  const pending = inflight.get(flightKey);
  if (pending) {
    const done = await pending.catch(() => null);
    // The render in flight answered something that is not kept (a 404) or failed: render it here too.
    return done && !(done instanceof Response) ? { status: done.status, stored: done.stored } : uncached("miss");
  }
  const shared = sharedCacheEnabled() && shareableResponse(url, accepted);
  const flight = fillThroughShared(key, version, render, etagOf, shared);
  inflight.set(flightKey, flight);
  // Waiters see a failed render through their own catch; this one answers it through readHandler.
  flight.catch(() => undefined);
  try {
    const r = await flight;
    if (r instanceof Response) return r;
    cache.set(key, r.stored);
    return r;
  } finally {
    inflight.delete(flightKey);
  }
}

/**
 * A miss in this instance's memory: the shared row at this version (shared-cache.ts: rendered by another
 * instance) if there is one, else a render, written to the shared cache before it is answered. `shared`
 * false (a URL that is not canonical, shareable.ts): neither looked up (no row can exist for it) nor written.
 */
async function fillThroughShared(
  key: string,
  version: string,
  render: () => Promise<Rendered | Response>,
  etagOf: (body: string) => string,
  shared: boolean,
): Promise<{ status: "miss" | "shared"; stored: StoredResponse } | Response> {
  const sharedKey = `api|${key}`;
  if (shared) {
    const row = await readShared(sharedKey, version);
    const stored = row ? fromShared(row.body, row.meta, row.ageMs, version) : null;
    if (stored) return { status: "shared", stored };
  }
  const r = await render();
  if (r instanceof Response) return r;
  const stored = await store(r, version, etagOf);
  if (shared && r.shareable !== false) {
    const { etag, contentType, headers } = stored;
    await writeShared(sharedKey, version, stored.gzipped, JSON.stringify({ etag, contentType, headers }));
  }
  return { status: "miss", stored };
}

/** A shared row as a kept response (its age kept: the maximum age counts from the render); null if unreadable. */
function fromShared(body: Uint8Array, meta: string, ageMs: number, version: string): StoredResponse | null {
  try {
    const { etag, contentType, headers } = JSON.parse(meta) as Pick<StoredResponse, "etag" | "contentType" | "headers">;
    if (typeof etag !== "string" || typeof contentType !== "string" || typeof headers !== "object" || !headers)
      return null;
    return { version, gzipped: new Uint8Array(body), etag, contentType, headers, storedAt: Date.now() - ageMs };
  } catch {
    return null;
  }
}

/**
 * The UTF-8 body to send (~0.1 ms to inflate a 46 kB feed). It cannot be sent compressed as it is: Next.js
 * compresses route responses itself for clients that take gzip (as for the HTML cache, serve.ts `bodyBytes`).
 */
export function storedBody(stored: StoredResponse): Uint8Array<ArrayBuffer> {
  return new Uint8Array(gunzipSync(stored.gzipped));
}

async function store(r: Rendered, version: string, etagOf: (body: string) => string): Promise<StoredResponse> {
  return {
    version,
    gzipped: new Uint8Array(await gzipAsync(r.body)),
    etag: etagOf(r.body),
    contentType: r.contentType,
    headers: r.headers ?? {},
    storedAt: Date.now(),
  };
}
