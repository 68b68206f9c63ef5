/**
 * Dienstverleningshandvest actualiseren: BOSD akkoord → each college decides → raden informed.
 *
 * R23 (choice documented in docs/domain-api.md): when the handvest is declared part of the
 * regeling (`partOfRegeling: true`), changing it IS a wijziging of the GR (Wgr art. 1 lid 5).
 * This machine then refuses every step with code `volgt_gr_wijzigen` and tells the user to start
 * a `gr_wijzigen` procedure instead — one path per legal route, no hidden second route.
 */
import type { IsoDate } from "../dates";
import { validateDecision, type Decision } from "../decision";
import {
  checkDate,
  checkTable,
  refuse,
  todayOf,
  type MachineDefinition,
  type TransitionContext,
  type TransitionResult,
} from "../events";
import { findParticipant, isWithinScope, scopeRefusal, type Participant } from "../participants";
import { makeEvent, requireText } from "./common";
import { guaranteed } from "../invariant";

export const DVH_STATES = [
  "nieuw",
  "concept_opgesteld",
  "bosd_akkoord",
  "collegebesluitvorming",
  "vastgesteld",
  "raden_geinformeerd",
] as const;
export type DvhStatus = (typeof DVH_STATES)[number];
export const DVH_EVENTS = ["concept_opgesteld", "bosd_akkoord", "collegebesluit", "raad_geinformeerd"] as const;
export type DvhEventType = (typeof DVH_EVENTS)[number];

export const DVH_LABELS: Record<DvhStatus, string> = {
  nieuw: "Nieuw",
  concept_opgesteld: "Concept opgesteld",
  bosd_akkoord: "Akkoord BOSD",
  collegebesluitvorming: "Colleges besluiten",
  vastgesteld: "Vastgesteld door alle colleges",
  raden_geinformeerd: "Alle raden geïnformeerd",
};

export const DVH_MACHINE: MachineDefinition<DvhStatus, DvhEventType> = {
  id: "dienstverleningshandvest",
  title: "Dienstverleningshandvest actualiseren",
  states: DVH_STATES,
  initial: "nieuw",
  labels: DVH_LABELS,
  transitions: [
    { from: "nieuw", event: "concept_opgesteld", to: "concept_opgesteld" },
    { from: "concept_opgesteld", event: "bosd_akkoord", to: "bosd_akkoord" },
    { from: "bosd_akkoord", event: "collegebesluit", to: "collegebesluitvorming" },
    { from: "bosd_akkoord", event: "collegebesluit", to: "vastgesteld" },
    { from: "collegebesluitvorming", event: "collegebesluit", to: "collegebesluitvorming" },
    { from: "collegebesluitvorming", event: "collegebesluit", to: "vastgesteld" },
    { from: "vastgesteld", event: "raad_geinformeerd", to: "vastgesteld" },
    { from: "vastgesteld", event: "raad_geinformeerd", to: "raden_geinformeerd" },
  ],
};

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

export function transitionDvh(s: DvhState, event: DvhEvent, ctx: TransitionContext): TransitionResult<DvhState> {
  if (s.partOfRegeling) return refuse("volgt_gr_wijzigen", DVH_PART_OF_REGELING_MESSAGE);
  const t = checkTable(DVH_MACHINE, s.status, event.type, `Stap "${event.type}"`);
  if (t) return t;
  const today = todayOf(ctx);
  const deciders = s.participants.filter((p) => isWithinScope(p, s.topics));
  let next: DvhState;
  switch (event.type) {
    case "concept_opgesteld": {
      const r =
        requireText("De documentversie", event.documentVersionId) ??
        checkDate("Datum concept", event.createdOn, { today });
      if (r) return r;
      next = {
        ...s,
        status: "concept_opgesteld",
        documentVersionId: event.documentVersionId,
        createdOn: event.createdOn,
      };
      break;
    }
    case "bosd_akkoord": {
      const r = validateDecision(event.decision, {
        today,
        expectedVersionId: s.documentVersionId,
        notBefore: { date: s.createdOn, what: "het concept" },
      });
      if (r) return r;
      next = { ...s, status: "bosd_akkoord", bosdAkkoord: event.decision };
      break;
    }
    case "collegebesluit": {
      const p = findParticipant(s.participants, event.participantId);
      if ("ok" in p) return p;
      const sr = scopeRefusal(p, s.topics);
      if (sr) return sr;
      if (s.collegebesluiten[p.id]) return refuse("ongeldige_invoer", `Het college van ${p.name} heeft al besloten.`);
      const r = validateDecision(event.decision, {
        today,
        expectedVersionId: s.documentVersionId,
        notBefore: {
          date: guaranteed(s.bosdAkkoord, "het akkoord van het BOSD").decidedOn,
          what: "het akkoord van het BOSD",
        },
      });
      if (r) return r;
      const collegebesluiten = { ...s.collegebesluiten, [p.id]: event.decision };
      const all = deciders.every((d) => collegebesluiten[d.id]);
      next = { ...s, collegebesluiten, status: all ? "vastgesteld" : "collegebesluitvorming" };
      break;
    }
    case "raad_geinformeerd": {
      const p = findParticipant(s.participants, event.participantId);
      if ("ok" in p) return p;
      const sr = scopeRefusal(p, s.topics);
      if (sr) return sr;
      const last = Object.values(s.collegebesluiten).reduce(
        (a, d) => (d.decidedOn > a ? d.decidedOn : a),
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
  const e = makeEvent(ctx, { kind: "dienstverleningshandvest", id: s.id }, event.type, s.status, next.status, event);
  return { ok: true, state: next, event: e, events: [e] };
}
