"use client";

import { Button, FormFieldDescription } from "@utrecht/component-library-react";
import { useRouter } from "next/navigation";
import { type ChangeEvent, useState } from "react";
import {
  ErrorSummary,
  FileField,
  StatusMessage,
  TextareaField,
  fieldId,
  useSubmitFeedback,
} from "@/components/ui/form";
import type { Result } from "@/lib/result";

type Outcome = {
  toegepast: boolean;
  aantal: number;
  fouten: { regel: number; melding: string }[];
  links: { email: string; link: string }[];
};

/**
 * CSV import of users: "Controleren" is a dry run that lists every bad row and writes nothing;
 * "Importeren" invites all rows in one transaction (or none, when a row is bad) and shows the
 * one-time links for the beheerder to pass on.
 */
export function GebruikersCsvForm({
  action,
}: {
  action: (values: Record<string, unknown>) => Promise<Result<Outcome>>;
}) {
  const formId = "gebruikers-csv";
  const router = useRouter();
  const feedback = useSubmitFeedback();
  const [csv, setCsv] = useState("");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFile(ev: ChangeEvent<HTMLInputElement>) {
    const file = ev.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  async function run(toepassen: boolean) {
    feedback.start();
    setOutcome(null);
    setBusy(true);
    try {
      const res = await action({ csv, toepassen });
      if (!res.ok) {
        feedback.refuse(res.fieldErrors?.csv ?? res.message);
        return;
      }
      setOutcome(res);
      if (res.toegepast) {
        setCsv("");
        router.refresh();
      }
    } finally {
      setBusy(false);
    }
  }

  const ok = outcome && outcome.fouten.length === 0;
  return (
    <form
      className="grv-form"
      noValidate
      aria-labelledby={`${formId}-titel`}
      onSubmit={(e) => {
        e.preventDefault();
        void run(false);
      }}
    >
      <h2 className="utrecht-heading-2" id={`${formId}-titel`}>
        Gebruikers inlezen uit CSV
      </h2>
      <p className="utrecht-paragraph">
        Een kopregel met de kolommen <code>e-mail;naam;rol;gemeente</code> (puntkomma of komma), daarna één gebruiker
        per regel. Rol: beheerder, secretariaat, griffier, college of raadslid; gemeente: de korte naam (leeg voor
        beheerder en secretariaat). Controleer eerst: dan wordt niets opgeslagen en ziet u elke foute regel.
      </p>
      <ErrorSummary formId={formId} errors={[]} serverError={feedback.serverError} focusKey={feedback.focusKey} />
      {outcome ? (
        <StatusMessage type={ok ? "ok" : "warning"} testId="gebruikers-csv-status">
          {outcome.toegepast
            ? `${outcome.aantal} gebruikers zijn uitgenodigd. Geef elke gebruiker de eigen eenmalige link (72 uur geldig):`
            : ok
              ? `Controle geslaagd: ${outcome.aantal} gebruikers kunnen worden uitgenodigd. Er is nog niets opgeslagen.`
              : `Er is niets opgeslagen. ${outcome.fouten.length} ${outcome.fouten.length === 1 ? "regel is" : "regels zijn"} niet goed:`}
          {outcome.fouten.length > 0 ? (
            <ul data-testid="gebruikers-csv-fouten">
              {outcome.fouten.map((f) => (
                <li key={f.regel}>
                  Regel {f.regel}: {f.melding}
                </li>
              ))}
            </ul>
          ) : null}
          {outcome.links.length > 0 ? (
            <ul data-testid="gebruikers-csv-links">
              {outcome.links.map((l) => (
                <li key={l.email}>
                  {l.email}: <code>{l.link}</code>
                </li>
              ))}
            </ul>
          ) : null}
        </StatusMessage>
      ) : null}
      <FileField
        id={fieldId(formId, "bestand")}
        label="CSV-bestand (optioneel)"
        description="Het bestand wordt in het tekstvak hieronder gezet."
        accept=".csv,text/csv"
        onChange={onFile}
      />
      <TextareaField
        id={fieldId(formId, "csv")}
        label="Inhoud van de CSV"
        rows={6}
        value={csv}
        onChange={(e) => setCsv(e.target.value)}
      />
      <div className="grv-actions">
        <Button type="submit" appearance="secondary-action-button" disabled={busy}>
          Controleren
        </Button>{" "}
        <Button
          type="button"
          appearance="primary-action-button"
          disabled={busy}
          onClick={() => void run(true)}
          aria-describedby={fieldId(formId, "toelichting")}
        >
          Importeren
        </Button>
      </div>
      <FormFieldDescription id={fieldId(formId, "toelichting")}>
        Importeren nodigt alle regels in één keer uit, of niets als een regel niet goed is.
      </FormFieldDescription>
    </form>
  );
}
