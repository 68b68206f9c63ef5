/**
 * Guards of lib/domain/procedures/jaarrekening.ts (issue 17): each refusal pinned by its own test, so that removing
 * it (or turning it into `if (false)`) fails a test. Wgr art. 34b, 34 lid 3 as amended 1-7-2022 (docs/rules.md R17).
 */
import { describe, expect, it } from "vitest";
import { createBegroting, transitionBegroting, type BegrotingEvent, type BegrotingState } from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "../procedures/fixtures";

const TODAY = "2028-12-01";
const voorlopig: BegrotingEvent = { type: "voorlopige_jaarrekening_verzonden", sentOn: "2028-04-10" };
const vastgesteld: BegrotingEvent = { type: "jaarrekening_vastgesteld", decidedOn: "2028-07-01" };

function run(events: BegrotingEvent[]): BegrotingState {
  let s = createBegroting({ id: "b", year: 2027, participants: PARTICIPANTS.slice(0, 2) });
  for (const e of events) {
    const r = transitionBegroting(s, e, ctxOn(TODAY));
    if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
    s = r.state;
  }
  return s;
}
function refusal(s: BegrotingState, e: BegrotingEvent) {
  const before = structuredClone(s);
  const r = transitionBegroting(s, e, ctxOn(TODAY));
  expect(s).toEqual(before);
  return r.ok ? { code: "toegestaan", message: "" } : { code: r.code, message: r.message };
}

describe("jaarrekening guards", () => {
  it("no vaststelling before the voorlopige jaarrekening went to the raden (transition table)", () => {
    expect(refusal(run([]), vastgesteld).code).toBe("ongeldige_overgang");
  });

  it("no sending to GS before the vaststelling (transition table)", () => {
    expect(refusal(run([voorlopig]), { type: "jaarrekening_naar_gs", sentOn: "2028-07-05" }).code).toBe(
      "ongeldige_overgang",
    );
  });

  it("the voorlopige jaarrekening of 2027 cannot go out in 2027: the year is not over", () => {
    const r = refusal(run([]), { type: "voorlopige_jaarrekening_verzonden", sentOn: "2027-12-31" });
    expect(r.code).toBe("datum_te_vroeg");
    expect(r.message).toContain("1 januari 2028");
    expect(refusal(run([]), { type: "voorlopige_jaarrekening_verzonden", sentOn: "2028-01-01" }).code).toBe(
      "toegestaan",
    );
  });

  it("the voorlopige jaarrekening cannot be dated in the future", () => {
    expect(refusal(run([]), { type: "voorlopige_jaarrekening_verzonden", sentOn: "2028-12-02" }).code).not.toBe(
      "toegestaan",
    );
  });

  it("the vaststelling is not before the voorlopige jaarrekening, and not in the future", () => {
    const s = run([voorlopig]);
    expect(refusal(s, { type: "jaarrekening_vastgesteld", decidedOn: "2028-04-09" }).code).toBe("datum_te_vroeg");
    expect(refusal(s, { type: "jaarrekening_vastgesteld", decidedOn: "2028-04-10" }).code).toBe("toegestaan");
    expect(refusal(s, { type: "jaarrekening_vastgesteld", decidedOn: "2028-12-02" }).code).not.toBe("toegestaan");
  });

  it("an empty besluitnummer is refused (absent is fine)", () => {
    const s = run([voorlopig]);
    expect(refusal(s, { type: "jaarrekening_vastgesteld", decidedOn: "2028-07-01", besluitnummer: " " }).code).not.toBe(
      "toegestaan",
    );
  });

  it("the sending to GS is not before the vaststelling, and not in the future", () => {
    const s = run([voorlopig, vastgesteld]);
    expect(refusal(s, { type: "jaarrekening_naar_gs", sentOn: "2028-06-30" }).code).toBe("datum_te_vroeg");
    expect(refusal(s, { type: "jaarrekening_naar_gs", sentOn: "2028-07-01" }).code).toBe("toegestaan");
    expect(refusal(s, { type: "jaarrekening_naar_gs", sentOn: "2028-12-02" }).code).not.toBe("toegestaan");
  });

  it("warnings sit exactly on the deadlines: 30 April and two weeks are still on time, 14 July is on time", () => {
    expect(run([{ type: "voorlopige_jaarrekening_verzonden", sentOn: "2028-04-30" }]).warnings).toEqual([]);
    const onTime = run([
      voorlopig,
      { type: "jaarrekening_vastgesteld", decidedOn: "2028-06-30" },
      { type: "jaarrekening_naar_gs", sentOn: "2028-07-14" },
    ]);
    expect(onTime.warnings).toEqual([]);
    const late = run([
      voorlopig,
      { type: "jaarrekening_vastgesteld", decidedOn: "2028-07-01" },
      { type: "jaarrekening_naar_gs", sentOn: "2028-07-15" },
    ]);
    expect(late.warnings).toEqual(["Jaarrekening niet vóór 15 juli 2028 verzonden aan GS (Wgr art. 34 lid 3)."]);
  });
});
