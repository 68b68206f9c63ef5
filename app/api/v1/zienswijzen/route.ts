import { getPrisma } from "@/lib/db/client";
import { jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { pageOf, pageWindow, parseQuery } from "@/lib/api/pagination";
import { regelingGemeenteFilter } from "@/lib/api/filters";
import { zienswijzeJson } from "@/lib/api/resources";
import { listPublicZienswijzen } from "@/lib/services/public/lists";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

/** Only zienswijzen a raad adopted (VASTGESTELD) or submitted (INGEDIEND); drafts never. */
export const GET = readHandler(async (request: Request) => {
  const q = parseQuery(request, regelingGemeenteFilter);
  if (!q.ok) return q.response;
  const win = pageWindow(q.data);
  const { total, items } = await listPublicZienswijzen(await getPrisma(), q.data, win);
  return jsonResponse(request, pageOf(request, items.map(zienswijzeJson), total, win));
});
