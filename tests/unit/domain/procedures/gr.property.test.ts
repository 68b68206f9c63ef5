import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addDays,
  COLLEGE_TRACK_MACHINE,
  deriveRegelingState,
  hasToestemmingFor,
  RAAD_TRACK_MACHINE,
  REGELING_STATES,
  REGIONAL_MACHINE,
  type GrProcedureState,
  type MachineDefinition,
} from "@/lib/domain";
import { must } from "@/tests/integration/helpers/must";
import { FULL, stepArb, walkGr } from "./gr-walk";

const TOESTEMMING_PHASE = [
  "toestemming_ontvangen",
  "toestemming_geagendeerd",
  "toestemming_verleend",
  "toestemming_geweigerd",
  "toestemming_aangehouden",
];

function checkInvariants(s: GrProcedureState) {
  const derived = deriveRegelingState(s);
  expect(REGELING_STATES).toContain(derived);
  // Issue 20 point 3: an addendum participant of another regeling is no party and has no tracks.
  expect(s.participants.map((p) => p.id)).toEqual(FULL);
  expect(Object.keys(s.raadTracks)).toEqual(FULL);
  expect(Object.keys(s.collegeTracks)).toEqual(FULL);
  for (const p of s.participants) {
    const r = s.raadTracks[p.id];
    const c = s.collegeTracks[p.id];
    // R6: a college beyond waiting always has toestemming of its own raad for the same, current version
    if (c.status !== "wacht_op_toestemming") {
      expect(c.documentVersionId).toBe(s.currentVersionId);
      expect(hasToestemmingFor(r, c.documentVersionId)).toBe(true);
    }
    // R1: any raad status beyond the start has a receipt date and an 8-week deadline
    if (r.status !== "nog_niet_ontvangen") {
      const zw = must(r.zienswijze, "zienswijze");
      expect(zw.deadline.nominalEnd).toBe(addDays(zw.receivedOn, 56));
    }
    // R4: the toestemming phase only exists once the regional toestemmingsprocedure opened
    if (TOESTEMMING_PHASE.includes(r.status)) {
      expect(s.regional.toestemmingsprocedure).toBeDefined();
      expect(r.toestemming).toBeDefined();
    }
    if (r.status === "toestemming_geweigerd")
      expect(["strijd_met_het_recht", "strijd_met_het_algemeen_belang"]).toContain(r.toestemming?.refusal?.ground);
  }
  const allFullSigned = FULL.every(
    (id) =>
      ["ondertekend", "besluit_bekendgemaakt"].includes(s.collegeTracks[id].status) &&
      hasToestemmingFor(s.raadTracks[id], s.currentVersionId ?? undefined),
  );
  // R11
  if (s.regional.status === "in_werking") {
    expect(allFullSigned).toBe(true);
    // Awb art. 3:40: strictly after the day of publication.
    expect(String(s.regional.bekendmaking?.publishedOn) < String(s.regional.inwerkingtreding?.effectiveOn)).toBe(true);
  }
  if (s.regional.status === "bekendgemaakt") expect(allFullSigned).toBe(true);

  // (c) the derived regeling state agrees with the tracks
  const allFullVerleend = FULL.every((id) => hasToestemmingFor(s.raadTracks[id], s.currentVersionId ?? undefined));
  if (["ondertekening", "bekendgemaakt", "in_werking"].includes(derived)) expect(allFullVerleend).toBe(true);
  if (derived === "toestemmingsprocedure") expect(allFullVerleend).toBe(false);
  if (["concept", "bosd_akkoord", "zienswijzeprocedure", "verwerking", "definitief"].includes(derived)) {
    for (const p of s.participants) {
      expect(TOESTEMMING_PHASE).not.toContain(s.raadTracks[p.id].status);
      expect(s.collegeTracks[p.id].status).toBe("wacht_op_toestemming");
    }
  }
  if (derived === "concept" || derived === "bosd_akkoord") {
    for (const p of s.participants) expect(s.raadTracks[p.id].status).toBe("nog_niet_ontvangen");
  }
}

function inTable(m: MachineDefinition, from: string, type: string, to: string) {
  return m.transitions.some((t) => t.from === from && t.event === type && t.to === to);
}

describe("GR procedure — random event sequences", () => {
  it("(b) never reach an illegal state, refusals never change state, and (c) the derived state agrees with the tracks", () => {
    const reached = new Set<string>();
    let refusals = 0;
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 120, maxLength: 260, size: "max" }), (steps) => {
        walkGr(steps, (res, today) => {
          if (!res.ok) {
            refusals += 1;
            expect(res.message).toMatch(/\S{3}/);
            return;
          }
          // every event is a transition from the tables, with correct from/to
          for (const e of res.events) {
            const m =
              e.subject.kind === "gr_procedure"
                ? REGIONAL_MACHINE
                : e.subject.kind === "raad_track"
                  ? RAAD_TRACK_MACHINE
                  : COLLEGE_TRACK_MACHINE;
            expect(inTable(m as MachineDefinition, e.from, e.type, e.to)).toBe(true);
            expect(e.at).toBe(`${today}T12:00:00.000Z`);
          }
          checkInvariants(res.state);
          reached.add(deriveRegelingState(res.state));
        });
      }),
      { numRuns: 120 },
    );
    // the generator must actually explore the whole procedure, otherwise this test proves little
    expect([...reached].sort()).toEqual([...REGELING_STATES].sort());
    expect(refusals).toBeGreaterThan(100);
  }, 60_000);
});
