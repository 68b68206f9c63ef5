/**
 * Guards of lib/domain/procedures/dienstverleningshandvest.ts (issue 20 point 13), found by the wave-8 by-hand guard
 * check: with the procedure test alone, six of its refusals could be turned into `if (false)` unnoticed.
 * R23 (docs/rules.md, ../shared/legal.md): no statutory procedure; outside the regeling the handvest follows college
 * decision-making only (BOSD akkoord on the concept, then each college once, on that version, then the raden are
 * informed); inside the regeling it is a wijziging of the GR (Wgr art. 1 lid 5).
 */
import { describe, expect, it } from "vitest";
import { createDvh, type DvhEvent, type DvhState, transitionDvh } from "@/lib/domain";
import { ctxOn, PARTICIPANTS } from "../procedures/fixtures";

const TODAY = "2026-12-01";
const concept: DvhEvent = { type: "concept_opgesteld", documentVersionId: "dvh2", createdOn: "2026-06-01" };
const bosd: DvhEvent = { type: "bosd_akkoord", decision: { documentVersionId: "dvh2", decidedOn: "2026-06-10" } };
const college = (participantId: string, decidedOn: string, documentVersionId = "dvh2"): DvhEvent => ({
  type: "collegebesluit",
  participantId,
  decision: { documentVersionId, decidedOn },
});

function run(events: DvhEvent[]): DvhState {
  let s = createDvh({ id: "dvh", partOfRegeling: false, topics: ["jeugd"], participants: PARTICIPANTS.slice(0, 2) });
  for (const e of events) {
    const r = transitionDvh(s, e, ctxOn(TODAY));
    if (!r.ok) throw new Error(`${e.type}: ${r.message}`);
    s = r.state;
  }
  return s;
}
const refusalCode = (s: DvhState, e: DvhEvent) => {
  const r = transitionDvh(s, e, ctxOn(TODAY));
  return r.ok ? "toegestaan" : r.code;
};

describe("R23 dienstverleningshandvest: the college route's order and checks", () => {
  it("no collegebesluit before the BOSD akkoord (the transition table refuses the step)", () => {
    expect(refusalCode(run([concept]), college("almere", "2026-06-20"))).toBe("ongeldige_overgang");
  });

  it("the concept needs a valid date that is not in the future", () => {
    const empty = run([]);
    expect(refusalCode(empty, { ...concept, createdOn: "2026-12-02" })).toBe("datum_in_toekomst");
    expect(refusalCode(empty, { ...concept, createdOn: "1-6-2026" })).toBe("ongeldige_datum");
    expect(refusalCode(empty, concept)).toBe("toegestaan");
  });

  it("the BOSD akkoord is on the concept's version and not before the concept", () => {
    const s = run([concept]);
    expect(refusalCode(s, { ...bosd, decision: { documentVersionId: "dvh1", decidedOn: "2026-06-10" } })).toBe(
      "versie_komt_niet_overeen",
    );
    expect(refusalCode(s, { ...bosd, decision: { documentVersionId: "dvh2", decidedOn: "2026-05-31" } })).toBe(
      "datum_te_vroeg",
    );
    expect(refusalCode(s, bosd)).toBe("toegestaan");
  });

  it("each college decides once, on the BOSD's version, not before the BOSD akkoord", () => {
    const s = run([concept, bosd, college("almere", "2026-06-20")]);
    expect(refusalCode(s, college("almere", "2026-06-21"))).toBe("ongeldige_invoer");
    expect(refusalCode(s, college("dronten", "2026-06-21", "dvh1"))).toBe("versie_komt_niet_overeen");
    expect(refusalCode(s, college("dronten", "2026-06-09"))).toBe("datum_te_vroeg");
    expect(refusalCode(s, college("onbekend", "2026-06-21"))).toBe("onbekende_deelnemer");
    expect(refusalCode(s, college("dronten", "2026-06-21"))).toBe("toegestaan");
  });

  it("a raad is informed not before the last collegebesluit and not in the future", () => {
    const s = run([concept, bosd, college("almere", "2026-06-20"), college("dronten", "2026-06-22")]);
    const informed = (informedOn: string): DvhEvent => ({
      type: "raad_geinformeerd",
      participantId: "almere",
      informedOn,
    });
    expect(refusalCode(s, informed("2026-06-21"))).toBe("datum_te_vroeg");
    expect(refusalCode(s, informed("2026-12-02"))).toBe("datum_in_toekomst");
    expect(refusalCode(s, informed("2026-06-22"))).toBe("toegestaan");
  });
});
