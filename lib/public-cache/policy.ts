/**
 * Which requests the public HTML cache may answer. Only anonymous document requests for the
 * public pages: anything personal (a session cookie), any Next.js router/RSC/server-action request
 * and any non-GET goes straight to the renderer.
 */
const PUBLIC_PREFIXES = ["/regelingen", "/gemeenten", "/documenten"] as const;

export interface RequestFacts {
  method: string;
  pathname: string;
  /** Lower-cased header names. */
  header(name: string): string | null;
  cookieNames: readonly string[];
}

export function isPublicPath(pathname: string): boolean {
  if (pathname === "/") return true;
  return PUBLIC_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

/** next-auth's session cookie, also in its `__Secure-` and chunked (`.0`, `.1`) forms. */
export function hasSessionCookie(cookieNames: readonly string[]): boolean {
  return cookieNames.some((n) => n.includes("next-auth.session-token"));
}

const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-action",
  "next-router-segment-prefetch",
];

export function isCacheableRequest(req: RequestFacts): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (!isPublicPath(req.pathname)) return false;
  if (hasSessionCookie(req.cookieNames)) return false;
  return !ROUTER_HEADERS.some((h) => req.header(h) !== null);
}

/**
 * Signed-in pages that are expensive to render and the same on every view until data changes:
 * the secretariat's consensus matrix. Each user gets an own cached copy (see serve.ts).
 */
const PERSONAL_CACHED_PATHS = ["/secretariaat"] as const;

export function isPersonalCacheableRequest(req: RequestFacts): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (!(PERSONAL_CACHED_PATHS as readonly string[]).includes(req.pathname)) return false;
  if (!hasSessionCookie(req.cookieNames)) return false;
  return !ROUTER_HEADERS.some((h) => req.header(h) !== null);
}
