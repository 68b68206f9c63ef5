"use client";

import {
  ErrorSummary,
  type FormDataAction,
  StatusMessage,
  SubmitButton,
  TextboxField,
  toFormData,
  useActionForm,
} from "@/components/ui/form";
import { agendaFeedSchema, type AgendaFeedInput } from "@/lib/validation/griffie/agenda-feed";

/**
 * The address of the raad's public meeting calendar (iBabs, NotuBiz, GO publish one as iCalendar).
 * GR-volg fetches it every hour; an empty field ends the subscription.
 */
export function AgendaFeedForm({
  action,
  gemeenteId,
  url,
}: {
  action: FormDataAction;
  gemeenteId: string;
  url: string;
}) {
  const f = useActionForm<AgendaFeedInput>({
    formId: "agendafeed",
    schema: agendaFeedSchema,
    defaultValues: { gemeenteId, url },
    submit: (values) => action(toFormData(values)),
  });
  return (
    <form className="grv-form" noValidate aria-label="Abonnement op de vergaderkalender" onSubmit={f.onSubmit}>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>Het abonnement is opgeslagen.</StatusMessage> : null}
      <TextboxField
        label="Webadres van de vergaderkalender (iCalendar)"
        description="Het openbare agenda-adres uit het raadsinformatiesysteem, beginnend met https://. Laat het veld leeg om het abonnement op te zeggen."
        inputMode="url"
        {...f.field("url")}
      />
      <SubmitButton busy={f.busy} label="Abonnement opslaan" />
    </form>
  );
}
