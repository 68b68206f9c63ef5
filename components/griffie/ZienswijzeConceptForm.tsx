"use client";

import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { zienswijzeConceptSchema, type ZienswijzeConceptInput } from "@/lib/validation/griffie/raad";
import {
  ErrorSummary,
  Field,
  SubmitButton,
  TextInput,
  applyServerErrors,
  fieldId,
  flattenErrors,
  focusSummary,
  toFormData,
  type SubmitAction,
} from "./fields";

export interface ZienswijzeConceptFormProps {
  procedureId: string;
  participantId: string;
  /** The articles of the document version under consideration (the only ones a point may refer to). */
  articles: { id: string; nummer: string; titel: string }[];
  /** When editing an existing draft. */
  concept?: { id: string; version: number; points: ZienswijzeConceptInput["points"] };
  action: SubmitAction;
  onDone?: () => void;
}

const emptyPoint = { onderwerp: "", articleId: "", tekst: "" };

/** Draft zienswijze: numbered points, each with onderwerp, article (from the version) and text. Drafts are never public. */
export function ZienswijzeConceptForm({
  procedureId,
  participantId,
  articles,
  concept,
  action,
  onDone,
}: ZienswijzeConceptFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ZienswijzeConceptInput>({
    resolver: zodResolver(zienswijzeConceptSchema),
    shouldFocusError: false,
    defaultValues: {
      procedureId,
      participantId,
      zienswijzeId: concept?.id ?? "",
      conceptVersion: concept ? String(concept.version) : "",
      points: concept?.points.length ? concept.points : [emptyPoint],
    },
  });
  const points = useFieldArray({ control, name: "points" });
  const f = "concept";

  async function onValid(values: ZienswijzeConceptInput) {
    setServerError(null);
    const res = await action(toFormData(values));
    if (res.ok) {
      setSaved(true);
      onDone?.();
      return;
    }
    applyServerErrors(res, setError as never);
    setServerError(res.message);
    focusSummary(f);
  }

  return (
    <form
      className="grv-form"
      noValidate
      aria-label="Concept-zienswijze"
      onSubmit={handleSubmit(onValid, () => focusSummary(f))}
    >
      <ErrorSummary formId={f} errors={flattenErrors(errors, f)} serverError={serverError} />
      {saved ? <p role="status">Het concept is opgeslagen. Een concept is niet openbaar.</p> : null}
      {points.fields.map((field, i) => {
        const pe = errors.points?.[i];
        return (
          <fieldset key={field.id} className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">Punt {i + 1}</legend>
            <TextInput
              id={fieldId(f, `points.${i}.onderwerp`)}
              label={`Onderwerp van punt ${i + 1}`}
              error={pe?.onderwerp?.message}
              reg={register(`points.${i}.onderwerp`)}
            />
            <Field
              id={fieldId(f, `points.${i}.articleId`)}
              label={`Artikel of bijlage van punt ${i + 1}`}
              error={pe?.articleId?.message}
              kind="select"
            >
              {(aria) => (
                <select {...aria} {...register(`points.${i}.articleId`)}>
                  <option value="">Het document als geheel</option>
                  {articles.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.nummer} — {a.titel}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id={fieldId(f, `points.${i}.tekst`)}
              label={`Tekst van punt ${i + 1}`}
              error={pe?.tekst?.message}
              kind="textarea"
            >
              {(aria) => <textarea rows={5} {...aria} {...register(`points.${i}.tekst`)} />}
            </Field>
            {points.fields.length > 1 ? (
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => points.remove(i)}
              >
                Punt {i + 1} verwijderen
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {errors.points?.root?.message || errors.points?.message ? (
        <p className="utrecht-form-field-error-message" id={`${f}-points`}>
          {errors.points?.root?.message ?? errors.points?.message}
        </p>
      ) : null}
      <div>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => points.append(emptyPoint)}
        >
          Punt toevoegen
        </button>
      </div>
      <SubmitButton busy={isSubmitting} label="Concept opslaan" />
    </form>
  );
}
