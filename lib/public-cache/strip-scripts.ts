/**
 * The public pages are plain documents: server components only, no client component, no form,
 * plain links (see app/(public) and app/page.tsx). For anonymous visitors the cache serves them
 * without Next.js' runtime and RSC payload — nothing on them needs it, and it is most of their
 * weight (the payload repeats the page). Signed-in visitors get the full Next.js page.
 *
 * React escapes "</" inside inline scripts, so a script element always ends at the first
 * "</script>"; a regular expression is exact on this generated HTML.
 */
const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\b(?:as="script"|rel="modulepreload"))[^>]*>/gi;

/** Streamed Suspense content is moved into place by an inline script: such a page keeps its scripts. */
const STREAMED_BOUNDARY = /<div hidden id="S:/;

export function withoutScripts(html: string): string {
  if (STREAMED_BOUNDARY.test(html)) return html;
  return html.replace(SCRIPT_ELEMENT, "").replace(SCRIPT_PRELOAD, "");
}

/**
 * A same-origin stylesheet link (`href="/…"`) is allowed by the policy's `style-src 'self'` without its
 * nonce (lib/security/csp.ts), so once the scripts are gone the nonce attributes can go too: a page with
 * no nonce left is the same bytes for every visitor and can be kept compressed (html-cache.ts). Links to
 * another origin (`//…`, `https:…`) and inline `<style>` elements keep theirs — they need it.
 */
const SAME_ORIGIN_STYLESHEET = /<link\b(?=[^>]*\brel="stylesheet")(?=[^>]*\bhref="\/(?!\/))[^>]*>/gi;

export function withoutStylesheetNonces(html: string, nonce: string): string {
  const attribute = ` nonce="${nonce}"`;
  return html.replace(SAME_ORIGIN_STYLESHEET, (link) => link.split(attribute).join(""));
}
