"use client";

import type { ReactNode } from "react";

export type ActionResult =
  | { ok: true; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** Ids are unique per form: several forms share a page. */
export const fieldId = (formId: string, name: string) => `${formId}-${name}`;

export function focusSummary(formId: string) {
  setTimeout(() => document.getElementById(`${formId}-foutmeldingen`)?.focus(), 0);
}

/** Error summary on top of a form: field messages as links to the field, plus the server's refusal. */
export function ErrorSummary({
  formId,
  errors,
  serverError,
}: {
  formId: string;
  errors: { name: string; message: string }[];
  serverError?: string | null;
}) {
  if (errors.length === 0 && !serverError) return null;
  return (
    <div id={`${formId}-foutmeldingen`} className="grv-error-summary" role="alert" tabIndex={-1}>
      <p>
        <strong>{errors.length ? "Controleer het formulier:" : "Het is niet gelukt:"}</strong>
      </p>
      {serverError ? <p data-testid="serverfout">{serverError}</p> : null}
      {errors.length ? (
        <ul>
          {errors.map((e) => (
            <li key={e.name}>
              <a
                href={`#${fieldId(formId, e.name)}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  document.getElementById(fieldId(formId, e.name))?.focus();
                }}
              >
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Utrecht form field: label, inline error, input (the input gets id `${formId}-${name}`). */
export function Field({
  formId,
  name,
  label,
  error,
  children,
  hint,
}: {
  formId: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}) {
  const id = fieldId(formId, name);
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/** aria props for an input inside <Field>. */
export function inputProps(formId: string, name: string, error?: string, hint?: boolean) {
  const id = fieldId(formId, name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined } as const;
}

export const textboxClass = (error?: string) =>
  `utrecht-textbox utrecht-textbox--html-input${error ? " utrecht-textbox--invalid" : ""}`;
export const textareaClass = (error?: string) =>
  `utrecht-textarea utrecht-textarea--html-textarea${error ? " utrecht-textarea--invalid" : ""}`;
export const selectClass = (error?: string) =>
  `utrecht-select utrecht-select--html-select${error ? " utrecht-select--invalid" : ""}`;

/** WCAG 2.2 target size (24 × 24 CSS px) for radio buttons. */
export const RADIO_SIZE = { width: 24, height: 24, margin: 0, verticalAlign: "middle" } as const;
