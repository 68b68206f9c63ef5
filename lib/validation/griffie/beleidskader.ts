import { z } from "zod";
import "../locale";
import { besluitFields, isoDate, requireVotes, trackFields } from "./common";

export const BELEIDSKADER_STAPPEN = ["aangeboden", "geagendeerd"] as const;

/** The raadsvoorstel reached the raad (aangeboden) or was put on the agenda (geagendeerd: date of the raadsvergadering). */
export const beleidskaderStapSchema = z.object({
  ...trackFields,
  stap: z.enum(BELEIDSKADER_STAPPEN, { error: "Kies de stap." }),
  datum: isoDate("datum"),
});
export type BeleidskaderStapInput = z.infer<typeof beleidskaderStapSchema>;

export const BELEIDSKADER_UITKOMSTEN = ["VASTGESTELD", "GEAMENDEERD_VASTGESTELD", "VERWORPEN"] as const;

/** Vaststelling (possibly amended) or verwerping; an amended vaststelling needs an adopted amendement. */
export const beleidskaderBesluitSchema = z
  .object({
    ...trackFields,
    uitkomst: z.enum(BELEIDSKADER_UITKOMSTEN, { error: "Kies wat de raad heeft besloten." }),
    ...besluitFields,
  })
  .superRefine(requireVotes)
  .superRefine((v, ctx) => {
    if (
      v.uitkomst === "GEAMENDEERD_VASTGESTELD" &&
      !v.moties.some((m) => m.soort === "AMENDEMENT" && m.uitkomst === "AANGENOMEN")
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["moties"],
        message: "Voeg bij geamendeerd vaststellen ten minste één aangenomen amendement toe.",
      });
    }
  });
export type BeleidskaderBesluitInput = z.infer<typeof beleidskaderBesluitSchema>;
