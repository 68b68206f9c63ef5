import type { Prisma } from "@/generated/prisma/client";
import type { ActionUser } from "@/lib/actions/context";
import { fail, type Result } from "@/lib/result";
import { Refusal } from "@/lib/commands";

export type Tx = Prisma.TransactionClient;
export type ServiceResult<T = object> = Result<T>;
export { fail };

/** Raised inside the transaction to roll it back (lib/commands/errors.ts). */
export { Refusal };

export const auditActor = (user: ActionUser) => ({ actorId: user.id, actorRole: user.role, gemeenteId: null });

export const SLUG_TAKEN = "Deze korte naam (slug) is al in gebruik. Kies een andere.";
/** Two beheerders saving the same slug or CBS-code at once: the unique key decides, in Dutch. */
export const SLUG_OR_CODE_TAKEN = "Deze korte naam (slug) of code is al in gebruik. Kies een andere.";

/** Refuse a slug that another record already has (a field error instead of a database error). */
export function slugTaken(): never {
  throw new Refusal(SLUG_TAKEN, { slug: SLUG_TAKEN });
}

/** A @db.Date column as YYYY-MM-DD (null stays null), for audit states and domain checks. */
export const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
