import { z } from "zod";
import "./locale";
import { isoDate as date, optionalText, recordId as id, text } from "./common";

/** The secretariat starts the yearly begroting cycle of a regeling for a begrotingsjaar. */
export const begrotingStartSchema = z.object({
  regelingId: id("de regeling"),
  jaar: z.coerce
    .number({ error: "Vul het begrotingsjaar in." })
    .int({ error: "Het begrotingsjaar is een heel jaartal." })
    .min(2000, { error: "Het begrotingsjaar ligt tussen 2000 en 2199." })
    .max(2199, { error: "Het begrotingsjaar ligt tussen 2000 en 2199." }),
});
export type BegrotingStartInput = z.input<typeof begrotingStartSchema>;

/** The bestuur's steps in the cycle (Wgr art. 34, 34b, 35), recorded by the secretariat. */
export const begrotingStepSchema = z.discriminatedUnion("step", [
  z.object({
    step: z.literal("kaders_verzonden"),
    procedureId: id("de begroting"),
    date: date("datum van verzending"),
  }),
  z.object({
    step: z.literal("ontwerp_verzonden"),
    procedureId: id("de begroting"),
    date: date("datum van verzending"),
    /** Planned aanbieding to the algemeen bestuur (art. 35 lid 1); empty: twelve weeks after sending. */
    aanbiedingOp: z.union([z.literal(""), date("datum van aanbieding")]).optional(),
    toelichting: optionalText(2000),
  }),
  z.object({
    step: z.literal("begroting_vastgesteld"),
    procedureId: id("de begroting"),
    date: date("datum van vaststelling"),
    besluitnummer: optionalText(100),
  }),
  z.object({
    step: z.literal("naar_gs_verzonden"),
    procedureId: id("de begroting"),
    date: date("datum van verzending"),
  }),
  // The jaarrekening of the same begrotingsjaar (Wgr art. 34b, 34 lid 3).
  z.object({
    step: z.literal("voorlopige_jaarrekening_verzonden"),
    procedureId: id("de begroting"),
    date: date("datum van verzending"),
  }),
  z.object({
    step: z.literal("jaarrekening_vastgesteld"),
    procedureId: id("de begroting"),
    date: date("datum van vaststelling"),
    besluitnummer: optionalText(100),
  }),
  z.object({
    step: z.literal("jaarrekening_naar_gs"),
    procedureId: id("de begroting"),
    date: date("datum van verzending"),
  }),
]);
export type BegrotingStepInput = z.input<typeof begrotingStepSchema>;
export type BegrotingStep = z.output<typeof begrotingStepSchema>["step"];

/** A point of a zienswijze on a begroting: it refers to a programme or a page instead of an article. */
export const begrotingPointSchema = z.object({
  onderwerp: text()
    .trim()
    .min(1, { error: "Vul het onderwerp van het punt in." })
    .max(300, { error: "Het onderwerp is te lang (maximaal 300 tekens)." }),
  /** "Programma 2 Jeugd", "blz. 14"; empty = the begroting as a whole. */
  verwijzing: text().trim().max(200, { error: "De verwijzing is te lang (maximaal 200 tekens)." }),
  tekst: text().trim().min(1, { error: "Vul de tekst van het punt in." }).max(20000, { error: "De tekst is te lang." }),
});

/** The raad's decision on the ontwerpbegroting: a zienswijze in numbered points, or geen zienswijze. */
export const begrotingZienswijzeSchema = z.discriminatedUnion("soort", [
  z.object({
    soort: z.literal("zienswijze"),
    procedureId: id("de begroting"),
    participantId: id("de gemeente"),
    date: date("datum van het raadsbesluit"),
    besluitnummer: optionalText(100),
    points: z
      .array(begrotingPointSchema)
      .min(1, { error: "Een zienswijze heeft ten minste één punt." })
      .max(100, { error: "Maximaal 100 punten." }),
  }),
  z.object({
    soort: z.literal("geen"),
    procedureId: id("de begroting"),
    participantId: id("de gemeente"),
    date: date("datum van het raadsbesluit"),
  }),
]);
export type BegrotingZienswijzeInput = z.input<typeof begrotingZienswijzeSchema>;

/** The bestuur's written, reasoned answer to one raad's zienswijze (before vaststelling). */
export const begrotingAntwoordSchema = z.object({
  procedureId: id("de begroting"),
  participantId: id("de gemeente"),
  date: date("datum van het antwoord"),
  motivering: text()
    .trim()
    .min(1, { error: "Vul het antwoord van het bestuur in." })
    .max(20000, { error: "Het antwoord is te lang." }),
});
export type BegrotingAntwoordInput = z.input<typeof begrotingAntwoordSchema>;
