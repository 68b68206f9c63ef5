"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  ErrorSummary,
  Field,
  SubmitButton,
  applyServerErrors,
  fieldId,
  flattenErrors,
  focusSummary,
  type SubmitAction,
} from "@/components/griffie/fields";
import { PASSWORD_POLICY_TEXT, setPasswordSchemaFor, type SetPasswordInput } from "@/lib/validation/password";

const FORM = "wachtwoord";

/**
 * Set the password from an invitation link. The zod schema is the server's (plus the rule that
 * needs the e-mail address); on success the server action sends the browser to /inloggen.
 */
export function SetPasswordForm({ token, email, action }: { token: string; email: string; action: SubmitAction }) {
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetPasswordInput>({
    resolver: zodResolver(setPasswordSchemaFor(email)),
    defaultValues: { token, password: "", passwordHerhaald: "" },
    shouldFocusError: false,
  });
  const list = flattenErrors(errors, FORM).filter((e) => e.id !== fieldId(FORM, "token"));

  async function onValid(values: SetPasswordInput) {
    setServerError(null);
    const fd = new FormData();
    fd.set("invoer", JSON.stringify(values));
    const result = await action(fd);
    if (result?.ok === false) {
      applyServerErrors(result, setError as never);
      if (!result.fieldErrors) setServerError(result.message);
      focusSummary(FORM);
    }
  }

  return (
    <form className="grv-form" noValidate onSubmit={handleSubmit(onValid, () => focusSummary(FORM))}>
      <ErrorSummary formId={FORM} errors={list} serverError={serverError} />
      <input type="hidden" {...register("token")} />
      <p className="utrecht-paragraph" id={`${FORM}-beleid`}>
        {PASSWORD_POLICY_TEXT}
      </p>
      <Field id={fieldId(FORM, "password")} label="Nieuw wachtwoord" error={errors.password?.message}>
        {(aria) => (
          <input
            type="password"
            autoComplete="new-password"
            {...aria}
            aria-describedby={[`${FORM}-beleid`, aria["aria-describedby"]].filter(Boolean).join(" ")}
            {...register("password")}
          />
        )}
      </Field>
      <Field
        id={fieldId(FORM, "passwordHerhaald")}
        label="Herhaal het nieuwe wachtwoord"
        error={errors.passwordHerhaald?.message}
      >
        {(aria) => <input type="password" autoComplete="new-password" {...aria} {...register("passwordHerhaald")} />}
      </Field>
      <SubmitButton busy={isSubmitting} label="Wachtwoord instellen" busyLabel="Bezig met instellen…" />
    </form>
  );
}
