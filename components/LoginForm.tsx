"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { loginSchema, type LoginInput } from "@/lib/validation/login";

export interface LoginFormProps {
  callbackUrl?: string;
  /** Injected in component tests; defaults to next-auth's credentials sign-in. */
  submit?: (values: LoginInput) => Promise<{ ok: boolean; error?: string | null }>;
  onSignedIn?: (url: string) => void;
}

async function nextAuthSubmit(values: LoginInput) {
  const res = await signIn("credentials", { ...values, redirect: false });
  return { ok: Boolean(res?.ok && !res.error), error: res?.error ?? null };
}

/** Sign-in form: zod schema shared with the server, Dutch messages inline and summarised on top. */
export function LoginForm({ callbackUrl = "/werkruimte", submit = nextAuthSubmit, onSignedIn }: LoginFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ resolver: zodResolver(loginSchema), shouldFocusError: false });

  const fieldErrors = [
    errors.email && { id: "email", message: errors.email.message },
    errors.password && { id: "password", message: errors.password.message },
  ].filter(Boolean) as { id: keyof LoginInput; message?: string }[];

  async function onValid(values: LoginInput) {
    setServerError(null);
    const res = await submit(values);
    if (res.ok) {
      (onSignedIn ?? ((url: string) => window.location.assign(url)))(callbackUrl);
      return;
    }
    const message =
      res.error && res.error !== "CredentialsSignin" ? res.error : "Het e-mailadres of het wachtwoord is onjuist.";
    setServerError(message);
  }

  return (
    <form
      className="grv-form"
      noValidate
      onSubmit={handleSubmit(onValid, () => setTimeout(() => document.getElementById("foutmeldingen")?.focus(), 0))}
      aria-describedby={serverError ? "inlogfout" : undefined}
    >
      {fieldErrors.length > 0 ? (
        <div id="foutmeldingen" className="grv-error-summary" role="alert" tabIndex={-1}>
          <p>
            <strong>Controleer het formulier:</strong>
          </p>
          <ul>
            {fieldErrors.map((e) => (
              <li key={e.id}>
                <a
                  href={`#${e.id}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    setFocus(e.id);
                  }}
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {serverError ? (
        <div id="inlogfout" className="utrecht-alert utrecht-alert--error" role="alert">
          <div className="utrecht-alert__content">{serverError}</div>
        </div>
      ) : null}

      <div
        className={`utrecht-form-field utrecht-form-field--text${errors.email ? " utrecht-form-field--invalid" : ""}`}
      >
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="email">
            E-mailadres
          </label>
        </div>
        {errors.email ? (
          <div className="utrecht-form-field-error-message" id="email-fout">
            {errors.email.message}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <input
            id="email"
            type="email"
            autoComplete="username"
            className={`utrecht-textbox utrecht-textbox--html-input${errors.email ? " utrecht-textbox--invalid" : ""}`}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "email-fout" : undefined}
            {...register("email")}
          />
        </div>
      </div>

      <div
        className={`utrecht-form-field utrecht-form-field--text${errors.password ? " utrecht-form-field--invalid" : ""}`}
      >
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="password">
            Wachtwoord
          </label>
        </div>
        {errors.password ? (
          <div className="utrecht-form-field-error-message" id="password-fout">
            {errors.password.message}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            className={`utrecht-textbox utrecht-textbox--html-input${errors.password ? " utrecht-textbox--invalid" : ""}`}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? "password-fout" : undefined}
            {...register("password")}
          />
        </div>
      </div>

      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={isSubmitting}>
          {isSubmitting ? "Bezig met inloggen…" : "Inloggen"}
        </button>
      </div>
    </form>
  );
}
