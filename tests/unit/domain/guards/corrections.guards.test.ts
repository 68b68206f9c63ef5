/**
 * Issue 20 point 13, guards of the correction of a regional step's date (corrections.ts, issue 15 point 5) that the
 * wave-8 by-hand check left unpinned: only the listed steps can be corrected, and a correction must change the date
 * (a correction is a new record beside the old date; one that repeats the date would be a record of nothing).
 */
import { describe, expect, it } from "vitest";
import { applyGrCommand, type GrCommand } from "@/lib/domain";
import { ctxOn, inZienswijzeprocedure } from "../procedures/fixtures";
import { expectRefused, fullProcedure } from "./support";

const correct = (step: string, date: string): GrCommand =>
  ({
    track: "regional",
    event: { type: "regionale_stap_gecorrigeerd", step, date, reason: "verkeerd overgenomen" },
  }) as GrCommand;

describe("issue 15 point 5: which steps a correction may touch", () => {
  // Concept 2026-03-10, BOSD akkoord 2026-03-20, zienswijzeprocedure opened 2026-03-27.
  const s = inZienswijzeprocedure(fullProcedure());

  it("refuses a step that is not correctable (a herziene versie is a new version, not a date), before anything else", () => {
    expect(
      expectRefused(s, correct("herziene_versie_gepubliceerd", "2026-03-26"), "2026-04-01", "ongeldige_invoer"),
    ).toBe("Deze stap kan niet worden gecorrigeerd.");
    expectRefused(s, correct("onbekend", "2026-03-26"), "2026-04-01", "ongeldige_invoer");
  });

  it("refuses a correction to the date already recorded, accepts one that changes it", () => {
    const msg = expectRefused(
      s,
      correct("zienswijzeprocedure_geopend", "2026-03-27"),
      "2026-04-01",
      "ongeldige_invoer",
    );
    expect(msg).toContain("al 2026-03-27");
    const res = applyGrCommand(s, correct("zienswijzeprocedure_geopend", "2026-03-26"), ctxOn("2026-04-01"));
    expect(res.ok && res.state.regional.corrections).toEqual([
      {
        step: "zienswijzeprocedure_geopend",
        from: "2026-03-27",
        to: "2026-03-26",
        reason: "verkeerd overgenomen",
        correctedOn: "2026-04-01",
      },
    ]);
  });
});
