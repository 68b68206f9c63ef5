"use client";

import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import {
  DateField,
  ErrorSummary,
  type FormDataAction,
  StatusMessage,
  SubmitButton,
  toFormData,
  useActionForm,
} from "@/components/ui/form";
import {
  agenderingSchema,
  ontvangstSchema,
  zienswijzeIndienenSchema,
  type AgenderingInput,
  type OntvangstInput,
  type ZienswijzeIndienenInput,
} from "@/lib/validation/griffie/raad";
import { beleidskaderStapSchema, type BeleidskaderStapInput } from "@/lib/validation/griffie/beleidskader";

type SubmitAction = FormDataAction;

interface Common {
  procedureId: string;
  participantId: string;
  expectedVersion: number;
  action: SubmitAction;
  onDone?: () => void;
}

type DateInput = { name: string; label: string; description?: string };

/** A small griffie form of one or two dates; the schema is the one the server parses. */
function DateStepForm<V extends FieldValues>(props: {
  formId: string;
  ariaLabel: string;
  schema: z.ZodType;
  defaultValues: DefaultValues<V>;
  dates: DateInput[];
  submitLabel: string;
  action: SubmitAction;
  onDone?: () => void;
}) {
  const f = useActionForm<V>({
    formId: props.formId,
    schema: props.schema,
    defaultValues: props.defaultValues,
    submit: (values) => props.action(toFormData(values)),
    onSaved: () => props.onDone?.(),
  });
  return (
    <form method="post" className="grv-form" noValidate onSubmit={f.onSubmit} aria-label={props.ariaLabel}>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>Opgeslagen.</StatusMessage> : null}
      {props.dates.map((d) => (
        <DateField key={d.name} label={d.label} description={d.description} {...f.field(d.name as never)} />
      ))}
      <SubmitButton busy={f.busy} label={props.submitLabel} />
    </form>
  );
}

const track = (p: Common) => ({
  procedureId: p.procedureId,
  participantId: p.participantId,
  expectedVersion: String(p.expectedVersion),
});

/** Receipt of the ontwerp or the toestemmingsvoorstel at the griffie. */
export function OntvangstForm({ stap, ...p }: Common & { stap: OntvangstInput["stap"] }) {
  return (
    <DateStepForm<OntvangstInput>
      formId={`ontvangst-${stap}`}
      ariaLabel={stap === "ontwerp" ? "Ontvangst ontwerp" : "Ontvangst toestemmingsvoorstel"}
      schema={ontvangstSchema}
      defaultValues={{ ...track(p), stap, ontvangenOp: "" }}
      dates={[
        stap === "ontwerp"
          ? {
              name: "ontvangenOp",
              label: "Datum van ontvangst van het ontwerp door de griffie",
              description: "Met deze datum begint de wettelijke termijn van acht weken (Wgr art. 1 lid 3).",
            }
          : { name: "ontvangenOp", label: "Datum van ontvangst van het toestemmingsvoorstel" },
      ]}
      submitLabel="Ontvangst registreren"
      action={p.action}
      onDone={p.onDone}
    />
  );
}

/** The zienswijze or the toestemmingsvoorstel is on the agenda. */
export function AgenderingForm({ stap, ...p }: Common & { stap: AgenderingInput["stap"] }) {
  return (
    <DateStepForm<AgenderingInput>
      formId={`agendering-${stap}`}
      ariaLabel="Agendering"
      schema={agenderingSchema}
      defaultValues={{ ...track(p), stap, commissieDatum: "", raadDatum: "" }}
      dates={[
        { name: "commissieDatum", label: "Datum commissievergadering (niet verplicht)" },
        { name: "raadDatum", label: "Datum raadsvergadering" },
      ]}
      submitLabel="Agendering registreren"
      action={p.action}
      onDone={p.onDone}
    />
  );
}

/** The vastgestelde zienswijze was sent to the regional secretariat. */
export function IndienenForm({
  zienswijzeId,
  action,
  onDone,
}: {
  zienswijzeId: string;
  action: SubmitAction;
  onDone?: () => void;
}) {
  return (
    <DateStepForm<ZienswijzeIndienenInput>
      formId="indienen"
      ariaLabel="Zienswijze indienen"
      schema={zienswijzeIndienenSchema}
      defaultValues={{ zienswijzeId, ingediendOp: "" }}
      dates={[{ name: "ingediendOp", label: "Datum van indienen" }]}
      submitLabel="Indienen registreren"
      action={action}
      onDone={onDone}
    />
  );
}

/** Beleidskader: raadsvoorstel aangeboden, or geagendeerd for a raadsvergadering. */
export function BeleidskaderStapForm({ stap, ...p }: Common & { stap: BeleidskaderStapInput["stap"] }) {
  const aangeboden = stap === "aangeboden";
  return (
    <DateStepForm<BeleidskaderStapInput>
      formId={`beleidskader-${stap}`}
      ariaLabel={aangeboden ? "Raadsvoorstel aangeboden" : "Raadsvoorstel geagendeerd"}
      schema={beleidskaderStapSchema}
      defaultValues={{ ...track(p), stap, datum: "" }}
      dates={[
        {
          name: "datum",
          label: aangeboden
            ? "Datum waarop het raadsvoorstel aan de raad is aangeboden"
            : "Datum van de raadsvergadering",
        },
      ]}
      submitLabel={aangeboden ? "Aanbieding registreren" : "Agendering registreren"}
      action={p.action}
      onDone={p.onDone}
    />
  );
}
