import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addDays,
  createBegroting,
  feasibility,
  fromDayNumber,
  planningRaadItems,
  planningWarnings,
  toDayNumber,
  transitionBegroting,
  type BegrotingEvent,
  type BegrotingState,
} from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "./fixtures";

const meeting = (date: string, id = `m-${date}`) => ({ id, date, titel: null });

describe("begroting planning: the raad's last day (issue 17 point 3)", () => {
  it("has no raad item before the aanbieding is planned", () => {
    expect(planningRaadItems(2028, {})).toEqual([]);
    expect(planningRaadItems(2028, { ontwerpSentOn: "2027-03-05" })).toEqual([]);
  });

  it("runs from the planned sending to the day before the aanbieding (Wgr art. 35 lid 3)", () => {
    const [item] = planningRaadItems(2028, { ontwerpSentOn: "2027-03-05", aanbiedingOn: "2027-06-10" });
    expect(item).toMatchObject({ key: "zienswijze_ontwerpbegroting", from: "2027-03-05", lastDay: "2027-06-09" });
  });

  it("without a planned sending, counts on the latest lawful sending, twelve weeks back (art. 35 lid 1)", () => {
    const [item] = planningRaadItems(2028, { aanbiedingOn: "2027-06-10" });
    expect(item).toMatchObject({ from: "2027-03-18", lastDay: "2027-06-09" });
  });

  it("gives a raad the lawful twelve weeks when the aanbieding is planned too early", () => {
    // Sent 2027-03-05: aanbieding at the earliest 2027-05-28, so the window ends 2027-05-27, not 2027-04-30.
    const [item] = planningRaadItems(2028, { ontwerpSentOn: "2027-03-05", aanbiedingOn: "2027-05-01" });
    expect(item?.lastDay).toBe("2027-05-27");
  });
});

describe("begroting planning: feasibility per raad (agenda rule A1)", () => {
  const [item] = planningRaadItems(2028, { ontwerpSentOn: "2027-03-05", aanbiedingOn: "2027-06-10" });
  const it0 = item as NonNullable<typeof item>;

  it("is haalbaar with the last meeting in the window, also on the last day itself", () => {
    expect(feasibility(it0, [meeting("2027-04-01"), meeting("2027-06-09"), meeting("2027-06-10")])).toEqual({
      kind: "haalbaar",
      meeting: meeting("2027-06-09"),
    });
  });

  it("is not haalbaar with meetings only before the ontwerp arrives or after the last day", () => {
    expect(feasibility(it0, [meeting("2027-03-04"), meeting("2027-06-10")])).toEqual({
      kind: "geen_vergadering",
      lastDay: "2027-06-09",
    });
    expect(feasibility(it0, [])).toEqual({ kind: "geen_vergadering", lastDay: "2027-06-09" });
  });
});

describe("begroting planning: warnings on the planning itself", () => {
  it("is silent on a lawful planning", () => {
    expect(
      planningWarnings(2028, {
        kadersOn: "2027-04-15",
        ontwerpSentOn: "2027-04-20",
        aanbiedingOn: "2027-07-13",
        vaststellingOn: "2027-07-13",
        jaarrekeningOn: "2029-06-30",
      }),
    ).toEqual([]);
  });

  it("names each broken rule with its article", () => {
    const w = planningWarnings(2028, {
      kadersOn: "2027-05-01",
      ontwerpSentOn: "2027-04-20",
      aanbiedingOn: "2027-07-12",
      vaststellingOn: "2027-07-01",
    });
    expect(w).toEqual([
      "De kaders gaan later dan 2027-04-30 naar de raden (artikel 34b Wgr).",
      "De ontwerpbegroting is gepland vóór de kaders.",
      "De aanbieding aan het algemeen bestuur ligt minder dan twaalf weken na de verzending van de ontwerpbegroting; plan haar op of na 2027-07-13 (artikel 35, eerste lid, Wgr).",
      "De vaststelling is gepland vóór de aanbieding aan het algemeen bestuur (artikel 35 Wgr).",
    ]);
  });

  it("warns on a vaststelling that misses GS (on or after 15 September) or falls in the wrong year (art. 34)", () => {
    expect(planningWarnings(2028, { vaststellingOn: "2027-09-14" })).toEqual([]);
    expect(planningWarnings(2028, { vaststellingOn: "2027-09-15" })[0]).toContain("niet vóór 15 september 2027");
    expect(planningWarnings(2028, { vaststellingOn: "2028-01-10" })[0]).toContain("moet in 2027 worden vastgesteld");
    expect(planningWarnings(2028, { jaarrekeningOn: "2029-07-14" })).toEqual([]);
    expect(planningWarnings(2028, { jaarrekeningOn: "2029-07-15" })[0]).toContain("niet vóór 15 juli 2029");
    expect(planningWarnings(2028, { jaarrekeningOn: "2028-12-01" })[0]).toContain("in 2029 worden vastgesteld");
  });
});

describe("begroting planning: properties", () => {
  const day = fc.integer({ min: toDayNumber("2026-01-01"), max: toDayNumber("2027-06-30") }).map(fromDayNumber);

  it("the planned last day is the last day the cycle itself gives a raad when the ontwerp is sent as planned", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 84, max: 200 }), (sentOn, gap) => {
        const aanbiedingOn = addDays(sentOn, gap);
        const [item] = planningRaadItems(2028, { ontwerpSentOn: sentOn, aanbiedingOn });
        let s: BegrotingState = createBegroting({ id: "b", year: 2028, participants: PARTICIPANTS.slice(0, 1) });
        const events: BegrotingEvent[] = [
          { type: "ontwerp_verzonden", documentVersionId: "v1", sentOn, aanbiedingOn },
          { type: "ontwerp_ontvangen", participantId: PARTICIPANTS[0].id, receivedOn: sentOn },
        ];
        for (const e of events) {
          const r = transitionBegroting(s, e, ctxOn("2028-12-31"));
          if (!r.ok) throw new Error(r.message);
          s = r.state;
        }
        expect(item?.lastDay).toBe(s.raden[PARTICIPANTS[0].id].deadline?.end);
        expect(item && item.from <= item.lastDay).toBe(true);
      }),
    );
  });

  it("haalbaar exactly when some meeting lies in the window, and the meeting named lies in it", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 200 }), fc.array(day, { maxLength: 8 }), (sentOn, gap, dates) => {
        const [item] = planningRaadItems(2028, { ontwerpSentOn: sentOn, aanbiedingOn: addDays(sentOn, gap) });
        if (!item) throw new Error("an item is expected once the aanbieding is planned");
        const f = feasibility(
          item,
          dates.map((d) => meeting(d)),
        );
        const inWindow = dates.filter((d) => d >= item.from && d <= item.lastDay);
        expect(f.kind).toBe(inWindow.length ? "haalbaar" : "geen_vergadering");
        if (f.kind === "haalbaar") expect(f.meeting.date).toBe(inWindow.sort().at(-1));
      }),
    );
  });

  it("a planning with every date moved to its lawful place has no warnings", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 84, max: 120 }), (kaders, gap) => {
        const kadersOn = addDays("2027-02-01", kaders);
        const aanbiedingOn = addDays(kadersOn, gap);
        expect(
          planningWarnings(2028, { kadersOn, ontwerpSentOn: kadersOn, aanbiedingOn, vaststellingOn: aanbiedingOn }),
        ).toEqual([]);
      }),
    );
  });
});
