/**
 * The one rule for where to go after signing in (the sign-in page and next-auth's redirect
 * callback both use it): only a path on this site. Anything else — another site, a
 * protocol-relative "//evil" or "/\evil" (browsers read a backslash as a slash), a control
 * character such as a newline (it would end up in the Location header: a 500 or header splitting),
 * an address that does not parse, or an absurdly long one — falls back to the given path.
 */
const MAX_LENGTH = 2048;
const BASE = "http://gr-volg.invalid";

export function safeCallbackPath(value: unknown, fallback = "/werkruimte"): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string" || v.length === 0 || v.length > MAX_LENGTH) return fallback;
  // Control characters (C0, DEL, C1) and backslashes have no place in a path we redirect to.
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(v)) return fallback;
  if (!v.startsWith("/") || v.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(v, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  // The path must survive decoding too: an escaped "\" or "//" (/%5Cevil, /%2F%2Fevil) can be
  // decoded by a proxy or the router on the way and become a protocol-relative address.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return fallback;
  }
  if (decoded.startsWith("//") || /[\\\u0000-\u001f\u007f-\u009f]/.test(decoded)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * next-auth's redirect callback: a same-site path or an absolute address on the own origin,
 * reduced to a safe path; otherwise the start page. Never throws (an invalid URL was a 500).
 */
export function safeRedirect({ url, baseUrl }: { url: string; baseUrl: string }): string {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    return "/";
  }
  const root = base.origin;
  let candidate: unknown = url;
  if (typeof url === "string" && !url.startsWith("/")) {
    try {
      const absolute = new URL(url);
      candidate = absolute.origin === root ? `${absolute.pathname}${absolute.search}${absolute.hash}` : null;
    } catch {
      candidate = null;
    }
  }
  return `${root}${safeCallbackPath(candidate, "/")}`;
}
