/**
 * Issue 20 point 13, the two non-equivalent survivors of the StrykerJS run on decision.ts (wave 9, 2026-12-02):
 * - validateDecision's "Het besluit ontbreekt." for a besluit that is not an object (`typeof decision !== "object"`
 *   → `false` or `||` → `&&` let a string through to the version check, which refused it with another message);
 * - the field a postponed tie points the form at (Gemeentewet art. 32 lid 2: the counts "voor" decide it).
 */
import { describe, expect, it } from "vitest";
import { checkVoteOutcome, type Decision, validateDecision } from "@/lib/domain";

describe("validateDecision: a besluit that is not a record is a missing besluit", () => {
  it("refuses a string, a number and true with 'Het besluit ontbreekt.'", () => {
    for (const notARecord of ["besluit", 7, true]) {
      const r = validateDecision(notARecord as unknown as Decision);
      expect(r?.code).toBe("ongeldige_invoer");
      expect(r?.message).toBe("Het besluit ontbreekt.");
    }
  });
});

describe("Gemeentewet art. 32 lid 2: a tie in a meeting that was not voltallig is postponed", () => {
  it("refuses it as adopted, pointing the form at the votes for", () => {
    const r = checkVoteOutcome({ for: 10, against: 10, aanwezig: 20, zittingHebbendeLeden: 25 }, "aangenomen");
    expect(r?.code).toBe("stemming_past_niet");
    expect(r?.field).toBe("for");
    expect(r?.message).toContain("uitgesteld");
  });
});
