/**
 * The common shape of a raad, college or BOSD decision, and its pure validators
 * (R9 quorum and vote, Gemeentewet art. 20, 28, 32; R10 signatures, art. 32a).
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
  /** Adopted without a vote (hamerstuk / unanimous): no counts, no outcome check needed. */
  withoutVote?: boolean;
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

/**
 * R9f: the vote counts (for and against) of a counted vote are both required; a besluit taken without a vote
 * (hamerstuk, by acclamation) has none (Gemeentewet art. 29 and 30 count a vote; a decision by acclamation has no count).
 * Returns the vote fields that are missing; the forms (lib/validation) and the services ask this one rule.
 */
export function missingVoteCounts(votes: {
  for: number | undefined;
  against: number | undefined;
  withoutVote?: boolean;
}): ("for" | "against")[] {
  if (votes.withoutVote) return [];
  return (["for", "against"] as const).filter((field) => votes[field] === undefined);
}

export interface DecisionCheckOptions {
  today?: IsoDate;
  expectedVersionId?: string;
  notBefore?: { date: IsoDate | undefined; what: string };
  label?: string;
  /**
   * What the counted vote on the raadsvoorstel must have decided for the recorded outcome (Gemeentewet art. 29–32):
   * "aangenomen" for toestemming verleend, zienswijze vastgesteld, geen zienswijze; "niet_aangenomen" for toestemming
   * geweigerd (the counts are the vote on the proposal to grant toestemming). Unset: no outcome check.
   */
  expectVote?: "aangenomen" | "niet_aangenomen";
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
  if (!decision.votes) return null;
  if (decision.votes.withoutVote) return null;
  return checkQuorum(decision.votes) ?? (opts.expectVote ? checkVoteOutcome(decision.votes, opts.expectVote) : null);
}

/** The vote field a refusal is about, so a form can put the message at the right input. */
export type VoteField = "for" | "against" | "aanwezig" | "zittingHebbendeLeden";
export type VoteRefusal = Refusal & { field: VoteField };

/** What a counted vote on a proposal (not about persons) decided. */
export type VoteOutcome = "aangenomen" | "niet_aangenomen" | "uitgesteld" | "stemming_ongeldig";

/** Every seated member was present (art. 32: "voltallig"); unknown counts are not a full meeting. */
export function isFullMeeting(votes: Votes): boolean {
  return votes.zittingHebbendeLeden !== undefined && votes.aanwezig === votes.zittingHebbendeLeden;
}

/**
 * The outcome of a counted vote (counts already checked by checkQuorum):
 * - Gemeentewet art. 29 [U: text, see docs/rules.md]: a vote is valid only when more than half of the seated members
 *   (less those who must abstain under art. 28) took part (not at a meeting reconvened under art. 20 lid 2); the
 *   number of seated members is at least the number present, so `aanwezig` is the lower bound when the seats are not
 *   given. Blank and invalid votes are not cast votes.
 * - art. 30: adopted by a majority of the votes cast: `for > (for + against) / 2`, i.e. `for > against`.
 * - art. 32 lid 1: a tie at a voltallige meeting: the proposal is not adopted;
 *   lid 2: a tie at a meeting that was not voltallig: the decision is postponed to the next meeting
 *   (a renewed tie there: not adopted — recorded then as "niet aangenomen" because that meeting decides).
 */
export function voteOutcome(votes: Votes): VoteOutcome {
  const cast = votes.for + votes.against;
  const seats = votes.zittingHebbendeLeden ?? votes.aanwezig;
  if (!votes.reconvenedArt20 && seats !== undefined && cast * 2 <= seats) return "stemming_ongeldig";
  if (votes.for > votes.against) return "aangenomen";
  if (votes.for < votes.against) return "niet_aangenomen";
  return isFullMeeting(votes) ? "niet_aangenomen" : "uitgesteld";
}

type Mismatch = Exclude<VoteOutcome, "aangenomen" | "niet_aangenomen"> | "niet_aangenomen" | "wel_aangenomen";

const VOTE_MESSAGES: Record<Mismatch, (v: Votes) => { message: string; field: VoteField }> = {
  stemming_ongeldig: (v) => ({
    field: "for",
    message: `Aan de stemming namen ${v.for + v.against} leden deel; dat is niet meer dan de helft van ${v.zittingHebbendeLeden ?? v.aanwezig} ${v.zittingHebbendeLeden === undefined ? "aanwezige" : "zitting hebbende"} leden, dus de stemming is niet geldig (Gemeentewet art. 29). Alleen in een opnieuw bijeengeroepen vergadering (art. 20, tweede lid) geldt dit niet.`,
  }),
  niet_aangenomen: (v) =>
    v.for === v.against
      ? {
          field: "for",
          message: `De stemmen staakten (${v.for} voor, ${v.against} tegen) in een voltallige vergadering: het voorstel is dan niet aangenomen (Gemeentewet art. 32, eerste lid). Controleer de stemmen of de uitkomst.`,
        }
      : {
          field: "against",
          message: `Met ${v.for} stemmen voor en ${v.against} tegen is het voorstel niet aangenomen: een besluit heeft de meerderheid van de uitgebrachte stemmen nodig (Gemeentewet art. 30). Controleer de stemmen of de uitkomst.`,
        },
  wel_aangenomen: (v) => ({
    field: "for",
    message: `Met ${v.for} stemmen voor en ${v.against} tegen is het voorstel om toestemming te verlenen aangenomen (Gemeentewet art. 30), dus is de toestemming niet geweigerd. Vul bij een weigering de stemmen over het voorstel om toestemming te verlenen in, of kies 'toestemming verleend'.`,
  }),
  uitgesteld: (v) => ({
    field: "for",
    message: `De stemmen staakten (${v.for} voor, ${v.against} tegen) in een vergadering die niet voltallig was: de beslissing is uitgesteld tot een volgende vergadering (Gemeentewet art. 32, tweede lid). Registreer het besluit als aangehouden.`,
  }),
};

/** Refuses a vote whose outcome is not the expected one (art. 29, 30, 32); null when it matches. */
export function checkVoteOutcome(votes: Votes, expected: "aangenomen" | "niet_aangenomen"): VoteRefusal | null {
  const outcome = voteOutcome(votes);
  if (outcome === expected) return null;
  const key: Mismatch = outcome === "aangenomen" ? "wel_aangenomen" : outcome;
  const { message, field } = VOTE_MESSAGES[key](votes);
  return { ...refuse("stemming_past_niet", message), field };
}

/** The vote adopted the recorded besluit (toestemming verleend, zienswijze vastgesteld, geen zienswijze). */
export function checkVoteAdopts(votes: Votes): VoteRefusal | null {
  return checkVoteOutcome(votes, "aangenomen");
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
  return warnings;
}

export function isDecisionDated(decision: Decision): boolean {
  return isIsoDate(decision.decidedOn);
}
