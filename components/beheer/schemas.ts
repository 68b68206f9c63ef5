import type { z } from "zod";
import { regioSchema } from "@/lib/validation/beheer/regio";
import { gemeenteSchema } from "@/lib/validation/beheer/gemeente";
import { procedureStartSchema, regelingSchema } from "@/lib/validation/beheer/regeling";

/** The beheer forms check with the same schemas as the services (named, since a schema cannot be a prop). */
export const BEHEER_SCHEMAS = {
  regio: regioSchema,
  gemeente: gemeenteSchema,
  regeling: regelingSchema,
  procedure: procedureStartSchema,
} satisfies Record<string, z.ZodType>;
export type BeheerSchemaName = keyof typeof BEHEER_SCHEMAS;
