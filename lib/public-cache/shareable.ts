import { isExistingDate, isYearInRange } from "@/lib/validation/dates";

/**
 * Which cache keys may be written to (and read from) the shared level in PostgreSQL (shared-cache.ts).
 * A key is the request's address, which an outside client chooses: without this rule every new query string
 * (`?a=1`, `?a=2`, …), percent-escape of the path (`/regelingen/gr%2Dx`) or forwarded host made a row of
 * ~10–30 kB on disk. So only the canonical forms of the addresses the app itself links to are shared; any other
 * request is still answered, and kept in the instance's own (LRU-bounded) memory as before, just not shared.
 * The prune job (pruneShared) bounds the table whatever the keys.
 *
 * The rule, on the raw text of the address (URLSearchParams would decode `%70age=1` to `page=1`, yet the key
 * keeps the text as sent):
 * - the path is plain: unreserved characters only, so no percent-escapes (every slug and id is [a-z0-9-]-ish);
 * - HTML pages: the request's host is exactly the configured public host (`canonicalPublicHost`, of PUBLIC_URL
 *   or NEXTAUTH_URL; none configured: nothing shared), and the query is empty, or exactly `?alles=ja` on a
 *   regeling or gemeente page (the only parameter the public pages read, app/(public)/…/[slug]/page.tsx);
 * - responses (API lists, feeds, begroting cycles; the key has no host): every parameter is one the route
 *   accepts (listRoute passes its zod schema's keys; the feeds and begroting cycles read none), at most once,
 *   each written in its one canonical form below. A list page without items (a page past the last one, or a
 *   filter on a slug that does not exist) is not shared either: listRoute marks it (Rendered.shareable).
 */
const PLAIN_PATH = /^\/[A-Za-z0-9._~/-]*$/;

/** The public pages that read `?alles=ja` (the complete page instead of the summary). */
const ALLES_PAGE = /^\/(regelingen|gemeenten)\/[^/]+$/;

/**
 * Deeper pages are answered (and kept in memory) but not shared. National scale: the longest list, 73,522
 * besluiten, is 736 pages of 100; only its deep pages at small page sizes are past this.
 */
export const MAX_SHARED_PAGE = 1000;

const DIGITS = /^[1-9]\d{0,5}$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The canonical written form of each query parameter a cached route accepts (lib/api/pagination.ts, filters.ts). */
export const PARAM_FORMS: Readonly<Record<string, (value: string) => boolean>> = {
  page: (v) => DIGITS.test(v) && Number(v) <= MAX_SHARED_PAGE,
  pageSize: (v) => DIGITS.test(v) && Number(v) <= 100,
  regeling: (v) => SLUG.test(v),
  gemeente: (v) => SLUG.test(v),
  vanaf: (v) => isExistingDate(v) && isYearInRange(v),
};

export const isPlainPath = (pathname: string): boolean => PLAIN_PATH.test(pathname);

/** An anonymous public page's key may be shared: the public host, a plain path, no query or `?alles=ja`. */
export function shareablePage(
  url: { pathname: string; search: string },
  host: string | null,
  publicHost: string | null,
): boolean {
  if (publicHost === null || host !== publicHost || !isPlainPath(url.pathname)) return false;
  return url.search === "" || (url.search === "?alles=ja" && ALLES_PAGE.test(url.pathname));
}

/** A cached response's key may be shared: a plain path and only `accepted` parameters, once each, canonical. */
export function shareableResponse(url: { pathname: string; search: string }, accepted: readonly string[]): boolean {
  if (!isPlainPath(url.pathname)) return false;
  if (url.search === "") return true;
  const seen = new Set<string>();
  for (const pair of url.search.slice(1).split("&")) {
    const at = pair.indexOf("=");
    const name = pair.slice(0, at);
    const form = Object.hasOwn(PARAM_FORMS, name) ? PARAM_FORMS[name] : undefined;
    if (at < 1 || seen.has(name) || !accepted.includes(name) || !form?.(pair.slice(at + 1))) return false;
    seen.add(name);
  }
  return true;
}
