/**
 * A cached page carries the nonce it was rendered with (in its script tags and in the RSC
 * payload). Every response gets a fresh nonce by replacing the old one everywhere, so a nonce is
 * never reused across responses even though the HTML is rendered once per data version.
 */
export function extractNonce(csp: string | null): string | null {
  const match = csp?.match(/'nonce-([A-Za-z0-9+/_=-]+)'/);
  return match ? match[1] : null;
}

export function rewriteNonce(html: string, oldNonce: string, newNonce: string): string {
  return html.split(oldNonce).join(newNonce);
}

const utf8 = new TextEncoder();

/**
 * The page as UTF-8 pieces around each occurrence of its nonce, encoded once when it is cached;
 * a response then only copies bytes (`joinWithNonce`) instead of rewriting and re-encoding the
 * whole page as a string — for a page of a few hundred kB that is most of the cost of a hit.
 */
export function splitOnNonce(html: string, nonce: string): Uint8Array[] {
  return html.split(nonce).map((part) => utf8.encode(part));
}

export function joinWithNonce(parts: readonly Uint8Array[], nonce: string): Uint8Array<ArrayBuffer> {
  const n = utf8.encode(nonce);
  const size = parts.reduce((sum, p) => sum + p.length, 0) + n.length * (parts.length - 1);
  const out = new Uint8Array(size);
  let at = 0;
  parts.forEach((part, i) => {
    if (i > 0) {
      out.set(n, at);
      at += n.length;
    }
    out.set(part, at);
    at += part.length;
  });
  return out;
}
