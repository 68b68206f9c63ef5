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
