import { z } from "zod";

const date = (label: string) =>
  z
    .string({ error: `Vul de ${label} in.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `De ${label} moet een datum zijn (JJJJ-MM-DD).` })
    .refine((v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: `De ${label} bestaat niet.` });
const id = (label: string) => z.string({ error: `Kies ${label}.` }).trim().min(1, { error: `Kies ${label}.` }).max(100);

/** The college's steps after its raad's toestemming: collegebesluit, ondertekening, own bekendmaking (R6, R12). */
export const collegeStepSchema = z.discriminatedUnion("step", [
  z.object({ step: z.literal("collegebesluit_genomen"), procedureId: id("de procedure"), participantId: id("de gemeente"), date: date("besluitdatum"), besluitnummer: z.string().trim().max(100).optional() }),
  z.object({ step: z.literal("ondertekend"), procedureId: id("de procedure"), participantId: id("de gemeente"), date: date("datum van ondertekening") }),
  z.object({ step: z.literal("besluit_bekendgemaakt"), procedureId: id("de procedure"), participantId: id("de gemeente"), date: date("publicatiedatum"), reference: z.string().trim().max(500).optional() }),
]);

export type CollegeStepInput = z.input<typeof collegeStepSchema>;
