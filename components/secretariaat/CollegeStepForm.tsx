"use client";

import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { collegeStepSchema } from "@/lib/validation/college-step";
import { ErrorSummary, Field, focusSummary, inputProps, textboxClass, type ActionResult } from "./fields";

type Values = Record<string, string>;
const emptyToUndefined = (v: unknown) => (v === "" ? undefined : v);
export type CollegeStepAction = (values: Values, expectedVersion: number) => Promise<ActionResult>;

export const COLLEGE_STEP_LABELS: Record<string, string> = {
  collegebesluit_genomen: "Collegebesluit registreren",
  ondertekend: "Ondertekening registreren",
  besluit_bekendgemaakt: "Bekendmaking van het eigen besluit registreren",
};

/** The college's next step for one gemeente (collegebesluit, ondertekening, eigen bekendmaking). */
export function CollegeStepForm(props: {
  procedureId: string;
  participantId: string;
  gemeente: string;
  step: "collegebesluit_genomen" | "ondertekend" | "besluit_bekendgemaakt";
  expectedVersion: number;
  action: CollegeStepAction;
}) {
  const { procedureId, participantId, gemeente, step, expectedVersion, action } = props;
  const formId = `college-${participantId}`;
  const [serverError, setServerError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(collegeStepSchema) as unknown as Resolver<Values>,
    shouldFocusError: false,
    defaultValues: { step, procedureId, participantId },
  });
  const err = (name: string) => errors[name]?.message as string | undefined;
  const names = ["date", "besluitnummer", "reference"];
  const fieldErrors = names.flatMap((n) => (err(n) ? [{ name: n, message: err(n)! }] : []));

  async function onValid(values: Values) {
    setServerError(null);
    setDone(false);
    const res = await action(values, expectedVersion);
    if (res.ok) return setDone(true);
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
        {gemeente}: {COLLEGE_STEP_LABELS[step]}
      </h3>
      <ErrorSummary formId={formId} errors={fieldErrors} serverError={serverError} />
      {done ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__content">De stap is geregistreerd.</div>
        </div>
      ) : null}
      <input type="hidden" {...register("step")} />
      <input type="hidden" {...register("procedureId")} />
      <input type="hidden" {...register("participantId")} />
      <Field
        formId={formId}
        name="date"
        label={
          step === "ondertekend"
            ? "Datum van ondertekening"
            : step === "besluit_bekendgemaakt"
              ? "Publicatiedatum"
              : "Besluitdatum"
        }
        error={err("date")}
      >
        <input
          type="date"
          className={textboxClass(err("date"))}
          {...inputProps(formId, "date", err("date"))}
          {...register("date", { setValueAs: emptyToUndefined })}
        />
      </Field>
      {step === "collegebesluit_genomen" ? (
        <Field formId={formId} name="besluitnummer" label="Besluitnummer (niet verplicht)" error={err("besluitnummer")}>
          <input
            type="text"
            className={textboxClass(err("besluitnummer"))}
            {...inputProps(formId, "besluitnummer", err("besluitnummer"))}
            {...register("besluitnummer")}
          />
        </Field>
      ) : null}
      {step === "besluit_bekendgemaakt" ? (
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
          {isSubmitting ? "Bezig…" : COLLEGE_STEP_LABELS[step]}
        </button>
      </div>
    </form>
  );
}
