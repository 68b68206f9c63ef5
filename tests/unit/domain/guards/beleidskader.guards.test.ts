/**
 * Guards of lib/domain/procedures/beleidskader.ts (issue 20 point 13), found by the wave-8 by-hand guard check: with
 * the procedure test alone, four of its refusals could be turned into `if (false)` unnoticed.
 * Beleidskader vaststellen: a raadsvoorstel is offered, put on the agenda and decided by the raad (Gemeentewet art. 147:
 * the raad decides; art. 32 lid 2 and the reglement van orde: holding a proposal over to a later meeting).
 */
import { describe, expect, it } from "vitest";
import {
  type BeleidskaderEvent,
  type BeleidskaderTrackState,
  initialBeleidskaderTrack,
  transitionBeleidskader,
} from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "../procedures/fixtures";

const TODAY = "2026-12-01";
const ctx = { ...ctxOn(TODAY), participant: PARTICIPANTS[0], topics: ["jeugd"] };
const offer: BeleidskaderEvent = { type: "aangeboden", documentVersionId: "rv1", offeredOn: "2026-09-01" };
const agenda: BeleidskaderEvent = {
  type: "geagendeerd",
  agenda: { commissieDate: "2026-09-20", raadDate: "2026-10-01" },
};

function run(events: BeleidskaderEvent[]): BeleidskaderTrackState {
  let s = initialBeleidskaderTrack("rv", "almere");
  for (const e of events) {
    const r = transitionBeleidskader(s, e, ctx);
    if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
    s = r.state;
  }
  return s;
}
const refusalCode = (s: BeleidskaderTrackState, e: BeleidskaderEvent) => {
  const r = transitionBeleidskader(s, e, ctx);
  return r.ok ? "toegestaan" : r.code;
};

describe("beleidskader vaststellen: the raadsvoorstel's dates", () => {
  it("the aanbieding names a version and is not in the future", () => {
    const s = run([]);
    expect(refusalCode(s, { ...offer, offeredOn: "2026-12-02" })).toBe("datum_in_toekomst");
    expect(refusalCode(s, { ...offer, documentVersionId: " " })).toBe("ongeldige_invoer");
    expect(refusalCode(s, offer)).toBe("toegestaan");
  });

  it("the agenda is not before the aanbieding", () => {
    const s = run([offer]);
    expect(refusalCode(s, { type: "geagendeerd", agenda: { raadDate: "2026-08-31" } })).toBe("datum_te_vroeg");
    expect(refusalCode(s, agenda)).toBe("toegestaan");
  });

  it("aanhouden (Gemeentewet art. 32 lid 2): not before the aanbieding, and the expected date after the aanhouden", () => {
    const s = run([offer, agenda]);
    const hold = (decidedOn: string, expectedDate: string): BeleidskaderEvent => ({
      type: "aangehouden",
      decidedOn,
      expectedDate,
    });
    expect(refusalCode(s, hold("2026-08-31", "2026-11-05"))).toBe("datum_te_vroeg");
    expect(refusalCode(s, hold("2026-10-01", "2026-13-01"))).toBe("ongeldige_datum");
    expect(refusalCode(s, hold("2026-10-01", "2026-10-01"))).toBe("ongeldige_invoer");
    expect(refusalCode(s, hold("2026-10-01", "2026-10-02"))).toBe("toegestaan");
  });
});
