"use client";

import { useState } from "react";
import { Paragraph } from "@/components/ui/nlds";
import {
  ChoiceField,
  ErrorSummary,
  type FormDataAction,
  StatusMessage,
  SubmitButton,
  toFormData,
  useActionForm,
} from "@/components/ui/form";
import { formatDutchDate } from "@/lib/presentation/dates";
import {
  type AgendaLinkInput,
  type AgendaMailInput,
  agendaLinkSchema,
  agendaMailSchema,
} from "@/lib/validation/griffie/agenda-abonnement";

/** One button that makes a new private address or revokes it (the choice is the form's fixed value). */
function AgendaLinkForm({
  action,
  actie,
  label,
  onSaved,
}: {
  action: FormDataAction<{ token: string | null }>;
  actie: AgendaLinkInput["actie"];
  label: string;
  onSaved: (token: string | null) => void;
}) {
  const f = useActionForm<AgendaLinkInput, { token: string | null }>({
    formId: `agendalink-${actie}`,
    schema: agendaLinkSchema,
    defaultValues: { actie },
    submit: (values) => action(toFormData(values)),
    onSaved: (res) => onSaved(res.token),
  });
  return (
    <form className="grv-form" noValidate aria-label={label} onSubmit={f.onSubmit}>
      <ErrorSummary {...f.summary} />
      <SubmitButton busy={f.busy} label={label} busyLabel="Bezig…" />
    </form>
  );
}

/**
 * The private iCalendar address of the griffie agenda (calendar apps cannot sign in, so the address holds a secret):
 * made or revoked here, and shown only once, right after it was made.
 */
export function AgendaLinkSection({
  action,
  linkSince,
}: {
  action: FormDataAction<{ token: string | null }>;
  linkSince: string | null;
}) {
  const [outcome, setOutcome] = useState<{ token: string | null; key: number } | null>(null);
  const live = outcome ? outcome.token !== null : linkSince !== null;
  const address =
    outcome?.token && typeof window !== "undefined"
      ? new URL(`/ics/agenda/${outcome.token}.ics`, window.location.origin).toString()
      : null;
  const saved = (token: string | null) => setOutcome((o) => ({ token, key: (o?.key ?? 0) + 1 }));
  return (
    <>
      {outcome ? (
        <StatusMessage refocusKey={outcome.key}>
          {outcome.token
            ? "Uw privé-agendalink is gemaakt. Kopieer hem nu: u ziet hem maar één keer. Een oudere link werkt niet meer."
            : "Uw privé-agendalink is ingetrokken. Agenda-apps kunnen de agenda niet meer ophalen."}
        </StatusMessage>
      ) : null}
      {address ? (
        <Paragraph>
          <label htmlFor="agendalink-adres">Uw privé-agendalink</label>
          <br />
          <input id="agendalink-adres" className="grv-copy-field" readOnly value={address} />
        </Paragraph>
      ) : null}
      <Paragraph>
        {live
          ? linkSince && !outcome
            ? `U heeft een privé-agendalink sinds ${formatDutchDate(linkSince.slice(0, 10))}.`
            : "U heeft een privé-agendalink."
          : "U heeft nog geen privé-agendalink."}{" "}
        Iedereen die de link heeft, kan de agenda van uw raad zien. Deel hem niet.
      </Paragraph>
      <AgendaLinkForm
        action={action}
        actie="aanmaken"
        label={live ? "Nieuwe privé-agendalink maken" : "Privé-agendalink maken"}
        onSaved={saved}
      />
      {live ? (
        <AgendaLinkForm action={action} actie="intrekken" label="Privé-agendalink intrekken" onSaved={saved} />
      ) : null}
    </>
  );
}

/** The weekly agenda e-mail on or off (opt-in). */
export function AgendaMailForm({ action, aan }: { action: FormDataAction; aan: boolean }) {
  const f = useActionForm<AgendaMailInput>({
    formId: "agendamail",
    schema: agendaMailSchema,
    defaultValues: { aan },
    submit: (values) => action(toFormData({ aan: Boolean(values.aan) })),
  });
  return (
    <form className="grv-form" noValidate aria-label="Wekelijkse agenda-e-mail" onSubmit={f.onSubmit}>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>Uw keuze is opgeslagen.</StatusMessage> : null}
      <ChoiceField
        kind="checkbox"
        id="agendamail-aan"
        label="Stuur mij elke maandag een e-mail met de agenda van de raad"
        {...f.register("aan")}
      />
      <SubmitButton busy={f.busy} label="Opslaan" />
    </form>
  );
}
