"use client";

import { CsvImportForm, type CsvOutcome, type FormDataAction } from "@/components/ui/form";

type Outcome = CsvOutcome & { links: { email: string; link: string }[] };

/** CSV import of users (dry run first; all rows or none), with the one-time links for the beheerder to pass on. */
export function GebruikersCsvForm({ action }: { action: FormDataAction<Outcome> }) {
  return (
    <CsvImportForm
      formId="gebruikers-csv"
      testId="gebruikers-csv"
      title="Gebruikers inlezen uit CSV"
      intro={
        <>
          Een kopregel met de kolommen <code>e-mail;naam;rol;gemeente</code> (puntkomma of komma), daarna één gebruiker
          per regel. Rol: beheerder, secretariaat, griffier, college of raadslid; gemeente: de korte naam (leeg voor
          beheerder en secretariaat). Controleer eerst: dan wordt niets opgeslagen en ziet u elke foute regel.
        </>
      }
      action={action}
      applied={(o) =>
        `${o.aantal} gebruikers zijn uitgenodigd. Geef elke gebruiker de eigen eenmalige link (72 uur geldig):`
      }
      checked={(n) => `Controle geslaagd: ${n} gebruikers kunnen worden uitgenodigd. Er is nog niets opgeslagen.`}
      applyHint="Importeren nodigt alle regels in één keer uit, of niets als een regel niet goed is."
      details={(o) =>
        o.links.length > 0 ? (
          <ul data-testid="gebruikers-csv-links">
            {o.links.map((l) => (
              <li key={l.email}>
                {l.email}: <code>{l.link}</code>
              </li>
            ))}
          </ul>
        ) : null
      }
    />
  );
}
