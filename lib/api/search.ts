import { z } from "zod";
import { getPrisma } from "@/lib/db/client";
import { HIGHLIGHT_END, HIGHLIGHT_START, SEARCH_MAX_LENGTH, searchAll, type SearchHit } from "@/lib/read-models/search";
import { invalidInput, jsonResponse, readHandler, readOnly } from "./http";
import { pageOf, pageQuery, pageWindow, parseQuery } from "./pagination";

/** GET /api/v1/zoeken?q=…: the same search as /zoeken, public scope only (no concept zienswijze, ever). */
export const searchQuery = pageQuery.extend({
  q: z
    .string({ error: "Vul een zoekterm in." })
    .max(SEARCH_MAX_LENGTH, `q mag hoogstens ${SEARCH_MAX_LENGTH} tekens zijn.`),
});

/** One hit as the API gives it: the snippet as plain text, with the matched words in `treffers`. */
export function searchHitJson(h: SearchHit) {
  const parts = h.snippet.split(HIGHLIGHT_START).slice(1);
  return {
    soort: h.kind,
    id: h.id,
    titel: h.title,
    fragment: h.snippet.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_END, ""),
    treffers: [...new Set(parts.map((p) => p.split(HIGHLIGHT_END)[0]))],
    _links: { html: { href: h.href } },
  };
}

export const searchRoute = {
  ...readOnly,
  GET: readHandler(async (request: Request) => {
    const query = parseQuery(request, searchQuery);
    if (!query.ok) return query.response;
    // The public's scope: no signed-in subject, whoever calls (the API has no sessions).
    const result = await searchAll(await getPrisma(), { q: query.data.q }, null);
    if (!result.ok)
      return invalidInput(request, "De zoekvraag klopt niet:", [
        { name: "q", reason: result.fieldErrors?.q ?? result.message },
      ]);
    const win = pageWindow(query.data);
    const items = result.hits.slice(win.skip, win.skip + win.take).map(searchHitJson);
    return jsonResponse(request, pageOf(request, items, result.hits.length, win));
  }),
};
