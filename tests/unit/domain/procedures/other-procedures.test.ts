import { describe, expect, it } from "vitest";
import {
  begrotingDeadlines,
  checkQuorum,
  createBegroting,
  createDvh,
  expectedZienswijzeLastDay,
  firstOwnBegrotingsjaar,
  initialBeleidskaderTrack,
  transitionBegroting,
  transitionBeleidskader,
  transitionDvh,
  type BegrotingEvent,
  type BegrotingState,
  type BeleidskaderEvent,
  type BeleidskaderTrackState,
  type DvhEvent,
  type DvhState,
} from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "./fixtures";

const almere = PARTICIPANTS[0];
const zeewolde = PARTICIPANTS[5];

describe("R9 quorum validator", () => {
  it.each([
    [{ for: 10, against: 2, zittingHebbendeLeden: 45, aanwezig: 22 }, "quorum_niet_gehaald"],
    [{ for: 10, against: 2, zittingHebbendeLeden: 44, aanwezig: 22 }, "quorum_niet_gehaald"],
    [{ for: 20, against: 3, zittingHebbendeLeden: 45, aanwezig: 23 }, null],
    [{ for: 1, against: 0, zittingHebbendeLeden: 45, aanwezig: 1, reconvenedArt20: true }, null],
    [{ for: 30, against: 0, zittingHebbendeLeden: 45, aanwezig: 25 }, "ongeldige_invoer"],
    [{ for: 3, against: 0, zittingHebbendeLeden: 15, aanwezig: 16 }, "ongeldige_invoer"],
    [{ for: -1, against: 0 }, "ongeldige_invoer"],
  ])("%j → %s", (votes, code) => {
    expect(checkQuorum(votes)?.code ?? null).toBe(code);
  });
});

describe("beleidskader vaststellen", () => {
  const run = (s: BeleidskaderTrackState, events: BeleidskaderEvent[], topics = ["jeugd"], participant = almere) => {
    for (const e of events) {
      const r = transitionBeleidskader(s, e, { ...ctxOn("2026-12-01"), participant, topics });
      if (!r.ok) return r;
      s = r.state;
    }
    return { ok: true as const, state: s };
  };
  const offered: BeleidskaderEvent[] = [
    { type: "aangeboden", documentVersionId: "rv1", offeredOn: "2026-09-01" },
    { type: "geagendeerd", agenda: { commissieDate: "2026-09-20", raadDate: "2026-10-01" } },
  ];

  it("aangehouden → geagendeerd → geamendeerd vastgesteld", () => {
    const r = run(initialBeleidskaderTrack("rv", "almere"), [
      ...offered,
      { type: "aangehouden", decidedOn: "2026-10-01", expectedDate: "2026-11-05" },
      { type: "geagendeerd", agenda: { raadDate: "2026-11-05" } },
      {
        type: "geamendeerd_vastgesteld",
        decision: { documentVersionId: "rv1", decidedOn: "2026-11-05" },
        amendementen: [{ titel: "Wachttijden" }],
      },
    ]);
    expect(r.ok && r.state.status).toBe("geamendeerd_vastgesteld");
  });

  it("needs an amendement to be 'geamendeerd', and a decision on the offered version", () => {
    const s = initialBeleidskaderTrack("rv", "almere");
    const a = run(s, [
      ...offered,
      {
        type: "geamendeerd_vastgesteld",
        decision: { documentVersionId: "rv1", decidedOn: "2026-10-01" },
        amendementen: [],
      },
    ]);
    expect(a.ok).toBe(false);
    const b = run(s, [
      ...offered,
      { type: "vastgesteld", decision: { documentVersionId: "rv2", decidedOn: "2026-10-01" } },
    ]);
    expect(!b.ok && b.code).toBe("versie_komt_niet_overeen");
  });

  it("cannot decide before the raadsvoorstel is offered and on the agenda", () => {
    const r = run(initialBeleidskaderTrack("rv", "almere"), [
      { type: "verworpen", decision: { documentVersionId: "rv1", decidedOn: "2026-10-01" } },
    ]);
    expect(!r.ok && r.code).toBe("ongeldige_overgang");
  });

  it("Zeewolde only for topics within its addendum", () => {
    const jeugd = run(initialBeleidskaderTrack("rv", "zeewolde"), offered, ["jeugd"], zeewolde);
    expect(!jeugd.ok && jeugd.code).toBe("buiten_reikwijdte");
    const hg = run(initialBeleidskaderTrack("hg", "zeewolde"), offered, ["zorg_en_veiligheid"], zeewolde);
    expect(hg.ok).toBe(true);
  });
});

describe("dienstverleningshandvest (R23)", () => {
  const run = (s: DvhState, events: DvhEvent[]) => {
    for (const e of events) {
      const r = transitionDvh(s, e, ctxOn("2026-12-01"));
      if (!r.ok) return r;
      s = r.state;
    }
    return { ok: true as const, state: s };
  };
  const parts = PARTICIPANTS.slice(0, 2);
  const start: DvhEvent[] = [
    { type: "concept_opgesteld", documentVersionId: "dvh2", createdOn: "2026-06-01" },
    { type: "bosd_akkoord", decision: { documentVersionId: "dvh2", decidedOn: "2026-06-10" } },
  ];

  it("BOSD, every college, then every raad informed", () => {
    const r = run(createDvh({ id: "dvh", partOfRegeling: false, topics: ["jeugd"], participants: parts }), [
      ...start,
      {
        type: "collegebesluit",
        participantId: "almere",
        decision: { documentVersionId: "dvh2", decidedOn: "2026-06-20" },
      },
      {
        type: "collegebesluit",
        participantId: "dronten",
        decision: { documentVersionId: "dvh2", decidedOn: "2026-06-21" },
      },
      { type: "raad_geinformeerd", participantId: "almere", informedOn: "2026-06-25" },
    ]);
    expect(r.ok && r.state.status).toBe("vastgesteld");
    const r2 = run((r as { state: DvhState }).state, [
      { type: "raad_geinformeerd", participantId: "dronten", informedOn: "2026-06-26" },
    ]);
    expect(r2.ok && r2.state.status).toBe("raden_geinformeerd");
  });

  it("part of the regeling → refused, redirect to gr_wijzigen", () => {
    const r = run(createDvh({ id: "dvh", partOfRegeling: true, topics: ["jeugd"], participants: parts }), start);
    expect(!r.ok && r.code).toBe("volgt_gr_wijzigen");
    expect(!r.ok && r.message).toContain("Wgr art. 1 lid 5");
  });
});

describe("begroting zienswijze", () => {
  const run = (s: BegrotingState, events: BegrotingEvent[], today = "2027-12-01") => {
    for (const e of events) {
      const r = transitionBegroting(s, e, ctxOn(today));
      if (!r.ok) return r;
      s = r.state;
    }
    return { ok: true as const, state: s };
  };
  const parts = PARTICIPANTS.slice(0, 2);

  it("zienswijze window until the aanbieding (12 weeks after sending); vaststelling only after every zienswijze is answered", () => {
    let s = createBegroting({ id: "b2028", year: 2028, participants: parts });
    const r = run(s, [
      { type: "ontwerp_verzonden", documentVersionId: "ob1", sentOn: "2027-03-05" },
      { type: "ontwerp_ontvangen", participantId: "almere", receivedOn: "2027-03-06" },
      { type: "ontwerp_ontvangen", participantId: "dronten", receivedOn: "2027-03-08" },
      {
        type: "zienswijze_ingediend",
        participantId: "almere",
        decision: { documentVersionId: "ob1", decidedOn: "2027-05-20" },
        text: "Lagere indexatie.",
      },
      { type: "geen_zienswijze", participantId: "dronten", decidedOn: "2027-05-21" },
    ]);
    expect(r.ok).toBe(true);
    s = (r as { state: BegrotingState }).state;
    // Wgr art. 35: sent Fri 2027-03-05 → aanbieding at the earliest 12 weeks later, Fri 2027-05-28;
    // the raad's window ends the day before, counted back (no Atw extension), whatever its receipt date.
    expect(s.raden.almere.deadline).toMatchObject({ start: "2027-05-28", end: "2027-05-27", direction: "before" });
    expect(s.raden.dronten.deadline?.end).toBe("2027-05-27");
    // A raad that has not registered its receipt yet (the griffie agenda) is shown the same last day, and none
    // before the ontwerp is sent.
    expect(expectedZienswijzeLastDay(s)).toBe("2027-05-27");
    expect(expectedZienswijzeLastDay(createBegroting({ id: "b", year: 2028, participants: parts }))).toBeNull();
    const early = run(s, [
      { type: "begroting_vastgesteld", decision: { documentVersionId: "ob1", decidedOn: "2027-06-10" } },
    ]);
    expect(!early.ok && early.message).toContain("Almere (zienswijze nog niet beantwoord)");
    const done = run(s, [
      {
        type: "zienswijze_beantwoord",
        participantId: "almere",
        answeredOn: "2027-06-01",
        motivation: "Indexatie volgt de cao.",
      },
      { type: "begroting_vastgesteld", decision: { documentVersionId: "ob1", decidedOn: "2027-06-10" } },
      { type: "naar_gs_verzonden", sentOn: "2027-07-01" },
    ]);
    expect(done.ok && done.state.status).toBe("naar_gs_verzonden");
    expect(done.ok && done.state.warnings).toEqual([
      "Later dan twee weken na vaststelling verzonden aan GS (Wgr art. 34 lid 2).",
    ]);
  });

  it("Wgr art. 34b: kaders before the ontwerp; sent after 30 April j-1 is recorded with a warning", () => {
    const s = createBegroting({ id: "b2028", year: 2028, participants: parts });
    const onTime = run(s, [{ type: "kaders_verzonden", sentOn: "2027-04-30" }]);
    expect(onTime.ok && onTime.state).toMatchObject({ status: "kaders_verzonden", kadersSentOn: "2027-04-30" });
    expect(onTime.ok && onTime.state.warnings).toEqual([]);
    const late = run(s, [{ type: "kaders_verzonden", sentOn: "2027-05-01" }]);
    expect(late.ok && late.state.warnings).toEqual([
      "Kaders later dan 2027-04-30 naar de raden verzonden (Wgr art. 34b).",
    ]);
    const before = run(s, [
      { type: "kaders_verzonden", sentOn: "2027-04-10" },
      { type: "ontwerp_verzonden", documentVersionId: "ob1", sentOn: "2027-04-09" },
    ]);
    expect(!before.ok && before.message).toContain("niet vóór de kaders");
    const after = run(s, [
      { type: "kaders_verzonden", sentOn: "2027-04-10" },
      { type: "ontwerp_verzonden", documentVersionId: "ob1", sentOn: "2027-04-10" },
    ]);
    expect(after.ok && after.state.status).toBe("ontwerp_verzonden");
    expect(run(after.ok ? after.state : s, [{ type: "kaders_verzonden", sentOn: "2027-04-11" }]).ok).toBe(false);
  });

  it("R17 yearly deadlines for 2028 and the transitional warning for 2027", () => {
    const { deadlines } = begrotingDeadlines(2028, { vaststellingOn: "2027-07-01", receivedOn: "2027-03-06" });
    const by = Object.fromEntries(deadlines.map((d) => [d.grondslag, d.date]));
    expect(deadlines[0]).toMatchObject({ grondslag: "Wgr art. 34b", date: "2027-04-30" });
    expect(by["Wgr art. 35 lid 1"]).toBe("2027-04-08"); // 12 weeks back, not extended
    expect(by["Wgr art. 35 lid 3"]).toBe("2027-06-30"); // until the aanbieding, not receipt + 12 weeks
    expect(by["Wgr art. 34 lid 1"]).toBe("2027-12-31");
    expect(deadlines.find((d) => d.label.startsWith("Vastgestelde begroting"))?.date).toBe("2027-07-15");
    expect(deadlines.find((d) => d.label.startsWith("Voorlopige jaarrekening"))?.date).toBe("2029-04-30");
    expect(begrotingDeadlines(2027, { grInForceOn: "2027-01-01" }).warnings[0]).toContain("overgangsbepaling");
    expect(begrotingDeadlines(2028, { grInForceOn: "2027-01-01" }).warnings).toEqual([]);
  });
});

describe("begroting: Wgr art. 34 and 35 (issue 20 point 10)", () => {
  const parts = PARTICIPANTS.slice(0, 1);
  const sent = (aanbiedingOn?: string): BegrotingEvent => ({
    type: "ontwerp_verzonden",
    documentVersionId: "ob1",
    sentOn: "2027-03-05",
    ...(aanbiedingOn ? { aanbiedingOn } : {}),
  });
  const step = (s: BegrotingState, e: BegrotingEvent) => transitionBegroting(s, e, ctxOn("2028-02-01"));
  const ready = (aanbiedingOn?: string) => {
    let s = createBegroting({ id: "b2028", year: 2028, participants: parts });
    for (const e of [
      sent(aanbiedingOn),
      { type: "ontwerp_ontvangen", participantId: "almere", receivedOn: "2027-03-08" } as const,
      { type: "geen_zienswijze", participantId: "almere", decidedOn: "2027-03-20" } as const,
    ]) {
      const r = step(s, e);
      if (!r.ok) throw new Error(r.message);
      s = r.state;
    }
    return s;
  };
  const adopt = (s: BegrotingState, decidedOn: string) =>
    step(s, { type: "begroting_vastgesteld", decision: { documentVersionId: "ob1", decidedOn } });

  it("art. 35 lid 1: a planned aanbieding less than 12 weeks after sending is refused; exactly 12 weeks is fine", () => {
    const s = createBegroting({ id: "b", year: 2028, participants: parts });
    const early = step(s, sent("2027-05-27"));
    expect(!early.ok && early.code).toBe("datum_te_vroeg");
    expect(!early.ok && early.message).toContain("2027-05-28");
    const ok = step(s, sent("2027-05-28"));
    expect(ok.ok && ok.state.aanbiedingOn).toBe("2027-05-28");
  });

  it("art. 35 lid 1: no vaststelling before the aanbieding, even when every raad has answered", () => {
    expect(adopt(ready(), "2027-05-27")).toMatchObject({ ok: false, code: "datum_te_vroeg" });
    expect(adopt(ready(), "2027-05-28").ok).toBe(true);
    // a later planned aanbieding moves the window and the earliest vaststelling
    const planned = ready("2027-06-24");
    expect(planned.raden.almere.deadline?.end).toBe("2027-06-23");
    expect(adopt(planned, "2027-06-23")).toMatchObject({ ok: false, code: "datum_te_vroeg" });
    expect(adopt(planned, "2027-06-24").ok).toBe(true);
  });

  it("art. 34 lid 1: vaststelling in the year before the begrotingsjaar, not in it", () => {
    const r = adopt(ready(), "2028-01-10");
    expect(r).toMatchObject({ ok: false, code: "ongeldige_invoer" });
    expect(!r.ok && r.message).toContain("in 2027 worden vastgesteld");
    expect(adopt(ready(), "2027-12-31").ok).toBe(true);
  });

  it("a raad still inside its window blocks the vaststelling; after the aanbieding it no longer does", () => {
    let s = createBegroting({ id: "b", year: 2028, participants: parts });
    for (const e of [
      sent(),
      { type: "ontwerp_ontvangen", participantId: "almere", receivedOn: "2027-03-08" } as const,
    ]) {
      const r = step(s, e);
      if (!r.ok) throw new Error(r.message);
      s = r.state;
    }
    expect(adopt(s, "2027-05-28").ok).toBe(true);
  });
});

describe("firstOwnBegrotingsjaar (2027 transition)", () => {
  it.each([
    ["2027-01-01", 2028, "overgangsbepaling"],
    ["2027-06-22", 2028, "kaders voor 2028 kunnen dan niet"],
    ["2027-06-23", 2029, "Voor 2028 en eerdere jaren"],
    ["2026-04-30", 2027, "begroting voor 2027"],
  ])("in force %s → first own begroting %i", (inForceOn, year, text) => {
    const r = firstOwnBegrotingsjaar(inForceOn);
    expect(r.year).toBe(year);
    expect(r.explanation).toContain(text);
  });

  it("the 2027 kaders warning appears only when the regeling starts after 30 April", () => {
    expect(firstOwnBegrotingsjaar("2026-04-30").explanation).not.toContain("kaders");
    expect(firstOwnBegrotingsjaar("2026-05-01").explanation).toContain("kaders voor 2027");
  });

  it("begrotingDeadlines warns for 2027 for a BVO from 1-1-2027, not for 2028", () => {
    expect(begrotingDeadlines(2027, { grInForceOn: "2027-01-01" }).warnings[0]).toContain("begroting voor 2028");
    expect(begrotingDeadlines(2028, { grInForceOn: "2027-01-01" }).warnings).toEqual([]);
  });
});
