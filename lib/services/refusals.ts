import type { z } from "zod";
import { can, type Action, type Subject, type Target } from "@/lib/auth/permissions";

/** The shape every service returns when it refuses: a Dutch message, optionally per field. */
export interface Refused {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string>;
}

/** Invalid input → one summary message plus the first message per field (by path). */
export function invalidInput(error: z.ZodError): Refused {
  return {
    ok: false,
    message: "Controleer het formulier.",
    fieldErrors: Object.fromEntries(
      error.issues.map((i) => [i.path.length ? i.path.map(String).join(".") : "form", i.message]),
    ),
  };
}

/** The permissions table's answer as a refusal, or null when the action is allowed. */
export function forbidden(user: Subject | null, action: Action, target: Target = {}): Refused | null {
  const decision = can(user, action, target);
  return decision.allowed ? null : { ok: false, message: decision.reason };
}
