"use client";

import { FormFieldErrorMessage } from "@utrecht/component-library-react";
import { useFieldArray } from "react-hook-form";
import {
  ErrorSummary,
  type FormDataAction,
  NumberedPoints,
  SelectField,
  StatusMessage,
  SubmitButton,
  TextareaField,
  TextboxField,
  fieldId,
  toFormData,
  useActionForm,
} from "@/components/ui/form";
import { zienswijzeConceptSchema, type ZienswijzeConceptInput } from "@/lib/validation/griffie/raad";

export interface ZienswijzeConceptFormProps {
  procedureId: string;
  participantId: string;
  /** The articles of the document version under consideration (the only ones a point may refer to). */
  articles: { id: string; nummer: string; titel: string }[];
  /** When editing an existing draft. */
  concept?: { id: string; version: number; points: ZienswijzeConceptInput["points"] };
  action: FormDataAction;
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
  const formId = "concept";
  const f = useActionForm<ZienswijzeConceptInput>({
    formId,
    schema: zienswijzeConceptSchema,
    defaultValues: {
      procedureId,
      participantId,
      zienswijzeId: concept?.id ?? "",
      conceptVersion: concept ? String(concept.version) : "",
      points: concept?.points.length ? concept.points : [emptyPoint],
    },
    submit: (values) => action(toFormData(values)),
    onSaved: () => onDone?.(),
  });
  const points = useFieldArray({ control: f.control, name: "points" });
  const articleOptions = [
    ["", "Het document als geheel"],
    ...articles.map((a) => [a.id, `${a.nummer} — ${a.titel}`] as const),
  ] as const;
  const listError = f.formState.errors.points?.root?.message ?? f.formState.errors.points?.message;

  return (
    <form method="post" className="grv-form" noValidate aria-label="Concept-zienswijze" onSubmit={f.onSubmit}>
      <ErrorSummary {...f.summary} />
      {f.saved ? (
        <StatusMessage warnings={f.warnings}>Het concept is opgeslagen. Een concept is niet openbaar.</StatusMessage>
      ) : null}
      <NumberedPoints
        keys={points.fields.map((p) => p.id)}
        fields={(i) => (
          <>
            <TextboxField label={`Onderwerp van punt ${i + 1}`} {...f.field(`points.${i}.onderwerp`)} />
            <SelectField
              label={`Artikel of bijlage van punt ${i + 1}`}
              options={articleOptions}
              {...f.field(`points.${i}.articleId`)}
            />
            <TextareaField label={`Tekst van punt ${i + 1}`} rows={5} {...f.field(`points.${i}.tekst`)} />
          </>
        )}
        onRemove={(i) => points.remove(i)}
        onAdd={() => points.append(emptyPoint)}
        afterList={
          listError ? <FormFieldErrorMessage id={fieldId(formId, "points")}>{listError}</FormFieldErrorMessage> : null
        }
      />
      <SubmitButton busy={f.busy} label="Concept opslaan" />
    </form>
  );
}
