"use client";

import { useState } from "react";
import {
  ChoiceGroup,
  ErrorSummary,
  StatusMessage,
  SubmitButton,
  TextareaField,
  TextboxField,
  fieldId,
  type FormDataAction,
  toFormData,
  useActionForm,
} from "@/components/ui/form";
import { CONTENT_ITEMS } from "@/lib/domain/regeling/content-checklist";
import { publishVersionSchema } from "@/lib/validation/version";

type Values = {
  documentId: string;
  label: string;
  status: string;
  toelichting: string;
  text: string;
  inhoudChecklist?: string[];
};
export type PublishAction = FormDataAction<{ number: number; waarschuwing?: string | null }>;

/** R16: what the definitive text must contain (Wgr art. 9, 10 and the 2022 amendments). */
const CHECKLIST = CONTENT_ITEMS.map((i) => [i.key, i.label] as const);

const STATUSES = [
  ["CONCEPT", "Concept"],
  ["DEFINITIEF", "Definitief"],
] as const;

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
  const [published, setPublished] = useState<number | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const f = useActionForm<Values, { number: number; waarschuwing?: string | null }>({
    formId,
    schema: publishVersionSchema,
    defaultValues: {
      documentId,
      label: "",
      status: "CONCEPT",
      toelichting: "",
      text: initialText,
      inhoudChecklist: [],
    },
    submit: (values) => {
      setPublished(null);
      setWarning(null);
      return action(toFormData(values));
    },
    onSaved: (res, values) => {
      setPublished(res.number);
      setWarning(res.waarschuwing ?? null);
      // The text just published is now the newest version: keep it as the starting point for the next one.
      f.reset({ documentId, label: "", status: "CONCEPT", toelichting: "", text: values.text });
    },
    only: ["label", "text"],
  });
  // The schema reports "no articles and no text" on `articles`: show it at the text field.
  const articlesError = (f.formState.errors as Record<string, { message?: string } | undefined>).articles?.message;
  const textError = f.err("text") ?? articlesError;
  const summary = {
    ...f.summary,
    errors: f.summary.errors.map((e) =>
      e.id === fieldId(formId, "articles") ? { ...e, id: fieldId(formId, "text") } : e,
    ),
  };

  return (
    <form method="post" className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        Nieuwe versie publiceren
      </h3>
      <ErrorSummary {...summary} />
      {published ? (
        <StatusMessage>
          Versie {published} is gepubliceerd.{" "}
          {published > 1 ? (
            <a href={`${diffBase}?van=${published - 1}&naar=${published}`}>
              Bekijk de verschillen met versie {published - 1}
            </a>
          ) : null}
          {warning ? <> {warning}</> : null}
        </StatusMessage>
      ) : null}
      <input type="hidden" {...f.register("documentId")} />
      <TextboxField label="Naam van de versie" {...f.field("label")} />
      <ChoiceGroup kind="radio" legend="Status van de versie" options={STATUSES} {...f.field("status")} />
      <TextboxField label="Toelichting (niet verplicht)" {...f.field("toelichting")} />
      <TextareaField
        label="Tekst van de nieuwe versie"
        description='De tekst van de nieuwste versie staat al klaar: pas artikelen aan of plak een nieuwe tekst. Begin elk artikel met een kop als "Artikel 1 – Begripsbepalingen" of "Bijlage – Titel". Alles tot de volgende kop is de tekst van het artikel.'
        rows={14}
        {...f.field("text")}
        error={textError}
      />
      <ChoiceGroup
        kind="checkbox"
        legend="Inhoud van de definitieve tekst"
        description="Vink aan wat de tekst regelt. Publiceert u een definitieve versie met open punten, dan krijgt u een waarschuwing."
        options={CHECKLIST}
        {...f.field("inhoudChecklist")}
      />
      <SubmitButton busy={f.busy} label="Nieuwe versie publiceren" busyLabel="Bezig met publiceren…" />
    </form>
  );
}
