"use client";

import {
  ConfirmConsequences,
  DateField,
  ErrorSummary,
  SelectField,
  StatusMessage,
  SubmitButton,
  TextareaField,
  TextboxField,
  type FormDataAction,
  useActionForm,
  warningsOf,
} from "@/components/ui/form";
import { withConfirmation } from "@/lib/validation/confirmation";
import { regionalStepSchema, type RegionalStep } from "@/lib/validation/regional-step";
import { versionedFormData } from "./form-data";
import {
  REGIONAL_STEP_ACTIONS,
  REGIONAL_STEP_CONSEQUENCES,
  REGIONAL_STEP_DATE_LABELS,
  STEPS_WITH_VERSION,
} from "./labels";

type Values = Record<string, string | boolean>;
/** An empty field counts as "not filled in" (so the schema says "Vul … in", not "moet een datum zijn"). */
export const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);
export type RegionalStepAction = FormDataAction;

export interface RegionalStepFormProps {
  procedureId: string;
  step: RegionalStep;
  expectedVersion: number;
  versions: { id: string; label: string }[];
  /** The full participants, one of which publishes the regeling in its Gemeenteblad (Wgr art. 26). */
  publishers?: { id: string; name: string }[];
  action: RegionalStepAction;
  /** Called after a save with the domain's warnings; the caller then shows the status message. */
  onDone?: (warnings: string[]) => void;
}

/** One regional step as a small form; the schema is the one the service parses, the domain's refusal shows in the summary. */
export function RegionalStepForm({
  procedureId,
  step,
  expectedVersion,
  versions,
  publishers = [],
  action,
  onDone,
}: RegionalStepFormProps) {
  const formId = `stap-${step}`;
  const confirm = REGIONAL_STEP_CONSEQUENCES[step];
  const f = useActionForm<Values>({
    formId,
    schema: confirm ? withConfirmation(regionalStepSchema) : regionalStepSchema,
    defaultValues: {
      step,
      procedureId,
      ...(STEPS_WITH_VERSION.has(step) ? { versionId: versions.at(-1)?.id ?? "" } : {}),
    },
    submit: (values) => action(versionedFormData(values, expectedVersion)),
    onSaved: (res) => onDone?.(warningsOf(res)),
    only: ["versionId", "date", "besluitnummer", "reason", "reference", "publishingParticipantId", "plannedInForceOn"],
  });

  return (
    <form method="post" className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        {REGIONAL_STEP_ACTIONS[step]}
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved && !onDone ? <StatusMessage warnings={f.warnings}>De stap is geregistreerd.</StatusMessage> : null}
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
        <>
          <TextboxField label="Vindplaats, bijvoorbeeld het Gemeenteblad (niet verplicht)" {...f.field("reference")} />
          <SelectField
            label="Gemeente die de regeling bekendmaakt in haar Gemeenteblad (niet verplicht)"
            options={[["", "Kies een gemeente"], ...publishers.map((p) => [p.id, p.name] as const)]}
            {...f.field("publishingParticipantId", { setValueAs: emptyToUndefined })}
          />
          <DateField
            label="Geplande datum van inwerkingtreding (niet verplicht)"
            description="De regeling treedt niet in werking vóór de dag na de bekendmaking (artikel 3:40 Awb)."
            {...f.field("plannedInForceOn", { setValueAs: emptyToUndefined })}
          />
        </>
      ) : null}
      {confirm ? (
        <ConfirmConsequences
          consequences={confirm.consequences}
          understood={confirm.understood}
          {...f.field("bevestigd")}
        />
      ) : null}
      <SubmitButton busy={f.busy} label={REGIONAL_STEP_ACTIONS[step]} busyLabel="Bezig…" />
    </form>
  );
}
