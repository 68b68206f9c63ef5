import {
  BELEIDSKADER_LABELS, BELEIDSKADER_PROCEDURE_LABELS, COLLEGE_TRACK_LABELS, DVH_LABELS, RAAD_TRACK_LABELS, REGELING_LABELS,
} from "@/lib/domain";

/** Dutch labels for stored status strings; unknown values are shown as they are, never hidden. */
const humanize = (s: string) => s.replaceAll("_", " ");

export function trackStatusLabel(procedureKind: string, trackKind: string, status: string): string {
  const table: Record<string, string> =
    procedureKind === "BELEIDSKADER_VASTSTELLEN" ? BELEIDSKADER_LABELS : trackKind === "COLLEGE" ? COLLEGE_TRACK_LABELS : RAAD_TRACK_LABELS;
  return table[status] ?? humanize(status);
}

/** The derived state of a procedure, labelled per procedure kind (the machines share some names). */
export function procedureStateLabel(procedureKind: string, state: string): string {
  const table: Record<string, string> =
    procedureKind === "BELEIDSKADER_VASTSTELLEN" ? BELEIDSKADER_PROCEDURE_LABELS : procedureKind === "DVH_ACTUALISEREN" ? DVH_LABELS : REGELING_LABELS;
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
