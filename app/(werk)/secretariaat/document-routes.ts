import { read } from "@/lib/read-models";
import { todayInNetherlands } from "@/lib/domain";
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
    // One date for the document and its file name: the download says which day's nota it is.
    const today = todayInNetherlands();
    return documentResponse(format, `nota-van-beantwoording-${today}`, () => read(notaDocx, procedureId, { today }));
  };
}

export function raadsvoorstelRoute(format: "docx" | "pdf") {
  return async (_request: Request, { params }: { params: Promise<{ procedureId: string; gemeente: string }> }) => {
    const access = await secretariaatOrResponse();
    if ("response" in access) return access.response;
    const { procedureId, gemeente } = await params;
    const today = todayInNetherlands();
    return documentResponse(format, `raadsvoorstel-${gemeente}-${today}`, () =>
      read(raadsvoorstelDocx, procedureId, gemeente, { today }),
    );
  };
}
