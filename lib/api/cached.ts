import type { PageKeying } from "@/lib/public-cache/data-version";
import { cachedRender, RESPONSE_STATUS_HEADER, type Rendered, storedBody } from "@/lib/public-cache/response-cache";
import { bodyResponse, etagOf } from "./http";

/**
 * A public GET answered through the server-side response cache (lib/public-cache/response-cache.ts):
 * `render` runs only when no response is kept for this URL at the current versions of `keying`.
 * `X-GR-volg-cache: hit|miss` tells which path answered (absent when the cache is off). The ETag,
 * 304 and CORS headers are those of every other API response (lib/api/http.ts). `accepted`: the query parameters
 * the route reads (none for a feed or begroting cycles), for the shared level's rule (lib/public-cache/shareable.ts).
 */
export async function servedFromCache(
  request: Request,
  keying: PageKeying,
  render: () => Promise<Rendered | Response>,
  accepted: readonly string[] = [],
): Promise<Response> {
  const served = await cachedRender(request, keying, render, etagOf, accepted);
  if (served instanceof Response) return served;
  const { stored, status } = served;
  const extra = status === "off" ? stored.headers : { ...stored.headers, [RESPONSE_STATUS_HEADER]: status };
  return bodyResponse(request, () => storedBody(stored), stored.etag, stored.contentType, extra, true);
}
