import type { RegionalStep } from "@/lib/validation/regional-step";
import type { RegionalStepNeedingConfirmation } from "@/lib/validation/confirmation";

/** Button text per regional step (what the secretariat does). */
export const REGIONAL_STEP_ACTIONS: Record<RegionalStep, string> = {
  concept_opgesteld: "Concept registreren",
  bosd_akkoord: "Akkoord BOSD registreren",
  zienswijzeprocedure_geopend: "Zienswijzeprocedure openen",
  zienswijzeprocedure_gesloten: "Zienswijzeprocedure sluiten",
  nota_van_beantwoording_vastgesteld: "Nota van beantwoording vaststellen",
  definitieve_versie_vastgesteld: "Definitieve versie vaststellen",
  toestemmingsprocedure_geopend: "Toestemmingsprocedure openen",
  herziene_versie_gepubliceerd: "Herziene versie publiceren",
  bekendmaking_geregistreerd: "Bekendmaking registreren",
  inwerkingtreding_geregistreerd: "Inwerkingtreding registreren",
};

/** Label of the date field per step. */
export const REGIONAL_STEP_DATE_LABELS: Record<RegionalStep, string> = {
  concept_opgesteld: "Datum van het concept",
  bosd_akkoord: "Besluitdatum BOSD",
  zienswijzeprocedure_geopend: "Datum van opening",
  zienswijzeprocedure_gesloten: "Datum van sluiting",
  nota_van_beantwoording_vastgesteld: "Datum van vaststelling",
  definitieve_versie_vastgesteld: "Datum van vaststelling",
  toestemmingsprocedure_geopend: "Datum van opening",
  herziene_versie_gepubliceerd: "Datum van publicatie",
  bekendmaking_geregistreerd: "Publicatiedatum",
  inwerkingtreding_geregistreerd: "Datum van inwerkingtreding",
};

export const STEPS_WITH_VERSION: ReadonlySet<RegionalStep> = new Set([
  "concept_opgesteld",
  "bosd_akkoord",
  "zienswijzeprocedure_geopend",
  "definitieve_versie_vastgesteld",
  "toestemmingsprocedure_geopend",
  "herziene_versie_gepubliceerd",
]);

/**
 * Far-reaching steps: what they change (shown before the submit) and the "Ik begrijp dat …" the
 * secretariat must tick (issue 16 point 5). The domain's transitions are in lib/domain/procedures/gr/regional.ts.
 */
export const REGIONAL_STEP_CONSEQUENCES: Partial<
  Record<RegionalStep, { consequences: readonly string[]; understood: string }>
> &
  Record<RegionalStepNeedingConfirmation, { consequences: readonly string[]; understood: string }> = {
  herziene_versie_gepubliceerd: {
    consequences: [
      "De herziene versie wordt de versie waarover de raden besluiten.",
      "Raden die het voorstel al ontvingen, agendeerden of erover besloten, moeten opnieuw besluiten over de herziene versie: hun eerdere toestemming of weigering geldt niet meer.",
      "De griffies zien dat zij een nieuw raadsbesluit moeten registreren.",
    ],
    understood: "alle raden opnieuw over de herziene versie moeten besluiten.",
  },
  zienswijzeprocedure_gesloten: {
    consequences: [
      "Na het sluiten kunnen de raden geen zienswijze meer indienen binnen deze procedure; een te late zienswijze wordt wel nog geregistreerd en gemarkeerd.",
      "De volgende stap is de nota van beantwoording.",
    ],
    understood: "de zienswijzeprocedure hiermee wordt gesloten.",
  },
};
