import { LRUCache } from "lru-cache";

/**
 * A cached page's body. Anonymous public pages hold no nonce once their scripts are stripped (see
 * strip-scripts.ts), so they are kept gzip-compressed: about 13 × smaller (a national gemeente page
 * 150 kB → 12 kB), so the whole national set of ~1,500 public pages (~230 MB uncompressed) fits the default
 * 64 MB cache instead of evicting itself under uniform traffic (measured: docs/performance.md, wave 10).
 * A body that still carries the nonce (signed-in pages with their scripts) stays in UTF-8 pieces around
 * it, so every response gets a fresh nonce by a byte copy.
 */
export type CachedBody =
  | { kind: "pieces"; parts: Uint8Array[] }
  | { kind: "gzip"; bytes: Uint8Array; identityLength: number };

export interface CachedPage {
  /** The data versions of the subjects the page reads (data-version.ts), as read before it was rendered. */
  version: string;
  body: CachedBody;
  nonce: string;
  status: number;
  headers: [string, string][];
  storedAt: number;
}

export function storedBytes(body: CachedBody): number {
  return body.kind === "gzip" ? body.bytes.length : body.parts.reduce((sum, p) => sum + p.length, 0);
}

/** Size-bounded (bytes as stored) least-recently-used store of rendered public pages. */
export function createHtmlCache(maxBytes: number) {
  return new LRUCache<string, CachedPage>({
    maxSize: maxBytes,
    sizeCalculation: (page) => Math.max(1, storedBytes(page.body)),
  });
}
