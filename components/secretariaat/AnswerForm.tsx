"use client";

import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { answerPointSchema, DISPOSITIONS, DISPOSITION_LABELS } from "@/lib/validation/nota";
import {
  RADIO_SIZE,
  ErrorSummary,
  Field,
  focusSummary,
  inputProps,
  selectClass,
  textareaClass,
  fieldId,
  type ActionResult,
} from "./fields";

type Values = { pointId: string; antwoord: string; disposition: string; changedArticleId: string };
export type AnswerAction = (values: Values) => Promise<ActionResult>;

export interface AnswerFormProps {
  pointId: string;
  /** Shown in the legend and button so several forms on one page stay distinguishable. */
  pointLabel: string;
  initial?: { antwoord: string | null; disposition: string | null; changedArticleId: string | null };
  articles: { id: string; label: string }[];
  action: AnswerAction;
}

/** Answer to one zienswijze point: text, disposition (radio group) and optionally the changed article. */
export function AnswerForm({ pointId, pointLabel, initial, articles, action }: AnswerFormProps) {
  const formId = `antwoord-${pointId}`;
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(answerPointSchema) as unknown as Resolver<Values>,
    shouldFocusError: false,
    defaultValues: {
      pointId,
      antwoord: initial?.antwoord ?? "",
      disposition: initial?.disposition ?? "",
      changedArticleId: initial?.changedArticleId ?? "",
    },
  });
  const err = (name: keyof Values) => errors[name]?.message;
  const fieldErrors = (["antwoord", "disposition", "changedArticleId"] as const).flatMap((n) => {
    const m = err(n);
    return m ? [{ name: n === "disposition" ? "disposition-0" : n, message: m }] : [];
  });

  async function onValid(values: Values) {
    setServerError(null);
    setSaved(false);
    const res = await action(values);
    if (res.ok) {
      setSaved(true);
      return;
    }
    for (const [name, message] of Object.entries(res.fieldErrors ?? {})) {
      if (name === "antwoord" || name === "disposition" || name === "changedArticleId") setError(name, { message });
    }
    setServerError(res.message);
    focusSummary(formId);
  }

  const dispositionError = err("disposition");
  return (
    <form
      className="grv-form"
      noValidate
      aria-label={`Antwoord op ${pointLabel}`}
      onSubmit={handleSubmit(onValid, () => focusSummary(formId))}
    >
      <ErrorSummary formId={formId} errors={fieldErrors} serverError={serverError} />
      {saved ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__content">Het antwoord is opgeslagen.</div>
        </div>
      ) : null}
      <input type="hidden" {...register("pointId")} />
      <Field formId={formId} name="antwoord" label="Antwoord" error={err("antwoord")}>
        <textarea
          rows={4}
          className={textareaClass(err("antwoord"))}
          {...inputProps(formId, "antwoord", err("antwoord"))}
          {...register("antwoord")}
        />
      </Field>
      <fieldset
        className={`utrecht-form-fieldset${dispositionError ? " utrecht-form-fieldset--invalid" : ""}`}
        aria-describedby={dispositionError ? `${formId}-disposition-fout` : undefined}
      >
        <legend className="utrecht-form-fieldset__legend">Wat gebeurt er met dit punt?</legend>
        {dispositionError ? (
          <div className="utrecht-form-field-error-message" id={`${formId}-disposition-fout`}>
            {dispositionError}
          </div>
        ) : null}
        {DISPOSITIONS.map((d, i) => (
          <div className="utrecht-form-field utrecht-form-field--radio" key={d}>
            <input
              type="radio"
              id={fieldId(formId, `disposition-${i}`)}
              value={d}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              style={RADIO_SIZE}
              aria-invalid={dispositionError ? true : undefined}
              {...register("disposition")}
            />{" "}
            <label
              className="utrecht-form-label utrecht-form-label--radio"
              htmlFor={fieldId(formId, `disposition-${i}`)}
            >
              {DISPOSITION_LABELS[d]}
            </label>
          </div>
        ))}
      </fieldset>
      <Field
        formId={formId}
        name="changedArticleId"
        label="Gewijzigd artikel in de nieuwe versie (niet verplicht)"
        error={err("changedArticleId")}
      >
        <select
          className={selectClass(err("changedArticleId"))}
          {...inputProps(formId, "changedArticleId", err("changedArticleId"))}
          {...register("changedArticleId")}
        >
          <option value="">Geen artikel gewijzigd</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </Field>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={isSubmitting}>
          {isSubmitting ? "Bezig met opslaan…" : "Antwoord opslaan"}
        </button>
      </div>
    </form>
  );
}
