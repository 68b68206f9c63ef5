import type { z } from "zod";

/**
 * The one result type of every change of state, whichever door it came in by (server action,
 * public API, CLI, seed, tests). A refusal is a Dutch message for the user, optionally with a
 * message per form field (keyed by the field's path, e.g. "points.0.tekst"). Nothing is written
 * when the result is not ok.
 */
export type Refused = { ok: false; message: string; fieldErrors?: Record<string, string> };
export type Result<T = object> = ({ ok: true } & T) | Refused;

export const fail = (message: string, fieldErrors?: Record<string, string>): Refused =>
  fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message };

export const INVALID_FORM_MESSAGE = "Controleer het formulier: niet alle velden zijn goed ingevuld.";

/** Parse with the form's schema; on failure, field errors keyed by their path ("points.0.tekst"). */
export function parseInput<S extends z.ZodType>(
  schema: S,
  raw: unknown,
): { ok: true; data: z.output<S> } | { ok: false; message: string; fieldErrors: Record<string, string> } {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, data: r.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = issue.path.join(".") || "_";
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, message: INVALID_FORM_MESSAGE, fieldErrors };
}
