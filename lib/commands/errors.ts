export { ConflictError } from "@/lib/services/gr-procedure-store";

/**
 * Thrown by a command's `run` to roll its transaction back with a Dutch message for the user
 * (optionally one per form field, keyed by the field's path). The runner turns it into the one
 * result type; nothing of the transaction is kept.
 */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "Refusal";
  }
}

/** Under a burst, transactions queue for a pooled connection: wait for one rather than fail. */
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

export const UNIQUE_VIOLATION_MESSAGE =
  "Dit is net al door iemand anders vastgelegd. Laad de pagina opnieuw en controleer het.";

/** Prisma's unique-constraint error, whichever way the driver adapter reports it. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } } | null;
  return e?.code === "P2002" || e?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";
}
