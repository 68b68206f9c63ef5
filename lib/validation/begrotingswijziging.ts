import { z } from "zod";
import "./locale";
import { begrotingPointSchema } from "./begroting";
import { isoDate as date, optionalText, recordId as id, text } from "./common";

/** Which wijziging of a cycle: its number within the begrotingsjaar (1, 2, …). */
const nummer = z.coerce
  .number({ error: "Kies de begrotingswijziging." })
  .int({ error: "Kies de begrotingswijziging." })
  .min(1, { error: "Kies de begrotingswijziging." })
  .max(999, { error: "Kies de begrotingswijziging." });

/** The secretariat creates a begrotingswijziging in a year's cycle (Wgr art. 35 lid 5). */
export const wijzigingCreateSchema = z.object({
  procedureId: id("de begroting"),
  titel: text()
    .trim()
    .min(1, { error: "Vul de titel van de begrotingswijziging in." })
    .max(300, { error: "De titel is te lang (maximaal 300 tekens)." }),
  /** The category the regeling may exempt from the zienswijze procedure; empty: none. */
  categorie: optionalText(100),
});
export type WijzigingCreateInput = z.input<typeof wijzigingCreateSchema>;

/** The bestuur's steps on a wijziging, recorded by the secretariat: ontwerp to the raden, vaststelling. */
export const wijzigingStepSchema = z.discriminatedUnion("step", [
  z.object({
    step: z.literal("wijziging_verzonden"),
    procedureId: id("de begroting"),
    nummer,
    date: date("datum van verzending"),
    /** Planned aanbieding to the algemeen bestuur (art. 35 lid 1 via lid 5); empty: twelve weeks after sending. */
    aanbiedingOp: z.union([z.literal(""), date("datum van aanbieding")]).optional(),
  }),
  z.object({
    step: z.literal("wijziging_vastgesteld"),
    procedureId: id("de begroting"),
    nummer,
    date: date("datum van vaststelling"),
  }),
]);
export type WijzigingStepInput = z.input<typeof wijzigingStepSchema>;

/** The raad's decision on an ontwerpwijziging: a zienswijze in numbered points, or geen zienswijze. */
export const wijzigingZienswijzeSchema = z.discriminatedUnion("soort", [
  z.object({
    soort: z.literal("zienswijze"),
    procedureId: id("de begroting"),
    nummer,
    participantId: id("de gemeente"),
    date: date("datum van het raadsbesluit"),
    points: z
      .array(begrotingPointSchema)
      .min(1, { error: "Een zienswijze heeft ten minste één punt." })
      .max(100, { error: "Maximaal 100 punten." }),
  }),
  z.object({
    soort: z.literal("geen"),
    procedureId: id("de begroting"),
    nummer,
    participantId: id("de gemeente"),
    date: date("datum van het raadsbesluit"),
  }),
]);
export type WijzigingZienswijzeInput = z.input<typeof wijzigingZienswijzeSchema>;

/** The bestuur's written, reasoned answer to one raad's zienswijze on a wijziging. */
export const wijzigingAntwoordSchema = z.object({
  procedureId: id("de begroting"),
  nummer,
  participantId: id("de gemeente"),
  date: date("datum van het antwoord"),
  motivering: text()
    .trim()
    .min(1, { error: "Vul het antwoord van het bestuur in." })
    .max(20000, { error: "Het antwoord is te lang." }),
});
export type WijzigingAntwoordInput = z.input<typeof wijzigingAntwoordSchema>;
