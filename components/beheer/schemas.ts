import type { z } from "zod";
import { regioSchema } from "@/lib/validation/beheer/regio";
import { gemeenteSchema } from "@/lib/validation/beheer/gemeente";
import { procedureStartSchema, regelingSchema } from "@/lib/validation/beheer/regeling";
import {
  gebruikerActiefSchema,
  gebruikerIdSchema,
  gebruikerUitnodigenSchema,
  gebruikerWijzigenSchema,
} from "@/lib/validation/beheer/gebruiker";
import { opheffenSchema } from "@/lib/validation/beheer/opheffen";
import { eindeVervangenRegelingSchema } from "@/lib/validation/beheer/vervangen-regeling";

/** The beheer forms check with the same schemas as the services (named, since a schema cannot be a prop). */
export const BEHEER_SCHEMAS = {
  regio: regioSchema,
  gemeente: gemeenteSchema,
  regeling: regelingSchema,
  procedure: procedureStartSchema,
  gebruikerUitnodigen: gebruikerUitnodigenSchema,
  gebruikerWijzigen: gebruikerWijzigenSchema,
  gebruikerActief: gebruikerActiefSchema,
  gebruikerLink: gebruikerIdSchema,
  opheffen: opheffenSchema,
  eindeVervangen: eindeVervangenRegelingSchema,
} satisfies Record<string, z.ZodType>;
export type BeheerSchemaName = keyof typeof BEHEER_SCHEMAS;
