/**
 * The GR procedure as data: states, Dutch labels and allowed transitions per track.
 * The transition functions consult these tables (see `checkTable`) and the Mermaid diagrams in
 * docs/state-machines.md are generated from them.
 */
import type { MachineDefinition } from "../../events";

// ---------------------------------------------------------------- raad track (per participant)
export const RAAD_TRACK_STATES = [
  "nog_niet_ontvangen",
  "ontvangen",
  "geagendeerd",
  "zienswijze_vastgesteld",
  "geen_zienswijze",
  "toestemming_ontvangen",
  "toestemming_geagendeerd",
  "toestemming_verleend",
  "toestemming_geweigerd",
  "toestemming_aangehouden",
  "herbesluit_nodig",
] as const;
export type RaadTrackStatus = (typeof RAAD_TRACK_STATES)[number];

export const RAAD_TRACK_EVENTS = [
  "ontwerp_ontvangen",
  "zienswijze_geagendeerd",
  "zienswijze_vastgesteld",
  "geen_zienswijze",
  "toestemmingsvoorstel_ontvangen",
  "toestemming_geagendeerd",
  "toestemming_verleend",
  "toestemming_geweigerd",
  "toestemming_aangehouden",
  "nieuwe_versie_gepubliceerd",
  "besluit_gecorrigeerd",
] as const;
export type RaadTrackEventType = (typeof RAAD_TRACK_EVENTS)[number];

export const RAAD_TRACK_LABELS: Record<RaadTrackStatus, string> = {
  nog_niet_ontvangen: "Ontwerp nog niet ontvangen",
  ontvangen: "Ontwerp ontvangen door de raad",
  geagendeerd: "Zienswijze geagendeerd",
  zienswijze_vastgesteld: "Zienswijze vastgesteld",
  geen_zienswijze: "Geen zienswijze",
  toestemming_ontvangen: "Toestemmingsvoorstel ontvangen",
  toestemming_geagendeerd: "Toestemming geagendeerd",
  toestemming_verleend: "Toestemming verleend",
  toestemming_geweigerd: "Toestemming geweigerd",
  toestemming_aangehouden: "Besluit over toestemming aangehouden",
  herbesluit_nodig: "Nieuw besluit nodig (tekst gewijzigd)",
};

const TOESTEMMING_PHASE = [
  "toestemming_ontvangen",
  "toestemming_geagendeerd",
  "toestemming_verleend",
  "toestemming_geweigerd",
  "toestemming_aangehouden",
] as const satisfies readonly RaadTrackStatus[];

/** States in which a registered raadsbesluit (zienswijze or toestemming) can exist and be corrected. */
const BEFORE_ANY_DECISION: readonly RaadTrackStatus[] = ["nog_niet_ontvangen", "ontvangen", "geagendeerd"];
const RAAD_CORRECTABLE = RAAD_TRACK_STATES.filter((st) => !BEFORE_ANY_DECISION.includes(st));

export const RAAD_TRACK_MACHINE: MachineDefinition<RaadTrackStatus, RaadTrackEventType> = {
  id: "raad_track",
  title: "GR-procedure — spoor van de raad (per deelnemer)",
  states: RAAD_TRACK_STATES,
  initial: "nog_niet_ontvangen",
  labels: RAAD_TRACK_LABELS,
  transitions: [
    { from: "nog_niet_ontvangen", event: "ontwerp_ontvangen", to: "ontvangen" },
    // The griffie confirms a receipt that was assumed from the send date (sending.ts); the track keeps its place.
    { from: "ontvangen", event: "ontwerp_ontvangen", to: "ontvangen" },
    { from: "geagendeerd", event: "ontwerp_ontvangen", to: "geagendeerd" },
    { from: "ontvangen", event: "zienswijze_geagendeerd", to: "geagendeerd" },
    { from: "geagendeerd", event: "zienswijze_geagendeerd", to: "geagendeerd" },
    { from: "ontvangen", event: "zienswijze_vastgesteld", to: "zienswijze_vastgesteld" },
    { from: "geagendeerd", event: "zienswijze_vastgesteld", to: "zienswijze_vastgesteld" },
    { from: "ontvangen", event: "geen_zienswijze", to: "geen_zienswijze" },
    { from: "geagendeerd", event: "geen_zienswijze", to: "geen_zienswijze" },
    // R4: only once the zienswijze window is closed (decision, waiver, or deadline passed).
    { from: "zienswijze_vastgesteld", event: "toestemmingsvoorstel_ontvangen", to: "toestemming_ontvangen" },
    { from: "geen_zienswijze", event: "toestemmingsvoorstel_ontvangen", to: "toestemming_ontvangen" },
    { from: "ontvangen", event: "toestemmingsvoorstel_ontvangen", to: "toestemming_ontvangen" },
    { from: "geagendeerd", event: "toestemmingsvoorstel_ontvangen", to: "toestemming_ontvangen" },
    { from: "herbesluit_nodig", event: "toestemmingsvoorstel_ontvangen", to: "toestemming_ontvangen" },
    { from: "toestemming_ontvangen", event: "toestemming_geagendeerd", to: "toestemming_geagendeerd" },
    { from: "toestemming_geagendeerd", event: "toestemming_geagendeerd", to: "toestemming_geagendeerd" },
    { from: "toestemming_aangehouden", event: "toestemming_geagendeerd", to: "toestemming_geagendeerd" },
    { from: "toestemming_geagendeerd", event: "toestemming_verleend", to: "toestemming_verleend" },
    { from: "toestemming_aangehouden", event: "toestemming_verleend", to: "toestemming_verleend" },
    { from: "toestemming_geagendeerd", event: "toestemming_geweigerd", to: "toestemming_geweigerd" },
    { from: "toestemming_aangehouden", event: "toestemming_geweigerd", to: "toestemming_geweigerd" },
    { from: "toestemming_geagendeerd", event: "toestemming_aangehouden", to: "toestemming_aangehouden" },
    { from: "toestemming_aangehouden", event: "toestemming_aangehouden", to: "toestemming_aangehouden" },
    // R8: a new text version makes every toestemming-phase state on the old version stale.
    ...TOESTEMMING_PHASE.map((from) => ({
      from,
      event: "nieuwe_versie_gepubliceerd" as const,
      to: "herbesluit_nodig" as const,
    })),
    // Wgr art. 1 lid 4: after a refusal the college may ask again and the raad decide again on the SAME text
    // (a new raadsvoorstel); no new version, so no other raad's toestemming becomes stale.
    { from: "toestemming_geweigerd", event: "toestemmingsvoorstel_ontvangen", to: "toestemming_ontvangen" },
    // A correction of a registered raadsbesluit (a new record with a reason) keeps the track's status.
    ...RAAD_CORRECTABLE.map((from) => ({ from, event: "besluit_gecorrigeerd" as const, to: from })),
  ],
};

// ---------------------------------------------------------------- college track (per participant)
export const COLLEGE_TRACK_STATES = [
  "wacht_op_toestemming",
  "collegebesluit_genomen",
  "ondertekend",
  "besluit_bekendgemaakt",
] as const;
export type CollegeTrackStatus = (typeof COLLEGE_TRACK_STATES)[number];

export const COLLEGE_TRACK_EVENTS = [
  "collegebesluit_genomen",
  "ondertekend",
  "besluit_bekendgemaakt",
  "nieuwe_versie_gepubliceerd",
] as const;
export type CollegeTrackEventType = (typeof COLLEGE_TRACK_EVENTS)[number];

export const COLLEGE_TRACK_LABELS: Record<CollegeTrackStatus, string> = {
  wacht_op_toestemming: "Wacht op toestemming van de raad",
  collegebesluit_genomen: "Collegebesluit genomen",
  ondertekend: "Regeling ondertekend",
  besluit_bekendgemaakt: "Eigen besluit bekendgemaakt",
};

export const COLLEGE_TRACK_MACHINE: MachineDefinition<CollegeTrackStatus, CollegeTrackEventType> = {
  id: "college_track",
  title: "GR-procedure — spoor van het college (per deelnemer)",
  states: COLLEGE_TRACK_STATES,
  initial: "wacht_op_toestemming",
  labels: COLLEGE_TRACK_LABELS,
  transitions: [
    { from: "wacht_op_toestemming", event: "collegebesluit_genomen", to: "collegebesluit_genomen" },
    { from: "collegebesluit_genomen", event: "ondertekend", to: "ondertekend" },
    { from: "ondertekend", event: "besluit_bekendgemaakt", to: "besluit_bekendgemaakt" },
    { from: "collegebesluit_genomen", event: "nieuwe_versie_gepubliceerd", to: "wacht_op_toestemming" },
    { from: "ondertekend", event: "nieuwe_versie_gepubliceerd", to: "wacht_op_toestemming" },
    { from: "besluit_bekendgemaakt", event: "nieuwe_versie_gepubliceerd", to: "wacht_op_toestemming" },
  ],
};

// ---------------------------------------------------------------- regional steps (secretariaat / BOSD)
export const REGIONAL_STATES = [
  "nieuw",
  "concept_opgesteld",
  "bosd_akkoord",
  "zienswijzeprocedure_geopend",
  "zienswijzeprocedure_gesloten",
  "nota_van_beantwoording_gereed",
  "definitieve_versie_vastgesteld",
  "toestemmingsprocedure_geopend",
  "bekendgemaakt",
  "in_werking",
] as const;
export type RegionalStatus = (typeof REGIONAL_STATES)[number];

export const REGIONAL_EVENTS = [
  "concept_opgesteld",
  "bosd_akkoord",
  "zienswijzeprocedure_geopend",
  "zienswijzeprocedure_gesloten",
  "nota_van_beantwoording_vastgesteld",
  "definitieve_versie_vastgesteld",
  "toestemmingsprocedure_geopend",
  "herziene_versie_gepubliceerd",
  "bekendmaking_geregistreerd",
  "inwerkingtreding_geregistreerd",
] as const;
export type RegionalEventType = (typeof REGIONAL_EVENTS)[number];

export const REGIONAL_LABELS: Record<RegionalStatus, string> = {
  nieuw: "Nieuw",
  concept_opgesteld: "Concept opgesteld",
  bosd_akkoord: "Akkoord BOSD",
  zienswijzeprocedure_geopend: "Zienswijzeprocedure geopend",
  zienswijzeprocedure_gesloten: "Zienswijzeprocedure gesloten",
  nota_van_beantwoording_gereed: "Nota van beantwoording gereed",
  definitieve_versie_vastgesteld: "Definitieve versie vastgesteld",
  toestemmingsprocedure_geopend: "Toestemmingsprocedure geopend",
  bekendgemaakt: "Regeling bekendgemaakt",
  in_werking: "Regeling in werking",
};

export const REGIONAL_MACHINE: MachineDefinition<RegionalStatus, RegionalEventType> = {
  id: "regional",
  title: "GR-procedure — regionale stappen (secretariaat en BOSD)",
  states: REGIONAL_STATES,
  initial: "nieuw",
  labels: REGIONAL_LABELS,
  transitions: [
    { from: "nieuw", event: "concept_opgesteld", to: "concept_opgesteld" },
    { from: "concept_opgesteld", event: "bosd_akkoord", to: "bosd_akkoord" },
    { from: "bosd_akkoord", event: "zienswijzeprocedure_geopend", to: "zienswijzeprocedure_geopend" },
    { from: "zienswijzeprocedure_geopend", event: "zienswijzeprocedure_gesloten", to: "zienswijzeprocedure_gesloten" },
    {
      from: "zienswijzeprocedure_gesloten",
      event: "nota_van_beantwoording_vastgesteld",
      to: "nota_van_beantwoording_gereed",
    },
    {
      from: "nota_van_beantwoording_gereed",
      event: "definitieve_versie_vastgesteld",
      to: "definitieve_versie_vastgesteld",
    },
    {
      from: "definitieve_versie_vastgesteld",
      event: "toestemmingsprocedure_geopend",
      to: "toestemmingsprocedure_geopend",
    },
    {
      from: "toestemmingsprocedure_geopend",
      event: "herziene_versie_gepubliceerd",
      to: "toestemmingsprocedure_geopend",
    },
    { from: "toestemmingsprocedure_geopend", event: "bekendmaking_geregistreerd", to: "bekendgemaakt" },
    { from: "bekendgemaakt", event: "inwerkingtreding_geregistreerd", to: "in_werking" },
  ],
};

// ---------------------------------------------------------------- derived regeling state
export const REGELING_STATES = [
  "concept",
  "bosd_akkoord",
  "zienswijzeprocedure",
  "verwerking",
  "definitief",
  "toestemmingsprocedure",
  "ondertekening",
  "bekendgemaakt",
  "in_werking",
] as const;
export type RegelingState = (typeof REGELING_STATES)[number];

export const REGELING_LABELS: Record<RegelingState, string> = {
  concept: "Concept",
  bosd_akkoord: "Akkoord BOSD",
  zienswijzeprocedure: "Zienswijzeprocedure",
  verwerking: "Verwerking zienswijzen",
  definitief: "Definitieve tekst",
  toestemmingsprocedure: "Toestemmingsprocedure",
  ondertekening: "Ondertekening",
  bekendgemaakt: "Bekendgemaakt",
  in_werking: "In werking",
};

export const GR_KINDS = ["gr_treffen", "gr_wijzigen", "gr_opheffen"] as const;
export type GrKind = (typeof GR_KINDS)[number];
export const GR_KIND_LABELS: Record<GrKind, string> = {
  gr_treffen: "Regeling treffen",
  gr_wijzigen: "Regeling wijzigen (ook toetreden en uittreden, Wgr art. 1 lid 5)",
  gr_opheffen: "Regeling opheffen (zelfde route als wijzigen)",
};
export type GrWijzigenVariant = "wijzigen" | "toetreden" | "uittreden";
