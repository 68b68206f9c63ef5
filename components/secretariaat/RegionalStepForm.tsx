"use client";

import {
  DateField,
  ErrorSummary,
  SelectField,
  StatusMessage,
  SubmitButton,
  TextareaField,
  TextboxField,
  useActionForm,
} from "@/components/ui/form";
import type { Result } from "@/lib/result";
import { regionalStepSchema, type RegionalStep } from "@/lib/validation/regional-step";
import { REGIONAL_STEP_ACTIONS, REGIONAL_STEP_DATE_LABELS, STEPS_WITH_VERSION } from "./labels";

type Values = Record<string, string>;
/** An empty field counts as "not filled in" (so the schema says "Vul … in", not "moet een datum zijn"). */
export const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);
export type RegionalStepAction = (values: Values, expectedVersion: number) => Promise<Result>;

export interface RegionalStepFormProps {
  procedureId: string;
  step: RegionalStep;
  expectedVersion: number;
  versions: { id: string; label: string }[];
  action: RegionalStepAction;
  onDone?: () => void;
}

/** One regional step as a small form; the schema is the one the service parses, the domain's refusal shows in the summary. */
export function RegionalStepForm({
  procedureId,
  step,
  expectedVersion,
  versions,
  action,
  onDone,
}: RegionalStepFormProps) {
  const formId = `stap-${step}`;
  const f = useActionForm<Values>({
    formId,
    schema: regionalStepSchema,
    defaultValues: {
      step,
      procedureId,
      ...(STEPS_WITH_VERSION.has(step) ? { versionId: versions.at(-1)?.id ?? "" } : {}),
    },
    submit: (values) => action(values, expectedVersion),
    onSaved: () => onDone?.(),
    only: ["versionId", "date", "besluitnummer", "reason", "reference"],
  });

  return (
    <form className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        {REGIONAL_STEP_ACTIONS[step]}
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage>De stap is geregistreerd.</StatusMessage> : null}
      <input type="hidden" {...f.register("step")} />
      <input type="hidden" {...f.register("procedureId")} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} readOnly />
      {STEPS_WITH_VERSION.has(step) ? (
        <SelectField
          label="Versie"
          options={[["", "Kies een versie"], ...versions.map((v) => [v.id, v.label] as const)]}
          {...f.field("versionId", { setValueAs: emptyToUndefined })}
        />
      ) : null}
      <DateField label={REGIONAL_STEP_DATE_LABELS[step]} {...f.field("date", { setValueAs: emptyToUndefined })} />
      {step === "bosd_akkoord" ? (
        <TextboxField label="Besluitnummer (niet verplicht)" {...f.field("besluitnummer")} />
      ) : null}
      {step === "herziene_versie_gepubliceerd" ? (
        <TextareaField label="Reden van de herziening" rows={3} {...f.field("reason")} />
      ) : null}
      {step === "bekendmaking_geregistreerd" ? (
        <TextboxField label="Vindplaats, bijvoorbeeld het Gemeenteblad (niet verplicht)" {...f.field("reference")} />
      ) : null}
      <SubmitButton busy={f.busy} label={REGIONAL_STEP_ACTIONS[step]} busyLabel="Bezig…" />
    </form>
  );
}
