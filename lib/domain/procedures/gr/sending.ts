/**
 * Sending the ontwerp to the raden, the receipt assumed from it, and the correction of a regional step.
 *
 * Wgr art. 1 lid 2–3: the colleges send the ontwerp to their raden; the raad's 8 weeks for a zienswijze run from
 * its receipt (R25: the receipt at the griffie, not the send date). Until the griffie confirms the receipt, the
 * secretariat works with an assumed receipt: the send date plus the regeling's delivery assumption (Awb art. 3:41
 * lid 1: a decision sent by post is made known on the day it arrives). The assumed receipt is marked as such and is
 * replaced by the griffie's confirmed date (raad-track.ts, `ontwerp_ontvangen`).
 */
import { addDays, type IsoDate } from "../../dates";
import { computeDeadline, STATUTORY_ZIENSWIJZE_GR } from "../../deadlines/compute";
import { checkDate, refuse, type Refusal, type TransitionContext } from "../../events";
import { requireText } from "../common";
import type { GrProcedureState, RaadTrackState, RegionalCorrection, RegionalTrackState } from "./types";

/** Calendar days between the college's sending and the assumed receipt at the griffie, when the regeling sets none. */
export const DEFAULT_DELIVERY_DAYS = 2;
/** More than a month's delivery is not an assumption but a missing receipt. */
export const MAX_DELIVERY_DAYS = 30;

/** The assumed receipt: the send date plus the delivery assumption (Awb art. 3:41 lid 1). */
export function assumedReceipt(sentOn: IsoDate, deliveryDays: number | undefined): IsoDate {
  const days = deliveryDays ?? DEFAULT_DELIVERY_DAYS;
  return addDays(
    sentOn,
    Number.isInteger(days) && days >= 0 && days <= MAX_DELIVERY_DAYS ? days : DEFAULT_DELIVERY_DAYS,
  );
}

/**
 * The raad track with the receipt assumed from the send date, when the griffie has not confirmed a receipt yet.
 * A confirmed receipt (no `assumed`) is never replaced by an assumption.
 */
export function withAssumedReceipt(
  track: RaadTrackState,
  input: { documentVersionId: string; sentOn: IsoDate; deliveryDays?: number },
  ctx: TransitionContext,
): RaadTrackState {
  const zw = track.zienswijze;
  if (zw && !zw.assumed) return track;
  if (!zw && track.status !== "nog_niet_ontvangen") return track;
  const receivedOn = assumedReceipt(input.sentOn, input.deliveryDays);
  const deadline = computeDeadline(
    { start: receivedOn, period: STATUTORY_ZIENSWIJZE_GR, kind: "statutory" },
    ctx.calendar,
  );
  return {
    ...track,
    status: zw ? track.status : "ontvangen",
    zienswijze: {
      ...zw,
      documentVersionId: zw?.documentVersionId ?? input.documentVersionId,
      receivedOn,
      deadline,
      assumed: true,
    },
  };
}

/** The regional steps whose date can be corrected, with the Dutch name used in refusals and the history. */
export const CORRECTABLE_REGIONAL_STEPS = {
  ontwerp_verzonden: "de verzending van het ontwerp aan de raad",
  zienswijzeprocedure_geopend: "de opening van de zienswijzeprocedure",
  toestemmingsprocedure_geopend: "de opening van de toestemmingsprocedure",
} as const;
export type CorrectableRegionalStep = keyof typeof CORRECTABLE_REGIONAL_STEPS;

export interface RegionalCorrectionEvent {
  type: "regionale_stap_gecorrigeerd";
  step: CorrectableRegionalStep;
  /** For `ontwerp_verzonden`: whose sending is corrected. */
  participantId?: string;
  date: IsoDate;
  reason: string;
  /** The regeling's delivery assumption, to move an assumed receipt with a corrected send date. */
  deliveryDays?: number;
}

type Corrected = { ok: true; state: GrProcedureState } | Refusal;

/**
 * A correction of a regional step's date: a new record with its reason beside the old date (never a silent
 * overwrite: `regional.corrections` keeps what was recorded before). The corrected date must still fit the
 * procedure: not in the future, not before the step it follows, not after a fact that depends on it.
 */
export function correctRegionalStep(
  p: GrProcedureState,
  event: RegionalCorrectionEvent,
  ctx: TransitionContext & { today: IsoDate },
): Corrected {
  const what = CORRECTABLE_REGIONAL_STEPS[event.step];
  if (!what) return refuse("ongeldige_invoer", "Deze stap kan niet worden gecorrigeerd.");
  const r = requireText("De reden van de correctie", event.reason) ?? checkDate("Gecorrigeerde datum", event.date, ctx);
  if (r) return r;
  const reg = p.regional;
  const recorded = recordedDate(reg, event);
  if (recorded === undefined)
    return refuse("vereiste_stap_ontbreekt", `Er is nog geen datum van ${what} geregistreerd.`);
  if (recorded === event.date)
    return refuse("ongeldige_invoer", `De datum van ${what} is al ${event.date}; er valt niets te corrigeren.`);
  const conflict = dependentConflict(p, event, what);
  if (conflict) return conflict;
  const correction: RegionalCorrection = {
    step: event.step,
    ...(event.participantId ? { participantId: event.participantId } : {}),
    from: recorded,
    to: event.date,
    reason: event.reason.trim(),
    correctedOn: ctx.today,
  };
  const corrections = [...(reg.corrections ?? []), correction];
  let next: GrProcedureState = p;
  if (event.step === "ontwerp_verzonden" && event.participantId) {
    const id = event.participantId;
    const zp = reg.zienswijzeprocedure;
    const track = p.raadTracks[id];
    next = {
      ...p,
      regional: { ...reg, ontwerpVerzonden: { ...reg.ontwerpVerzonden, [id]: event.date }, corrections },
      raadTracks:
        track && zp
          ? {
              ...p.raadTracks,
              [id]: withAssumedReceipt(
                track,
                { documentVersionId: zp.documentVersionId, sentOn: event.date, deliveryDays: event.deliveryDays },
                ctx,
              ),
            }
          : p.raadTracks,
    };
  } else if (event.step === "zienswijzeprocedure_geopend" && reg.zienswijzeprocedure) {
    next = {
      ...p,
      regional: { ...reg, zienswijzeprocedure: { ...reg.zienswijzeprocedure, openedOn: event.date }, corrections },
    };
  } else if (event.step === "toestemmingsprocedure_geopend" && reg.toestemmingsprocedure) {
    next = {
      ...p,
      regional: { ...reg, toestemmingsprocedure: { ...reg.toestemmingsprocedure, openedOn: event.date }, corrections },
    };
  }
  return { ok: true, state: next };
}

function recordedDate(reg: RegionalTrackState, event: RegionalCorrectionEvent): IsoDate | undefined {
  switch (event.step) {
    case "ontwerp_verzonden":
      return event.participantId ? reg.ontwerpVerzonden?.[event.participantId] : undefined;
    case "zienswijzeprocedure_geopend":
      return reg.zienswijzeprocedure?.openedOn;
    case "toestemmingsprocedure_geopend":
      return reg.toestemmingsprocedure?.openedOn;
  }
}

/** The corrected date may not come after a fact that followed the step, nor before the step it follows. */
function dependentConflict(p: GrProcedureState, event: RegionalCorrectionEvent, what: string): Refusal | null {
  const reg = p.regional;
  const tracks = Object.entries(p.raadTracks);
  const name = (id: string) => p.participants.find((x) => x.id === id)?.name ?? "een raad";
  const tooLate = (date: IsoDate, later: string) =>
    refuse("datum_te_vroeg", `De gecorrigeerde datum van ${what} (${event.date}) ligt na ${later} (${date}).`);
  switch (event.step) {
    case "ontwerp_verzonden": {
      const id = event.participantId ?? "";
      const zw = p.raadTracks[id]?.zienswijze;
      if (zw && !zw.assumed && event.date > zw.receivedOn)
        return tooLate(zw.receivedOn, `de ontvangst door de griffie van ${name(id)}`);
      return checkDate("Gecorrigeerde datum", event.date, {
        notBefore: { date: reg.zienswijzeprocedure?.openedOn, what: "de opening van de zienswijzeprocedure" },
      });
    }
    case "zienswijzeprocedure_geopend": {
      for (const [id, sentOn] of Object.entries(reg.ontwerpVerzonden ?? {}))
        if (event.date > sentOn) return tooLate(sentOn, `de verzending aan de raad van ${name(id)}`);
      for (const [id, t] of tracks)
        if (t.zienswijze && !t.zienswijze.assumed && event.date > t.zienswijze.receivedOn)
          return tooLate(t.zienswijze.receivedOn, `de ontvangst door de griffie van ${name(id)}`);
      return null;
    }
    case "toestemmingsprocedure_geopend": {
      for (const [id, t] of tracks)
        if (t.toestemming && event.date > t.toestemming.receivedOn)
          return tooLate(t.toestemming.receivedOn, `de ontvangst van het toestemmingsvoorstel door ${name(id)}`);
      return null;
    }
  }
}
