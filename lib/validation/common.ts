import { z } from "zod";
import "./locale";
import { existsIfWellFormed, inRangeIfExists, yearRangeMessage } from "./dates";

/**
 * What PostgreSQL can store: no NUL character (text columns refuse it) and no unpaired UTF-16
 * surrogate (JSON columns refuse it). Found by fuzzing: such input used to end in a database error.
 */
export const UNSTORABLE =
  "Deze tekst bevat een teken dat niet kan worden opgeslagen (zoals een nul-teken). Haal het weg en probeer het opnieuw.";
export const isStorable = (v: string): boolean =>
  !v.includes("\u0000") && !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(v);

/** z.string() that refuses what cannot be stored (see isStorable); chain .trim(), .min() etc. as usual. */
export const text = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine(isStorable, { error: UNSTORABLE });

/** A calendar date as JJJJ-MM-DD that really exists (2026-02-30 is refused), with a Dutch message. */
export const isoDate = (label: string) =>
  text({ error: `Vul de ${label} in.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `De ${label} moet een datum zijn (JJJJ-MM-DD).` })
    .refine(existsIfWellFormed, { error: `De ${label} bestaat niet.` })
    .refine(inRangeIfExists, { error: yearRangeMessage(label) });

/** A required reference to a record chosen from a list. */
export const recordId = (label: string) =>
  text({ error: `Kies ${label}.` })
    .trim()
    .min(1, { error: `Kies ${label}.` })
    .max(100);

export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max, { error: `Maximaal ${max} tekens.` })
    .optional();
