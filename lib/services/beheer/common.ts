import type { Prisma } from "@/generated/prisma/client";
import type { ActionUser } from "@/lib/actions/context";
import { fail, type Result } from "@/lib/result";
import { Refusal } from "@/lib/commands";
import { appendAudit } from "@/lib/services/audit";

export type Tx = Prisma.TransactionClient;
export type ServiceResult<T = object> = Result<T>;
export { fail };

/** Raised inside the transaction to roll it back (lib/commands/errors.ts). */
export { Refusal };

export const auditActor = (user: ActionUser) => ({ actorId: user.id, actorRole: user.role, gemeenteId: null });

/** The audit event of a saved regio, gemeente or regeling: `…_aangemaakt` or `…_gewijzigd`, its slug as state. */
export function auditSaved(
  tx: Tx,
  actor: ActionUser,
  kind: "regio" | "gemeente" | "regeling",
  saved: { created: boolean; id: string; slug: string; fromSlug?: string | null },
  payload: unknown,
) {
  return appendAudit(tx, [
    {
      type: saved.created ? `${kind}_aangemaakt` : `${kind}_gewijzigd`,
      ...auditActor(actor),
      subjectKind: kind,
      subjectId: saved.id,
      fromState: saved.fromSlug ?? null,
      toState: saved.slug,
      payload,
    },
  ]);
}

export const SLUG_TAKEN = "Deze korte naam (slug) is al in gebruik. Kies een andere.";
/** Two beheerders saving the same slug or CBS-code at once: the unique key decides, in Dutch. */
export const SLUG_OR_CODE_TAKEN = "Deze korte naam (slug) of code is al in gebruik. Kies een andere.";

/** The command options of the saves of regio and gemeenten, and of regelingen and procedures. */
export const REGIO_SAVE = {
  permission: "regio.beheren",
  target: "regio",
  uniqueViolation: SLUG_OR_CODE_TAKEN,
} as const;
export const REGELING_SAVE = {
  permission: "regeling.beheren",
  target: "regio",
  uniqueViolation: SLUG_OR_CODE_TAKEN,
} as const;

/** Refuse a slug that another record already has (a field error instead of a database error). */
export function slugTaken(): never {
  throw new Refusal(SLUG_TAKEN, { slug: SLUG_TAKEN });
}

/** Refuse a save into a regio that does not exist (any more). */
export async function requireRegio(tx: Tx, regioId: string): Promise<void> {
  if (!(await tx.regio.findUnique({ where: { id: regioId } }))) throw new Refusal("Deze regio bestaat niet (meer).");
}

/** A @db.Date column as YYYY-MM-DD (null stays null), for audit states and domain checks. */
export const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
