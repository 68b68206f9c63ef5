/**
 * Dienstverleningshandvest actualiseren: BOSD akkoord → each college decides → raden informed.
 *
 * R23 (choice documented in docs/domain-api.md): when the handvest is declared part of the
 * regeling (`partOfRegeling: true`), changing it IS a wijziging of the GR (Wgr art. 1 lid 5).
 * This machine then refuses every step with code `volgt_gr_wijzigen` and tells the user to start
 * a `gr_wijzigen` procedure instead — one path per legal route, no hidden second route.
 */
import type { IsoDate } from "../dates";
import type { Decision } from "../decision";
import { checkDate, refuse, type Refusal, type TransitionContext, type TransitionResult } from "../events";
import { findParticipant, isWithinScope, scopeRefusal, type Participant } from "../participants";
import {
  checkDocumentStep,
  checkVersionDecision,
  defineMachine,
  openStep,
  stepDone,
  type EventOf,
  type StatusOf,
} from "./common";
import { guaranteed } from "../invariant";

export const DVH_MACHINE = defineMachine("dienstverleningshandvest", "Dienstverleningshandvest actualiseren", {
  nieuw: ["Nieuw", { concept_opgesteld: "concept_opgesteld" }],
  concept_opgesteld: ["Concept opgesteld", { bosd_akkoord: "bosd_akkoord" }],
  bosd_akkoord: ["Akkoord BOSD", { collegebesluit: ["collegebesluitvorming", "vastgesteld"] }],
  collegebesluitvorming: ["Colleges besluiten", { collegebesluit: ["collegebesluitvorming", "vastgesteld"] }],
  vastgesteld: ["Vastgesteld door alle colleges", { raad_geinformeerd: ["vastgesteld", "raden_geinformeerd"] }],
  raden_geinformeerd: ["Alle raden geïnformeerd", {}],
});
export type DvhStatus = StatusOf<typeof DVH_MACHINE>;
export type DvhEventType = EventOf<typeof DVH_MACHINE>;
export const { states: DVH_STATES, events: DVH_EVENTS, labels: DVH_LABELS } = DVH_MACHINE;

export interface DvhState {
  id: string;
  partOfRegeling: boolean;
  topics: string[];
  participants: Participant[];
  status: DvhStatus;
  documentVersionId?: string;
  createdOn?: IsoDate;
  bosdAkkoord?: Decision;
  collegebesluiten: Record<string, Decision>;
  geinformeerd: Record<string, IsoDate>;
}

export type DvhEvent =
  | { type: "concept_opgesteld"; documentVersionId: string; createdOn: IsoDate }
  | { type: "bosd_akkoord"; decision: Decision }
  | { type: "collegebesluit"; participantId: string; decision: Decision }
  | { type: "raad_geinformeerd"; participantId: string; informedOn: IsoDate };

export function createDvh(input: {
  id: string;
  partOfRegeling: boolean;
  topics: string[];
  participants: Participant[];
}): DvhState {
  return { ...input, status: "nieuw", collegebesluiten: {}, geinformeerd: {} };
}

export const DVH_PART_OF_REGELING_MESSAGE =
  "Dit dienstverleningshandvest maakt deel uit van de regeling. Wijzigen is dan een wijziging van de gemeenschappelijke regeling (Wgr art. 1 lid 5): start een procedure 'Regeling wijzigen' met zienswijze en toestemming van de raden.";

/** A participant of the handvest whose scope covers its topics (R13), or the refusal. */
function scopedParticipant(s: DvhState, participantId: string): Participant | Refusal {
  const p = findParticipant(s.participants, participantId);
  if ("ok" in p) return p;
  return scopeRefusal(p, s.topics) ?? p;
}

export function transitionDvh(s: DvhState, event: DvhEvent, ctx: TransitionContext): TransitionResult<DvhState> {
  if (s.partOfRegeling) return refuse("volgt_gr_wijzigen", DVH_PART_OF_REGELING_MESSAGE);
  const open = openStep(DVH_MACHINE, s.status, event.type, ctx);
  if (open.ok === false) return open;
  const { today } = open;
  const deciders = s.participants.filter((p) => isWithinScope(p, s.topics));
  let next: DvhState;
  switch (event.type) {
    case "concept_opgesteld": {
      const { documentVersionId, createdOn } = event;
      next = { ...s, status: "concept_opgesteld", documentVersionId, createdOn };
      const r = checkDocumentStep(documentVersionId, "Datum concept", createdOn, today);
      if (r) return r;
      break;
    }
    case "bosd_akkoord": {
      const r = checkVersionDecision(event.decision, s.documentVersionId, today, s.createdOn, "het concept");
      if (r) return r;
      next = { ...s, status: "bosd_akkoord", bosdAkkoord: event.decision };
      break;
    }
    case "collegebesluit": {
      const p = scopedParticipant(s, event.participantId);
      if ("ok" in p) return p;
      if (s.collegebesluiten[p.id]) return refuse("ongeldige_invoer", `Het college van ${p.name} heeft al besloten.`);
      const bosd = guaranteed(s.bosdAkkoord, "het akkoord van het BOSD").decidedOn;
      const r = checkVersionDecision(event.decision, s.documentVersionId, today, bosd, "het akkoord van het BOSD");
      if (r) return r;
      const collegebesluiten = { ...s.collegebesluiten, [p.id]: event.decision };
      const all = deciders.every((d) => collegebesluiten[d.id]);
      next = { ...s, collegebesluiten, status: all ? "vastgesteld" : "collegebesluitvorming" };
      break;
    }
    case "raad_geinformeerd": {
      const p = scopedParticipant(s, event.participantId);
      if ("ok" in p) return p;
      const last = Object.values(s.collegebesluiten).reduce(
        (a, d) => (d.decidedOn > a ? d.decidedOn : a),
        // Stryker disable next-line StringLiteral: the step needs a collegebesluit, so this seed is always replaced
        "0000-01-01",
      );
      const r = checkDate("Datum informeren raad", event.informedOn, {
        today,
        notBefore: { date: last, what: "het laatste collegebesluit" },
      });
      if (r) return r;
      const geinformeerd = { ...s.geinformeerd, [p.id]: event.informedOn };
      const all = deciders.every((d) => geinformeerd[d.id]);
      next = { ...s, geinformeerd, status: all ? "raden_geinformeerd" : "vastgesteld" };
      break;
    }
  }
  return stepDone(ctx, { kind: "dienstverleningshandvest", id: s.id }, event, s.status, next.status, next);
}
