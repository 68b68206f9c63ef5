"use client";

import { Paragraph } from "@/components/ui/nlds";
import {
  ErrorSummary,
  type FormDataAction,
  SubmitButton,
  TextboxField,
  fieldId,
  toFormData,
  useActionForm,
} from "@/components/ui/form";
import { PASSWORD_POLICY_TEXT, setPasswordSchemaFor, type SetPasswordInput } from "@/lib/validation/password";

const FORM = "wachtwoord";

/**
 * Set the password from an invitation link. The zod schema is the server's (plus the rule that
 * needs the e-mail address); on success the server action sends the browser to /inloggen.
 */
export function SetPasswordForm({ token, email, action }: { token: string; email: string; action: FormDataAction }) {
  const f = useActionForm<SetPasswordInput>({
    formId: FORM,
    schema: setPasswordSchemaFor(email),
    defaultValues: { token, password: "", passwordHerhaald: "" },
    // A redirect on success means no result reaches the form.
    submit: async (values) => (await action(toFormData(values))) ?? { ok: true },
  });
  const summary = {
    ...f.summary,
    errors: f.summary.errors.filter((e) => e.id !== fieldId(FORM, "token")),
    // Field errors speak for themselves; the general message only when there are none.
    serverError: f.summary.errors.length ? null : f.summary.serverError,
  };

  return (
    <form method="post" className="grv-form" noValidate onSubmit={f.onSubmit}>
      <ErrorSummary {...summary} />
      <input type="hidden" {...f.register("token")} />
      <Paragraph id={`${FORM}-beleid`}>{PASSWORD_POLICY_TEXT}</Paragraph>
      <TextboxField
        label="Nieuw wachtwoord"
        type="password"
        autoComplete="new-password"
        describedByExtra={`${FORM}-beleid`}
        {...f.field("password")}
      />
      <TextboxField
        label="Herhaal het nieuwe wachtwoord"
        type="password"
        autoComplete="new-password"
        {...f.field("passwordHerhaald")}
      />
      <SubmitButton busy={f.busy} label="Wachtwoord instellen" busyLabel="Bezig met instellen…" />
    </form>
  );
}
