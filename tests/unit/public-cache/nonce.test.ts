import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCsp, generateNonce } from "@/lib/security/csp";
import { extractNonce, rewriteNonce } from "@/lib/public-cache/nonce";

describe("nonce rewriting of cached pages", () => {
  it("reads the nonce back from the CSP the proxy builds", () => {
    const nonce = generateNonce();
    expect(extractNonce(buildCsp(nonce))).toBe(nonce);
    expect(extractNonce("default-src 'self'")).toBeNull();
    expect(extractNonce(null)).toBeNull();
  });

  it("replaces every occurrence, so no response ever carries the nonce of another", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 20 }), (parts) => {
        const oldNonce = generateNonce();
        const newNonce = generateNonce();
        const html = parts.join(`<script nonce="${oldNonce}">x</script>`);
        const out = rewriteNonce(html, oldNonce, newNonce);
        expect(out.includes(oldNonce)).toBe(false);
        expect(out.split(newNonce).length).toBe(html.split(oldNonce).length);
        expect(rewriteNonce(out, newNonce, oldNonce)).toBe(html);
      }),
      { numRuns: 300, seed: 2027 },
    );
  });
});
