import { z } from "zod";
import "./locale";
import { CORRECTABLE_REGIONAL_STEP_KEYS } from "@/lib/domain/procedures/gr/corrections";
import { isoDate as date, recordId as id, text } from "./common";

/**
 * The college's sending of the ontwerp to its raad (Wgr art. 1 lid 2–3), recorded by the secretariat:
 * for the chosen raden, or for every raad not yet recorded ("alle").
 */
export const ontwerpVerzondenSchema = z.object({
  procedureId: id("de procedure"),
  // "alle", one raad (the form's select) or a list (CLI, API).
  participantIds: z.union([
    z.literal("alle"),
    id("de raad").transform((one) => [one]),
    z.array(id("de raad")).min(1, { error: "Kies ten minste één raad." }),
  ]),
  date: date("datum van verzending"),
});

/** The regional raadsledenoverleg (klankbord): a meeting of raadsleden of all participants about the regeling. */
export const raadsledenoverlegSchema = z.object({
  procedureId: id("de procedure"),
  date: date("datum van het overleg"),
  notes: text({ error: "Vul de aantekeningen in." })
    .trim()
    .min(1, { error: "Vul de aantekeningen in." })
    .max(5000, { error: "Maximaal 5000 tekens." }),
});

/** Toetreding or uittreding of a participant while the procedure runs (the participant of the regeling, chosen). */
export const membershipChangeSchema = z.object({
  procedureId: id("de procedure"),
  change: z.enum(["toetreding", "uittreding"], { error: "Kies toetreding of uittreding." }),
  participantId: id("de gemeente"),
  date: date("datum"),
  reason: text({ error: "Geef de reden." }).trim().min(1, { error: "Geef de reden." }).max(2000),
});

/**
 * A correction of a regional step's date, with its reason (lib/domain corrections.ts): never a silent overwrite. For the
 * sending of the ontwerp the raad is named.
 */
export const regionalCorrectionSchema = z
  .object({
    procedureId: id("de procedure"),
    step: z.enum(CORRECTABLE_REGIONAL_STEP_KEYS, {
      error: "Kies de stap die u corrigeert.",
    }),
    participantId: z.union([z.literal("").transform(() => undefined), id("de raad")]).optional(),
    date: date("gecorrigeerde datum"),
    reason: text({ error: "Geef de reden van de correctie." })
      .trim()
      .min(1, { error: "Geef de reden van de correctie." })
      .max(2000),
  })
  .superRefine((v, ctx) => {
    if (v.step === "ontwerp_verzonden" && !v.participantId)
      ctx.addIssue({
        code: "custom",
        path: ["participantId"],
        message: "Kies de raad waarvan u de verzending corrigeert.",
      });
  });
