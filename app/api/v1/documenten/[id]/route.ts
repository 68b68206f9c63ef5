import { read } from "@/lib/read-models";
import { NotFound, jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { documentJson } from "@/lib/api/resources";
import { loadPublicDocument } from "@/lib/services/public/documenten";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

export const GET = readHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const doc = await read(loadPublicDocument, id);
  if (!doc) throw new NotFound(`Er is geen document met id "${id}".`);
  return jsonResponse(request, documentJson(doc));
});
