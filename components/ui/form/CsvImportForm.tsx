"use client";

import { Button, FormFieldDescription } from "@utrecht/component-library-react";
import { useRouter } from "next/navigation";
import { type ChangeEvent, type ReactNode, useState } from "react";
import { ErrorSummary } from "./ErrorSummary";
import { type FormDataAction, toFormData, useSubmitFeedback } from "./feedback";
import { fieldId } from "./ids";
import { FileField, TextareaField } from "./inputs";
import { StatusMessage } from "./StatusMessage";

/** What every CSV import answers: applied or a dry run, how many rows, and the bad rows. */
export type CsvOutcome = { toegepast: boolean; aantal: number; fouten: { regel: number; melding: string }[] };

/**
 * A CSV import: "Controleren" is a dry run that lists every bad row and writes nothing;
 * "Importeren" writes all rows in one transaction (or none, when a row is bad). The file is read
 * into the text area, so the beheerder sees (and may correct) what is sent.
 */
export function CsvImportForm<O extends CsvOutcome>(props: {
  formId: string;
  /** Prefix of the test ids of the status message and the lists in it. */
  testId: string;
  title: string;
  intro: ReactNode;
  /** Values sent with every submit besides `csv` and `toepassen` (e.g. the regio). */
  values?: Record<string, string>;
  action: FormDataAction<O>;
  applied: (outcome: O) => string;
  checked: (aantal: number) => string;
  /** What "Importeren" does, under the buttons. */
  applyHint: string;
  /** Extra lines in the status message (e.g. the one-time links). */
  details?: (outcome: O) => ReactNode;
}) {
  const { formId, testId } = props;
  const router = useRouter();
  const feedback = useSubmitFeedback();
  const [csv, setCsv] = useState("");
  const [outcome, setOutcome] = useState<O | null>(null);
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
      const res = await props.action(toFormData({ ...props.values, csv, toepassen }));
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
  const bad = outcome?.fouten.length ?? 0;
  return (
    <form
      method="post"
      className="grv-form"
      noValidate
      aria-labelledby={`${formId}-titel`}
      onSubmit={(e) => {
        e.preventDefault();
        void run(false);
      }}
    >
      <h2 className="utrecht-heading-2" id={`${formId}-titel`}>
        {props.title}
      </h2>
      <p className="utrecht-paragraph">{props.intro}</p>
      <ErrorSummary formId={formId} errors={[]} serverError={feedback.serverError} focusKey={feedback.focusKey} />
      {outcome ? (
        <StatusMessage type={ok ? "ok" : "warning"} testId={`${testId}-status`}>
          {outcome.toegepast
            ? props.applied(outcome)
            : ok
              ? props.checked(outcome.aantal)
              : `Er is niets opgeslagen. ${bad} ${bad === 1 ? "regel is" : "regels zijn"} niet goed:`}
          {bad > 0 ? (
            <ul data-testid={`${testId}-fouten`}>
              {outcome.fouten.map((f) => (
                <li key={f.regel}>
                  Regel {f.regel}: {f.melding}
                </li>
              ))}
            </ul>
          ) : null}
          {props.details?.(outcome)}
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
      <FormFieldDescription id={fieldId(formId, "toelichting")}>{props.applyHint}</FormFieldDescription>
    </form>
  );
}
