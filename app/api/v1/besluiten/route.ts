import { getPrisma } from "@/lib/db/client";
import { jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { pageOf, pageWindow, parseQuery } from "@/lib/api/pagination";
import { regelingGemeenteFilter } from "@/lib/api/filters";
import { besluitJson } from "@/lib/api/resources";
import { listPublicBesluiten } from "@/lib/services/public/lists";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

export const GET = readHandler(async (request: Request) => {
  const q = parseQuery(request, regelingGemeenteFilter);
  if (!q.ok) return q.response;
  const win = pageWindow(q.data);
  const { total, items } = await listPublicBesluiten(await getPrisma(), q.data, win);
  return jsonResponse(request, pageOf(request, items.map(besluitJson), total, win));
});
