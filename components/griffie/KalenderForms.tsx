"use client";

import { type FormEvent, useState } from "react";
import {
  DateField,
  ErrorSummary,
  FileField,
  type FormDataAction,
  progressiveForm,
  SelectField,
  StatusMessage,
  SubmitButton,
  TextboxField,
  toFormData,
  useActionForm,
  useSubmitFeedback,
} from "@/components/ui/form";
import {
  recesSchema,
  vergaderingSchema,
  type RecesInput,
  type VergaderingInput,
} from "@/lib/validation/griffie/vergadering";

const MEETING_KINDS = [
  ["RAAD", "Raadsvergadering"],
  ["COMMISSIE", "Commissievergadering"],
] as const;

type MeetingForm = ReturnType<typeof useActionForm<VergaderingInput>>;

/** The fields of a meeting, the same when adding and when editing one. */
function MeetingFields({ f }: { f: MeetingForm }) {
  return (
    <>
      <SelectField label="Soort vergadering" options={MEETING_KINDS} {...f.field("kind")} />
      <DateField label="Datum" {...f.field("datum")} />
      <TextboxField label="Titel (niet verplicht)" {...f.field("titel")} />
      <TextboxField
        label="Aanvang (niet verplicht)"
        description="Uren en minuten, bijvoorbeeld 19:30."
        inputMode="numeric"
        {...f.field("aanvang")}
      />
      <TextboxField
        label="Einde (niet verplicht)"
        description="Bijvoorbeeld 22:30."
        inputMode="numeric"
        {...f.field("einde")}
      />
      <TextboxField
        label="Locatie (niet verplicht)"
        description="Bijvoorbeeld Raadzaal, Stadhuis."
        {...f.field("locatie")}
      />
      <TextboxField
        label="Link naar het agendapunt (niet verplicht)"
        description="Het webadres in het raadsinformatiesysteem, beginnend met https://."
        type="url"
        inputMode="url"
        {...f.field("agendaUrl")}
      />
    </>
  );
}

const EMPTY_MEETING: VergaderingInput = {
  kind: "RAAD",
  datum: "",
  titel: "",
  aanvang: "",
  einde: "",
  locatie: "",
  agendaUrl: "",
};

export function VergaderingForm({ action }: { action: FormDataAction }) {
  const formId = "vergadering";
  const f = useActionForm<VergaderingInput>({
    formId,
    schema: vergaderingSchema,
    defaultValues: EMPTY_MEETING,
    submit: (values) => action(toFormData(values)),
    onSaved: () => f.reset(),
  });
  return (
    <form className="grv-form" noValidate aria-label="Vergadering toevoegen" {...progressiveForm(action, f.onSubmit)}>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>De vergadering is toegevoegd.</StatusMessage> : null}
      <MeetingFields f={f} />
      <SubmitButton busy={f.busy} label="Vergadering toevoegen" />
    </form>
  );
}

/** A meeting as the edit form shows it (times as Dutch local clock times). */
export type EditableMeeting = VergaderingInput & { id: string; sequence: number; label: string };

export function VergaderingWijzigenForm({ action, meeting }: { action: FormDataAction; meeting: EditableMeeting }) {
  const formId = `vergadering-${meeting.id}`;
  const { id, sequence, label, ...values } = meeting;
  const f = useActionForm<VergaderingInput>({
    formId,
    schema: vergaderingSchema,
    defaultValues: values,
    submit: (v) => action(toFormData({ ...v, meetingId: id, expectedSequence: String(sequence) })),
  });
  return (
    <form className="grv-form" noValidate aria-label={`${label} wijzigen`} {...progressiveForm(action, f.onSubmit)}>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>De vergadering is gewijzigd.</StatusMessage> : null}
      <input type="hidden" name="meetingId" value={id} />
      <input type="hidden" name="expectedSequence" value={String(sequence)} />
      <MeetingFields f={f} />
      <SubmitButton busy={f.busy} label="Wijzigingen opslaan" />
    </form>
  );
}

/** Cancelling asks once more: the meeting leaves the calendar and the prognose (it stays on record). */
export function VergaderingAnnulerenForm({
  action,
  meetingId,
  label,
}: {
  action: FormDataAction;
  meetingId: string;
  label: string;
}) {
  const formId = `annuleren-${meetingId}`;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const feedback = useSubmitFeedback();
  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    if (!confirming) return setConfirming(true);
    setBusy(true);
    const res = await action(toFormData({ meetingId }));
    setBusy(false);
    feedback.settle(res);
  }
  const error = feedback.serverError ?? undefined;
  return (
    <form method="post" className="grv-form" noValidate aria-label={`${label} annuleren`} onSubmit={onSubmit}>
      <ErrorSummary
        formId={formId}
        errors={error ? [{ id: `${formId}-knop`, message: error }] : []}
        focusKey={feedback.focusKey}
      />
      {confirming ? (
        <StatusMessage>
          Weet u het zeker? De vergadering verdwijnt uit de kalender, de openbare pagina's, de agenda-export en de
          prognose. Ze blijft bewaard in de geschiedenis.
        </StatusMessage>
      ) : null}
      <SubmitButton busy={busy} label={confirming ? "Ja, annuleer deze vergadering" : "Vergadering annuleren"} />
    </form>
  );
}

export function RecesForm({ action }: { action: FormDataAction }) {
  const formId = "reces";
  const f = useActionForm<RecesInput>({
    formId,
    schema: recesSchema,
    defaultValues: { label: "", van: "", tot: "" },
    submit: (values) => action(toFormData(values)),
    onSaved: () => f.reset(),
  });
  return (
    <form className="grv-form" noValidate aria-label="Reces toevoegen" {...progressiveForm(action, f.onSubmit)}>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>Het reces is toegevoegd.</StatusMessage> : null}
      <TextboxField label="Naam van het reces" {...f.field("label")} />
      <DateField label="Eerste dag" {...f.field("van")} />
      <DateField label="Laatste dag" {...f.field("tot")} />
      <SubmitButton busy={f.busy} label="Reces toevoegen" />
    </form>
  );
}

export type ImportReport = {
  imported: { datum: string; kind: string; titel: string | null }[];
  skipped: { regel: string; reden: string }[];
};

export function ImportForm({ action }: { action: FormDataAction<{ report?: ImportReport }> }) {
  const formId = "import";
  const fileId = `${formId}-bestand`;
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const feedback = useSubmitFeedback();
  async function onSubmit(ev: FormEvent) {
    ev.preventDefault();
    setReport(null);
    if (!file) return feedback.refuse("Kies een CSV- of iCalendar-bestand (.csv of .ics).");
    setBusy(true);
    const res = await action(toFormData({}, file));
    setBusy(false);
    if (feedback.settle(res)) setReport(res.report ?? null);
  }
  // A missing file and the server's refusal both belong to the one field of this form.
  const error = feedback.serverError ?? undefined;
  return (
    <form method="post" className="grv-form" noValidate aria-label="Vergaderingen importeren" onSubmit={onSubmit}>
      <ErrorSummary
        formId={formId}
        errors={error ? [{ id: fileId, message: error }] : []}
        focusKey={feedback.focusKey}
      />
      <FileField
        id={fileId}
        label="Bestand (.csv of .ics)"
        error={error}
        description="CSV met de kolommen datum;soort;titel (soort: commissie of raad), of een iCalendar-export van de vergaderkalender."
        accept=".csv,.ics,text/csv,text/calendar"
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          feedback.start();
        }}
      />
      <SubmitButton busy={busy} label="Importeren" busyLabel="Bezig met importeren…" />
      {report ? (
        <StatusMessage testId="importverslag">
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
        </StatusMessage>
      ) : null}
    </form>
  );
}
