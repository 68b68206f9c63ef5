import { z } from "zod";
import "./locale";
import { isoDate as date, recordId as id, text } from "./common";

const reason = text({ error: "Geef de reden." }).trim().min(1, { error: "Geef de reden." }).max(2000);

/** Plan the inwerkingtreding on the date the bekendmaking names (issue 15), with its legal basis. */
export const planStepSchema = z.object({
  procedureId: id("de procedure"),
  step: z.literal("inwerkingtreding").default("inwerkingtreding"),
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
