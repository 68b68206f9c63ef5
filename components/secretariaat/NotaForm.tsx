"use client";

import { useState } from "react";
import { type FormDataAction, toFormData, useActionForm } from "@/components/ui/form";
import { ChoiceGroup, Fieldset, SelectField, TextareaField } from "@/components/ui/form";
import { ErrorSummary, StatusMessage, SubmitButton } from "@/components/ui/form";
import { Heading } from "@/components/ui/nlds";
import { notaGroupLabel } from "@/lib/presentation/nota";
import { answerNotaSchema, DISPOSITIONS, DISPOSITION_LABELS } from "@/lib/validation/nota";

type Answer = { pointId: string; antwoord: string; disposition: string; changedArticleId: string };
type Values = { procedureId: string; basis: string; answers: Answer[] };
export type NotaAction = FormDataAction<{ saved: number; basis: string }>;

export interface NotaFormPoint {
  id: string;
  gemeente: string;
  nummer: number;
  onderwerp: string;
  tekst: string;
  antwoord: string | null;
  disposition: string | null;
  changedArticleId: string | null;
}

export interface NotaFormProps {
  procedureId: string;
  /** The state of the answers the page was read on: a save on an outdated form is refused as a conflict. */
  basis: string;
  groups: { article: { key: string; nummer: string; titel: string } | null; points: NotaFormPoint[] }[];
  /** Articles of the newest (draft) version, to link the article an answer changed. */
  articles: { id: string; label: string }[];
  action: NotaAction;
}

const savedMessage = (n: number) =>
  n === 0
    ? "Er was niets gewijzigd; de nota is ongewijzigd."
    : `De nota is opgeslagen: ${n === 1 ? "1 antwoord" : `${n} antwoorden`} gewijzigd.`;

/**
 * The whole nota van beantwoording in one form: per point the answer, what happens with it, and the
 * article of the new version it changed — saved all at once. Points left empty stay as they are.
 */
export function NotaForm({ procedureId, basis, groups, articles, action }: NotaFormProps) {
  const formId = "nota";
  const points = groups.flatMap((g) => g.points);
  const index = new Map(points.map((p, i) => [p.id, i]));
  // After a save the server's new basis is the one the next save builds on (no false conflict).
  const [current, setCurrent] = useState(basis);
  const [savedCount, setSavedCount] = useState(0);
  const f = useActionForm<Values, { saved: number; basis: string }>({
    formId,
    schema: answerNotaSchema,
    defaultValues: {
      procedureId,
      basis,
      answers: points.map((p) => ({
        pointId: p.id,
        antwoord: p.antwoord ?? "",
        disposition: p.disposition ?? "",
        changedArticleId: p.changedArticleId ?? "",
      })),
    },
    submit: (values) => action(toFormData({ ...values, procedureId, basis: current })),
    onSaved: (result) => {
      setCurrent(result.basis);
      setSavedCount(result.saved);
    },
  });
  const articleOptions = [["", "Geen artikel gewijzigd"] as const, ...articles.map((a) => [a.id, a.label] as const)];

  return (
    <form method="post" className="grv-form" noValidate aria-label="Nota van beantwoording" onSubmit={f.onSubmit}>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>{savedMessage(savedCount)}</StatusMessage> : null}
      {groups.map((g) => {
        const key = g.article?.key ?? "algemeen";
        return (
          <section key={key} aria-labelledby={`groep-${key}`}>
            <Heading level={2} id={`groep-${key}`}>
              {notaGroupLabel(g.article)}
            </Heading>
            {g.points.map((p) => {
              const i = index.get(p.id) ?? 0;
              return (
                <Fieldset
                  key={p.id}
                  id={`punt-${p.id}`}
                  className="grv-card"
                  legend={`${p.gemeente}, punt ${p.nummer}: ${p.onderwerp}`}
                >
                  <p className="utrecht-paragraph" style={{ whiteSpace: "pre-wrap" }}>
                    {p.tekst}
                  </p>
                  <input type="hidden" {...f.register(`answers.${i}.pointId`)} />
                  <TextareaField label="Antwoord" rows={4} {...f.field(`answers.${i}.antwoord`)} />
                  <ChoiceGroup
                    kind="radio"
                    legend="Wat gebeurt er met dit punt?"
                    options={DISPOSITIONS.map((d) => [d, DISPOSITION_LABELS[d]] as const)}
                    {...f.field(`answers.${i}.disposition`)}
                  />
                  <SelectField
                    label="Gewijzigd artikel in de nieuwe versie (niet verplicht)"
                    options={articleOptions}
                    {...f.field(`answers.${i}.changedArticleId`)}
                  />
                </Fieldset>
              );
            })}
          </section>
        );
      })}
      <SubmitButton busy={f.busy} label="Alle antwoorden opslaan" />
    </form>
  );
}
