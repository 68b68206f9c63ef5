import { z } from "zod";
import "./locale";
import { PLANNED_STEP_KINDS } from "@/lib/domain/procedures/planned";
import { isoDate as date, recordId as id, text } from "./common";

const reason = text({ error: "Geef de reden." }).trim().min(1, { error: "Geef de reden." }).max(2000);

/**
 * Plan a step whose date is fixed in advance (issue 15), with its legal basis: the inwerkingtreding the bekendmaking
 * names, a scheduled raadsvergadering (of the chosen raad) or a planned meeting of the BOSD.
 */
export const planStepSchema = z.object({
  procedureId: id("de procedure"),
  step: z.enum(PLANNED_STEP_KINDS, { error: "Kies wat u plant." }).default("inwerkingtreding"),
  /** For a raadsvergadering: whose raad meets (the domain refuses a raadsvergadering without one). */
  participantId: z.union([z.literal("").transform(() => undefined), id("de raad")]).optional(),
  plannedOn: date("geplande datum"),
  legalBasis: text({ error: "Geef de grondslag van de datum." })
    .trim()
    .min(1, { error: "Geef de grondslag van de datum, bijvoorbeeld de tekst van de bekendmaking." })
    .max(2000),
});

export const movePlannedStepSchema = z.object({
  plannedStepId: id("de geplande stap"),
  plannedOn: date("nieuwe datum"),
  reason,
});

export const withdrawPlannedStepSchema = z.object({ plannedStepId: id("de geplande stap"), reason });

export const realizePlannedStepSchema = z.object({ plannedStepId: id("de geplande stap") });

/** The secretariat's one form for a planned step: plan it, move it or withdraw it. */
export const changePlannedStepSchema = z.discriminatedUnion("change", [
  planStepSchema.extend({ change: z.literal("plannen") }),
  movePlannedStepSchema.extend({ change: z.literal("verplaatsen") }),
  withdrawPlannedStepSchema.extend({ change: z.literal("intrekken") }),
]);
