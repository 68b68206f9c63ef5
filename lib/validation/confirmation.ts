import { z } from "zod";
import "./locale";

/** The field name of the "Ik begrijp dat …" checkbox of a far-reaching step (components/ui/form/ConfirmConsequences). */
export const CONFIRMATION_FIELD = "bevestigd";

/**
 * A far-reaching step is only sent when the user ticked "Ik begrijp dat …" (issue 16 point 5). The
 * form's schema requires it; the command's own schema (API, CLI) is unchanged, so those doors stay
 * backward compatible.
 */
export const confirmationSchema = z.object({
  [CONFIRMATION_FIELD]: z.literal(true, { error: "Vink aan dat u de gevolgen van deze stap begrijpt." }),
});

/** The schema of a form whose submit needs the confirmation: the step's schema and the ticked checkbox. */
export function withConfirmation<S extends z.ZodType>(schema: S) {
  return z.intersection(schema, confirmationSchema);
}
