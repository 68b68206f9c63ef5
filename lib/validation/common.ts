import { z } from "zod";

/** A calendar date as JJJJ-MM-DD that really exists (2026-02-30 is refused), with a Dutch message. */
export const isoDate = (label: string) =>
  z
    .string({ error: `Vul de ${label} in.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `De ${label} moet een datum zijn (JJJJ-MM-DD).` })
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), {
      error: `De ${label} bestaat niet.`,
    });

/** A required reference to a record chosen from a list. */
export const recordId = (label: string) => z.string({ error: `Kies ${label}.` }).trim().min(1, { error: `Kies ${label}.` }).max(100);

export const optionalText = (max: number) => z.string().trim().max(max, { error: `Maximaal ${max} tekens.` }).optional();
