/**
 * The jaarrekening track of the begroting cycle (Wgr art. 34b, 34 lid 3, as amended 1-7-2022; docs/rules.md R17):
 * voorlopige jaarrekening to the raden by 30 April j+1, vaststelling in j+1, to GS within two weeks and before 15 July.
 */
import { describe, expect, it } from "vitest";
import {
  BEGROTING_EVENTS,
  begrotingDeadlines,
  createBegroting,
  jaarrekeningGsDeadline,
  jaarrekeningOf,
  transitionBegroting,
  type BegrotingEvent,
  type BegrotingState,
} from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "./fixtures";

const TODAY = "2029-12-01";
const start = () => createBegroting({ id: "b2027", year: 2027, participants: PARTICIPANTS.slice(0, 2) });

function run(events: BegrotingEvent[], s: BegrotingState = start()) {
  for (const e of events) {
    const r = transitionBegroting(s, e, ctxOn(TODAY));
    if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
    s = r.state;
  }
  return s;
}

describe("jaarrekening of begrotingsjaar 2027 (Wgr art. 34b, 34 lid 3)", () => {
  it("runs voorlopig → vastgesteld → GS on time without warnings, one audit event per step", () => {
    const s0 = start();
    const r = transitionBegroting(
      s0,
      { type: "voorlopige_jaarrekening_verzonden", sentOn: "2028-04-10" },
      ctxOn(TODAY),
    );
    if (!r.ok) throw new Error(r.message);
    expect(r.events.map((e) => [e.type, e.from, e.to])).toEqual([
      ["voorlopige_jaarrekening_verzonden", "niet_gestart", "voorlopig_verzonden"],
    ]);
    expect(r.events[0].subject).toEqual({ kind: "begroting", id: "b2027:jaarrekening" });
    const s = run(
      [
        { type: "jaarrekening_vastgesteld", decidedOn: "2028-07-02", besluitnummer: "AB-2028-07" },
        { type: "jaarrekening_naar_gs", sentOn: "2028-07-10" },
      ],
      r.state,
    );
    expect(jaarrekeningOf(s)).toEqual({
      status: "naar_gs_verzonden",
      voorlopigSentOn: "2028-04-10",
      vaststelling: { decidedOn: "2028-07-02", besluitnummer: "AB-2028-07" },
      gsSentOn: "2028-07-10",
    });
    expect(s.warnings).toEqual([]);
    // The begroting's own track is untouched: the jaarrekening is a separate track of the same cycle.
    expect(s.status).toBe("in_voorbereiding");
  });

  it("a cycle stored before the jaarrekening existed reads as not started", () => {
    expect(jaarrekeningOf(start())).toEqual({ status: "niet_gestart" });
    expect(BEGROTING_EVENTS).toContain("jaarrekening_naar_gs");
  });

  it("late steps are recorded, each with its warning and the article", () => {
    const s = run([
      { type: "voorlopige_jaarrekening_verzonden", sentOn: "2028-05-01" },
      { type: "jaarrekening_vastgesteld", decidedOn: "2029-01-15" },
      { type: "jaarrekening_naar_gs", sentOn: "2029-02-01" },
    ]);
    expect(s.warnings).toEqual([
      "Voorlopige jaarrekening later dan 2028-04-30 naar de raden verzonden (Wgr art. 34b).",
      "Jaarrekening 2027 niet in 2028 vastgesteld (Wgr art. 34 lid 3).",
      "Jaarrekening later dan twee weken na vaststelling verzonden aan GS (Wgr art. 34 lid 3).",
      "Jaarrekening niet vóór 15 juli 2028 verzonden aan GS (Wgr art. 34 lid 3).",
    ]);
  });

  it("the GS deadline is two weeks after adoption, capped at 14 July j+1; the yearly table uses it", () => {
    expect(jaarrekeningGsDeadline(2027)).toBe("2028-07-14");
    expect(jaarrekeningGsDeadline(2027, "2028-06-01")).toBe("2028-06-15");
    expect(jaarrekeningGsDeadline(2027, "2028-07-05")).toBe("2028-07-14");
    const labels = begrotingDeadlines(2027).deadlines.map((d) => [d.label, d.date]);
    expect(labels).toContainEqual(["Voorlopige jaarrekening naar de raden", "2028-04-30"]);
    expect(labels).toContainEqual(["Jaarrekening naar Gedeputeerde Staten", "2028-07-14"]);
  });
});
