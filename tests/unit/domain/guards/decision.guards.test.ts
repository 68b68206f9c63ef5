/**
 * Guards of lib/domain/decision.ts (issue 20 point 13): every refusal of a raads-, college- or BOSD-besluit, with a
 * case on both sides of each boundary, so that StrykerJS cannot remove a check or turn it into true/false.
 */
import { describe, expect, it } from "vitest";
import {
  checkQuorum,
  checkVoteOutcome,
  isDecisionDated,
  isFullMeeting,
  missingVoteCounts,
  validateDecision,
  voteOutcome,
  type Decision,
  type Votes,
} from "@/lib/domain";

const code = (votes: Votes) => checkQuorum(votes)?.code ?? null;

describe("R9 counts (Gemeentewet art. 20, 29): checkQuorum refuses impossible counts", () => {
  it("the votes for and against are whole numbers ≥ 0, and the message names which one", () => {
    expect(checkQuorum({ for: -1, against: 0 })?.message).toContain("Stemmen voor");
    expect(checkQuorum({ for: 1.5, against: 0 })?.code).toBe("ongeldige_invoer");
    expect(checkQuorum({ for: 0, against: -1 })?.message).toContain("Stemmen tegen");
    expect(checkQuorum({ for: "3" as unknown as number, against: 0 })?.code).toBe("ongeldige_invoer");
    expect(checkQuorum({ for: 0, against: 0 })).toBeNull();
  });

  it("the seated members are a positive whole number when given", () => {
    expect(checkQuorum({ for: 0, against: 0, zittingHebbendeLeden: 0 })?.message).toContain("zitting hebbende leden");
    expect(code({ for: 0, against: 0, zittingHebbendeLeden: 2.5 })).toBe("ongeldige_invoer");
    expect(code({ for: 0, against: 0, zittingHebbendeLeden: -3 })).toBe("ongeldige_invoer");
    expect(code({ for: 1, against: 0, zittingHebbendeLeden: 1 })).toBeNull();
  });

  it("those present are a whole number ≥ 0 when given", () => {
    expect(checkQuorum({ for: 0, against: 0, aanwezig: -1 })?.message).toContain("aanwezigen");
    expect(code({ for: 0, against: 0, aanwezig: 1.5 })).toBe("ongeldige_invoer");
    expect(code({ for: 0, against: 0, aanwezig: 0 })).toBeNull();
  });

  it("no more present than seated members: equal is allowed, one more is refused", () => {
    expect(checkQuorum({ for: 0, against: 0, zittingHebbendeLeden: 20, aanwezig: 21 })?.message).toContain(
      "meer aanwezigen (21) dan zitting hebbende leden (20)",
    );
    expect(code({ for: 0, against: 0, zittingHebbendeLeden: 20, aanwezig: 20 })).toBeNull();
    // Without the seats there is nothing to compare with.
    expect(code({ for: 0, against: 0, aanwezig: 99 })).toBeNull();
  });

  it("no more votes than members present: equal is allowed, one more is refused", () => {
    expect(checkQuorum({ for: 8, against: 3, aanwezig: 10 })?.message).toContain(
      "meer stemmen (11) uitgebracht dan leden aanwezig (10)",
    );
    expect(code({ for: 7, against: 3, aanwezig: 10 })).toBeNull();
    expect(code({ for: 50, against: 50 })).toBeNull();
  });

  it("Gemeentewet art. 20: more than half of the seats present, unless the meeting was reconvened", () => {
    const half = { for: 5, against: 5, zittingHebbendeLeden: 20, aanwezig: 10 };
    const refusal = checkQuorum(half);
    expect(refusal?.code).toBe("quorum_niet_gehaald");
    expect(refusal?.message).toContain("10 van 20 leden aanwezig");
    expect(code({ ...half, aanwezig: 11 })).toBeNull();
    expect(code({ ...half, reconvenedArt20: true })).toBeNull();
    expect(code({ ...half, reconvenedArt20: false })).toBe("quorum_niet_gehaald");
    // Quorum needs both counts.
    expect(code({ for: 1, against: 0, zittingHebbendeLeden: 20 })).toBeNull();
  });
});

describe("R9f: the vote counts a counted vote needs (Gemeentewet art. 29, 30)", () => {
  it("names each missing count; none for a hamerstuk", () => {
    expect(missingVoteCounts({ for: undefined, against: undefined })).toEqual(["for", "against"]);
    expect(missingVoteCounts({ for: 3, against: undefined })).toEqual(["against"]);
    expect(missingVoteCounts({ for: 0, against: 0 })).toEqual([]);
    expect(missingVoteCounts({ for: undefined, against: undefined, withoutVote: true })).toEqual([]);
    expect(missingVoteCounts({ for: undefined, against: undefined, withoutVote: false })).toEqual(["for", "against"]);
  });
});

describe("validateDecision: a besluit is about one version, dated, with counts that hold", () => {
  const base: Decision = { documentVersionId: "v2", decidedOn: "2026-10-07" };

  it("refuses a missing besluit or one without a version", () => {
    expect(validateDecision(undefined)?.message).toBe("Het besluit ontbreekt.");
    expect(validateDecision("besluit" as unknown as Decision)?.code).toBe("ongeldige_invoer");
    expect(validateDecision({ ...base, documentVersionId: "  " })?.message).toContain("één documentversie");
    expect(validateDecision({ ...base, documentVersionId: 2 as unknown as string })?.code).toBe("ongeldige_invoer");
    expect(validateDecision(base)).toBeNull();
  });

  it("refuses a besluit about another version than the step's", () => {
    const r = validateDecision(base, { expectedVersionId: "v3" });
    expect(r?.code).toBe("versie_komt_niet_overeen");
    expect(r?.message).toContain('versie "v2"');
    expect(r?.message).toContain('versie "v3"');
    expect(validateDecision(base, { expectedVersionId: "v2" })).toBeNull();
  });

  it("checks the date with the label: not in the future, not before the earlier step", () => {
    expect(validateDecision(base, { today: "2026-10-06" })?.message).toMatch(/^Besluitdatum \(2026-10-07\)/);
    expect(validateDecision(base, { today: "2026-10-06", label: "Datum X" })?.message).toMatch(/^Datum X/);
    expect(validateDecision(base, { today: "2026-10-07" })).toBeNull();
    expect(validateDecision(base, { notBefore: { date: "2026-10-08", what: "de ontvangst" } })?.code).toBe(
      "datum_te_vroeg",
    );
    expect(validateDecision({ ...base, decidedOn: "7-10-2026" })?.code).toBe("ongeldige_datum");
  });

  it("a counted vote is checked for quorum, then for the expected outcome; a hamerstuk is not", () => {
    const noQuorum = { for: 10, against: 0, zittingHebbendeLeden: 45, aanwezig: 22 };
    expect(validateDecision({ ...base, votes: noQuorum })?.code).toBe("quorum_niet_gehaald");
    expect(validateDecision({ ...base, votes: { ...noQuorum, withoutVote: true } })).toBeNull();
    expect(validateDecision({ ...base, votes: { ...noQuorum, withoutVote: false } })?.code).toBe("quorum_niet_gehaald");
    const lost = { for: 5, against: 15 };
    expect(validateDecision({ ...base, votes: lost })).toBeNull();
    expect(validateDecision({ ...base, votes: lost }, { expectVote: "aangenomen" })?.code).toBe("stemming_past_niet");
  });

  it("a besluit is dated when its date is a valid YYYY-MM-DD", () => {
    expect(isDecisionDated(base)).toBe(true);
    expect(isDecisionDated({ ...base, decidedOn: "2026-13-01" })).toBe(false);
  });
});

describe("Gemeentewet art. 29, 30, 32: outcome boundaries", () => {
  it("art. 29: the seats, not only those present, decide whether enough members voted", () => {
    // 11 of 21 seats voted: valid; 10 of 21 is not more than half.
    expect(voteOutcome({ for: 6, against: 5, zittingHebbendeLeden: 21, aanwezig: 11 })).toBe("aangenomen");
    expect(voteOutcome({ for: 6, against: 4, zittingHebbendeLeden: 21, aanwezig: 11 })).toBe("stemming_ongeldig");
    // Nothing known about seats or presence: the counts alone decide.
    expect(voteOutcome({ for: 0, against: 1 })).toBe("niet_aangenomen");
    // Reconvened (art. 20 lid 2): art. 29's half does not apply, but a tie still needs art. 32.
    expect(voteOutcome({ for: 1, against: 1, zittingHebbendeLeden: 21, aanwezig: 2, reconvenedArt20: true })).toBe(
      "uitgesteld",
    );
  });

  it("art. 32 lid 1: voltallig only when the seats are known and all are present", () => {
    expect(isFullMeeting({ for: 1, against: 1, zittingHebbendeLeden: 2, aanwezig: 2 })).toBe(true);
    expect(isFullMeeting({ for: 1, against: 1, zittingHebbendeLeden: 3, aanwezig: 2 })).toBe(false);
    expect(isFullMeeting({ for: 1, against: 1 })).toBe(false);
  });

  it("checkVoteOutcome returns null only when the outcome matches, and names the field", () => {
    const tieFull = { for: 10, against: 10, zittingHebbendeLeden: 20, aanwezig: 20 };
    expect(checkVoteOutcome(tieFull, "niet_aangenomen")).toBeNull();
    expect(checkVoteOutcome(tieFull, "aangenomen")).toMatchObject({ code: "stemming_past_niet", field: "for" });
    expect(checkVoteOutcome({ for: 3, against: 1 }, "aangenomen")).toBeNull();
    const wel = checkVoteOutcome({ for: 3, against: 1 }, "niet_aangenomen");
    expect(wel).toMatchObject({ ok: false, code: "stemming_past_niet", field: "for" });
    expect(wel?.message).toContain("Met 3 stemmen voor en 1 tegen");
    const uitgesteld = checkVoteOutcome({ for: 2, against: 2 }, "niet_aangenomen");
    expect(uitgesteld?.message).toContain("(2 voor, 2 tegen)");
    expect(uitgesteld?.message).toContain("niet voltallig");
  });
});

describe("decision.ts operator mutants found in the wave-8 mutation review", () => {
  it("Gemeentewet art. 29: the refusal counts the members who voted (for plus against), against the seats", () => {
    const few = checkVoteOutcome({ for: 4, against: 2, zittingHebbendeLeden: 27, aanwezig: 20 }, "aangenomen");
    expect(few?.message).toContain("Aan de stemming namen 6 leden deel");
    expect(few?.message).toContain("de helft van 27 zitting hebbende leden");
  });
});
