"use client";

import {
  ChoiceGroup,
  ErrorSummary,
  SelectField,
  StatusMessage,
  SubmitButton,
  TextareaField,
  type FormDataAction,
  toFormData,
  useActionForm,
} from "@/components/ui/form";
import { answerPointSchema, DISPOSITIONS, DISPOSITION_LABELS } from "@/lib/validation/nota";

type Values = { pointId: string; antwoord: string; disposition: string; changedArticleId: string };
export type AnswerAction = FormDataAction;

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
  const f = useActionForm<Values>({
    formId,
    schema: answerPointSchema,
    defaultValues: {
      pointId,
      antwoord: initial?.antwoord ?? "",
      disposition: initial?.disposition ?? "",
      changedArticleId: initial?.changedArticleId ?? "",
    },
    submit: (values) => action(toFormData(values)),
    only: ["antwoord", "disposition", "changedArticleId"],
  });

  return (
    <form method="post" className="grv-form" noValidate aria-label={`Antwoord op ${pointLabel}`} onSubmit={f.onSubmit}>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>Het antwoord is opgeslagen.</StatusMessage> : null}
      <input type="hidden" {...f.register("pointId")} />
      <TextareaField label="Antwoord" rows={4} {...f.field("antwoord")} />
      <ChoiceGroup
        kind="radio"
        legend="Wat gebeurt er met dit punt?"
        options={DISPOSITIONS.map((d) => [d, DISPOSITION_LABELS[d]] as const)}
        {...f.field("disposition")}
      />
      <SelectField
        label="Gewijzigd artikel in de nieuwe versie (niet verplicht)"
        options={[["", "Geen artikel gewijzigd"], ...articles.map((a) => [a.id, a.label] as const)]}
        {...f.field("changedArticleId")}
      />
      <SubmitButton busy={f.busy} label="Antwoord opslaan" />
    </form>
  );
}
