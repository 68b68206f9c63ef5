import { read } from "@/lib/read-models";
import { documentResponse } from "@/lib/documents/word/response";
import { notaDocx } from "@/lib/services/exports/nota";
import { raadsvoorstelDocx } from "@/lib/services/exports/raadsvoorstel";
import { secretariaatOrResponse } from "./guard";

/** GET handlers of the secretariat's document downloads, as DOCX or (with LibreOffice) PDF. */
export function notaRoute(format: "docx" | "pdf") {
  return async (_request: Request, { params }: { params: Promise<{ procedureId: string }> }) => {
    const access = await secretariaatOrResponse();
    if ("response" in access) return access.response;
    const { procedureId } = await params;
    return documentResponse(format, "nota-van-beantwoording", () => read(notaDocx, procedureId));
  };
}

export function raadsvoorstelRoute(format: "docx" | "pdf") {
  return async (_request: Request, { params }: { params: Promise<{ procedureId: string; gemeente: string }> }) => {
    const access = await secretariaatOrResponse();
    if ("response" in access) return access.response;
    const { procedureId, gemeente } = await params;
    return documentResponse(format, `raadsvoorstel-${gemeente}`, () => read(raadsvoorstelDocx, procedureId, gemeente));
  };
}
