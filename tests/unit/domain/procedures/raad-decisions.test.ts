/**
 * The raad's decisions (issue 20 points 2, 5, 6, 7, 8): every Gemeentewet vote outcome (art. 20, 28, 32), a refusal on
 * another ground, a new raadsvoorstel after a refusal on the same text, corrections through the domain, and a
 * zienswijze after the nota van beantwoording. Each guard has a case on both sides, so removing it or turning it into
 * true/false fails a test.
 */
import { describe, expect, it } from "vitest";
import {
  applyGrCommand,
  checkVoteAdopts,
  decisionWarnings,
  isFullMeeting,
  missingVoteCounts,
  validateDecision,
  voteOutcome,
  type Decision,
  type GrCommand,
  type GrProcedureState,
  type Votes,
} from "@/lib/domain";
import { OUTSIDE_WGR_GROUNDS_WARNING } from "@/lib/domain/procedures/gr/raad-track";
import { apply, ctxOn, dec, inToestemming, inZienswijzeprocedure, grantToestemming } from "./fixtures";

function refusal(state: GrProcedureState, command: GrCommand, today: string) {
  const frozen = structuredClone(state);
  const res = applyGrCommand(state, command, ctxOn(today));
  expect(state).toEqual(frozen);
  if (res.ok) throw new Error("expected a refusal");
  return res;
}

describe("Gemeentewet art. 20, 28, 32: what a counted vote decided", () => {
  it.each<[string, Votes, ReturnType<typeof voteOutcome>]>([
    [
      "majority of the votes cast (art. 30)",
      { for: 11, against: 10, zittingHebbendeLeden: 21, aanwezig: 21 },
      "aangenomen",
    ],
    [
      "minority: 5 for, 15 against (art. 30)",
      { for: 5, against: 15, zittingHebbendeLeden: 21, aanwezig: 20 },
      "niet_aangenomen",
    ],
    [
      "tie at a voltallige meeting: not adopted (art. 32 lid 1)",
      { for: 10, against: 10, zittingHebbendeLeden: 20, aanwezig: 20 },
      "niet_aangenomen",
    ],
    [
      "tie at a meeting that was not voltallig: postponed (art. 32 lid 2)",
      { for: 10, against: 10, zittingHebbendeLeden: 21, aanwezig: 20 },
      "uitgesteld",
    ],
    ["tie, seats unknown: not known to be voltallig, postponed", { for: 10, against: 10, aanwezig: 20 }, "uitgesteld"],
    ["tie, nothing known: postponed", { for: 4, against: 4 }, "uitgesteld"],
    ["3 votes cast of 14 present: vote not valid (art. 29)", { for: 3, against: 0, aanwezig: 14 }, "stemming_ongeldig"],
    [
      "exactly half of the seats voted: not valid",
      { for: 7, against: 3, zittingHebbendeLeden: 20, aanwezig: 15 },
      "stemming_ongeldig",
    ],
    [
      "one more than half of the seats voted: valid",
      { for: 8, against: 3, zittingHebbendeLeden: 20, aanwezig: 15 },
      "aangenomen",
    ],
    [
      "seats decide, not those present",
      { for: 8, against: 0, zittingHebbendeLeden: 17, aanwezig: 9 },
      "stemming_ongeldig",
    ],
    [
      "reconvened meeting (art. 20 lid 2–3): one member decides",
      { for: 1, against: 0, zittingHebbendeLeden: 21, aanwezig: 1, reconvenedArt20: true },
      "aangenomen",
    ],
    [
      "reconvened meeting: still a majority needed",
      { for: 1, against: 2, zittingHebbendeLeden: 21, aanwezig: 3, reconvenedArt20: true },
      "niet_aangenomen",
    ],
    ["majority with one vote", { for: 1, against: 0 }, "aangenomen"],
  ])("%s", (_name, votes, outcome) => {
    expect(voteOutcome(votes)).toBe(outcome);
  });

  it("voltallig means every seated member present, and only when both counts are known", () => {
    expect(isFullMeeting({ for: 0, against: 0, zittingHebbendeLeden: 20, aanwezig: 20 })).toBe(true);
    expect(isFullMeeting({ for: 0, against: 0, zittingHebbendeLeden: 20, aanwezig: 19 })).toBe(false);
    expect(isFullMeeting({ for: 0, against: 0, aanwezig: 20 })).toBe(false);
  });

  it("refuses with the article and the vote field: 5–15, 10–10 full, 10–10 not full, 3 of 14", () => {
    const no = checkVoteAdopts({ for: 5, against: 15, zittingHebbendeLeden: 21, aanwezig: 20 });
    expect(no).toMatchObject({ code: "stemming_past_niet", field: "against" });
    expect(no?.message).toContain("art. 30");
    const tieFull = checkVoteAdopts({ for: 10, against: 10, zittingHebbendeLeden: 20, aanwezig: 20 });
    expect(tieFull).toMatchObject({ field: "for" });
    expect(tieFull?.message).toContain("art. 32, eerste lid");
    const tieNotFull = checkVoteAdopts({ for: 10, against: 10, zittingHebbendeLeden: 21, aanwezig: 20 });
    expect(tieNotFull?.message).toContain("art. 32, tweede lid");
    expect(tieNotFull?.message).toContain("aangehouden");
    const few = checkVoteAdopts({ for: 3, against: 0, aanwezig: 14 });
    expect(few).toMatchObject({ field: "for" });
    expect(few?.message).toContain("niet geldig");
    expect(few?.message).toContain("14 aanwezige");
    const fewSeats = checkVoteAdopts({ for: 3, against: 0, zittingHebbendeLeden: 27, aanwezig: 14 });
    expect(fewSeats?.message).toContain("27 zitting hebbende");
    expect(checkVoteAdopts({ for: 11, against: 10 })).toBeNull();
  });

  const decision = (votes: Votes): Decision => ({
    documentVersionId: "v2",
    decidedOn: "2026-10-07",
    body: "raad",
    votes,
  });

  it("validateDecision checks adoption only where the besluit was taken (requireAdopted)", () => {
    const lost = decision({ for: 5, against: 15 });
    expect(validateDecision(lost, { today: "2026-10-07" })).toBeNull();
    expect(validateDecision(lost, { today: "2026-10-07", expectVote: "aangenomen" })?.code).toBe("stemming_past_niet");
    expect(validateDecision(lost, { today: "2026-10-07", expectVote: "niet_aangenomen" })).toBeNull();
    const won = decision({ for: 15, against: 5 });
    expect(validateDecision(won, { expectVote: "aangenomen" })).toBeNull();
    const wrong = validateDecision(won, { expectVote: "niet_aangenomen" });
    expect(wrong?.code).toBe("stemming_past_niet");
    expect(wrong?.message).toContain("toestemming te verlenen aangenomen");
    // A tie at a full meeting is "not adopted": a refusal of toestemming, not a grant (art. 32 lid 1).
    const tieFull = decision({ for: 10, against: 10, zittingHebbendeLeden: 20, aanwezig: 20 });
    expect(validateDecision(tieFull, { expectVote: "niet_aangenomen" })).toBeNull();
    expect(validateDecision(tieFull, { expectVote: "aangenomen" })?.code).toBe("stemming_past_niet");
  });

  it("a hamerstuk (without a vote) needs no counts; quorum still comes first for a counted vote", () => {
    const hamer = decision({ for: 0, against: 0, withoutVote: true });
    expect(validateDecision(hamer, { expectVote: "aangenomen" })).toBeNull();
    const noQuorum = decision({ for: 10, against: 0, zittingHebbendeLeden: 45, aanwezig: 22 });
    expect(validateDecision(noQuorum, { expectVote: "aangenomen" })?.code).toBe("quorum_niet_gehaald");
  });

  it("art. 32a: a raadsbesluit without the griffier's co-signature is flagged, unless delegated", () => {
    const base = decision({ for: 11, against: 1 });
    expect(decisionWarnings({ ...base, signatures: { griffier: false } })).toEqual([
      "Medeondertekening door de griffier ontbreekt (Gemeentewet art. 32a).",
    ]);
    expect(decisionWarnings({ ...base, signatures: { griffier: true } })).toEqual([]);
    expect(decisionWarnings({ ...base, signatures: { griffier: false, delegationRecorded: true } })).toEqual([]);
    expect(decisionWarnings({ ...base, body: "college", signatures: { griffier: false } })).toEqual([]);
    expect(decisionWarnings(base)).toEqual([]);
  });
});

const receive = (s: GrProcedureState, id: string, on = "2026-09-02"): GrProcedureState =>
  apply(
    s,
    {
      track: "raad",
      participantId: id,
      event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: on, documentVersionId: "v2" },
    },
    on,
  );
const agenda = (s: GrProcedureState, id: string, raadDate = "2026-10-07"): GrProcedureState =>
  apply(
    s,
    { track: "raad", participantId: id, event: { type: "toestemming_geagendeerd", agenda: { raadDate } } },
    raadDate,
  );
const weiger = (id: string, on: string, ground = "strijd_met_het_recht", votes?: Votes): GrCommand => ({
  track: "raad",
  participantId: id,
  event: {
    type: "toestemming_geweigerd",
    decision: { ...dec("v2", on), body: "raad", ...(votes ? { votes } : {}) },
    ground,
    motivation: "Strijdig met de Jeugdwet.",
  },
});
const verleen = (id: string, on: string, votes?: Votes): GrCommand => ({
  track: "raad",
  participantId: id,
  event: { type: "toestemming_verleend", decision: { ...dec("v2", on), body: "raad", ...(votes ? { votes } : {}) } },
});

describe("raad track: toestemming decisions against the vote (art. 29, 30, 32)", () => {
  const ready = () => agenda(receive(inToestemming(), "urk"), "urk");

  it("refuses 'toestemming verleend' with 5 for / 15 against, a 10–10 tie and 3 votes of 14 present", () => {
    const s = ready();
    for (const votes of [
      { for: 5, against: 15, zittingHebbendeLeden: 21, aanwezig: 20 },
      { for: 10, against: 10, zittingHebbendeLeden: 20, aanwezig: 20 },
      { for: 10, against: 10, zittingHebbendeLeden: 21, aanwezig: 20 },
      { for: 3, against: 0, zittingHebbendeLeden: 15, aanwezig: 14 },
    ]) {
      expect(refusal(s, verleen("urk", "2026-10-07", votes), "2026-10-07").code).toBe("stemming_past_niet");
    }
    const ok = apply(
      s,
      verleen("urk", "2026-10-07", { for: 11, against: 4, zittingHebbendeLeden: 15, aanwezig: 15 }),
      "2026-10-07",
    );
    expect(ok.raadTracks.urk.status).toBe("toestemming_verleend");
  });

  it("a refusal: the vote on the proposal to grant toestemming did not adopt it", () => {
    const s = ready();
    const adopted = weiger("urk", "2026-10-07", "strijd_met_het_recht", { for: 13, against: 2 });
    expect(refusal(s, adopted, "2026-10-07").code).toBe("stemming_past_niet");
    const tieNotFull = weiger("urk", "2026-10-07", "strijd_met_het_recht", {
      for: 7,
      against: 7,
      zittingHebbendeLeden: 15,
      aanwezig: 14,
    });
    expect(refusal(s, tieNotFull, "2026-10-07").code).toBe("stemming_past_niet");
    const lost = apply(s, weiger("urk", "2026-10-07", "strijd_met_het_recht", { for: 2, against: 13 }), "2026-10-07");
    expect(lost.raadTracks.urk.status).toBe("toestemming_geweigerd");
    const tieFull = weiger("urk", "2026-10-07", "strijd_met_het_recht", {
      for: 7,
      against: 7,
      zittingHebbendeLeden: 14,
      aanwezig: 14,
    });
    expect(apply(s, tieFull, "2026-10-07").raadTracks.urk.status).toBe("toestemming_geweigerd");
  });

  it("art. 32a: a missing co-signature of the griffier is in the event's reason, a present one is not", () => {
    const s = ready();
    const unsigned: GrCommand = {
      track: "raad",
      participantId: "urk",
      event: {
        type: "toestemming_verleend",
        decision: { ...dec("v2", "2026-10-07"), body: "raad", signatures: { griffier: false } },
      },
    };
    const res = applyGrCommand(s, unsigned, ctxOn("2026-10-07"));
    if (!res.ok) throw new Error(res.message);
    expect(res.event.reason).toBe("Medeondertekening door de griffier ontbreekt (Gemeentewet art. 32a).");
    const signed = applyGrCommand(s, verleen("urk", "2026-10-07"), ctxOn("2026-10-07"));
    if (!signed.ok) throw new Error(signed.message);
    expect(signed.event.reason).toBeUndefined();
  });

  it("zienswijze vastgesteld and geen zienswijze need an adopting vote as well", () => {
    let s = inZienswijzeprocedure();
    s = apply(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
      },
      "2026-03-30",
    );
    const tie = { for: 7, against: 7, zittingHebbendeLeden: 15, aanwezig: 14 };
    const zw: GrCommand = {
      track: "raad",
      participantId: "urk",
      event: {
        type: "zienswijze_vastgesteld",
        decision: { ...dec("v1", "2026-05-19"), votes: tie },
        points: [{ number: 1, subject: "art. 4", text: "Meer sturing." }],
      },
    };
    expect(refusal(s, zw, "2026-05-19").code).toBe("stemming_past_niet");
    const geen: GrCommand = {
      track: "raad",
      participantId: "urk",
      event: { type: "geen_zienswijze", decidedOn: "2026-05-19", decision: { ...dec("v1", "2026-05-19"), votes: tie } },
    };
    expect(refusal(s, geen, "2026-05-19").code).toBe("stemming_past_niet");
  });
});

describe("Wgr art. 1 lid 4: a refusal on another ground is recorded, flagged", () => {
  it("records 'andere_grond' with meetsWgrGrounds false and the warning as reason; a Wgr ground is true", () => {
    const s = agenda(receive(inToestemming(), "urk"), "urk");
    const res = applyGrCommand(s, weiger("urk", "2026-10-07", "andere_grond"), ctxOn("2026-10-07"));
    if (!res.ok) throw new Error(res.message);
    expect(res.state.raadTracks.urk.status).toBe("toestemming_geweigerd");
    expect(res.state.raadTracks.urk.toestemming?.refusal).toEqual({
      ground: "andere_grond",
      motivation: "Strijdig met de Jeugdwet.",
      meetsWgrGrounds: false,
    });
    expect(res.event.reason).toBe(`${OUTSIDE_WGR_GROUNDS_WARNING} Strijdig met de Jeugdwet.`);
    const legal = applyGrCommand(s, weiger("urk", "2026-10-07"), ctxOn("2026-10-07"));
    if (!legal.ok) throw new Error(legal.message);
    expect(legal.state.raadTracks.urk.toestemming?.refusal?.meetsWgrGrounds).toBe(true);
    expect(legal.event.reason).toBe("Strijdig met de Jeugdwet.");
    // Any other word is still not a ground at all.
    expect(refusal(s, weiger("urk", "2026-10-07", "te_duur"), "2026-10-07").code).toBe("ongeldige_weigeringsgrond");
  });
});

describe("Wgr art. 1 lid 4: after a refusal the raad decides again on the same text", () => {
  it("refuse → new raadsvoorstel → toestemming on the same version; no other raad is affected", () => {
    let s = grantToestemming(inToestemming(), "almere");
    s = agenda(receive(s, "urk"), "urk");
    s = apply(s, weiger("urk", "2026-10-07"), "2026-10-07");
    const almereBefore = structuredClone(s.raadTracks.almere);
    const versionBefore = s.currentVersionId;
    // Not before the refusal.
    expect(
      refusal(
        s,
        {
          track: "raad",
          participantId: "urk",
          event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-10-06", documentVersionId: "v2" },
        },
        "2026-10-20",
      ).code,
    ).toBe("datum_te_vroeg");
    s = receive(s, "urk", "2026-10-20");
    expect(s.raadTracks.urk.status).toBe("toestemming_ontvangen");
    expect(s.raadTracks.urk.toestemming?.refusal).toBeUndefined();
    expect(s.raadTracks.urk.superseded.at(-1)?.refusal?.ground).toBe("strijd_met_het_recht");
    s = agenda(s, "urk", "2026-11-04");
    s = apply(s, verleen("urk", "2026-11-04"), "2026-11-04");
    expect(s.raadTracks.urk.status).toBe("toestemming_verleend");
    expect(s.raadTracks.urk.toestemming?.documentVersionId).toBe("v2");
    expect(s.currentVersionId).toBe(versionBefore);
    expect(s.raadTracks.almere).toEqual(almereBefore);
  });

  it("the decision itself cannot be repeated without a new raadsvoorstel", () => {
    let s = agenda(receive(inToestemming(), "urk"), "urk");
    s = apply(s, weiger("urk", "2026-10-07"), "2026-10-07");
    expect(refusal(s, verleen("urk", "2026-10-21"), "2026-10-21").code).toBe("ongeldige_overgang");
  });
});

describe("corrections go through the domain and update the track's decision", () => {
  const granted = () => grantToestemming(inToestemming(), "urk");
  const correct = (
    decision: Decision,
    reason = "Stemmen verkeerd overgenomen.",
    of: "zienswijze" | "toestemming" = "toestemming",
  ): GrCommand => ({
    track: "raad",
    participantId: "urk",
    event: { type: "besluit_gecorrigeerd", of, decision, reason },
  });

  it("updates the decision and keeps the status; the reason is the event's reason", () => {
    const s = granted();
    const fixed: Decision = {
      ...dec("v2", "2026-10-06"),
      body: "raad",
      besluitnummer: "R-2",
      votes: { for: 12, against: 3 },
    };
    const res = applyGrCommand(s, correct(fixed), ctxOn("2026-10-20"));
    if (!res.ok) throw new Error(res.message);
    expect(res.state.raadTracks.urk.status).toBe("toestemming_verleend");
    expect(res.state.raadTracks.urk.toestemming?.decision).toEqual(fixed);
    expect(res.event.reason).toBe("Stemmen verkeerd overgenomen.");
  });

  it("a correction of a refusal keeps the refusal's vote rule (not adopted)", () => {
    let s = agenda(receive(inToestemming(), "urk"), "urk");
    s = apply(s, weiger("urk", "2026-10-07", "strijd_met_het_recht", { for: 2, against: 13 }), "2026-10-07");
    const ok = applyGrCommand(
      s,
      correct({ ...dec("v2", "2026-10-07"), votes: { for: 3, against: 12 } }),
      ctxOn("2026-10-20"),
    );
    expect(ok.ok).toBe(true);
    expect(refusal(s, correct({ ...dec("v2", "2026-10-07"), votes: { for: 12, against: 3 } }), "2026-10-20").code).toBe(
      "stemming_past_niet",
    );
  });

  it("refuses a correction whose votes contradict the outcome, another version, or no reason", () => {
    const s = granted();
    expect(refusal(s, correct({ ...dec("v2", "2026-10-06"), votes: { for: 3, against: 12 } }), "2026-10-20").code).toBe(
      "stemming_past_niet",
    );
    expect(refusal(s, correct(dec("v1", "2026-10-06")), "2026-10-20").code).toBe("versie_komt_niet_overeen");
    expect(refusal(s, correct(dec("v2", "2026-10-06"), "  "), "2026-10-20").code).toBe("ongeldige_invoer");
    expect(refusal(s, correct(dec("v2", "2026-08-01")), "2026-10-20").code).toBe("datum_te_vroeg");
  });

  it("refuses a correction of a decision that was never registered", () => {
    const s = receive(inToestemming(), "urk");
    expect(refusal(s, correct(dec("v2", "2026-10-06")), "2026-10-20").code).toBe("vereiste_stap_ontbreekt");
  });

  it("corrects the zienswijze decision while the track is in the toestemming phase", () => {
    const s = inToestemming();
    const fixed: Decision = { ...dec("v1", "2026-05-18"), votes: { for: 30, against: 5 } };
    const res = applyGrCommand(
      s,
      {
        track: "raad",
        participantId: "almere",
        event: { type: "besluit_gecorrigeerd", of: "zienswijze", decision: fixed, reason: "Datum." },
      },
      ctxOn("2026-10-20"),
    );
    if (!res.ok) throw new Error(res.message);
    expect(res.state.raadTracks.almere.zienswijze?.decision).toEqual(fixed);
    expect(res.state.raadTracks.almere.toestemming).toEqual(s.raadTracks.almere.toestemming);
  });
});

describe("Wgr art. 1 lid 3: a zienswijze after the nota van beantwoording is kept, flagged", () => {
  it("flags afterNota and says so in the reason; before the nota it is not flagged", () => {
    const point = [{ number: 1, subject: "art. 4", text: "Meer sturing." }];
    // Urk received v1 but only decides after the nota (the window was closed regionally).
    const late = inToestemming();
    const urk = late.raadTracks.urk;
    expect(urk.status).toBe("geen_zienswijze");
    // A raad whose track is still open: build one from the zienswijzeprocedure, then add the nota.
    let s = inZienswijzeprocedure();
    s = apply(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
      },
      "2026-03-30",
    );
    const before = applyGrCommand(
      s,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "zienswijze_vastgesteld", decision: dec("v1", "2026-05-19"), points: point },
      },
      ctxOn("2026-05-19"),
    );
    if (!before.ok) throw new Error(before.message);
    expect(before.state.raadTracks.urk.zienswijze?.afterNota).toBeUndefined();
    expect(before.event.reason).toBeUndefined();
    const withNota: GrProcedureState = {
      ...s,
      regional: { ...s.regional, notaVanBeantwoording: { decidedOn: "2026-05-15", answers: [] } },
    };
    const after = applyGrCommand(
      withNota,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "zienswijze_vastgesteld", decision: dec("v1", "2026-05-19"), points: point },
      },
      ctxOn("2026-05-19"),
    );
    if (!after.ok) throw new Error(after.message);
    expect(after.state.raadTracks.urk.zienswijze?.afterNota).toBe(true);
    expect(after.event.reason).toContain("na de nota van beantwoording");
    const lateAndAfter = applyGrCommand(
      withNota,
      {
        track: "raad",
        participantId: "urk",
        event: { type: "zienswijze_vastgesteld", decision: dec("v1", "2026-06-30"), points: point },
      },
      ctxOn("2026-06-30"),
    );
    if (!lateAndAfter.ok) throw new Error(lateAndAfter.message);
    expect(lateAndAfter.event.reason).toContain("na afloop van de termijn");
    expect(lateAndAfter.event.reason).toContain("na de nota van beantwoording");
  });
});

describe("R9f: the vote counts of a counted vote are required, a hamerstuk has none (Gemeentewet art. 29, 30)", () => {
  it("names each missing count of a counted vote", () => {
    expect(missingVoteCounts({ for: undefined, against: undefined })).toEqual(["for", "against"]);
    expect(missingVoteCounts({ for: 12, against: undefined })).toEqual(["against"]);
    expect(missingVoteCounts({ for: undefined, against: 0 })).toEqual(["for"]);
    expect(missingVoteCounts({ for: 12, against: 0 })).toEqual([]);
  });

  it("asks no counts of a besluit taken without a vote", () => {
    expect(missingVoteCounts({ for: undefined, against: undefined, withoutVote: true })).toEqual([]);
  });
});
