import { read } from "@/lib/read-models";
import { NotFound, jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { gemeenteDetail } from "@/lib/api/resources";
import { loadPublicGemeente } from "@/lib/services/public/gemeenten";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

export const GET = readHandler(async (request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const data = await read(loadPublicGemeente, slug);
  if (!data) throw new NotFound(`Er is geen gemeente met de naam "${slug}".`);
  return jsonResponse(request, gemeenteDetail(data));
});
