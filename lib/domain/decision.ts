/**
 * The common shape of a raad, college or BOSD decision, and its pure validators
 * (R9 quorum, Gemeentewet art. 20; R10 signatures, art. 32a).
 */
import { isIsoDate, type IsoDate } from "./dates";
import { checkDate, refuse, type Refusal } from "./events";

export interface Votes {
  for: number;
  against: number;
  zittingHebbendeLeden?: number;
  /** Members present according to the presentielijst. */
  aanwezig?: number;
  /** Meeting reconvened under Gemeentewet art. 20 lid 2–3 (quorum rule does not apply). */
  reconvenedArt20?: boolean;
}

export type DecisionBody = "raad" | "college" | "bosd" | "bestuur";

export interface Decision {
  /** The ONE document version this decision is about. */
  documentVersionId: string;
  decidedOn: IsoDate;
  body?: DecisionBody;
  meetingId?: string;
  besluitnummer?: string;
  votes?: Votes;
  /** Gemeentewet art. 32a: voorzitter signs, griffier co-signs (unless delegated). */
  signatures?: { voorzitter?: boolean; griffier?: boolean; delegationRecorded?: boolean };
  note?: string;
}

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

/** R9 [L]: reject if aanwezig ≤ zittingHebbendeLeden / 2 and the meeting was not reconvened (art. 20). */
export function checkQuorum(votes: Votes): Refusal | null {
  for (const [k, v] of Object.entries({ for: votes.for, against: votes.against })) {
    if (!isCount(v))
      return refuse("ongeldige_invoer", `Stemmen ${k === "for" ? "voor" : "tegen"} moet een geheel getal ≥ 0 zijn.`);
  }
  const { zittingHebbendeLeden: zitting, aanwezig } = votes;
  if (zitting !== undefined && (!isCount(zitting) || zitting === 0)) {
    return refuse("ongeldige_invoer", "Het aantal zitting hebbende leden moet een positief geheel getal zijn.");
  }
  if (aanwezig !== undefined && !isCount(aanwezig))
    return refuse("ongeldige_invoer", "Het aantal aanwezigen moet een geheel getal ≥ 0 zijn.");
  if (zitting !== undefined && aanwezig !== undefined && aanwezig > zitting) {
    return refuse("ongeldige_invoer", `Er zijn meer aanwezigen (${aanwezig}) dan zitting hebbende leden (${zitting}).`);
  }
  if (aanwezig !== undefined && votes.for + votes.against > aanwezig) {
    return refuse(
      "ongeldige_invoer",
      `Er zijn meer stemmen (${votes.for + votes.against}) uitgebracht dan leden aanwezig (${aanwezig}).`,
    );
  }
  if (zitting !== undefined && aanwezig !== undefined && aanwezig * 2 <= zitting && !votes.reconvenedArt20) {
    return refuse(
      "quorum_niet_gehaald",
      `Quorum niet gehaald: ${aanwezig} van ${zitting} leden aanwezig; er moet meer dan de helft aanwezig zijn (Gemeentewet art. 20), tenzij het een opnieuw bijeengeroepen vergadering is.`,
    );
  }
  return null;
}

export interface DecisionCheckOptions {
  today?: IsoDate;
  expectedVersionId?: string;
  notBefore?: { date: IsoDate | undefined; what: string };
  label?: string;
}

/** Validates a decision record; returns the first refusal or null. */
export function validateDecision(decision: Decision | undefined, opts: DecisionCheckOptions = {}): Refusal | null {
  const label = opts.label ?? "Besluitdatum";
  if (!decision || typeof decision !== "object") return refuse("ongeldige_invoer", "Het besluit ontbreekt.");
  if (typeof decision.documentVersionId !== "string" || decision.documentVersionId.trim() === "") {
    return refuse("ongeldige_invoer", "Een besluit moet verwijzen naar één documentversie.");
  }
  if (opts.expectedVersionId !== undefined && decision.documentVersionId !== opts.expectedVersionId) {
    return refuse(
      "versie_komt_niet_overeen",
      `Het besluit gaat over versie "${decision.documentVersionId}", maar deze stap gaat over versie "${opts.expectedVersionId}".`,
    );
  }
  const dateRefusal = checkDate(label, decision.decidedOn, { today: opts.today, notBefore: opts.notBefore });
  if (dateRefusal) return dateRefusal;
  if (decision.votes) return checkQuorum(decision.votes);
  return null;
}

/** Non-blocking warnings (R10): a raadsbesluit without the griffier's co-signature. */
export function decisionWarnings(decision: Decision): string[] {
  const warnings: string[] = [];
  if (
    decision.body === "raad" &&
    decision.signatures &&
    !decision.signatures.griffier &&
    !decision.signatures.delegationRecorded
  ) {
    warnings.push("Medeondertekening door de griffier ontbreekt (Gemeentewet art. 32a).");
  }
  if (decision.votes && decision.votes.for <= decision.votes.against) {
    warnings.push("Het voorstel heeft geen meerderheid van de uitgebrachte stemmen.");
  }
  return warnings;
}

export function isDecisionDated(decision: Decision): boolean {
  return isIsoDate(decision.decidedOn);
}
