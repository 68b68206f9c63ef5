/**
 * The assumed receipt of the ontwerp (R25a, Awb art. 3:41 lid 1) and the late-step warnings (R2, Wgr art. 1 lid 3):
 * boundaries and the full Dutch texts, pinned for the wave-10 StrykerJS run (issue 20 point 13).
 */
import { describe, expect, it } from "vitest";
import {
  assumedReceipt,
  initialRaadTrack,
  lateMeetingWarnings,
  lateZienswijzeWarnings,
  MAX_DELIVERY_DAYS,
  type RaadTrackState,
  withAssumedReceipt,
} from "@/lib/domain";
import { ctxOn } from "../procedures/fixtures";

describe("R25a: the assumed receipt", () => {
  it("accepts a delivery assumption up to a month (30 days), not more", () => {
    expect(MAX_DELIVERY_DAYS).toBe(30);
    expect(assumedReceipt("2026-03-01", 30)).toBe("2026-03-31");
    expect(assumedReceipt("2026-03-01", 31)).toBe("2026-03-03");
  });

  const input = { documentVersionId: "v1", sentOn: "2026-03-27", deliveryDays: 2 };
  const ctx = ctxOn("2026-03-28");

  it("starts the track at 'ontvangen' with a marked assumption and its 8 weeks", () => {
    const t = withAssumedReceipt(initialRaadTrack("p", "almere"), input, ctx);
    expect(t.status).toBe("ontvangen");
    expect(t.zienswijze).toMatchObject({ documentVersionId: "v1", receivedOn: "2026-03-29", assumed: true });
    expect(t.zienswijze?.deadline.end).toBe("2026-05-26");
  });

  it("moves an earlier assumption but keeps its status and version; never replaces a confirmed receipt", () => {
    const assumed = withAssumedReceipt(initialRaadTrack("p", "almere"), input, ctx);
    const agenda: RaadTrackState = { ...assumed, status: "geagendeerd" };
    const moved = withAssumedReceipt(agenda, { ...input, documentVersionId: "v9", sentOn: "2026-03-30" }, ctx);
    expect(moved.status).toBe("geagendeerd");
    expect(moved.zienswijze).toMatchObject({ documentVersionId: "v1", receivedOn: "2026-04-01", assumed: true });
    const confirmed: RaadTrackState = {
      ...assumed,
      zienswijze: { ...assumed.zienswijze, assumed: undefined } as never,
    };
    expect(withAssumedReceipt(confirmed, input, ctx)).toBe(confirmed);
    const without: RaadTrackState = { ...initialRaadTrack("p", "almere"), status: "herbesluit_nodig" };
    expect(withAssumedReceipt(without, input, ctx)).toBe(without);
  });
});

describe("R2: warnings for a late zienswijze and a late raad meeting, in words", () => {
  const track = (late: boolean, decided: boolean) =>
    ({
      zienswijze: {
        late,
        deadline: { end: "2026-05-26" },
        ...(decided ? { decision: { documentVersionId: "v1", decidedOn: "2026-06-02" } } : {}),
      },
    }) as unknown as RaadTrackState;

  it("a late zienswijze: both dates in words", () => {
    expect(lateZienswijzeWarnings(track(true, true))).toEqual([
      "Let op: de raad heeft de zienswijze vastgesteld op dinsdag 2 juni 2026, na afloop van de termijn (dinsdag 26 mei 2026). De zienswijze is geregistreerd; het algemeen bestuur weegt haar nog mee, maar is daartoe niet verplicht.",
    ]);
    expect(lateZienswijzeWarnings(track(true, false))).toEqual([]);
    expect(lateZienswijzeWarnings(track(false, true))).toEqual([]);
    expect(lateZienswijzeWarnings({})).toEqual([]);
  });

  it("a raad meeting after a termijn ended", () => {
    expect(lateMeetingWarnings("2026-05-27", [{ title: "GR Omgevingsdienst", end: "2026-05-26" }])).toEqual([
      'Let op: deze raadsvergadering (woensdag 27 mei 2026) valt na het einde van de zienswijzetermijn voor "GR Omgevingsdienst" (dinsdag 26 mei 2026). Een zienswijze die op deze vergadering wordt vastgesteld, is te laat.',
    ]);
  });
});
