import { REGIONAL_EVENTS, type IsoDate, type RegionalEventType } from "@/lib/domain";

/**
 * The regional steps after the opening of the toestemmingsprocedure: a scenario does not walk them, since they wait
 * for the raden and colleges (ondertekening before bekendmaking) or are not a step of the normal path (a herziene
 * versie).
 */
type BeyondPath = "herziene_versie_gepubliceerd" | "bekendmaking_geregistreerd" | "inwerkingtreding_geregistreerd";
export type PathStep = Exclude<RegionalEventType, BeyondPath>;
const BEYOND_PATH: readonly RegionalEventType[] = [
  "herziene_versie_gepubliceerd",
  "bekendmaking_geregistreerd",
  "inwerkingtreding_geregistreerd",
] satisfies readonly BeyondPath[];
const isPathStep = (e: RegionalEventType): e is PathStep => !BEYOND_PATH.includes(e);

/**
 * The regional steps of a GR procedure a scenario can walk, in the order the Wgr prescribes: the machine's own event
 * list (lib/domain/procedures/gr/machines.ts), so the order is written once.
 */
export const REGIONAL_PATH: readonly PathStep[] = REGIONAL_EVENTS.filter(isPathStep);

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
