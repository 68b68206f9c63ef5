import { read } from "@/lib/read-models";
import { raadsvoorstelDocx } from "@/lib/services/exports/raadsvoorstel";
import { documentResponse } from "@/lib/documents/word/response";
import { secretariaatOrResponse } from "../../../../guard";

export const dynamic = "force-dynamic";

/** The draft raadsvoorstel of one gemeente as a PDF (when LibreOffice is installed). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ procedureId: string; gemeente: string }> },
) {
  const access = await secretariaatOrResponse();
  if ("response" in access) return access.response;
  const { procedureId, gemeente } = await params;
  return documentResponse("pdf", `raadsvoorstel-${gemeente}`, () => read(raadsvoorstelDocx, procedureId, gemeente));
}
