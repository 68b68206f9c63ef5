import { can, type Action, type Subject, type Target } from "@/lib/auth/permissions";
import { fail, type Refused } from "@/lib/result";

export type { Refused };

/** The permissions table's answer as a refusal, or null when allowed (read side; changes go through lib/commands). */
export function forbidden(user: Subject | null, action: Action, target: Target = {}): Refused | null {
  const decision = can(user, action, target);
  return decision.allowed ? null : fail(decision.reason);
}
