/**
 * THE status texts: every screen, export and feed that says where a raad, a college or the regio stands, or what
 * comes next, asks these functions (issue 16 point 1). They read the domain state only — the raad track, the college
 * track, the regional status and the procedure kind — so two screens can never contradict each other or the data.
 */
import { COLLEGE_TRACK_LABELS, RAAD_TRACK_LABELS, formatDutchDate } from "@/lib/domain";
import { RAAD_NEXT_STEP, trackStatusLabel } from "./labels";

/** The part of the domain state a status text depends on; stored rows and domain objects both fit. */
export interface StatusSubject {
  /** Stored procedure kind (GR_TREFFEN, BELEIDSKADER_VASTSTELLEN, …). */
  procedureKind: string;
  raad?: { status: string } | null;
  college?: { status: string } | null;
  regionalStatus?: string | null;
  /** The stored zienswijze's status (CONCEPT, VASTGESTELD, INGEDIEND), when the raad has one. */
  zienswijzeStatus?: string | null;
}

const ZIENSWIJZE_PHASE = [
  "nog_niet_ontvangen",
  "ontvangen",
  "geagendeerd",
  "zienswijze_vastgesteld",
  "geen_zienswijze",
];
const AWAITING_TOESTEMMING = ["toestemming_ontvangen", "toestemming_geagendeerd", "toestemming_aangehouden"];
const SIGNED = ["ondertekend", "besluit_bekendgemaakt"];

const isBeleidskader = (s: StatusSubject) => s.procedureKind === "BELEIDSKADER_VASTSTELLEN";

/** The raad's stand, e.g. "Toestemming verleend". */
export function raadStatusText(s: StatusSubject): string {
  if (!s.raad) return "—";
  return trackStatusLabel(s.procedureKind, "RAAD", s.raad.status);
}

/**
 * The college's stand. The college track only knows "waiting" until its own collegebesluit; what it waits for
 * depends on its raad (Wgr art. 1 lid 2: the college enters only after its raad's toestemming), so the raad's
 * status decides the text — never "wacht op toestemming" once the raad granted or refused it.
 */
export function collegeStatusText(s: StatusSubject): string {
  if (!s.college) return "—";
  if (isBeleidskader(s)) return trackStatusLabel(s.procedureKind, "COLLEGE", s.college.status);
  if (s.college.status !== "wacht_op_toestemming")
    return COLLEGE_TRACK_LABELS[s.college.status as keyof typeof COLLEGE_TRACK_LABELS] ?? s.college.status;
  const raad = s.raad?.status;
  if (raad === "toestemming_verleend") return "Toestemming van de raad verleend; collegebesluit nog niet genomen";
  if (raad === "toestemming_geweigerd") return "De raad heeft toestemming geweigerd; het college mag niet ondertekenen";
  if (raad === "herbesluit_nodig") return "Wacht op een nieuw besluit van de raad (tekst gewijzigd)";
  if (raad && AWAITING_TOESTEMMING.includes(raad)) return COLLEGE_TRACK_LABELS.wacht_op_toestemming;
  return "De raad besluit eerst over de zienswijze en daarna over toestemming";
}

/** What the raad has to do now (griffie pages). */
export function raadNextStep(s: StatusSubject): string {
  const status = s.raad?.status;
  if (!status) return "—";
  if (status === "zienswijze_vastgesteld" && s.zienswijzeStatus === "INGEDIEND")
    return "De zienswijze is ingediend bij het regionaal secretariaat. Wacht op het toestemmingsvoorstel.";
  if (status === "toestemming_verleend" && !isBeleidskader(s) && s.college && SIGNED.includes(s.college.status))
    return "Niets meer voor de raad: het college heeft de regeling ondertekend.";
  return RAAD_NEXT_STEP[status] ?? "—";
}

/** The public explanation of where one gemeente's raad and college stand, in plain Dutch (B1). */
export function publicGemeenteText(
  naam: string,
  s: StatusSubject,
  zienswijzeDeadline?: { open: boolean; end: string } | null,
): string {
  if (!s.raad) return `De gemeenteraad van ${naam} hoeft in deze procedure niets te besluiten.`;
  const label = RAAD_TRACK_LABELS[s.raad.status as keyof typeof RAAD_TRACK_LABELS] ?? s.raad.status;
  const college = s.college ? collegeStatusText(s) : null;
  const open = zienswijzeDeadline?.open ? zienswijzeDeadline.end : null;
  const signed = s.college ? SIGNED.includes(s.college.status) : false;
  const next: Record<string, string> = {
    nog_niet_ontvangen: "De raad wacht op de concepttekst van de regio.",
    ontvangen: `De raad kan een zienswijze geven${open ? ` tot en met ${formatDutchDate(open)}` : ""}.`,
    geagendeerd: `De zienswijze staat op de agenda van de raad${open ? `; de termijn loopt tot en met ${formatDutchDate(open)}` : ""}.`,
    zienswijze_vastgesteld:
      "De raad heeft zijn zienswijze gegeven. Hij wacht nu op de definitieve tekst en het voorstel voor toestemming.",
    geen_zienswijze: "De raad heeft besloten geen zienswijze te geven. Hij wacht nu op het voorstel voor toestemming.",
    toestemming_ontvangen: "De raad moet beslissen of het college mag meedoen (toestemming).",
    toestemming_geagendeerd: "Het besluit over toestemming staat op de agenda van de raad.",
    toestemming_verleend: signed
      ? "De raad heeft toestemming gegeven en het college heeft de regeling ondertekend."
      : "De raad heeft toestemming gegeven. Het college kan nu besluiten en de regeling ondertekenen.",
    toestemming_geweigerd: "De raad heeft geen toestemming gegeven. Het college mag niet meedoen.",
    toestemming_aangehouden: "De raad heeft het besluit over toestemming uitgesteld.",
    herbesluit_nodig: "De tekst is gewijzigd. De raad moet opnieuw besluiten.",
  };
  return `Stand van de raad: ${label}.${college ? ` College: ${college}.` : ""} ${next[s.raad.status] ?? ""}`.trim();
}

/** Caption of the secretariat's table of raden: the zienswijzetermijn only while that phase is the point. */
export function raadTableCaption(regionalStatus: string | null | undefined): string {
  const toestemmingPhase =
    regionalStatus === "definitieve_versie_vastgesteld" ||
    regionalStatus === "toestemmingsprocedure_geopend" ||
    regionalStatus === "bekendgemaakt" ||
    regionalStatus === "in_werking";
  return toestemmingPhase ? "Raden: stand en toestemming" : "Raden: stand en zienswijzetermijn";
}

/**
 * The consensus matrix's cell for a participant without a raad track. For the Dienstverleningshandvest the raden
 * take no decision (BOSD akkoord, then each college decides and informs its raad); elsewhere the participant is no
 * party to this procedure.
 */
export function cellWithoutRaadTrack(procedureKind: string): string {
  if (procedureKind === "DVH_ACTUALISEREN") return "Geen raadsbesluit: het college besluit, de raad wordt geïnformeerd";
  return "Neemt niet deel";
}

/** True while the raad is still in the zienswijze phase (used by the property test and captions). */
export function inZienswijzePhase(raadStatus: string): boolean {
  return ZIENSWIJZE_PHASE.includes(raadStatus);
}
