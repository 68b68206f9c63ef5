import { getPrisma } from "@/lib/db/client";
import { jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { pageOf, pageQuery, pageWindow, parseQuery } from "@/lib/api/pagination";
import { gemeenteSummary } from "@/lib/api/resources";
import { listPublicGemeenten } from "@/lib/services/public/gemeenten";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

export const GET = readHandler(async (request: Request) => {
  const q = parseQuery(request, pageQuery);
  if (!q.ok) return q.response;
  const win = pageWindow(q.data);
  const all = (await listPublicGemeenten(await getPrisma())).map(gemeenteSummary);
  return jsonResponse(request, pageOf(request, all.slice(win.skip, win.skip + win.take), all.length, win));
});
