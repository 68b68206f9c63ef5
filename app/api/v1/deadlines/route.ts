import { getPrisma } from "@/lib/db/client";
import { jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { pageOf, pageWindow, parseQuery } from "@/lib/api/pagination";
import { deadlineFilter } from "@/lib/api/filters";
import { listDeadlines } from "@/lib/api/resources";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

export const GET = readHandler(async (request: Request) => {
  const q = parseQuery(request, deadlineFilter);
  if (!q.ok) return q.response;
  const win = pageWindow(q.data);
  const all = await listDeadlines(await getPrisma(), q.data);
  return jsonResponse(request, pageOf(request, all.slice(win.skip, win.skip + win.take), all.length, win));
});
