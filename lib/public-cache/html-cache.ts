import { LRUCache } from "lru-cache";

export interface CachedPage {
  /** The data version (PostgreSQL snapshot) the page was rendered at or after. */
  version: string;
  html: string;
  nonce: string;
  status: number;
  headers: [string, string][];
  storedAt: number;
}

/** Size-bounded (bytes of HTML) least-recently-used store of rendered public pages. */
export function createHtmlCache(maxBytes: number) {
  return new LRUCache<string, CachedPage>({
    maxSize: maxBytes,
    sizeCalculation: (page) => Math.max(1, page.html.length * 2),
  });
}
