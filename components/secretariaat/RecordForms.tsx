"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import type { z } from "zod";
import {
  DateField,
  ErrorSummary,
  type FormDataAction,
  SelectField,
  KeptMessage,
  StatusMessage,
  SubmitButton,
  TextareaField,
  TextboxField,
  toFormData,
  useActionForm,
  warningsOf,
} from "@/components/ui/form";
import {
  membershipChangeSchema,
  ontwerpVerzondenSchema,
  raadsledenoverlegSchema,
  regionalCorrectionSchema,
} from "@/lib/validation/regional-record";
import { registerInschrijvingSchema } from "@/lib/validation/register";
import { versionedFormData } from "./form-data";
import { emptyToUndefined } from "./RegionalStepForm";

type Values = Record<string, string>;

interface RecordFormProps {
  procedureId: string;
  expectedVersion: number;
  action: FormDataAction;
  /** Given by a holder outside the keyed form (the form kit's KeptMessage): the holder shows the message, not the form. */
  onSaved?: (warnings: string[]) => void;
}

/** One record form: the shared schema, the regional version it was computed from, a refresh after saving. */
function useRecordForm(formId: string, schema: z.ZodType, defaults: Values, only: string[], props: RecordFormProps) {
  const router = useRouter();
  return useActionForm<Values>({
    formId,
    schema,
    defaultValues: { procedureId: props.procedureId, ...defaults },
    submit: (values) => props.action(versionedFormData(values, props.expectedVersion)),
    onSaved: (res) => {
      props.onSaved?.(warningsOf(res));
      router.refresh();
    },
    only,
  });
}

function RecordFormFrame(props: {
  formId: string;
  title: string;
  /** The message after a save; undefined when a holder outside the keyed form shows it. */
  saved?: string;
  f: ReturnType<typeof useRecordForm>;
  submitLabel: string;
  children: ReactNode;
}) {
  const { formId, f } = props;
  return (
    <form method="post" className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        {props.title}
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved && props.saved ? <StatusMessage warnings={f.warnings}>{props.saved}</StatusMessage> : null}
      <input type="hidden" {...f.register("procedureId")} />
      {props.children}
      <SubmitButton busy={f.busy} label={props.submitLabel} busyLabel="Bezig…" />
    </form>
  );
}

const ONTWERP_VERZONDEN_SAVED =
  "De verzending is geregistreerd. Tot de griffie de ontvangst bevestigt, geldt voor elke raad een aangenomen ontvangst.";

/** The sending form while raden await it, keyed by the version, with its message kept across the refresh. */
export function OntwerpVerzondenControl(props: Omit<OntwerpVerzondenProps, "onSaved">) {
  return (
    <KeptMessage<string>>
      {(report) =>
        props.raden.length > 0 ? (
          <OntwerpVerzondenForm
            key={`verzonden-${props.expectedVersion}`}
            {...props}
            onSaved={(warnings) => report(ONTWERP_VERZONDEN_SAVED, warnings)}
          />
        ) : null
      }
    </KeptMessage>
  );
}

type OntwerpVerzondenProps = RecordFormProps & { raden: { id: string; name: string }[] };

/** The college's sending of the ontwerp to its raad: one raad, or every raad not yet recorded, on one date. */
export function OntwerpVerzondenForm(props: OntwerpVerzondenProps) {
  const f = useRecordForm(
    "ontwerp-verzonden",
    ontwerpVerzondenSchema,
    { participantIds: "alle" },
    ["participantIds", "date"],
    props,
  );
  return (
    <RecordFormFrame
      formId="ontwerp-verzonden"
      title="Verzending van het ontwerp aan de raden registreren"
      saved={props.onSaved ? undefined : ONTWERP_VERZONDEN_SAVED}
      submitLabel="Verzending registreren"
      f={f}
    >
      <SelectField
        label="Raad"
        options={[
          ["alle", "Alle raden waarvoor nog geen verzending is geregistreerd"],
          ...props.raden.map((r) => [r.id, r.name] as const),
        ]}
        {...f.field("participantIds")}
      />
      <DateField label="Datum van verzending" {...f.field("date", { setValueAs: emptyToUndefined })} />
    </RecordFormFrame>
  );
}

/** A regional raadsledenoverleg (klankbord) about the regeling: date and notes. */
export function RaadsledenoverlegForm(props: RecordFormProps) {
  const f = useRecordForm("raadsledenoverleg", raadsledenoverlegSchema, { notes: "" }, ["date", "notes"], props);
  return (
    <RecordFormFrame
      formId="raadsledenoverleg"
      title="Regionaal raadsledenoverleg registreren"
      saved="Het overleg is geregistreerd."
      submitLabel="Overleg registreren"
      f={f}
    >
      <DateField label="Datum van het overleg" {...f.field("date", { setValueAs: emptyToUndefined })} />
      <TextareaField label="Aantekeningen" rows={4} {...f.field("notes")} />
    </RecordFormFrame>
  );
}

/**
 * Toetreding or uittreding of a participant while the procedure runs. Uittreding: a gemeente of the
 * procedure; toetreding: a participant of the regeling that has no place in the procedure yet.
 */
export function DeelnemerWijzigingForm(
  props: RecordFormProps & { current: { id: string; name: string }[]; candidates: { id: string; name: string }[] },
) {
  const f = useRecordForm(
    "deelnemer-wijziging",
    membershipChangeSchema,
    { change: "uittreding", participantId: "", reason: "" },
    ["change", "participantId", "date", "reason"],
    props,
  );
  return (
    <RecordFormFrame
      formId="deelnemer-wijziging"
      title="Toetreding of uittreding registreren"
      saved="De wijziging van de deelnemers is geregistreerd."
      submitLabel="Wijziging registreren"
      f={f}
    >
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
    </RecordFormFrame>
  );
}

/**
 * R15: the regeling entered in a register (a party's college register, Wgr art. 27 lid 1, or the
 * central GR-register). Not a procedure track: no version; recording a register again corrects its date.
 */
export function RegisterInschrijvingForm(props: {
  regelingId: string;
  registers: { register: string; label: string }[];
  action: FormDataAction;
}) {
  const router = useRouter();
  const formId = "register-inschrijving";
  const f = useActionForm<Values>({
    formId,
    schema: registerInschrijvingSchema,
    defaultValues: { regelingId: props.regelingId, register: "", kenmerk: "" },
    submit: (values) => props.action(toFormData(values)),
    onSaved: () => router.refresh(),
    only: ["register", "ingeschrevenOp", "kenmerk"],
  });
  return (
    <form className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        Inschrijving in een register registreren
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>De inschrijving is geregistreerd.</StatusMessage> : null}
      <input type="hidden" {...f.register("regelingId")} />
      <SelectField
        label="Register"
        options={[["", "Kies een register"], ...props.registers.map((r) => [r.register, r.label] as const)]}
        {...f.field("register")}
      />
      <DateField label="Datum van inschrijving" {...f.field("ingeschrevenOp", { setValueAs: emptyToUndefined })} />
      <TextboxField label="Kenmerk (niet verplicht)" {...f.field("kenmerk")} />
      <SubmitButton busy={f.busy} label="Inschrijving registreren" busyLabel="Bezig…" />
    </form>
  );
}

/**
 * The correction of a regional step's date: a new record with its reason, shown in the history; the date it
 * replaces stays recorded. For the sending of the ontwerp the raad is chosen.
 */
export function RegionalCorrectionForm(props: RegionalCorrectionProps) {
  const f = useRecordForm(
    "correctie-regionale-stap",
    regionalCorrectionSchema,
    { step: props.steps[0]?.step ?? "", participantId: "", reason: "" },
    ["step", "participantId", "date", "reason"],
    props,
  );
  const step = f.watch("step");
  return (
    <RecordFormFrame
      formId="correctie-regionale-stap"
      title="Een regionale stap corrigeren"
      saved={props.onSaved ? undefined : REGIONAL_CORRECTION_SAVED}
      submitLabel="Correctie registreren"
      f={f}
    >
      <SelectField label="Stap" options={props.steps.map((s) => [s.step, s.label] as const)} {...f.field("step")} />
      {step === "ontwerp_verzonden" ? (
        <SelectField
          label="Raad"
          options={[["", "Kies een raad"], ...props.raden.map((r) => [r.id, r.name] as const)]}
          {...f.field("participantId", { setValueAs: emptyToUndefined })}
        />
      ) : null}
      <DateField label="Juiste datum" {...f.field("date", { setValueAs: emptyToUndefined })} />
      <TextareaField label="Reden van de correctie" rows={3} {...f.field("reason")} />
    </RecordFormFrame>
  );
}

type RegionalCorrectionProps = RecordFormProps & {
  steps: { step: string; label: string }[];
  raden: { id: string; name: string }[];
};

const REGIONAL_CORRECTION_SAVED = "De correctie is geregistreerd en staat in de geschiedenis.";

/** The correction form while steps can be corrected, keyed by the version, with its message kept across the refresh. */
export function RegionalCorrectionControl(props: Omit<RegionalCorrectionProps, "onSaved">) {
  return (
    <KeptMessage<string>>
      {(report) =>
        props.steps.length > 0 ? (
          <RegionalCorrectionForm
            key={`corrigeren-${props.expectedVersion}`}
            {...props}
            onSaved={(warnings) => report(REGIONAL_CORRECTION_SAVED, warnings)}
          />
        ) : null
      }
    </KeptMessage>
  );
}
