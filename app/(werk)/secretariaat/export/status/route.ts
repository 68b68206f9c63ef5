import { read } from "@/lib/read-models";
import { defaultRegelingSlug } from "@/lib/services/overview";
import { loadConsensusMatrix } from "@/lib/services/consensus";
import { NotFoundError } from "@/lib/services/forecast";
import { statusCsv } from "@/lib/export/status-csv";
import { attachment, secretariaatOrResponse, todayIso } from "../../guard";

export const dynamic = "force-dynamic";

/** Status overview of one regeling as CSV (secretariat only). */
export async function GET(request: Request) {
  const access = await secretariaatOrResponse();
  if ("response" in access) return access.response;
  const slug = new URL(request.url).searchParams.get("regeling") ?? (await read(defaultRegelingSlug));
  if (!slug) return new Response("Geen regeling gevonden.", { status: 404 });
  try {
    const csv = statusCsv(await read(loadConsensusMatrix, slug, todayIso()));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachment(`status-${slug}-${todayIso()}.csv`),
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError)
      return new Response(e.message, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
