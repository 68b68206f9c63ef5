import { z } from "zod";
import "./locale";
import { isoDate as date, recordId as id, text } from "./common";

/** The college's steps after its raad's toestemming: collegebesluit, ondertekening, own bekendmaking (R6, R12). */
export const collegeStepSchema = z.discriminatedUnion("step", [
  // The voorgenomen besluit precedes the raad's toestemming (Wgr art. 1 lid 2); recorded, not a step.
  z.object({
    step: z.literal("voorgenomen_besluit_genomen"),
    procedureId: id("de procedure"),
    participantId: id("de gemeente"),
    date: date("datum van het voorgenomen besluit"),
    besluitnummer: text().trim().max(100).optional(),
  }),
  z.object({
    step: z.literal("collegebesluit_genomen"),
    procedureId: id("de procedure"),
    participantId: id("de gemeente"),
    date: date("besluitdatum"),
    besluitnummer: text().trim().max(100).optional(),
  }),
  z.object({
    step: z.literal("ondertekend"),
    procedureId: id("de procedure"),
    participantId: id("de gemeente"),
    date: date("datum van ondertekening"),
  }),
  z.object({
    step: z.literal("besluit_bekendgemaakt"),
    procedureId: id("de procedure"),
    participantId: id("de gemeente"),
    date: date("publicatiedatum"),
    reference: text().trim().max(500).optional(),
  }),
]);

export type CollegeStepInput = z.input<typeof collegeStepSchema>;
