"use client";

import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { publishVersionSchema } from "@/lib/validation/version";
import {
  RADIO_SIZE,
  ErrorSummary,
  Field,
  focusSummary,
  inputProps,
  fieldId,
  textareaClass,
  textboxClass,
} from "./fields";

type Values = { documentId: string; label: string; status: string; toelichting: string; text: string };
export type PublishAction = (
  values: Values,
) => Promise<{ ok: true; number: number } | { ok: false; message: string; fieldErrors?: Record<string, string> }>;

/** Publish a new (immutable) version by importing a structured text ("Artikel 1 – Titel" headings). */
export function PublishVersionForm({
  documentId,
  diffBase,
  action,
  initialText = "",
}: {
  documentId: string;
  diffBase: string;
  action: PublishAction;
  initialText?: string;
}) {
  const formId = "nieuwe-versie";
  const [serverError, setServerError] = useState<string | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(publishVersionSchema) as unknown as Resolver<Values>,
    shouldFocusError: false,
    defaultValues: { documentId, label: "", status: "CONCEPT", toelichting: "", text: initialText },
  });
  // The schema reports "no articles and no text" on `articles`: show it at the text field.
  const textError =
    errors.text?.message ?? (errors as Record<string, { message?: string } | undefined>).articles?.message;
  const fieldErrors = [
    errors.label?.message ? { name: "label", message: errors.label.message } : null,
    errors.status?.message ? { name: "status-0", message: errors.status.message } : null,
    textError ? { name: "text", message: textError } : null,
  ].filter((e): e is { name: string; message: string } => Boolean(e));

  async function onValid(values: Values) {
    setServerError(null);
    setPublished(null);
    const res = await action(values);
    if (res.ok) {
      setPublished(res.number);
      // The text just published is now the newest version: keep it as the starting point for the next one.
      reset({ documentId, label: "", status: "CONCEPT", toelichting: "", text: values.text });
      return;
    }
    if (res.fieldErrors?.text) setError("text", { message: res.fieldErrors.text });
    if (res.fieldErrors?.label) setError("label", { message: res.fieldErrors.label });
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
        Nieuwe versie publiceren
      </h3>
      <ErrorSummary formId={formId} errors={fieldErrors} serverError={serverError} />
      {published ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <div className="utrecht-alert__content">
            Versie {published} is gepubliceerd.{" "}
            {published > 1 ? (
              <a href={`${diffBase}?van=${published - 1}&naar=${published}`}>
                Bekijk de verschillen met versie {published - 1}
              </a>
            ) : null}
          </div>
        </div>
      ) : null}
      <input type="hidden" {...register("documentId")} />
      <Field formId={formId} name="label" label="Naam van de versie" error={errors.label?.message}>
        <input
          type="text"
          className={textboxClass(errors.label?.message)}
          {...inputProps(formId, "label", errors.label?.message)}
          {...register("label")}
        />
      </Field>
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Status van de versie</legend>
        {[
          ["CONCEPT", "Concept"],
          ["DEFINITIEF", "Definitief"],
        ].map(([value, label], i) => (
          <div className="utrecht-form-field utrecht-form-field--radio" key={value}>
            <input
              type="radio"
              id={fieldId(formId, `status-${i}`)}
              value={value}
              className="utrecht-radio-button utrecht-radio-button--html-input"
              style={RADIO_SIZE}
              {...register("status")}
            />{" "}
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={fieldId(formId, `status-${i}`)}>
              {label}
            </label>
          </div>
        ))}
      </fieldset>
      <Field formId={formId} name="toelichting" label="Toelichting (niet verplicht)">
        <input
          type="text"
          className={textboxClass()}
          {...inputProps(formId, "toelichting")}
          {...register("toelichting")}
        />
      </Field>
      <Field
        formId={formId}
        name="text"
        label="Tekst van de nieuwe versie"
        hint='De tekst van de nieuwste versie staat al klaar: pas artikelen aan of plak een nieuwe tekst. Begin elk artikel met een kop als "Artikel 1 – Begripsbepalingen" of "Bijlage – Titel". Alles tot de volgende kop is de tekst van het artikel.'
        error={textError}
      >
        <textarea
          rows={14}
          className={textareaClass(textError)}
          {...inputProps(formId, "text", textError, true)}
          {...register("text")}
        />
      </Field>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={isSubmitting}>
          {isSubmitting ? "Bezig met publiceren…" : "Nieuwe versie publiceren"}
        </button>
      </div>
    </form>
  );
}
