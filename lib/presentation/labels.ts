import type { RefusalGround } from "@/lib/domain/procedures/gr/types";
import {
  BEGROTING_LABELS,
  BELEIDSKADER_LABELS,
  BELEIDSKADER_PROCEDURE_LABELS,
  COLLEGE_TRACK_LABELS,
  DVH_LABELS,
  RAAD_TRACK_LABELS,
  REGELING_LABELS,
} from "@/lib/domain";

/** Dutch labels for stored status strings; unknown values are shown as they are, never hidden. */
const humanize = (s: string) => s.replaceAll("_", " ");

export function trackStatusLabel(procedureKind: string, trackKind: string, status: string): string {
  const table: Record<string, string> =
    procedureKind === "BELEIDSKADER_VASTSTELLEN"
      ? BELEIDSKADER_LABELS
      : trackKind === "COLLEGE"
        ? COLLEGE_TRACK_LABELS
        : RAAD_TRACK_LABELS;
  return table[status] ?? humanize(status);
}

/** The derived state of a procedure, labelled per procedure kind (the machines share some names). */
export function procedureStateLabel(procedureKind: string, state: string): string {
  const table: Record<string, string> =
    procedureKind === "BELEIDSKADER_VASTSTELLEN"
      ? BELEIDSKADER_PROCEDURE_LABELS
      : procedureKind === "DVH_ACTUALISEREN"
        ? DVH_LABELS
        : procedureKind === "BEGROTING_ZIENSWIJZE"
          ? BEGROTING_LABELS
          : REGELING_LABELS;
  return table[state] ?? humanize(state);
}

export const PROCEDURE_KIND_LABELS: Record<string, string> = {
  GR_TREFFEN: "Treffen van de regeling",
  GR_WIJZIGEN: "Wijzigen van de regeling",
  GR_OPHEFFEN: "Opheffen van de regeling",
  BELEIDSKADER_VASTSTELLEN: "Vaststellen beleidskader",
  DVH_ACTUALISEREN: "Actualiseren Dienstverleningshandvest",
  BEGROTING_ZIENSWIJZE: "Zienswijze op de ontwerpbegroting",
};

export const VORM_LABELS: Record<string, string> = {
  OPENBAAR_LICHAAM: "Openbaar lichaam",
  BEDRIJFSVOERINGSORGANISATIE: "Bedrijfsvoeringsorganisatie",
  GEMEENSCHAPPELIJK_ORGAAN: "Gemeenschappelijk orgaan",
  CENTRUMGEMEENTE: "Centrumregeling (centrumgemeente)",
  REGELING_ZONDER_MEER: "Regeling zonder meer",
};

export const MILESTONE_KIND_LABELS: Record<string, string> = {
  FEIT: "Gebeurd",
  PLANNING: "Gepland",
  WETTELIJK: "Wettelijke datum",
};

export const TOPIC_LABELS: Record<string, string> = {
  jeugd: "Jeugd",
  wmo: "Wmo",
  zorg_en_veiligheid: "Zorg & Veiligheid",
};

export function topicsLabel(topics: string[]): string {
  return topics.map((t) => TOPIC_LABELS[t] ?? t).join(", ");
}

/** What the raad has to do now, per raad-track state (griffie start page). */
export const RAAD_NEXT_STEP: Record<string, string> = {
  nog_niet_ontvangen:
    "Niets: wacht op het ontwerp. Registreer de datum waarop het ontwerp bij de griffie binnenkomt; daarmee begint de zienswijzetermijn.",
  ontvangen:
    "Zienswijze voorbereiden: stel een concept-zienswijze op en agendeer die, of laat de raad besluiten geen zienswijze te geven — vóór het einde van de termijn.",
  geagendeerd: "De raad besluit over de zienswijze in de geplande vergadering. Registreer daarna het raadsbesluit.",
  zienswijze_vastgesteld: "Dien de zienswijze in bij het regionaal secretariaat en wacht op het toestemmingsvoorstel.",
  geen_zienswijze: "Wacht op het toestemmingsvoorstel na de verwerking van de zienswijzen.",
  toestemming_ontvangen:
    "Agendeer het toestemmingsvoorstel; de raad verleent of weigert toestemming, of houdt het besluit aan.",
  toestemming_geagendeerd: "De raad besluit over toestemming. Registreer daarna het raadsbesluit.",
  toestemming_verleend: "Niets meer voor de raad: het college kan de regeling ondertekenen.",
  toestemming_geweigerd: "De raad heeft toestemming geweigerd; het regionaal secretariaat is aan zet.",
  toestemming_aangehouden:
    "De raad besluit opnieuw over toestemming op de verwachte datum. Registreer dan het raadsbesluit.",
  herbesluit_nodig: "De tekst is gewijzigd: de raad moet opnieuw over toestemming besluiten.",
  aangeboden:
    "Agendeer het raadsvoorstel; de raad stelt het beleidskader vast (eventueel geamendeerd) of verwerpt het.",
  vastgesteld: "Niets meer voor de raad.",
  geamendeerd_vastgesteld: "Niets meer voor de raad.",
  verworpen: "Niets meer voor de raad.",
  aangehouden: "De raad besluit opnieuw op de verwachte datum.",
};

export const MEETING_KIND_LABELS: Record<string, string> = {
  COMMISSIE: "Commissievergadering",
  RAAD: "Raadsvergadering",
  COLLEGE: "Collegevergadering",
  BESTUURLIJK_OVERLEG: "Bestuurlijk overleg",
  GR_BESTUUR: "Vergadering bestuur regeling",
};

export const ZIENSWIJZE_STATUS_LABELS: Record<string, string> = {
  CONCEPT: "Concept (niet openbaar)",
  VASTGESTELD: "Vastgesteld door de raad",
  INGEDIEND: "Ingediend",
};

export const BESLUIT_UITKOMST_LABELS: Record<string, string> = {
  AANGENOMEN: "Aangenomen",
  VERWORPEN: "Verworpen",
  VERLEEND: "Verleend",
  GEWEIGERD: "Geweigerd",
  AANGEHOUDEN: "Aangehouden",
  VASTGESTELD: "Vastgesteld",
  GEAMENDEERD_VASTGESTELD: "Geamendeerd vastgesteld",
  AKKOORD: "Akkoord",
  ONDERTEKEND: "Ondertekend",
  BEKENDGEMAAKT: "Bekendgemaakt",
  KENNISGENOMEN: "Kennisgenomen",
};

/** Kind of a besluit (the public decision list and the griffie's procedure page). */
export const BESLUIT_TYPE_LABELS: Record<string, string> = {
  ZIENSWIJZE: "Zienswijze",
  GEEN_ZIENSWIJZE: "Geen zienswijze",
  TOESTEMMING: "Toestemming",
  VASTSTELLING: "Vaststelling",
  COLLEGEBESLUIT: "Collegebesluit",
  ONDERTEKENING: "Ondertekening",
  BEKENDMAKING: "Bekendmaking",
  BOSD_AKKOORD: "Akkoord BOSD",
  BESTUURSBESLUIT: "Besluit van het bestuur",
  KENNISNAME: "Kennisname",
};

/** The grounds on which a raad may withhold toestemming (art. 1, vierde lid, Wgr), by their stored value. */
export const WEIGERINGSGROND_LABELS: Record<
  "STRIJD_MET_HET_RECHT" | "STRIJD_MET_HET_ALGEMEEN_BELANG" | "ANDERE_GROND",
  string
> = {
  STRIJD_MET_HET_RECHT: "Strijd met het recht",
  STRIJD_MET_HET_ALGEMEEN_BELANG: "Strijd met het algemeen belang",
  ANDERE_GROND: "Andere grond (geen grond uit de Wgr)",
};

/** The same grounds as the domain names them (audit events carry these). */
export const REFUSAL_GROUND_LABELS: Record<RefusalGround, string> = {
  strijd_met_het_recht: WEIGERINGSGROND_LABELS.STRIJD_MET_HET_RECHT,
  strijd_met_het_algemeen_belang: WEIGERINGSGROND_LABELS.STRIJD_MET_HET_ALGEMEEN_BELANG,
};

/** How the nota van beantwoording answers a zienswijze point. */
export const DISPOSITION_LABELS: Record<"OVERGENOMEN" | "DEELS_OVERGENOMEN" | "NIET_OVERGENOMEN", string> = {
  OVERGENOMEN: "Overgenomen",
  DEELS_OVERGENOMEN: "Deels overgenomen",
  NIET_OVERGENOMEN: "Niet overgenomen",
};

/** Forecast risk of a track (matrix, timeline, chart and the status CSV). */
export const RISK_LABELS: Record<string, string> = {
  op_schema: "op schema",
  risico: "risico",
  te_laat: "te laat",
  afgerond: "afgerond",
  niet_van_toepassing: "n.v.t.",
};

export const RISK_BADGE: Record<string, string> = {
  op_schema: "grv-badge grv-badge--ok",
  risico: "grv-badge grv-badge--risk",
  te_laat: "grv-badge grv-badge--late",
  afgerond: "grv-badge grv-badge--ok",
  niet_van_toepassing: "grv-badge grv-badge--neutral",
};

/** A label inside a sentence ("Reden van weigeren: strijd met het recht."). */
export const lowerFirst = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
/** A label at the start of a cell ("Op schema"). */
export const upperFirst = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
