/**
 * The regeling's state is DERIVED from the regional steps and the participants' tracks — never
 * set by hand (domain.md: "the regeling's state follows from the tracks").
 */
import { hasToestemmingFor } from "./college-track";
import type { RegelingState } from "./machines";
import type { GrProcedureState } from "./types";

/** True when every FULL participant's raad granted toestemming on the current version. */
export function allFullToestemmingVerleend(p: GrProcedureState): boolean {
  const current = p.currentVersionId;
  if (!current) return false;
  return p.participants.filter((x) => x.scope === "full").every((x) => hasToestemmingFor(p.raadTracks[x.id], current));
}

export function deriveRegelingState(p: GrProcedureState): RegelingState {
  switch (p.regional.status) {
    case "nieuw":
    case "concept_opgesteld":
      return "concept";
    case "bosd_akkoord":
      return "bosd_akkoord";
    case "zienswijzeprocedure_geopend":
      return "zienswijzeprocedure";
    case "zienswijzeprocedure_gesloten":
    case "nota_van_beantwoording_gereed":
      return "verwerking";
    case "definitieve_versie_vastgesteld":
      return "definitief";
    case "toestemmingsprocedure_geopend":
      return allFullToestemmingVerleend(p) ? "ondertekening" : "toestemmingsprocedure";
    case "bekendgemaakt":
      return "bekendgemaakt";
    case "in_werking":
      return "in_werking";
  }
}

export interface RegelingSummary {
  state: RegelingState;
  currentVersionId: string | null;
  /** Participants per raad status, e.g. { toestemming_verleend: ["almere", "urk"] }. */
  raadStatuses: Record<string, string[]>;
  collegeStatuses: Record<string, string[]>;
  /** Participants whose latest decision is about another version than the current one. */
  onOtherVersion: string[];
}

export function summarizeRegeling(p: GrProcedureState): RegelingSummary {
  const raadStatuses: Record<string, string[]> = {};
  const collegeStatuses: Record<string, string[]> = {};
  const onOtherVersion: string[] = [];
  for (const x of p.participants) {
    const r = p.raadTracks[x.id];
    const c = p.collegeTracks[x.id];
    raadStatuses[r.status] = [...(raadStatuses[r.status] ?? []), x.id];
    collegeStatuses[c.status] = [...(collegeStatuses[c.status] ?? []), x.id];
    const v = r.toestemming?.documentVersionId ?? r.superseded[r.superseded.length - 1]?.documentVersionId;
    if (v && p.currentVersionId && v !== p.currentVersionId) {
      onOtherVersion.push(x.id);
    }
  }
  return {
    state: deriveRegelingState(p),
    currentVersionId: p.currentVersionId,
    raadStatuses,
    collegeStatuses,
    onOtherVersion,
  };
}
