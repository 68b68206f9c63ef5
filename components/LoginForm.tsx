"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "@utrecht/component-library-react";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ErrorSummary, SubmitButton, TextboxField, flattenErrors, useSubmitFeedback } from "@/components/ui/form";
import { loginSchema, type LoginInput } from "@/lib/validation/login";

export interface LoginFormProps {
  callbackUrl?: string;
  /**
   * next-auth's csrf token, rendered by the page: without JavaScript (or before hydration) the form
   * is a plain POST to next-auth's credentials callback, never a GET with the password in the URL.
   */
  csrfToken?: string;
  /** Injected in component tests; defaults to next-auth's credentials sign-in. */
  submit?: (values: LoginInput) => Promise<{ ok: boolean; error?: string | null }>;
  onSignedIn?: (url: string) => void;
}

const LOGIN_FIELDS = [
  ["email", "E-mailadres", "username"],
  ["password", "Wachtwoord", "current-password"],
] as const;

/** next-auth's credentials callback: where the form POSTs when JavaScript does not handle the submit. */
export const SIGN_IN_ENDPOINT = "/api/auth/callback/credentials";

async function nextAuthSubmit(values: LoginInput) {
  const res = await signIn("credentials", { ...values, redirect: false });
  return { ok: Boolean(res?.ok && !res.error), error: res?.error ?? null };
}

/** Sign-in form: zod schema shared with the server, Dutch messages inline and summarised on top. */
export function LoginForm({
  callbackUrl = "/werkruimte",
  csrfToken,
  submit = nextAuthSubmit,
  onSignedIn,
}: LoginFormProps) {
  // The refusal of the sign-in is an alert of its own (id "inlogfout"), not a field error.
  const [serverError, setServerError] = useState<string | null>(null);
  const feedback = useSubmitFeedback();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema), shouldFocusError: false });

  async function onValid(values: LoginInput) {
    setServerError(null);
    const res = await submit(values);
    if (res.ok) {
      (onSignedIn ?? ((url: string) => window.location.assign(url)))(callbackUrl);
      return;
    }
    setServerError(
      res.error && res.error !== "CredentialsSignin" ? res.error : "Het e-mailadres of het wachtwoord is onjuist.",
    );
  }

  return (
    <form
      className="grv-form"
      method="post"
      action={SIGN_IN_ENDPOINT}
      noValidate
      onSubmit={handleSubmit(onValid, () => feedback.refuse())}
      aria-describedby={serverError ? "inlogfout" : undefined}
    >
      {/* Field ids without a form prefix: "email" and "password" are linked from elsewhere (and tested). */}
      <ErrorSummary formId="inlog" errors={flattenErrors(errors, "")} focusKey={feedback.focusKey} />
      {serverError ? (
        <Alert type="error" id="inlogfout">
          {serverError}
        </Alert>
      ) : null}
      {csrfToken ? <input type="hidden" name="csrfToken" value={csrfToken} /> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {LOGIN_FIELDS.map(([name, label, autoComplete]) => (
        <TextboxField
          key={name}
          id={name}
          label={label}
          type={name}
          autoComplete={autoComplete}
          error={errors[name]?.message}
          {...register(name)}
        />
      ))}
      <SubmitButton busy={isSubmitting} label="Inloggen" busyLabel="Bezig met inloggen…" />
    </form>
  );
}
