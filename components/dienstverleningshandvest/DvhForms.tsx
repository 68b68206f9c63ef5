"use client";

import type { z } from "zod";
import {
  DateField,
  ErrorSummary,
  type FormDataAction,
  StatusMessage,
  SubmitButton,
  TextareaField,
  TextboxField,
  useActionForm,
} from "@/components/ui/form";
import { versionedFormData } from "@/components/secretariaat/form-data";
import {
  dvhBosdAkkoordSchema,
  dvhCollegebesluitSchema,
  dvhRaadGeinformeerdSchema,
  startDvhActualisatieSchema,
} from "@/lib/validation/dienstverleningshandvest";

type Values = Record<string, string>;

interface StepProps {
  procedureId: string;
  expectedVersion: number;
  action: FormDataAction;
}

/** One dated step of the handvest (BOSD akkoord, collegebesluit, raad geïnformeerd), with an optional besluitnummer. */
function DvhDateForm(
  props: StepProps & {
    formId: string;
    title: string;
    schema: z.ZodType;
    hidden: Values;
    dateName: string;
    dateLabel: string;
    besluitnummer?: boolean;
  },
) {
  const f = useActionForm<Values>({
    formId: props.formId,
    schema: props.schema,
    defaultValues: { procedureId: props.procedureId, ...props.hidden },
    submit: (values) => props.action(versionedFormData(values, props.expectedVersion)),
    only: [props.dateName, "besluitnummer"],
  });
  return (
    <form method="post" className="grv-form" noValidate aria-labelledby={`${props.formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${props.formId}-titel`}>
        {props.title}
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage>De stap is geregistreerd.</StatusMessage> : null}
      <DateField label={props.dateLabel} {...f.field(props.dateName)} />
      {props.besluitnummer ? (
        <TextboxField label="Besluitnummer (niet verplicht)" {...f.field("besluitnummer")} />
      ) : null}
      <SubmitButton busy={f.busy} label={props.title} busyLabel="Bezig…" />
    </form>
  );
}

/** The secretariat records the BOSD's akkoord on the concept. */
export function DvhBosdForm(props: StepProps) {
  return (
    <DvhDateForm
      {...props}
      formId="dvh-bosd"
      title="Akkoord BOSD registreren"
      schema={dvhBosdAkkoordSchema}
      hidden={{}}
      dateName="decidedOn"
      dateLabel="Datum van het BOSD-besluit"
      besluitnummer
    />
  );
}

/** A college's decision on the handvest (college workspace, or the secretariat booking it). */
export function DvhCollegeForm(props: StepProps & { participantId: string; gemeente: string }) {
  return (
    <DvhDateForm
      {...props}
      formId={`dvh-college-${props.participantId}`}
      title={`${props.gemeente}: collegebesluit registreren`}
      schema={dvhCollegebesluitSchema}
      hidden={{ participantId: props.participantId }}
      dateName="decidedOn"
      dateLabel="Datum van het collegebesluit"
      besluitnummer
    />
  );
}

/** The griffie records that its raad was informed. */
export function DvhRaadForm(props: StepProps & { participantId: string }) {
  return (
    <DvhDateForm
      {...props}
      formId={`dvh-raad-${props.participantId}`}
      title="Raad geïnformeerd registreren"
      schema={dvhRaadGeinformeerdSchema}
      hidden={{ participantId: props.participantId }}
      dateName="informedOn"
      dateLabel="Datum waarop de raad is geïnformeerd"
    />
  );
}

/** The secretariat starts the actualisatie: the new text as a structured text (one article per "Artikel"). */
export function DvhStartForm(props: StepProps) {
  const f = useActionForm<Values>({
    formId: "dvh-start",
    schema: startDvhActualisatieSchema,
    defaultValues: { procedureId: props.procedureId, status: "CONCEPT" },
    submit: (values) => props.action(versionedFormData(values, props.expectedVersion)),
    only: ["label", "text", "toelichting", "createdOn", "articles"],
  });
  return (
    <form method="post" className="grv-form" noValidate aria-labelledby="dvh-start-titel" onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id="dvh-start-titel">
        Actualisatie starten
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage>De nieuwe versie is opgeslagen en de actualisatie is gestart.</StatusMessage> : null}
      <TextboxField label="Naam van de nieuwe versie" {...f.field("label")} />
      <TextareaField
        label="Tekst van het handvest"
        description="Begin elk artikel op een nieuwe regel met 'Artikel', het nummer en de titel, bijvoorbeeld: Artikel 1 – Taken."
        rows={10}
        {...f.field("text")}
      />
      <TextareaField label="Toelichting (niet verplicht)" rows={3} {...f.field("toelichting")} />
      <DateField label="Datum van het concept" {...f.field("createdOn")} />
      <SubmitButton busy={f.busy} label="Actualisatie starten" busyLabel="Bezig…" />
    </form>
  );
}
