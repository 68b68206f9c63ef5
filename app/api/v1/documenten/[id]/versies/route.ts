import { read } from "@/lib/read-models";
import { NotFound, jsonResponse, readHandler, readOnly } from "@/lib/api/http";
import { pageOf, pageQuery, pageWindow, parseQuery } from "@/lib/api/pagination";
import { versionWithArticles } from "@/lib/api/resources";
import { loadPublicDocument } from "@/lib/services/public/documenten";

export const dynamic = "force-dynamic";
export const { POST, PUT, PATCH, DELETE, OPTIONS } = readOnly;

/** Every version of one document, with its articles and content hashes. */
export const GET = readHandler(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const q = parseQuery(request, pageQuery);
  if (!q.ok) return q.response;
  const { id } = await params;
  const doc = await read(loadPublicDocument, id);
  if (!doc) throw new NotFound(`Er is geen document met id "${id}".`);
  const win = pageWindow(q.data);
  const all = doc.versions.map((v) => versionWithArticles(doc, v));
  return jsonResponse(request, pageOf(request, all.slice(win.skip, win.skip + win.take), all.length, win));
});
