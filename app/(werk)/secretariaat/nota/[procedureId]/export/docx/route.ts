import { read } from "@/lib/read-models";
import { notaDocx } from "@/lib/services/exports/nota";
import { documentResponse } from "@/lib/documents/word/response";
import { secretariaatOrResponse } from "../../../../guard";

export const dynamic = "force-dynamic";

/** The nota van beantwoording as a Word document. */
export async function GET(_request: Request, { params }: { params: Promise<{ procedureId: string }> }) {
  const access = await secretariaatOrResponse();
  if ("response" in access) return access.response;
  const { procedureId } = await params;
  return documentResponse("docx", "nota-van-beantwoording", () => read(notaDocx, procedureId));
}
