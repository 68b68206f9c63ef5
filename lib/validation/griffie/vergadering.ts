import { z } from "zod";
import "../locale";
import { text } from "../common";
import { isoDate } from "./common";

export const VERGADER_SOORTEN = ["COMMISSIE", "RAAD"] as const;

/** A meeting of the own raad or one of its commissies, added by hand. */
export const vergaderingSchema = z.object({
  kind: z.enum(VERGADER_SOORTEN, { error: "Kies commissie of raad." }),
  datum: isoDate("datum van de vergadering"),
  titel: text().trim().max(200, { error: "De titel is te lang (maximaal 200 tekens)." }),
});
export type VergaderingInput = z.infer<typeof vergaderingSchema>;

export const recesSchema = z
  .object({
    label: text().trim().min(1, { error: "Vul de naam van het reces in, bijvoorbeeld Zomerreces." }).max(100, { error: "De naam is te lang." }),
    van: isoDate("eerste dag van het reces"),
    tot: isoDate("laatste dag van het reces"),
  })
  .refine((v) => v.tot >= v.van, { path: ["tot"], error: "De laatste dag ligt op of na de eerste dag." });
export type RecesInput = z.infer<typeof recesSchema>;
