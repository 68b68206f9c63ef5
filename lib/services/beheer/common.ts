import type { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Action } from "@/lib/auth/permissions";
import type { ActionUser } from "@/lib/actions/context";
import { fail, type Result } from "@/lib/result";
import { Refusal, defineCommand, runCommand } from "@/lib/commands";

export type Tx = Prisma.TransactionClient;
export type ServiceResult<T = object> = Result<T>;
export { fail };

/** Raised inside the transaction to roll it back (lib/commands/errors.ts). */
export { Refusal };

/**
 * The beheer workspace's mutations on the one path (lib/commands): the command runner parses with
 * the form's schema, authorizes (deny by default), runs `write` in one transaction with its audit
 * event and turns refusals and unique collisions (two beheerders at once) into Dutch messages.
 * Kept as a thin wrapper so the beheer services keep their signature while they move to commands.
 */
export async function beheerMutation<S extends z.ZodType, T extends object>(
  db: Db,
  user: ActionUser | null,
  action: Action,
  schema: S,
  raw: unknown,
  write: (tx: Tx, data: z.output<S>, user: ActionUser) => Promise<T>,
): Promise<ServiceResult<T>> {
  const command = defineCommand({
    name: action,
    input: schema,
    permission: action,
    target: "regio",
    uniqueViolation: "Deze korte naam (slug) of code is al in gebruik. Kies een andere.",
    run: ({ tx, data, user: authorized }) => write(tx, data, authorized),
  });
  return runCommand(db, user, command, raw);
}

export const auditActor = (user: ActionUser) => ({ actorId: user.id, actorRole: user.role, gemeenteId: null });

/** Refuse a slug that another record already has (a field error instead of a database error). */
export function slugTaken(): never {
  throw new Refusal("Deze korte naam (slug) is al in gebruik. Kies een andere.", {
    slug: "Deze korte naam (slug) is al in gebruik. Kies een andere.",
  });
}
