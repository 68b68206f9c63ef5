/**
 * Survivors of lib/domain/procedures/jaarrekening.ts in the wave-10 mutation run (issue 20 point 13): the Dutch
 * refusal texts of each date guard (Wgr art. 34 lid 3, 34b), the besluitnummer, the warnings as the event's reason,
 * and the named data errors.
 */
import { describe, expect, it } from "vitest";
import {
  createBegroting,
  transitionBegroting,
  type BegrotingEvent,
  type BegrotingState,
  type RefusalCode,
} from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "../procedures/fixtures";

const TODAY = "2028-12-01";
const EARLIER = "Eerdere waarschuwing.";
const fresh = (): BegrotingState => ({
  ...createBegroting({ id: "b", year: 2027, participants: PARTICIPANTS.slice(0, 2) }),
  warnings: [EARLIER],
});
const voorlopig = (sentOn = "2028-04-10"): BegrotingEvent => ({ type: "voorlopige_jaarrekening_verzonden", sentOn });
const vastgesteld = (decidedOn = "2028-07-01", besluitnummer?: string): BegrotingEvent => ({
  type: "jaarrekening_vastgesteld",
  decidedOn,
  ...(besluitnummer === undefined ? {} : { besluitnummer }),
});
const naarGs = (sentOn: string): BegrotingEvent => ({ type: "jaarrekening_naar_gs", sentOn });

function success(s: BegrotingState, e: BegrotingEvent) {
  const r = transitionBegroting(s, e, ctxOn(TODAY));
  if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
  return r;
}
const run = (events: BegrotingEvent[]) => events.reduce((s, e) => success(s, e).state, fresh());
function refused(s: BegrotingState, e: BegrotingEvent, code: RefusalCode): string {
  const before = structuredClone(s);
  const r = transitionBegroting(s, e, ctxOn(TODAY));
  expect(s).toEqual(before);
  if (r.ok) throw new Error(`expected a refusal (${code}) of ${e.type}`);
  expect(r.code).toBe(code);
  return r.message;
}

describe("jaarrekening: the refusal texts (Wgr art. 34 lid 3, 34b)", () => {
  it("each date guard names its field and what it follows", () => {
    expect(refused(fresh(), voorlopig("10-04-2028"), "ongeldige_datum")).toContain(
      "Datum verzending voorlopige jaarrekening: ongeldige datum",
    );
    expect(refused(run([voorlopig()]), vastgesteld("2028-04-09"), "datum_te_vroeg")).toBe(
      "Datum vaststelling jaarrekening (2028-04-09) ligt vóór de verzending van de voorlopige jaarrekening (2028-04-10).",
    );
    expect(refused(run([voorlopig()]), vastgesteld("2028-07-01", " "), "ongeldige_invoer")).toBe(
      "Het besluitnummer is verplicht.",
    );
    expect(refused(run([voorlopig(), vastgesteld()]), naarGs("2028-06-30"), "datum_te_vroeg")).toBe(
      "Datum verzending jaarrekening aan GS (2028-06-30) ligt vóór de vaststelling van de jaarrekening (2028-07-01).",
    );
  });

  it("the besluitnummer is kept when given, and no key is written without it", () => {
    expect(run([voorlopig(), vastgesteld("2028-07-01", "AB-12")]).jaarrekening?.vaststelling).toEqual({
      decidedOn: "2028-07-01",
      besluitnummer: "AB-12",
    });
    expect(Object.keys(run([voorlopig(), vastgesteld()]).jaarrekening?.vaststelling ?? {})).toEqual(["decidedOn"]);
  });

  it("a stored track without its earlier date is a data error, named in the error", () => {
    const noVoorlopig = { ...fresh(), jaarrekening: { status: "voorlopig_verzonden" as const } };
    expect(() => transitionBegroting(noVoorlopig, vastgesteld(), ctxOn(TODAY))).toThrow(
      "Interne fout: de voorlopige jaarrekening ontbreekt",
    );
    const noVaststelling = { ...fresh(), jaarrekening: { status: "vastgesteld" as const } };
    expect(() => transitionBegroting(noVaststelling, naarGs("2028-07-05"), ctxOn(TODAY))).toThrow(
      "Interne fout: de vaststelling van de jaarrekening ontbreekt",
    );
  });
});

describe("jaarrekening: warnings are added to the earlier ones and only the new ones are the event's reason", () => {
  it("on time: no new warning and no reason", () => {
    const r = success(fresh(), voorlopig("2028-04-30"));
    expect(r.state.warnings).toEqual([EARLIER]);
    expect("reason" in r.event).toBe(false);
    expect(r.event.subject).toEqual({ kind: "begroting", id: "b:jaarrekening" });
  });

  it("late voorlopige jaarrekening (art. 34b): its warning is the reason", () => {
    const r = success(fresh(), voorlopig("2028-05-01"));
    const warning = "Voorlopige jaarrekening later dan 2028-04-30 naar de raden verzonden (Wgr art. 34b).";
    expect(r.state.warnings).toEqual([EARLIER, warning]);
    expect(r.event.reason).toBe(warning);
  });

  it("to GS late in both ways (art. 34 lid 3): both warnings, joined by a space", () => {
    const r = success(run([voorlopig(), vastgesteld()]), naarGs("2028-07-16"));
    const twoWeeks = "Jaarrekening later dan twee weken na vaststelling verzonden aan GS (Wgr art. 34 lid 3).";
    const july = "Jaarrekening niet vóór 15 juli 2028 verzonden aan GS (Wgr art. 34 lid 3).";
    expect(r.state.warnings).toEqual([EARLIER, twoWeeks, july]);
    expect(r.event.reason).toBe(`${twoWeeks} ${july}`);
  });
});
