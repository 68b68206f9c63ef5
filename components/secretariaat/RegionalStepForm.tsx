"use client";

import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { regionalStepSchema, type RegionalStep } from "@/lib/validation/regional-step";
import {
  ErrorSummary,
  Field,
  focusSummary,
  inputProps,
  selectClass,
  textareaClass,
  textboxClass,
  type ActionResult,
} from "./fields";
import { REGIONAL_STEP_ACTIONS, REGIONAL_STEP_DATE_LABELS, STEPS_WITH_VERSION } from "./labels";

type Values = Record<string, string>;
/** An empty field counts as "not filled in" (so the schema says "Vul … in", not "moet een datum zijn"). */
const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);
export type RegionalStepAction = (values: Values, expectedVersion: number) => Promise<ActionResult>;

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
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(regionalStepSchema) as unknown as Resolver<Values>,
    shouldFocusError: false,
    defaultValues: {
      step,
      procedureId,
      ...(STEPS_WITH_VERSION.has(step) ? { versionId: versions.at(-1)?.id ?? "" } : {}),
    },
  });
  const err = (name: string) => errors[name]?.message as string | undefined;
  const names = ["versionId", "date", "besluitnummer", "reason", "reference"];
  const fieldErrors = names.flatMap((n) => (err(n) ? [{ name: n, message: err(n)! }] : []));

  async function onValid(values: Values) {
    setServerError(null);
    setDone(false);
    const res = await action(values, expectedVersion);
    if (res.ok) {
      setDone(true);
      onDone?.();
      return;
    }
    for (const [name, message] of Object.entries(res.fieldErrors ?? {}))
      if (names.includes(name)) setError(name, { message });
    setServerError(res.message);
    focusSummary(formId);
  }

  return (
    <form
      className="grv-form"
      noValidate
      aria-labelledby={`${formId}-titel`}
      onSubmit={handleSubmit(onValid, () => focusSummary(formId))}
    >
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        {REGIONAL_STEP_ACTIONS[step]}
      </h3>
      <ErrorSummary formId={formId} errors={fieldErrors} serverError={serverError} />
      {done ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__content">De stap is geregistreerd.</div>
        </div>
      ) : null}
      <input type="hidden" {...register("step")} />
      <input type="hidden" {...register("procedureId")} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} readOnly />
      {STEPS_WITH_VERSION.has(step) ? (
        <Field formId={formId} name="versionId" label="Versie" error={err("versionId")}>
          <select
            className={selectClass(err("versionId"))}
            {...inputProps(formId, "versionId", err("versionId"))}
            {...register("versionId", { setValueAs: emptyToUndefined })}
          >
            <option value="">Kies een versie</option>
            {versions.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field formId={formId} name="date" label={REGIONAL_STEP_DATE_LABELS[step]} error={err("date")}>
        <input
          type="date"
          className={textboxClass(err("date"))}
          {...inputProps(formId, "date", err("date"))}
          {...register("date", { setValueAs: emptyToUndefined })}
        />
      </Field>
      {step === "bosd_akkoord" ? (
        <Field formId={formId} name="besluitnummer" label="Besluitnummer (niet verplicht)" error={err("besluitnummer")}>
          <input
            type="text"
            className={textboxClass(err("besluitnummer"))}
            {...inputProps(formId, "besluitnummer", err("besluitnummer"))}
            {...register("besluitnummer")}
          />
        </Field>
      ) : null}
      {step === "herziene_versie_gepubliceerd" ? (
        <Field formId={formId} name="reason" label="Reden van de herziening" error={err("reason")}>
          <textarea
            rows={3}
            className={textareaClass(err("reason"))}
            {...inputProps(formId, "reason", err("reason"))}
            {...register("reason")}
          />
        </Field>
      ) : null}
      {step === "bekendmaking_geregistreerd" ? (
        <Field
          formId={formId}
          name="reference"
          label="Vindplaats, bijvoorbeeld het Gemeenteblad (niet verplicht)"
          error={err("reference")}
        >
          <input
            type="text"
            className={textboxClass(err("reference"))}
            {...inputProps(formId, "reference", err("reference"))}
            {...register("reference")}
          />
        </Field>
      ) : null}
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={isSubmitting}>
          {isSubmitting ? "Bezig…" : REGIONAL_STEP_ACTIONS[step]}
        </button>
      </div>
    </form>
  );
}
