import { read } from "@/lib/read-models";
import { JSON_TYPE, NotFound, readHandler, readOnly } from "@/lib/api/http";
import { servedFromCache } from "@/lib/api/cached";
import { pageSubjects } from "@/lib/public-cache/data-version";
import { gemeenteBegrotingscycliJson } from "@/lib/api/resources";
import { loadGemeenteBegrotingCycli } from "@/lib/services/begroting/public";
import { publicKey } from "@/lib/services/public/keys";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

/**
 * Per regeling the gemeente takes part in, every begroting cycle with this gemeente's raad: its stand, last day,
 * zienswijze (numbered points) and the bestuur's answer (issue 17 point 5). Cached like its siblings: ETag of the body.
 */
export const GET = readHandler(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const key = publicKey(slug);
  if (key === null) throw new NotFound(`Er is geen gemeente met de naam "${slug}".`);
  // Kept server-side like the gemeente's public page, which shows the same cycles (lib/api/cached.ts).
  return servedFromCache(request, pageSubjects(`/gemeenten/${encodeURIComponent(key)}`), async () => {
    const data = await read(loadGemeenteBegrotingCycli, key);
    if (!data) throw new NotFound(`Er is geen gemeente met de naam "${slug}".`);
    return { body: JSON.stringify(gemeenteBegrotingscycliJson(data)), contentType: JSON_TYPE };
  });
});
