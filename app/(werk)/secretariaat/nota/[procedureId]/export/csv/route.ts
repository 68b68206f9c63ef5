import { read } from "@/lib/read-models";
import { loadNota } from "@/lib/services/nota";
import { NotFoundError } from "@/lib/services/forecast";
import { notaCsv } from "@/lib/export/nota";
import { attachment, secretariaatOrResponse } from "../../../../guard";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ procedureId: string }> }) {
  const access = await secretariaatOrResponse();
  if ("response" in access) return access.response;
  const { procedureId } = await params;
  try {
    const csv = notaCsv(await read(loadNota, procedureId));
    return new Response(csv, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": attachment("nota-van-beantwoording.csv"),
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError)
      return new Response(e.message, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
