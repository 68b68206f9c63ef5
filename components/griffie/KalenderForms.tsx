"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  recesSchema,
  vergaderingSchema,
  type RecesInput,
  type VergaderingInput,
} from "@/lib/validation/griffie/vergadering";
import {
  ErrorSummary,
  Field,
  SubmitButton,
  TextInput,
  applyServerErrors,
  flattenErrors,
  focusSummary,
  toFormData,
  type ActionResult,
  type SubmitAction,
} from "./fields";

export function VergaderingForm({ action }: { action: SubmitAction }) {
  const f = "vergadering";
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<VergaderingInput>({
    resolver: zodResolver(vergaderingSchema),
    shouldFocusError: false,
    defaultValues: { kind: "RAAD", datum: "", titel: "" },
  });
  async function onValid(values: VergaderingInput) {
    setServerError(null);
    const res = await action(toFormData(values));
    if (res.ok) {
      setSaved(true);
      reset();
      return;
    }
    applyServerErrors(res, setError as never);
    setServerError(res.message);
    focusSummary(f);
  }
  return (
    <form
      className="grv-form"
      noValidate
      aria-label="Vergadering toevoegen"
      onSubmit={handleSubmit(onValid, () => focusSummary(f))}
    >
      <ErrorSummary formId={f} errors={flattenErrors(errors, f)} serverError={serverError} />
      {saved ? <p role="status">De vergadering is toegevoegd.</p> : null}
      <Field id={`${f}-kind`} label="Soort vergadering" error={errors.kind?.message} kind="select">
        {(aria) => (
          <select {...aria} {...register("kind")}>
            <option value="RAAD">Raadsvergadering</option>
            <option value="COMMISSIE">Commissievergadering</option>
          </select>
        )}
      </Field>
      <TextInput id={`${f}-datum`} label="Datum" type="date" error={errors.datum?.message} reg={register("datum")} />
      <TextInput
        id={`${f}-titel`}
        label="Titel (niet verplicht)"
        error={errors.titel?.message}
        reg={register("titel")}
      />
      <SubmitButton busy={isSubmitting} label="Vergadering toevoegen" />
    </form>
  );
}

export function RecesForm({ action }: { action: SubmitAction }) {
  const f = "reces";
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RecesInput>({
    resolver: zodResolver(recesSchema),
    shouldFocusError: false,
    defaultValues: { label: "", van: "", tot: "" },
  });
  async function onValid(values: RecesInput) {
    setServerError(null);
    const res = await action(toFormData(values));
    if (res.ok) {
      setSaved(true);
      reset();
      return;
    }
    applyServerErrors(res, setError as never);
    setServerError(res.message);
    focusSummary(f);
  }
  return (
    <form
      className="grv-form"
      noValidate
      aria-label="Reces toevoegen"
      onSubmit={handleSubmit(onValid, () => focusSummary(f))}
    >
      <ErrorSummary formId={f} errors={flattenErrors(errors, f)} serverError={serverError} />
      {saved ? <p role="status">Het reces is toegevoegd.</p> : null}
      <TextInput id={`${f}-label`} label="Naam van het reces" error={errors.label?.message} reg={register("label")} />
      <TextInput id={`${f}-van`} label="Eerste dag" type="date" error={errors.van?.message} reg={register("van")} />
      <TextInput id={`${f}-tot`} label="Laatste dag" type="date" error={errors.tot?.message} reg={register("tot")} />
      <SubmitButton busy={isSubmitting} label="Reces toevoegen" />
    </form>
  );
}

export type ImportResult = ActionResult & {
  report?: {
    imported: { datum: string; kind: string; titel: string | null }[];
    skipped: { regel: string; reden: string }[];
  };
};

export function ImportForm({ action }: { action: (fd: FormData) => Promise<ImportResult> }) {
  const f = "import";
  const [file, setFile] = useState<File | null>(null);
  const [error, setErrorText] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportResult["report"] | null>(null);
  async function onSubmit(ev: React.FormEvent) {
    ev.preventDefault();
    setReport(null);
    if (!file) {
      setErrorText("Kies een CSV- of iCalendar-bestand (.csv of .ics).");
      return focusSummary(f);
    }
    setBusy(true);
    const res = await action(toFormData({}, file));
    setBusy(false);
    if (!res.ok) {
      setErrorText(res.message);
      return focusSummary(f);
    }
    setErrorText(null);
    setReport(res.report ?? null);
  }
  return (
    <form className="grv-form" noValidate aria-label="Vergaderingen importeren" onSubmit={onSubmit}>
      <ErrorSummary formId={f} errors={error ? [{ id: `${f}-bestand`, message: error }] : []} />
      <Field
        id={`${f}-bestand`}
        label="Bestand (.csv of .ics)"
        error={error ?? undefined}
        hint="CSV met de kolommen datum;soort;titel (soort: commissie of raad), of een iCalendar-export van de vergaderkalender."
      >
        {(aria) => (
          <input
            type="file"
            accept=".csv,.ics,text/csv,text/calendar"
            id={aria.id}
            aria-invalid={aria["aria-invalid"]}
            aria-describedby={aria["aria-describedby"]}
            className="utrecht-textbox utrecht-textbox--html-input"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setErrorText(null);
            }}
          />
        )}
      </Field>
      <SubmitButton busy={busy} label="Importeren" busyLabel="Bezig met importeren…" />
      {report ? (
        <div role="status" data-testid="importverslag">
          <p>
            <strong>
              {report.imported.length} {report.imported.length === 1 ? "vergadering" : "vergaderingen"} geïmporteerd,{" "}
              {report.skipped.length} overgeslagen.
            </strong>
          </p>
          {report.skipped.length ? (
            <ul>
              {report.skipped.map((s) => (
                <li key={s.regel}>
                  {s.regel}: {s.reden}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
