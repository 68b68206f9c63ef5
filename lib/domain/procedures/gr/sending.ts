/**
 * Sending the ontwerp to the raden and the receipt assumed from it (the correction of a regional step: corrections.ts).
 *
 * Wgr art. 1 lid 2–3: the colleges send the ontwerp to their raden; the raad's 8 weeks for a zienswijze run from
 * its receipt (R25: the receipt at the griffie, not the send date). Until the griffie confirms the receipt, the
 * secretariat works with an assumed receipt: the send date plus the regeling's delivery assumption (Awb art. 3:41
 * lid 1: a decision sent by post is made known on the day it arrives). The assumed receipt is marked as such and is
 * replaced by the griffie's confirmed date (raad-track.ts, `ontwerp_ontvangen`).
 */
import { addDays, type IsoDate } from "../../dates";
import { computeDeadline, STATUTORY_ZIENSWIJZE_GR } from "../../deadlines/compute";
import type { TransitionContext } from "../../events";
import type { RaadTrackState } from "./types";

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
