import { z } from "zod";
import { recordId } from "../common";
import { email, emptyToUndefined, naam, optionalId, slug } from "./common";

/** The number of raadszetels: the Kieswet gives a raad between 9 and 45 seats. */
export const zetels = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? Number(v.trim()) : emptyToUndefined(v)),
  z
    .number({ error: "Vul het aantal raadszetels in (een heel getal van 9 tot en met 45)." })
    .int({ error: "Het aantal raadszetels moet een heel getal zijn." })
    .min(9, { error: "Een gemeenteraad heeft minstens 9 zetels." })
    .max(45, { error: "Een gemeenteraad heeft hoogstens 45 zetels." }),
);

export const cbsCode = z.preprocess(
  (v) => (typeof v === "string" ? emptyToUndefined(v.trim().toUpperCase()) : v),
  z
    .string()
    .regex(/^GM\d{4}$/, { error: "De CBS-code bestaat uit GM en vier cijfers (bijvoorbeeld GM0034)." })
    .optional(),
);

/** A gemeente with its raad (zetels), college and griffie (contact address). */
export const gemeenteSchema = z.object({
  id: optionalId,
  regioId: recordId("een regio"),
  naam: naam("naam van de gemeente"),
  slug: slug("korte naam (slug)"),
  cbsCode,
  zetels,
  griffieEmail: email("de griffie"),
});
export type GemeenteInput = z.input<typeof gemeenteSchema>;

/** One row of the CSV import (naam;slug;zetels;e-mail), without the regio. */
export const gemeenteCsvRowSchema = gemeenteSchema.omit({ id: true, regioId: true, cbsCode: true });

export const gemeenteImportSchema = z.object({
  regioId: recordId("een regio"),
  csv: z
    .string({ error: "Kies een CSV-bestand." })
    .min(1, { error: "Het CSV-bestand is leeg." })
    .max(200_000, { error: "Het CSV-bestand is te groot (maximaal 200 kB)." }),
  toepassen: z.boolean().default(false),
});
