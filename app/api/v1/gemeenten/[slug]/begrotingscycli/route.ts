import { read } from "@/lib/read-models";
import { NotFound, jsonResponse, readHandler, readOnly } from "@/lib/api/http";
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
  const data = key === null ? null : await read(loadGemeenteBegrotingCycli, key);
  if (!data) throw new NotFound(`Er is geen gemeente met de naam "${slug}".`);
  return jsonResponse(request, gemeenteBegrotingscycliJson(data));
});
