import { z } from "zod";
import "./locale";
import { isoDate as date, optionalText, recordId as id, text } from "./common";

/** The secretariat's procedure steps (Wgr regional steps), one schema per step, shared by form and server. */
export const regionalStepSchema = z.discriminatedUnion("step", [
  z.object({
    step: z.literal("concept_opgesteld"),
    procedureId: id("de procedure"),
    versionId: id("de versie"),
    date: date("datum"),
  }),
  z.object({
    step: z.literal("bosd_akkoord"),
    procedureId: id("de procedure"),
    versionId: id("de versie"),
    date: date("besluitdatum"),
    besluitnummer: optionalText(100),
  }),
  z.object({
    step: z.literal("zienswijzeprocedure_geopend"),
    procedureId: id("de procedure"),
    versionId: id("de versie"),
    date: date("datum van opening"),
  }),
  z.object({
    step: z.literal("zienswijzeprocedure_gesloten"),
    procedureId: id("de procedure"),
    date: date("datum van sluiting"),
  }),
  z.object({
    step: z.literal("nota_van_beantwoording_vastgesteld"),
    procedureId: id("de procedure"),
    date: date("datum"),
  }),
  z.object({
    step: z.literal("definitieve_versie_vastgesteld"),
    procedureId: id("de procedure"),
    versionId: id("de versie"),
    date: date("datum"),
  }),
  z.object({
    step: z.literal("toestemmingsprocedure_geopend"),
    procedureId: id("de procedure"),
    versionId: id("de versie"),
    date: date("datum van opening"),
  }),
  z.object({
    step: z.literal("herziene_versie_gepubliceerd"),
    procedureId: id("de procedure"),
    versionId: id("de versie"),
    date: date("datum"),
    reason: text({ error: "Geef de reden van de herziening." })
      .trim()
      .min(1, { error: "Geef de reden van de herziening." })
      .max(2000),
  }),
  z.object({
    step: z.literal("bekendmaking_geregistreerd"),
    procedureId: id("de procedure"),
    date: date("publicatiedatum"),
    reference: optionalText(500),
    /** Wgr art. 26: the gemeente whose gemeentebestuur published the regeling (not required). */
    publishingParticipantId: optionalText(100),
    /** The in-force date the regeling names (not required; after the publication date, Awb art. 3:40). */
    plannedInForceOn: date("geplande datum van inwerkingtreding").optional(),
  }),
  z.object({
    step: z.literal("inwerkingtreding_geregistreerd"),
    procedureId: id("de procedure"),
    date: date("datum van inwerkingtreding"),
  }),
]);

export type RegionalStepInput = z.input<typeof regionalStepSchema>;
export type RegionalStep = z.output<typeof regionalStepSchema>["step"];
