import type { IsoDate, RegionalEventType } from "@/lib/domain";

/** The regional steps of a GR procedure a scenario can walk, in the order the Wgr prescribes. */
export const REGIONAL_PATH = [
  "concept_opgesteld",
  "bosd_akkoord",
  "zienswijzeprocedure_geopend",
  "zienswijzeprocedure_gesloten",
  "nota_van_beantwoording_vastgesteld",
  "definitieve_versie_vastgesteld",
  "toestemmingsprocedure_geopend",
] as const satisfies readonly RegionalEventType[];
export type PathStep = (typeof REGIONAL_PATH)[number];

/**
 * Default dates: the planning in the source documents (zienswijzeprocedure from May 2026,
 * toestemming after the summer). The e2e databases use these same dates.
 */
export const DEFAULT_DATES: Record<PathStep, IsoDate> = {
  concept_opgesteld: "2026-02-01",
  bosd_akkoord: "2026-04-15",
  zienswijzeprocedure_geopend: "2026-05-01",
  zienswijzeprocedure_gesloten: "2026-08-01",
  nota_van_beantwoording_vastgesteld: "2026-08-20",
  definitieve_versie_vastgesteld: "2026-08-25",
  toestemmingsprocedure_geopend: "2026-09-01",
};
/** The day every raad received the ontwerp when a scenario walks past the zienswijzeprocedure. */
export const DEFAULT_ONTWERP_ONTVANGEN: IsoDate = "2026-05-12";
