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
