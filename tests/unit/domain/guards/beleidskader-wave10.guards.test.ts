/**
 * Survivors of lib/domain/procedures/beleidskader.ts in the wave-10 mutation run (issue 20 point 13): the amendement
 * guard of "geamendeerd vastgesteld" (every amendement needs a title), the plain vaststelling and verwerping, the
 * aanhouden record (Gemeentewet art. 32 lid 2), and the Dutch texts and audit subject of each step.
 */
import { describe, expect, it } from "vitest";
import {
  deriveBeleidskaderState,
  initialBeleidskaderTrack,
  transitionBeleidskader,
  type BeleidskaderEvent,
  type BeleidskaderTrackState,
  type RefusalCode,
} from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "../procedures/fixtures";

const TODAY = "2026-12-01";
const ctx = { ...ctxOn(TODAY), participant: PARTICIPANTS[0], topics: ["jeugd"] };
const offer: BeleidskaderEvent = { type: "aangeboden", documentVersionId: "rv1", offeredOn: "2026-09-01" };
const agenda: BeleidskaderEvent = { type: "geagendeerd", agenda: { raadDate: "2026-10-01" } };
const decision = { documentVersionId: "rv1", decidedOn: "2026-10-01" };

function success(s: BeleidskaderTrackState, e: BeleidskaderEvent) {
  const r = transitionBeleidskader(s, e, ctx);
  if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
  return r;
}
const run = (events: BeleidskaderEvent[]) =>
  events.reduce((s, e) => success(s, e).state, initialBeleidskaderTrack("rv", "almere"));
function refused(s: BeleidskaderTrackState, e: BeleidskaderEvent, code: RefusalCode): string {
  const before = structuredClone(s);
  const r = transitionBeleidskader(s, e, ctx);
  expect(s).toEqual(before);
  if (r.ok) throw new Error(`expected a refusal (${code}) of ${e.type}`);
  expect(r.code).toBe(code);
  return r.message;
}

describe("beleidskader vaststellen: wave-10 survivors", () => {
  it("a new track: its id names the beleidskader and the raad, no aanhoudingen", () => {
    expect(initialBeleidskaderTrack("rv", "almere")).toEqual({
      id: "rv:raad:almere",
      beleidskaderId: "rv",
      participantId: "almere",
      status: "nog_niet_aangeboden",
      aanhoudingen: [],
    });
    expect(deriveBeleidskaderState([])).toBe("nog_niet_aangeboden");
  });

  it("the aanbieding's date label, and the audit subject of the step", () => {
    expect(refused(run([]), { ...offer, offeredOn: "1 sept" }, "ongeldige_datum")).toContain(
      "Datum aanbieding: ongeldige datum",
    );
    expect(success(run([]), offer).event.subject).toEqual({ kind: "beleidskader_track", id: "rv:raad:almere" });
  });

  it("vastgesteld and verworpen record the decision without amendementen", () => {
    const s = run([offer, agenda]);
    for (const type of ["vastgesteld", "verworpen"] as const) {
      const state = success(s, { type, decision }).state;
      expect(state.status).toBe(type);
      expect(state.decision).toEqual(decision);
      expect("amendementen" in state).toBe(false);
    }
  });

  it("geamendeerd vastgesteld needs at least one amendement, and every amendement a title", () => {
    const s = run([offer, agenda]);
    const text = "Geamendeerd vaststellen vraagt ten minste één aangenomen amendement met een titel.";
    const amended = (amendementen: { titel: string }[]): BeleidskaderEvent => ({
      type: "geamendeerd_vastgesteld",
      decision,
      amendementen,
    });
    expect(refused(s, amended([]), "ongeldige_invoer")).toBe(text);
    expect(refused(s, amended([{ titel: "A1 Wachtlijsten" }, { titel: " " }]), "ongeldige_invoer")).toBe(text);
    expect(refused(s, amended([{ titel: "A1 Wachtlijsten" }, {} as { titel: string }]), "ongeldige_invoer")).toBe(text);
    const ok = success(s, amended([{ titel: "A1 Wachtlijsten" }, { titel: "A2 Evaluatie" }])).state;
    expect(ok.amendementen).toEqual([{ titel: "A1 Wachtlijsten" }, { titel: "A2 Evaluatie" }]);
  });

  it("aanhouden: the texts of its refusals, and each hold is added with its reason only when given", () => {
    const s = run([offer, agenda]);
    const hold = (decidedOn: string, expectedDate: string, reason?: string): BeleidskaderEvent => ({
      type: "aangehouden",
      decidedOn,
      expectedDate,
      ...(reason === undefined ? {} : { reason }),
    });
    expect(refused(s, hold("1 okt", "2026-11-01"), "ongeldige_datum")).toContain("Datum aanhouden: ongeldige datum");
    expect(refused(s, hold("2026-10-01", "nov"), "ongeldige_datum")).toContain(
      "Verwachte besluitdatum: ongeldige datum",
    );
    expect(refused(s, hold("2026-10-01", "2026-10-01"), "ongeldige_invoer")).toBe(
      "De verwachte besluitdatum moet na de datum van aanhouden liggen.",
    );
    const once = success(s, hold("2026-10-01", "2026-11-05", "Nadere informatie")).state;
    const twice = success(success(once, agenda).state, hold("2026-10-01", "2026-11-12")).state;
    expect(twice.aanhoudingen).toEqual([
      { decidedOn: "2026-10-01", expectedDate: "2026-11-05", reason: "Nadere informatie" },
      { decidedOn: "2026-10-01", expectedDate: "2026-11-12" },
    ]);
    expect(Object.keys(twice.aanhoudingen[1])).toEqual(["decidedOn", "expectedDate"]);
  });
});
