"use client";

import { type FormEvent, useState } from "react";
import type { FieldErrors, FieldValues } from "react-hook-form";
import type { Result } from "@/lib/result";
import type { FieldMessage } from "./ErrorSummary";
import { fieldId } from "./ids";

/** Server actions of the griffie receive the values as JSON ("invoer") plus an optional file ("bestand"). */
export function toFormData(values: unknown, file?: File | null): FormData {
  const fd = new FormData();
  fd.set("invoer", JSON.stringify(values));
  if (file) fd.set("bestand", file);
  return fd;
}

/**
 * `<form {...progressiveForm(action, f.onSubmit)}>`: the server action is the form's `action`, so
 * without JavaScript (or before hydration) the browser POSTs the named fields to it (React 19
 * progressive enhancement; the action reads them when `invoer` is absent). With JavaScript the kit's
 * onSubmit prevents that submit and sends `invoer` itself.
 */
export function progressiveForm(action: FormDataAction<object>, onSubmit: (event: FormEvent) => unknown) {
  return {
    method: "post" as const,
    action: action as unknown as (formData: FormData) => Promise<void>,
    onSubmit: onSubmit as (event: FormEvent<HTMLFormElement>) => void,
  };
}

/** Flattens react-hook-form errors to [{ id, message }] in form order ("points.0.tekst" → "concept-points-0-tekst"). */
export function flattenErrors(errors: FieldErrors<FieldValues>, formId: string, path = ""): FieldMessage[] {
  const out: FieldMessage[] = [];
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

type SetError = (name: never, error: { type: string; message: string }) => void;

/**
 * The state every form keeps around a submit: the server's refusal, whether it was saved, and a
 * counter that moves focus to the error summary after each failed attempt.
 */
export function useSubmitFeedback() {
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  return {
    serverError,
    saved,
    /** The domain's warnings of the last save (a late step is saved, and the user is told): pass to <StatusMessage warnings>. */
    warnings,
    /** Pass to <ErrorSummary focusKey>. */
    focusKey: attempt,
    start() {
      setServerError(null);
      setSaved(false);
      setWarnings([]);
    },
    /** A failed submit (client-side check or the server's refusal). */
    refuse(message: string | null = null) {
      setServerError(message);
      setSaved(false);
      setAttempt((n) => n + 1);
    },
    /**
     * Settles a Result: ok → saved; a refusal → its field errors on the form (keys are the schema's
     * paths; `only` limits them to the fields the form shows) and its message in the summary.
     */
    settle<T extends object>(
      res: Result<T>,
      setError?: SetError,
      only?: readonly string[],
    ): res is Result<T> & { ok: true } {
      if (res.ok) {
        setServerError(null);
        setWarnings(warningsOf(res));
        setSaved(true);
        return true;
      }
      for (const [name, message] of Object.entries(res.fieldErrors ?? {}))
        if (setError && (!only || only.includes(name))) setError(name as never, { type: "server", message });
      setServerError(res.message);
      setSaved(false);
      setAttempt((n) => n + 1);
      return false;
    },
  };
}

/**
 * The warnings a saved Result carries: `warnings` (string[]) — the one convention for new commands —
 * or the older single `waarschuwing` of the version import.
 */
export function warningsOf(res: object): string[] {
  const { warnings, waarschuwing } = res as { warnings?: unknown; waarschuwing?: unknown };
  const list = Array.isArray(warnings) ? warnings.filter((w): w is string => typeof w === "string" && w !== "") : [];
  return typeof waarschuwing === "string" && waarschuwing !== "" ? [...list, waarschuwing] : list;
}

/** A server action that takes FormData and returns the one Result type. */
export type FormDataAction<T extends object = object> = (formData: FormData) => Promise<Result<T>>;
