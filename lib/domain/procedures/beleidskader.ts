/**
 * Beleidskader vaststellen, per raad: raadsvoorstel → agenda → vaststellen (possibly amended),
 * verwerpen or aanhouden. Addendum participants only when the beleidskader's topics are within
 * their scope (e.g. Zeewolde for the Regiovisie Aanpak Huiselijk Geweld, not for Jeugd).
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
import { scopeRefusal, type Participant } from "../participants";
import { checkAgenda, cleanAgenda, makeEvent, requireText, type AgendaLike } from "./common";

export const BELEIDSKADER_STATES = [
  "nog_niet_aangeboden",
  "aangeboden",
  "geagendeerd",
  "vastgesteld",
  "geamendeerd_vastgesteld",
  "verworpen",
  "aangehouden",
] as const;
export type BeleidskaderStatus = (typeof BELEIDSKADER_STATES)[number];
export const BELEIDSKADER_EVENTS = [
  "aangeboden",
  "geagendeerd",
  "vastgesteld",
  "geamendeerd_vastgesteld",
  "verworpen",
  "aangehouden",
] as const;
export type BeleidskaderEventType = (typeof BELEIDSKADER_EVENTS)[number];

export const BELEIDSKADER_LABELS: Record<BeleidskaderStatus, string> = {
  nog_niet_aangeboden: "Nog niet aangeboden",
  aangeboden: "Raadsvoorstel aangeboden",
  geagendeerd: "Geagendeerd",
  vastgesteld: "Vastgesteld",
  geamendeerd_vastgesteld: "Geamendeerd vastgesteld",
  verworpen: "Verworpen",
  aangehouden: "Aangehouden",
};

const DECIDE_FROM = ["geagendeerd", "aangehouden"] as const;
export const BELEIDSKADER_MACHINE: MachineDefinition<BeleidskaderStatus, BeleidskaderEventType> = {
  id: "beleidskader",
  title: "Beleidskader vaststellen (per raad)",
  states: BELEIDSKADER_STATES,
  initial: "nog_niet_aangeboden",
  labels: BELEIDSKADER_LABELS,
  transitions: [
    { from: "nog_niet_aangeboden", event: "aangeboden", to: "aangeboden" },
    { from: "aangeboden", event: "geagendeerd", to: "geagendeerd" },
    { from: "geagendeerd", event: "geagendeerd", to: "geagendeerd" },
    { from: "aangehouden", event: "geagendeerd", to: "geagendeerd" },
    ...DECIDE_FROM.flatMap((from) =>
      (["vastgesteld", "geamendeerd_vastgesteld", "verworpen", "aangehouden"] as const).map((e) => ({
        from,
        event: e,
        to: e,
      })),
    ),
  ],
};

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

export function transitionBeleidskader(
  track: BeleidskaderTrackState,
  event: BeleidskaderEvent,
  ctx: BeleidskaderContext,
): TransitionResult<BeleidskaderTrackState> {
  const scope = scopeRefusal(ctx.participant, ctx.topics);
  if (scope) return scope;
  const t = checkTable(BELEIDSKADER_MACHINE, track.status, event.type, `Stap "${event.type}"`);
  if (t) return t;
  const today = todayOf(ctx);
  let state: BeleidskaderTrackState;
  const sinceOffer = () => ({ date: track.offeredOn, what: "het aanbieden van het raadsvoorstel" });
  switch (event.type) {
    case "aangeboden": {
      const r =
        requireText("De documentversie", event.documentVersionId) ??
        checkDate("Datum aanbieding", event.offeredOn, { today });
      if (r) return r;
      state = {
        ...track,
        status: "aangeboden",
        documentVersionId: event.documentVersionId,
        offeredOn: event.offeredOn,
      };
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
      const r = validateDecision(event.decision, {
        today,
        expectedVersionId: track.documentVersionId,
        notBefore: sinceOffer(),
      });
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
  const e = makeEvent(ctx, { kind: "beleidskader_track", id: track.id }, event.type, track.status, state.status, event);
  return { ok: true, state, event: e, events: [e] };
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
