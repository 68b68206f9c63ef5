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
import { ontwerpVerzondenSchema, raadsledenoverlegSchema } from "@/lib/validation/regional-record";
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
