import { createHash, randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { gunzipSync, gzip } from "node:zlib";
import type { NextRequest } from "next/server";
import { createHtmlCache, type CachedPage } from "./html-cache";
import { extractNonce, joinWithNonce, rewriteNonce, splitOnNonce } from "./nonce";
import { currentPageVersion } from "./data-version";
import { PUBLIC_CACHE_MAX_AGE_MS } from "./max-age";
import { canonicalPublicHost } from "@/lib/public-url";
import { shareablePage } from "./shareable";
import { packPieces, readShared, sharedCacheEnabled, unpackPieces, writeShared } from "./shared-cache";
import { withoutScripts, withoutStylesheetNonces } from "./strip-scripts";

// Compressing a miss (~6 ms for 150 kB) runs in libuv's thread pool, off the event loop that serves the hits.
const gzipAsync = promisify(gzip);

/**
 * HTML cache for anonymous visits to the public pages (one shared copy) and for signed-in views
 * of the consensus matrix (a copy per user). A miss renders the page once through the normal
 * Next.js path (an internal request back to this server) and keeps it per key and data version;
 * a hit costs one tiny PostgreSQL query (the data versions of the page's subjects, shared by
 * concurrent requests) plus a byte copy with a fresh nonce. An anonymous page missing from this
 * instance's memory is first looked up in PostgreSQL at the same version (shared-cache.ts): a page
 * another instance already rendered is not rendered again. Next.js' own
 * full-route cache cannot be used: the per-request CSP nonce makes every page dynamic, and its
 * invalidation (revalidateTag) is per instance unless a shared cache handler is configured.
 */
export const FILL_HEADER = "x-gr-volg-cache-vullen";
export const STATUS_HEADER = "x-gr-volg-cache";

// 32 MB compressed: the national public set is 10 MB (1,542 pages of 6–12 kB gzip) plus 12 MB for a signed-in
// user's matrix copies of all 1,200 regelingen (measured); 64 MB let the bound alone take an eighth of the 512 MB RSS budget (docs/performance.md, "Memory").
const MAX_BYTES = Number(process.env.PUBLIC_CACHE_MAX_MB ?? 32) * 1024 * 1024;
const KEPT_HEADERS = [
  "content-type",
  "content-language",
  "link",
  "vary",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
];

interface CacheState {
  cache: ReturnType<typeof createHtmlCache>;
  inflight: Map<string, Promise<FillResult>>;
  token: string;
}
const holder = globalThis as unknown as { __grVolgPublicCache?: CacheState };
function state(): CacheState {
  holder.__grVolgPublicCache ??= {
    cache: createHtmlCache(MAX_BYTES),
    inflight: new Map(),
    token: randomBytes(24).toString("hex"),
  };
  return holder.__grVolgPublicCache;
}

/** Whether this instance keeps a page under this key (any version): refresh-ahead without the shared level. */
export function hasKeptPage(key: string): boolean {
  return state().cache.has(key);
}

export function isCacheFill(request: NextRequest): boolean {
  return request.headers.get(FILL_HEADER) === state().token;
}

export function publicCacheEnabled(): boolean {
  return process.env.PUBLIC_CACHE !== "uit" && process.env.NODE_ENV === "production";
}

/**
 * Whose page it is: anonymous visitors share one copy (served without scripts); a signed-in
 * visitor of a heavy workspace page gets an own copy, rendered with the own session cookie.
 */
export type CacheScope = { kind: "anonymous" } | { kind: "user"; userId: string };

/**
 * "skip": not a cacheable page (404, redirect, error) — every waiting request renders it the normal way.
 * `shared`: taken from PostgreSQL (rendered by another instance, or by this one before a restart).
 */
type FillResult = { kind: "cached"; page: CachedPage; shared?: boolean } | { kind: "skip" };

/** The host the visitor used (as the proxy in front passes it on): part of the key, since the page links with it. */
const requestHost = (request: NextRequest): string =>
  request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "";

function internalOrigin(request: NextRequest): string {
  // Set by `next start` to the address it listens on; the request URL is the fallback.
  return (
    process.env.__NEXT_PRIVATE_ORIGIN ??
    (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin)
  );
}

async function fill(request: NextRequest, scope: CacheScope, path: string, version: string): Promise<FillResult> {
  let res: Response;
  try {
    res = await fetch(new URL(path, internalOrigin(request)), {
      headers: {
        [FILL_HEADER]: state().token,
        accept: "text/html",
        "accept-encoding": "identity",
        // The page builds absolute links (calendar subscriptions) from the host the visitor used.
        "x-forwarded-host": requestHost(request),
        "x-forwarded-proto": request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", ""),
        ...(scope.kind === "user" ? { cookie: request.headers.get("cookie") ?? "" } : {}),
      },
      redirect: "manual",
      cache: "no-store",
    });
  } catch {
    return { kind: "skip" };
  }
  const nonce = extractNonce(res.headers.get("content-security-policy"));
  const type = res.headers.get("content-type") ?? "";
  // A response that sets a cookie is personal in a way the key does not capture: never keep it.
  if (res.status !== 200 || !nonce || !type.startsWith("text/html") || res.headers.has("set-cookie")) {
    // Drain rather than cancel: cancelling the body of Next's fetch inside the proxy never settles.
    await res.arrayBuffer().catch(() => undefined);
    return { kind: "skip" };
  }
  const rendered = await res.text();
  const html = scope.kind === "anonymous" ? withoutStylesheetNonces(withoutScripts(rendered), nonce) : rendered;
  const headers = KEPT_HEADERS.flatMap((name) => {
    const value = res.headers.get(name);
    return value === null ? [] : [[name, value] as [string, string]];
  });
  const etag = `"${createHash("sha256")
    .update(rewriteNonce(html, nonce, ""))
    .digest("base64url")
    .slice(0, 27)}"`;
  headers.push(["etag", etag]);
  return {
    kind: "cached",
    page: { version, parts: await compressedPieces(html, nonce), nonce, status: 200, headers, storedAt: Date.now() },
  };
}

function compressedPieces(html: string, nonce: string): Promise<Uint8Array[]> {
  return Promise.all(splitOnNonce(html, nonce).map(async (piece) => new Uint8Array(await gzipAsync(piece))));
}

function fillOnce(
  request: NextRequest,
  scope: CacheScope,
  key: string,
  path: string,
  version: string,
): Promise<FillResult> {
  const { inflight } = state();
  const flightKey = `${version}\n${key}`;
  let pending = inflight.get(flightKey);
  if (!pending) {
    pending = fillThroughShared(request, scope, key, path, version).finally(() => inflight.delete(flightKey));
    inflight.set(flightKey, pending);
  }
  return pending;
}

/**
 * A miss in this instance's memory: the shared row at this version if there is one, else a render, written
 * to the shared cache before the waiting requests are answered (one round trip more on a ~250 ms miss), so
 * another instance that misses after this one finds it. Only anonymous pages are shared: a personal copy
 * (the matrix) stays in the memory of the instance that rendered it. And only at their canonical address
 * (shareable.ts: the public host, a plain path, no query but `?alles=ja`): a key an outside client made up
 * is neither looked up (no row can exist for it) nor written, only kept in this instance's memory.
 */
async function fillThroughShared(
  request: NextRequest,
  scope: CacheScope,
  key: string,
  path: string,
  version: string,
): Promise<FillResult> {
  const shared =
    scope.kind === "anonymous" &&
    sharedCacheEnabled() &&
    shareablePage(request.nextUrl, requestHost(request), canonicalPublicHost());
  const sharedKey = `html|${key}`;
  if (shared) {
    const row = await readShared(sharedKey, version);
    const page = row ? pageFromShared(row.body, row.meta, row.ageMs, version) : null;
    if (page) return { kind: "cached", page, shared: true };
  }
  const result = await fill(request, scope, path, version);
  if (shared && result.kind === "cached") {
    const { nonce, status, headers } = result.page;
    await writeShared(sharedKey, version, packPieces(result.page.parts), JSON.stringify({ nonce, status, headers }));
  }
  return result;
}

/** A shared row as a kept page (its age kept, so the maximum age counts from the render); null if unreadable. */
function pageFromShared(body: Uint8Array, meta: string, ageMs: number, version: string): CachedPage | null {
  try {
    const { nonce, status, headers } = JSON.parse(meta) as Pick<CachedPage, "nonce" | "status" | "headers">;
    if (typeof nonce !== "string" || typeof status !== "number" || !Array.isArray(headers)) return null;
    return { version, parts: unpackPieces(body), nonce, status, headers, storedAt: Date.now() - ageMs };
  } catch {
    return null;
  }
}

/**
 * Answers a page from the cache (filling it when needed), with a fresh nonce in body and header.
 * Returns null when the request should go the normal way.
 */
export async function serveCachedPage(
  request: NextRequest,
  nonce: string,
  csp: string,
  scope: CacheScope,
): Promise<Response | null> {
  let version: string;
  try {
    // A regeling's or gemeente's page is keyed by its own version (plus the kinds); index pages by the
    // lists they show; the matrix by its regeling (the `regeling` query parameter) and the regeling names.
    version = await currentPageVersion(request.nextUrl.pathname, scope.kind === "user", request.nextUrl.searchParams);
  } catch {
    return null;
  }
  const path = request.nextUrl.pathname + request.nextUrl.search;
  const owner = scope.kind === "user" ? `gebruiker:${scope.userId}|` : "";
  const key = `${owner}${requestHost(request)}${path}`;
  const { cache } = state();
  let page = cache.get(key);
  let status = "hit";
  if (!page || page.version !== version || Date.now() - page.storedAt > PUBLIC_CACHE_MAX_AGE_MS) {
    status = "miss";
    const result = await fillOnce(request, scope, key, path, version);
    if (result.kind === "skip") return null;
    if (result.shared) status = "shared";
    page = result.page;
    cache.set(key, page);
  }
  // The Link header (preloads) carries the nonce too.
  const headers = new Headers(page.headers.map(([name, value]) => [name, rewriteNonce(value, page.nonce, nonce)]));
  headers.set("content-security-policy", csp);
  headers.set("cache-control", scope.kind === "anonymous" ? "public, no-cache" : "private, no-cache");
  headers.set(STATUS_HEADER, status);
  // A personal copy keeps its scripts, each with this response's nonce. A 304 would make the browser reuse the
  // body it has (the previous response's nonce) under this response's CSP header (the new nonce), which blocks
  // every script: the page never hydrates (found by the e2e hydration mark, session 12). So no validator for it.
  if (scope.kind === "user") headers.delete("etag");
  const etag = headers.get("etag");
  if (etag && ifNoneMatch(request.headers.get("if-none-match"), etag)) {
    headers.delete("content-type");
    return new Response(null, { status: 304, headers });
  }
  const body = request.method === "HEAD" ? null : bodyBytes(page, nonce);
  return new Response(body, { status: page.status, headers });
}

/**
 * The HTML to send, with this response's nonce. The stored pieces are inflated on every hit (~0.3 ms for a
 * 150 kB page); they cannot be sent compressed as they are: Next.js drops a proxy response's
 * Content-Encoding and compresses the body itself for clients that take gzip (next-server.js,
 * "FORBIDDEN_HEADERS").
 */
function bodyBytes(page: CachedPage, nonce: string): Uint8Array<ArrayBuffer> {
  return joinWithNonce(
    page.parts.map((piece) => gunzipSync(piece)),
    nonce,
  );
}

function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((t) => {
    const tag = t.trim();
    return tag === "*" || tag === etag || tag === `W/${etag}`;
  });
}
