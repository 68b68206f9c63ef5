import { getPrisma } from "@/lib/db/client";
import { jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { pageOf, pageWindow, parseQuery } from "@/lib/api/pagination";
import { regelingFilter } from "@/lib/api/filters";
import { documentJson } from "@/lib/api/resources";
import { listPublicDocumenten } from "@/lib/services/public/documenten";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

export const GET = readHandler(async (request: Request) => {
  const q = parseQuery(request, regelingFilter);
  if (!q.ok) return q.response;
  const win = pageWindow(q.data);
  const { total, items } = await listPublicDocumenten(await getPrisma(), { skip: win.skip, take: win.take, regeling: q.data.regeling });
  return jsonResponse(request, pageOf(request, items.map(documentJson), total, win));
});
