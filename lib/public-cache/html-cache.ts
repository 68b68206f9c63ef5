import { LRUCache } from "lru-cache";

export interface CachedPage {
  /** The data versions of the subjects the page reads (data-version.ts), as read before it was rendered. */
  version: string;
  /** UTF-8 pieces of the HTML around its nonce (see splitOnNonce). */
  parts: Uint8Array[];
  nonce: string;
  status: number;
  headers: [string, string][];
  storedAt: number;
}

/** Size-bounded (bytes of HTML) least-recently-used store of rendered public pages. */
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
