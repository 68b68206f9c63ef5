"use client";

import { Paragraph } from "@/components/ui/nlds";
import {
  ErrorSummary,
  type FormDataAction,
  SubmitButton,
  TextboxField,
  toFormData,
  useActionForm,
} from "@/components/ui/form";
import { PASSWORD_POLICY_TEXT } from "@/lib/validation/password";
import { eersteBeheerderSchema, type EersteBeheerderInput } from "@/lib/validation/eerste-beheerder";

const FORM = "eerste-beheerder";

/** The first beheerder: setup code, address, name and password (the server's schema checks here too). */
export function EersteBeheerderForm({ action }: { action: FormDataAction }) {
  const f = useActionForm<EersteBeheerderInput>({
    formId: FORM,
    schema: eersteBeheerderSchema,
    defaultValues: { code: "", email: "", naam: "", password: "", passwordHerhaald: "" },
    // A redirect on success means no result reaches the form.
    submit: async (values) => (await action(toFormData(values))) ?? { ok: true },
  });
  // Field errors speak for themselves; the general message only when there are none.
  const summary = { ...f.summary, serverError: f.summary.errors.length ? null : f.summary.serverError };

  return (
    <form method="post" className="grv-form" noValidate onSubmit={f.onSubmit}>
      <ErrorSummary {...summary} />
      <TextboxField label="Installatiecode" autoComplete="off" spellCheck={false} {...f.field("code")} />
      <TextboxField label="Uw e-mailadres" type="email" autoComplete="email" {...f.field("email")} />
      <TextboxField label="Uw naam" autoComplete="name" {...f.field("naam")} />
      <Paragraph id={`${FORM}-beleid`}>{PASSWORD_POLICY_TEXT}</Paragraph>
      <TextboxField
        label="Wachtwoord"
        type="password"
        autoComplete="new-password"
        describedByExtra={`${FORM}-beleid`}
        {...f.field("password")}
      />
      <TextboxField
        label="Herhaal het wachtwoord"
        type="password"
        autoComplete="new-password"
        {...f.field("passwordHerhaald")}
      />
      <SubmitButton busy={f.busy} label="Beheerder aanmaken" busyLabel="Bezig met aanmaken…" />
    </form>
  );
}
