"use client";

import { useEffect, useRef, useState, type ChangeEvent } from "react";
import { useRouter } from "next/navigation";
import {
  ErrorSummary,
  Field,
  fieldId,
  focusSummary,
  inputProps,
  textareaClass,
} from "@/components/secretariaat/fields";

type Result =
  | {
      ok: true;
      toegepast: boolean;
      aantal: number;
      fouten: { regel: number; melding: string }[];
      links: { email: string; link: string }[];
    }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

/**
 * CSV import of users: "Controleren" is a dry run that lists every bad row and writes nothing;
 * "Importeren" invites all rows in one transaction (or none, when a row is bad) and shows the
 * one-time links for the beheerder to pass on.
 */
export function GebruikersCsvForm({ action }: { action: (values: Record<string, unknown>) => Promise<Result> }) {
  const formId = "gebruikers-csv";
  const router = useRouter();
  const statusRef = useRef<HTMLDivElement>(null);
  const [csv, setCsv] = useState("");
  const [serverError, setServerError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Extract<Result, { ok: true }> | null>(null);
  const [busy, setBusy] = useState(false);
  // Focus the status message once React has rendered it (a setTimeout could run before the commit).
  useEffect(() => {
    if (outcome) statusRef.current?.focus();
  }, [outcome]);

  async function onFile(ev: ChangeEvent<HTMLInputElement>) {
    const file = ev.target.files?.[0];
    if (file) setCsv(await file.text());
  }

  async function run(toepassen: boolean) {
    setServerError(null);
    setOutcome(null);
    setBusy(true);
    try {
      const res = await action({ csv, toepassen });
      if (!res.ok) {
        setServerError(res.fieldErrors?.csv ?? res.message);
        focusSummary(formId);
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
      <ErrorSummary formId={formId} errors={[]} serverError={serverError} />
      {outcome ? (
        <div
          className={`utrecht-alert ${ok ? "utrecht-alert--ok" : "utrecht-alert--warning"}`}
          role="status"
          tabIndex={-1}
          ref={statusRef}
          data-testid="gebruikers-csv-status"
        >
          <div className="utrecht-alert__content">
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
          </div>
        </div>
      ) : null}
      <Field
        formId={formId}
        name="bestand"
        label="CSV-bestand (optioneel)"
        hint="Het bestand wordt in het tekstvak hieronder gezet."
      >
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={onFile}
          className="utrecht-textbox"
          {...inputProps(formId, "bestand", undefined, true)}
        />
      </Field>
      <Field formId={formId} name="csv" label="Inhoud van de CSV">
        <textarea
          rows={6}
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
          className={textareaClass()}
          {...inputProps(formId, "csv")}
        />
      </Field>
      <div className="grv-actions">
        <button type="submit" className="utrecht-button utrecht-button--secondary-action" disabled={busy}>
          Controleren
        </button>{" "}
        <button
          type="button"
          className="utrecht-button utrecht-button--primary-action"
          disabled={busy}
          onClick={() => void run(true)}
          aria-describedby={fieldId(formId, "toelichting")}
        >
          Importeren
        </button>
      </div>
      <p className="utrecht-form-field-description" id={fieldId(formId, "toelichting")}>
        Importeren nodigt alle regels in één keer uit, of niets als een regel niet goed is.
      </p>
    </form>
  );
}
