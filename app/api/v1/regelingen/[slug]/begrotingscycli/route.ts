import { read } from "@/lib/read-models";
import { JSON_TYPE, NotFound, readHandler, readOnly } from "@/lib/api/http";
import { servedFromCache } from "@/lib/api/cached";
import { regelingData } from "@/lib/public-cache/data-version";
import { begrotingscycliJson } from "@/lib/api/resources";
import { loadRegelingBegrotingCycliMetPlanning } from "@/lib/services/begroting/planning-read";
import { publicKey } from "@/lib/services/public/keys";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

/**
 * The begroting cycles of one regeling, newest year first, with the raden's zienswijzen and the answers, and each
 * cycle's yearly planning with per raad whether its meetings make the deadline (issue 17 point 3).
 */
export const GET = readHandler(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const key = publicKey(slug);
  if (key === null) throw new NotFound(`Er is geen regeling met de naam "${slug}".`);
  // Kept server-side like the regeling's public page, which shows the same cycles (lib/api/cached.ts), but
  // without the register entries only that page shows (regelingData).
  return servedFromCache(request, regelingData(key), async () => {
    const data = await read(loadRegelingBegrotingCycliMetPlanning, key);
    if (!data) throw new NotFound(`Er is geen regeling met de naam "${slug}".`);
    return {
      body: JSON.stringify(begrotingscycliJson(data.regeling, data.cycles, data.planningen)),
      contentType: JSON_TYPE,
    };
  });
});
