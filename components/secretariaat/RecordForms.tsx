"use client";

import { useRouter } from "next/navigation";
import {
  DateField,
  ErrorSummary,
  type FormDataAction,
  SelectField,
  StatusMessage,
  SubmitButton,
  TextareaField,
  useActionForm,
} from "@/components/ui/form";
import {
  membershipChangeSchema,
  ontwerpVerzondenSchema,
  raadsledenoverlegSchema,
} from "@/lib/validation/regional-record";
import { versionedFormData } from "./form-data";
import { emptyToUndefined } from "./RegionalStepForm";

type Values = Record<string, string>;

/** The college's sending of the ontwerp to its raad: one raad, or every raad not yet recorded, on one date. */
export function OntwerpVerzondenForm(props: {
  procedureId: string;
  expectedVersion: number;
  raden: { id: string; name: string }[];
  action: FormDataAction;
}) {
  const router = useRouter();
  const formId = "ontwerp-verzonden";
  const f = useActionForm<Values>({
    formId,
    schema: ontwerpVerzondenSchema,
    defaultValues: { procedureId: props.procedureId, participantIds: "alle" },
    submit: (values) => props.action(versionedFormData(values, props.expectedVersion)),
    onSaved: () => router.refresh(),
    only: ["participantIds", "date"],
  });
  return (
    <form className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        Verzending van het ontwerp aan de raden registreren
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage>De verzending is geregistreerd.</StatusMessage> : null}
      <input type="hidden" {...f.register("procedureId")} />
      <SelectField
        label="Raad"
        options={[
          ["alle", "Alle raden waarvoor nog geen verzending is geregistreerd"],
          ...props.raden.map((r) => [r.id, r.name] as const),
        ]}
        {...f.field("participantIds")}
      />
      <DateField label="Datum van verzending" {...f.field("date", { setValueAs: emptyToUndefined })} />
      <SubmitButton busy={f.busy} label="Verzending registreren" busyLabel="Bezig…" />
    </form>
  );
}

/** A regional raadsledenoverleg (klankbord) about the regeling: date and notes. */
export function RaadsledenoverlegForm(props: { procedureId: string; expectedVersion: number; action: FormDataAction }) {
  const router = useRouter();
  const formId = "raadsledenoverleg";
  const f = useActionForm<Values>({
    formId,
    schema: raadsledenoverlegSchema,
    defaultValues: { procedureId: props.procedureId, notes: "" },
    submit: (values) => props.action(versionedFormData(values, props.expectedVersion)),
    onSaved: () => router.refresh(),
    only: ["date", "notes"],
  });
  return (
    <form className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        Regionaal raadsledenoverleg registreren
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage>Het overleg is geregistreerd.</StatusMessage> : null}
      <input type="hidden" {...f.register("procedureId")} />
      <DateField label="Datum van het overleg" {...f.field("date", { setValueAs: emptyToUndefined })} />
      <TextareaField label="Aantekeningen" rows={4} {...f.field("notes")} />
      <SubmitButton busy={f.busy} label="Overleg registreren" busyLabel="Bezig…" />
    </form>
  );
}

/**
 * Toetreding or uittreding of a participant while the procedure runs. Uittreding: a gemeente of the
 * procedure; toetreding: a participant of the regeling that has no place in the procedure yet.
 */
export function DeelnemerWijzigingForm(props: {
  procedureId: string;
  expectedVersion: number;
  current: { id: string; name: string }[];
  candidates: { id: string; name: string }[];
  action: FormDataAction;
}) {
  const router = useRouter();
  const formId = "deelnemer-wijziging";
  const f = useActionForm<Values>({
    formId,
    schema: membershipChangeSchema,
    defaultValues: { procedureId: props.procedureId, change: "uittreding", participantId: "", reason: "" },
    submit: (values) => props.action(versionedFormData(values, props.expectedVersion)),
    onSaved: () => router.refresh(),
    only: ["change", "participantId", "date", "reason"],
  });
  return (
    <form className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        Toetreding of uittreding registreren
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage>De wijziging van de deelnemers is geregistreerd.</StatusMessage> : null}
      <input type="hidden" {...f.register("procedureId")} />
      <SelectField
        label="Wijziging"
        options={[
          ["uittreding", "Uittreding: een gemeente neemt niet langer deel"],
          ["toetreding", "Toetreding: een deelnemer van de regeling doet mee"],
        ]}
        {...f.field("change")}
      />
      <SelectField
        label="Gemeente"
        options={[
          ["", "Kies een gemeente"],
          ...props.current.map((p) => [p.id, `${p.name} (uittreding)`] as const),
          ...props.candidates.map((p) => [p.id, `${p.name} (toetreding)`] as const),
        ]}
        {...f.field("participantId", { setValueAs: emptyToUndefined })}
      />
      <DateField label="Datum" {...f.field("date", { setValueAs: emptyToUndefined })} />
      <TextareaField label="Reden" rows={3} {...f.field("reason")} />
      <SubmitButton busy={f.busy} label="Wijziging registreren" busyLabel="Bezig…" />
    </form>
  );
}
