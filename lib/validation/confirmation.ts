import { z } from "zod";
import "./locale";

/** The field name of the "Ik begrijp dat …" checkbox of a far-reaching step (components/ui/form/ConfirmConsequences). */
export const CONFIRMATION_FIELD = "bevestigd";

/** The message when a form door sends a far-reaching step without the ticked confirmation (form and runner alike). */
export const CONFIRMATION_MISSING = "Vink aan dat u de gevolgen van deze stap begrijpt.";

/**
 * A far-reaching step is only sent when the user ticked "Ik begrijp dat …" (issue 16 point 5). The
 * form's schema requires it; the command's own schema (API, CLI) is unchanged, so those doors stay
 * backward compatible.
 */
export const confirmationSchema = z.object({
  [CONFIRMATION_FIELD]: z.literal(true, { error: CONFIRMATION_MISSING }),
});

/** The schema of a form whose submit needs the confirmation: the step's schema and the ticked checkbox. */
export function withConfirmation<S extends z.ZodType>(schema: S) {
  return z.intersection(schema, confirmationSchema);
}

/**
 * The confirmation a form sent with its values (`bevestigd: true` in `invoer`, or the ticked box's "on"). Server actions pass it to the
 * runner, which refuses a command declared `requiresConfirmation` without it (lib/commands/run.ts).
 */
export function confirmationOf(raw: unknown): boolean {
  if (raw === null || typeof raw !== "object") return false;
  const ticked = (raw as Record<string, unknown>)[CONFIRMATION_FIELD];
  // true from the form kit's JSON; "on" is what a ticked checkbox posts when the page runs without JavaScript.
  return ticked === true || ticked === "on";
}

/**
 * The regional steps whose form shows "Ik begrijp dat …" (closing a phase; a new version during toestemming): the
 * form (components/secretariaat/labels.ts) and the command (requiresConfirmation) read this one list.
 */
export const REGIONAL_STEPS_NEEDING_CONFIRMATION = [
  "herziene_versie_gepubliceerd",
  "zienswijzeprocedure_gesloten",
] as const;
export type RegionalStepNeedingConfirmation = (typeof REGIONAL_STEPS_NEEDING_CONFIRMATION)[number];
