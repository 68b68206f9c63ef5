"use client";

import { CsvImportForm, type CsvOutcome, type FormDataAction } from "@/components/ui/form";

/** CSV import of the gemeenten of one regio (dry run first; all rows or none). */
export function GemeentenCsvForm({ regioId, action }: { regioId: string; action: FormDataAction<CsvOutcome> }) {
  return (
    <CsvImportForm
      formId="csv-import"
      testId="csv"
      title="Gemeenten inlezen uit CSV"
      intro={
        <>
          Een kopregel met de kolommen <code>naam;slug;zetels;e-mail</code> (puntkomma of komma), daarna één gemeente
          per regel. Controleer eerst: dan wordt niets opgeslagen en ziet u elke foute regel.
        </>
      }
      values={{ regioId }}
      action={action}
      applied={(o) => `${o.aantal} gemeenten zijn ingelezen.`}
      checked={(n) => `Controle geslaagd: ${n} gemeenten kunnen worden ingelezen. Er is nog niets opgeslagen.`}
      applyHint="Importeren slaat alle regels in één keer op, of niets als een regel niet goed is."
    />
  );
}
