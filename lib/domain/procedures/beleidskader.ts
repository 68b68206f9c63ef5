/**
 * Beleidskader vaststellen, per raad: raadsvoorstel → agenda → vaststellen (possibly amended),
 * verwerpen or aanhouden. Addendum participants only when the beleidskader's topics are within
 * their scope (e.g. Zeewolde for the Regiovisie Aanpak Huiselijk Geweld, not for Jeugd).
 */
import type { IsoDate } from "../dates";
import type { Decision } from "../decision";
import { checkDate, refuse, type TransitionContext, type TransitionResult } from "../events";
import { scopeRefusal, type Participant } from "../participants";
import {
  checkAgenda,
  checkDocumentStep,
  checkVersionDecision,
  cleanAgenda,
  defineMachine,
  openStep,
  stepDone,
  type AgendaLike,
  type EventOf,
  type StatusOf,
} from "./common";

export type BeleidskaderStatus = StatusOf<typeof BELEIDSKADER_MACHINE>;
export type BeleidskaderEventType = EventOf<typeof BELEIDSKADER_MACHINE>;

/** From a raad agenda (geagendeerd or aangehouden) the raad decides, or holds the proposal again. */
const DECIDE = {
  vastgesteld: "vastgesteld",
  geamendeerd_vastgesteld: "geamendeerd_vastgesteld",
  verworpen: "verworpen",
  aangehouden: "aangehouden",
} as const;
export const BELEIDSKADER_MACHINE = defineMachine("beleidskader", "Beleidskader vaststellen (per raad)", {
  nog_niet_aangeboden: ["Nog niet aangeboden", { aangeboden: "aangeboden" }],
  aangeboden: ["Raadsvoorstel aangeboden", { geagendeerd: "geagendeerd" }],
  geagendeerd: ["Geagendeerd", { geagendeerd: "geagendeerd", ...DECIDE }],
  vastgesteld: ["Vastgesteld", {}],
  geamendeerd_vastgesteld: ["Geamendeerd vastgesteld", {}],
  verworpen: ["Verworpen", {}],
  aangehouden: ["Aangehouden", { geagendeerd: "geagendeerd", ...DECIDE }],
});
export const {
  states: BELEIDSKADER_STATES,
  events: BELEIDSKADER_EVENTS,
  labels: BELEIDSKADER_LABELS,
} = BELEIDSKADER_MACHINE;

export interface Amendement {
  titel: string;
  tekst?: string;
}

export interface BeleidskaderTrackState {
  id: string;
  beleidskaderId: string;
  participantId: string;
  status: BeleidskaderStatus;
  documentVersionId?: string;
  offeredOn?: IsoDate;
  agenda?: AgendaLike;
  decision?: Decision;
  amendementen?: Amendement[];
  aanhoudingen: { decidedOn: IsoDate; expectedDate: IsoDate; reason?: string }[];
}

export type BeleidskaderEvent =
  | { type: "aangeboden"; documentVersionId: string; offeredOn: IsoDate }
  | { type: "geagendeerd"; agenda: AgendaLike }
  | { type: "vastgesteld"; decision: Decision }
  | { type: "geamendeerd_vastgesteld"; decision: Decision; amendementen: Amendement[] }
  | { type: "verworpen"; decision: Decision }
  | { type: "aangehouden"; decidedOn: IsoDate; expectedDate: IsoDate; reason?: string };

export interface BeleidskaderContext extends TransitionContext {
  participant: Participant;
  /** Topics of the beleidskader, e.g. ["jeugd"]. */
  topics: string[];
}

export function initialBeleidskaderTrack(beleidskaderId: string, participantId: string): BeleidskaderTrackState {
  return {
    id: `${beleidskaderId}:raad:${participantId}`,
    beleidskaderId,
    participantId,
    status: "nog_niet_aangeboden",
    aanhoudingen: [],
  };
}

const OFFER = "het aanbieden van het raadsvoorstel";

export function transitionBeleidskader(
  track: BeleidskaderTrackState,
  event: BeleidskaderEvent,
  ctx: BeleidskaderContext,
): TransitionResult<BeleidskaderTrackState> {
  const scope = scopeRefusal(ctx.participant, ctx.topics);
  if (scope) return scope;
  const open = openStep(BELEIDSKADER_MACHINE, track.status, event.type, ctx);
  if (open.ok === false) return open;
  const { today } = open;
  let state: BeleidskaderTrackState;
  const sinceOffer = () => ({ date: track.offeredOn, what: OFFER });
  switch (event.type) {
    case "aangeboden": {
      const { documentVersionId, offeredOn } = event;
      const r = checkDocumentStep(documentVersionId, "Datum aanbieding", offeredOn, today);
      if (r) return r;
      state = { ...track, status: "aangeboden", documentVersionId, offeredOn };
      break;
    }
    case "geagendeerd": {
      const r = checkAgenda(event.agenda, sinceOffer());
      if (r) return r;
      state = { ...track, status: "geagendeerd", agenda: cleanAgenda(event.agenda) };
      break;
    }
    case "vastgesteld":
    case "verworpen":
    case "geamendeerd_vastgesteld": {
      const r = checkVersionDecision(event.decision, track.documentVersionId, today, track.offeredOn, OFFER);
      if (r) return r;
      if (event.type === "geamendeerd_vastgesteld") {
        if (
          !Array.isArray(event.amendementen) ||
          event.amendementen.length === 0 ||
          event.amendementen.some((a) => !a.titel?.trim())
        ) {
          return refuse(
            "ongeldige_invoer",
            "Geamendeerd vaststellen vraagt ten minste één aangenomen amendement met een titel.",
          );
        }
        state = { ...track, status: event.type, decision: event.decision, amendementen: event.amendementen };
      } else {
        state = { ...track, status: event.type, decision: event.decision };
      }
      break;
    }
    case "aangehouden": {
      const r =
        checkDate("Datum aanhouden", event.decidedOn, { today, notBefore: sinceOffer() }) ??
        checkDate("Verwachte besluitdatum", event.expectedDate);
      if (r) return r;
      if (event.expectedDate <= event.decidedOn)
        return refuse("ongeldige_invoer", "De verwachte besluitdatum moet na de datum van aanhouden liggen.");
      const hold: BeleidskaderTrackState["aanhoudingen"][number] = {
        decidedOn: event.decidedOn,
        expectedDate: event.expectedDate,
      };
      if (event.reason !== undefined) hold.reason = event.reason;
      state = { ...track, status: "aangehouden", aanhoudingen: [...track.aanhoudingen, hold] };
      break;
    }
  }
  return stepDone(ctx, { kind: "beleidskader_track", id: track.id }, event, track.status, state.status, state);
}

// ---------------------------------------------------------------- derived state over all raden
export const BELEIDSKADER_PROCEDURE_STATES = ["nog_niet_aangeboden", "in_behandeling", "besloten"] as const;
export type BeleidskaderProcedureState = (typeof BELEIDSKADER_PROCEDURE_STATES)[number];
export const BELEIDSKADER_PROCEDURE_LABELS: Record<BeleidskaderProcedureState, string> = {
  nog_niet_aangeboden: "Nog niet aan de raden aangeboden",
  in_behandeling: "In behandeling bij de raden",
  besloten: "Alle raden hebben besloten",
};
const DECIDED: readonly BeleidskaderStatus[] = ["vastgesteld", "geamendeerd_vastgesteld", "verworpen"];

/** Derived from the raad tracks, never set by hand. No tracks (nobody in scope) counts as not offered. */
export function deriveBeleidskaderState(
  tracks: readonly Pick<BeleidskaderTrackState, "status">[],
): BeleidskaderProcedureState {
  if (tracks.length === 0 || tracks.every((t) => t.status === "nog_niet_aangeboden")) return "nog_niet_aangeboden";
  if (tracks.every((t) => DECIDED.includes(t.status))) return "besloten";
  return "in_behandeling";
}
