import { read } from "@/lib/read-models";
import { NotFound, jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { regelingDetail } from "@/lib/api/resources";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { loadRegelingTimeline } from "@/lib/services/timeline";
import { todayInNetherlands } from "@/lib/domain";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

export const GET = readHandler(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const data = await read(loadPublicRegeling, slug);
  if (!data) throw new NotFound(`Er is geen regeling met de naam "${slug}".`);
  const timeline = await read(loadRegelingTimeline, slug, todayInNetherlands());
  return jsonResponse(request, regelingDetail(data, timeline?.verdict ?? null));
});
