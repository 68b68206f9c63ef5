import { read } from "@/lib/read-models";
import { NotFound, jsonResponse, readHandler, readOnly } from "@/lib/api/http";
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
  const data = key === null ? null : await read(loadRegelingBegrotingCycliMetPlanning, key);
  if (!data) throw new NotFound(`Er is geen regeling met de naam "${slug}".`);
  return jsonResponse(request, begrotingscycliJson(data.regeling, data.cycles, data.planningen));
});
