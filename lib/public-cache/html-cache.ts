import { LRUCache } from "lru-cache";

export interface CachedPage {
  /** The data versions of the subjects the page reads (data-version.ts), as read before it was rendered. */
  version: string;
  /**
   * The HTML as UTF-8 pieces around each occurrence of its nonce, each piece gzip-compressed. Compressed
   * because the set does not fit otherwise: a national gemeente or regeling page is ~150 kB (~12 kB
   * compressed), so the ~1,500 public pages (~230 MB) evicted each other from the 64 MB cache under
   * uniform traffic and nearly every view was a render (docs/performance.md, wave 10). Anonymous pages
   * carry no nonce at all once their scripts are stripped (strip-scripts.ts), so they are one piece.
   */
  parts: Uint8Array[];
  nonce: string;
  status: number;
  headers: [string, string][];
  storedAt: number;
}

/** Size-bounded (compressed bytes) least-recently-used store of rendered public pages. */
export function createHtmlCache(maxBytes: number) {
  return new LRUCache<string, CachedPage>({
    maxSize: maxBytes,
    sizeCalculation: (page) =>
      Math.max(
        1,
        page.parts.reduce((sum, p) => sum + p.length, 0),
      ),
  });
}
