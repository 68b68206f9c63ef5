import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCsp, generateNonce } from "@/lib/security/csp";
import { extractNonce, joinWithNonce, rewriteNonce, splitOnNonce } from "@/lib/public-cache/nonce";

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

describe("cached pages as UTF-8 pieces around the nonce", () => {
  it("joining with a new nonce gives exactly the bytes of the rewritten page", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 12 }), (parts) => {
        const oldNonce = generateNonce();
        const newNonce = generateNonce();
        const html = parts.join(`<script nonce="${oldNonce}">ë</script>`);
        const joined = joinWithNonce(splitOnNonce(html, oldNonce), newNonce);
        expect(new TextDecoder().decode(joined)).toBe(rewriteNonce(html, oldNonce, newNonce));
        expect(joined.length).toBe(new TextEncoder().encode(rewriteNonce(html, oldNonce, newNonce)).length);
      }),
      { numRuns: 300, seed: 2028 },
    );
  });
});
