"use client";

import type { ReactNode } from "react";
import type { FieldErrors, FieldValues, UseFormRegisterReturn } from "react-hook-form";

export type ActionResult = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> };
/** Server actions receive the values as JSON plus an optional file. */
export type SubmitAction = (formData: FormData) => Promise<ActionResult>;

export function toFormData(values: unknown, file?: File | null): FormData {
  const fd = new FormData();
  fd.set("invoer", JSON.stringify(values));
  if (file) fd.set("bestand", file);
  return fd;
}

/** Flattens react-hook-form errors to [{ id, message }] in form order ("points.0.tekst" → id "points-0-tekst"). */
export function flattenErrors(
  errors: FieldErrors<FieldValues>,
  formId: string,
  path = "",
): { id: string; message: string }[] {
  const out: { id: string; message: string }[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === "ref") continue;
    const full = path ? `${path}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === "string")
      out.push({ id: fieldId(formId, full), message: (value as { message: string }).message });
    else if (typeof value === "object") {
      const root = (value as { root?: { message?: string } }).root;
      if (root?.message) out.push({ id: fieldId(formId, full), message: root.message });
      out.push(...flattenErrors(value as FieldErrors<FieldValues>, formId, full));
    }
  }
  return out;
}

/** Ids are unique per form ("vaststellen-besluitdatum", "concept-points-0-tekst"): several forms share a page. */
export const fieldId = (formId: string, path: string) => `${formId}-${path.replaceAll(".", "-")}`;

export function focusSummary(formId: string) {
  setTimeout(() => document.getElementById(`${formId}-foutmeldingen`)?.focus(), 0);
}

export function ErrorSummary({
  formId,
  errors,
  serverError,
}: {
  formId: string;
  errors: { id: string; message: string }[];
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
            <li key={e.id}>
              <a
                href={`#${e.id}`}
                onClick={(ev) => {
                  ev.preventDefault();
                  document.getElementById(e.id)?.focus();
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

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: (aria: { id: string; "aria-invalid"?: true; "aria-describedby"?: string; className: string }) => ReactNode;
  kind?: "text" | "select" | "textarea";
}

/** NL Design System form field: label, optional hint, inline error, input. */
export function Field({ id, label, error, hint, children, kind = "text" }: FieldProps) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
  const base =
    kind === "select"
      ? "utrecht-select utrecht-select--html-select"
      : kind === "textarea"
        ? "utrecht-textarea utrecht-textarea--html-textarea"
        : "utrecht-textbox utrecht-textbox--html-input";
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
      <div className="utrecht-form-field__input">
        {children({
          id,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": described,
          className: `${base}${error ? ` ${base.split(" ")[0]}--invalid` : ""}`,
        })}
      </div>
    </div>
  );
}

export function TextInput({
  id,
  label,
  error,
  hint,
  reg,
  type = "text",
  inputMode,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  reg: UseFormRegisterReturn;
  type?: "text" | "date";
  inputMode?: "numeric";
}) {
  return (
    <Field id={id} label={label} error={error} hint={hint}>
      {(aria) => <input type={type} inputMode={inputMode} {...aria} {...reg} />}
    </Field>
  );
}

export function SubmitButton({
  busy,
  label,
  busyLabel = "Bezig met opslaan…",
}: {
  busy: boolean;
  label: string;
  busyLabel?: string;
}) {
  return (
    <div>
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}

/** Applies the server's field errors to the form (same keys as the schema's paths). */
export function applyServerErrors(
  result: ActionResult,
  setError: (name: never, error: { type: string; message: string }) => void,
) {
  if (result.ok || !result.fieldErrors) return;
  for (const [name, message] of Object.entries(result.fieldErrors))
    setError(name as never, { type: "server", message });
}
