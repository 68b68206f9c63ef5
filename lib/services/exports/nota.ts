import type { Db } from "@/lib/db/client";
import { todayInNetherlands } from "@/lib/domain";
import { renderNotaDocument } from "@/lib/documents/word/nota";
import { loadNota } from "../nota";
import type { ExportOptions } from "./raadsvoorstel";
import { newestVersion } from "./versions";

/** The nota van beantwoording of a procedure as a Word document, dated, under the regio's name. */
export async function notaDocx(db: Db, procedureId: string, opts: ExportOptions = {}): Promise<Buffer> {
  const nota = await loadNota(db, procedureId);
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { id: procedureId },
    select: { regeling: { select: { naam: true, regio: { select: { naam: true } } } } },
  });
  const version = await newestVersion(db, procedureId);
  return renderNotaDocument({
    nota,
    regio: procedure.regeling.regio?.naam ?? procedure.regeling.naam,
    date: opts.today ?? todayInNetherlands(),
    versionLabel: version ? `${version.titel}, ${version.label}` : null,
  });
}
