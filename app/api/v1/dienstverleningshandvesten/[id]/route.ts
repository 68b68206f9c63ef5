import { read } from "@/lib/read-models";
import { NotFound, jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { dvhJson } from "@/lib/api/resources";
import { loadDvhOverview } from "@/lib/read-models/dienstverleningshandvest";
import { publicKey } from "@/lib/services/public/keys";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

/** One Dienstverleningshandvest actualisatie with the stand per gemeente (issue 17). */
export const GET = readHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const key = publicKey(id);
  const o = key === null ? null : await read(loadDvhOverview, key);
  if (!o) throw new NotFound(`Er is geen actualisatie van een dienstverleningshandvest met id "${id}".`);
  return jsonResponse(request, dvhJson(o));
});
