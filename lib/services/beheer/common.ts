import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Action } from "@/lib/auth/permissions";
import type { ActionUser } from "@/lib/actions/context";
import { fail, parseInput, type ServiceResult } from "@/lib/services/griffie/common";
import { Refusal } from "@/lib/commands/errors";

export type Tx = Prisma.TransactionClient;
export type { ServiceResult };
export { fail };

/** Raised inside the transaction to roll it back (lib/commands/errors.ts). */
export { Refusal };

const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** Prisma's unique-constraint error, whichever way the driver adapter reports it. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null;
  return e?.code === "P2002" || e?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}

/**
 * The one mutation path of the beheer workspace: parse with the form's schema → one authorization
 * check (deny by default) → one transaction that writes the rows and appends their audit event.
 * Bad input and refusals come back as a Dutch message with nothing written; a unique collision
 * that slips past the checks (two beheerders at once) becomes a Dutch message too, never a 5xx.
 */
export async function beheerMutation<S extends z.ZodType, T extends object>(
  db: Db,
  user: ActionUser | null,
  action: Action,
  schema: S,
  raw: unknown,
  write: (tx: Tx, data: z.output<S>, user: ActionUser) => Promise<T>,
): Promise<ServiceResult<T>> {
  const decision = can(user, action);
  if (!decision.allowed) return fail(decision.reason);
  const parsed = parseInput(schema, raw);
  if (!parsed.ok) return parsed;
  try {
    const result = await db.$transaction((tx) => write(tx, parsed.data, user!), TX_OPTIONS);
    return { ok: true, ...result };
  } catch (err) {
    if (err instanceof Refusal) return fail(err.message, err.fieldErrors);
    if (isUniqueViolation(err)) return fail("Deze korte naam (slug) of code is al in gebruik. Kies een andere.");
    throw err;
  }
}

export const auditActor = (user: ActionUser) => ({ actorId: user.id, actorRole: user.role, gemeenteId: null });

export const SLUG_TAKEN = "Deze korte naam (slug) is al in gebruik. Kies een andere.";
/** Two beheerders saving the same slug or CBS-code at once: the unique key decides, in Dutch. */
export const SLUG_OR_CODE_TAKEN = "Deze korte naam (slug) of code is al in gebruik. Kies een andere.";

/** Refuse a slug that another record already has (a field error instead of a database error). */
export function slugTaken(): never {
  throw new Refusal(SLUG_TAKEN, { slug: SLUG_TAKEN });
}
