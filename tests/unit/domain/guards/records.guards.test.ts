/**
 * Issue 20 point 13, guards of the regional records (records.ts) that the wave-8 by-hand check left unpinned: the
 * sending of the ontwerp and a held meeting may only concern a raad within the procedure's scope (R13), and a
 * meeting needs a concept it is about, dated not before that concept and not in the future.
 */
import { describe, expect, it } from "vitest";
import { applyGrCommand, type GrCommand, type GrProcedureState } from "@/lib/domain";
import { ctxOn, inZienswijzeprocedure, PARTICIPANTS } from "../procedures/fixtures";
import { expectRefused, fullProcedure, withStoredAddendumMember } from "./support";

const ZEEWOLDE = PARTICIPANTS.find((p) => p.id === "zeewolde");
if (!ZEEWOLDE) throw new Error("fixture without Zeewolde");

/**
 * A Jeugd procedure in its zienswijze phase that Zeewolde joined although its addendum covers only zorg en veiligheid
 * (Wgr art. 1 lid 5: toetreden; membership.ts does not check the topics), so the participant list holds a raad
 * outside the procedure's scope.
 */
function withZeewoldeOutOfScope(): GrProcedureState {
  const s = inZienswijzeprocedure(fullProcedure(["jeugd"]));
  return withStoredAddendumMember(s, ZEEWOLDE as never, "2026-03-27");
}

const sent = (participantIds: string[], sentOn: string): GrCommand => ({
  track: "regional",
  event: { type: "ontwerp_verzonden", participantIds, sentOn },
});
const held = (heldOn: string, participantId?: string): GrCommand => ({
  track: "regional",
  event: { type: "vergadering_gehouden", body: participantId ? "raad" : "bosd", participantId, heldOn },
});

describe("R13 / Wgr art. 1 lid 2–3: the ontwerp goes only to raden within the procedure's scope", () => {
  const s = withZeewoldeOutOfScope();

  it("refuses sending the ontwerp to a raad outside the scope, alone or with others", () => {
    expect(s.participants.some((p) => p.id === "zeewolde")).toBe(true);
    expect(expectRefused(s, sent(["zeewolde"], "2026-03-28"), "2026-03-28", "buiten_reikwijdte")).toContain("Zeewolde");
    expectRefused(s, sent(["almere", "zeewolde"], "2026-03-28"), "2026-03-28", "buiten_reikwijdte");
  });

  it("records the sending to a raad within the scope", () => {
    const res = applyGrCommand(s, sent(["almere"], "2026-03-28"), ctxOn("2026-03-28"));
    expect(res.ok && res.state.regional.ontwerpVerzonden).toEqual({ almere: "2026-03-28" });
  });
});

describe("planned.ts: a meeting held about the regeling (concept, date, scope R13)", () => {
  it("refuses a meeting when there is no concept to be about", () => {
    expectRefused(fullProcedure(), held("2026-03-09"), "2026-03-09", "vereiste_stap_ontbreekt");
  });

  it("refuses a meeting dated before the concept or in the future; the concept's day and today are allowed", () => {
    const s = inZienswijzeprocedure(fullProcedure());
    // The concept was drawn up on 2026-03-10.
    expectRefused(s, held("2026-03-09"), "2026-04-08", "datum_te_vroeg");
    expectRefused(s, held("2026-04-09"), "2026-04-08", "datum_in_toekomst");
    expect(applyGrCommand(s, held("2026-03-10"), ctxOn("2026-04-08")).ok).toBe(true);
    expect(applyGrCommand(s, held("2026-04-08"), ctxOn("2026-04-08")).ok).toBe(true);
  });

  it("refuses a raadsvergadering of a raad outside the procedure's scope, accepts one within it", () => {
    const s = withZeewoldeOutOfScope();
    expectRefused(s, held("2026-04-08", "zeewolde"), "2026-04-08", "buiten_reikwijdte");
    const res = applyGrCommand(s, held("2026-04-08", "urk"), ctxOn("2026-04-08"));
    expect(res.ok && res.state.regional.vergaderingen).toEqual([
      { body: "raad", participantId: "urk", heldOn: "2026-04-08" },
    ]);
  });
});
