import { read } from "@/lib/read-models";
import { loadNota } from "@/lib/services/nota";
import { NotFoundError } from "@/lib/services/forecast";
import { notaDocx } from "@/lib/export/nota";
import { attachment, secretariaatOrResponse } from "../../../../guard";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ procedureId: string }> }) {
  const access = await secretariaatOrResponse();
  if ("response" in access) return access.response;
  const { procedureId } = await params;
  try {
    const buffer = await notaDocx(await read(loadNota, procedureId));
    return new Response(new Uint8Array(buffer), {
      headers: {
        "content-type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "content-disposition": attachment("nota-van-beantwoording.docx"),
        "cache-control": "no-store",
      },
    });
  } catch (e) {
    if (e instanceof NotFoundError)
      return new Response(e.message, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
