import { describe, expect, it } from "vitest";
import { createDvh, type DvhState } from "@/lib/domain";
import { dvhParticipantStand } from "@/lib/presentation/dienstverleningshandvest";

const participants = [
  { id: "almere", name: "Almere", scope: "full" as const, scopeTopics: [] },
  { id: "zeewolde", name: "Zeewolde", scope: "addendum" as const, scopeTopics: ["zorg-en-veiligheid"] },
];
const base = (over: Partial<DvhState> = {}): DvhState => ({
  ...createDvh({ id: "dvh", partOfRegeling: false, topics: ["jeugd"], participants }),
  ...over,
});
const decision = { documentVersionId: "v2", decidedOn: "2026-11-10" };

describe("dvhParticipantStand: one gemeente's stand in a handvest actualisatie", () => {
  it("an addendum gemeente outside the handvest's topics takes no part; a full participant waits for the BOSD", () => {
    expect(dvhParticipantStand(base(), "zeewolde").stand).toBe("neemt_niet_deel");
    expect(dvhParticipantStand(base(), "onbekend").stand).toBe("neemt_niet_deel");
    expect(dvhParticipantStand(base({ status: "concept_opgesteld" }), "almere")).toMatchObject({
      stand: "wacht_op_bosd",
      collegeMayDecide: false,
    });
  });

  it("after the BOSD the college may decide, then the raad is informed", () => {
    expect(dvhParticipantStand(base({ status: "bosd_akkoord" }), "almere")).toMatchObject({
      stand: "college_besluit_open",
      collegeMayDecide: true,
      raadMayBeInformed: false,
    });
    // While other colleges still decide, the raad cannot be informed yet (the domain refuses it before "vastgesteld").
    const waiting = base({ status: "collegebesluitvorming", collegebesluiten: { almere: decision } });
    expect(dvhParticipantStand(waiting, "almere")).toMatchObject({
      stand: "wacht_op_colleges",
      collegeMayDecide: false,
      raadMayBeInformed: false,
    });
    const decided = base({ status: "vastgesteld", collegebesluiten: { almere: decision } });
    expect(dvhParticipantStand(decided, "almere")).toMatchObject({
      stand: "raad_informeren",
      collegeMayDecide: false,
      raadMayBeInformed: true,
      collegebesluitOn: "2026-11-10",
    });
    const informed = { ...decided, geinformeerd: { almere: "2026-11-13" } };
    expect(dvhParticipantStand(informed, "almere")).toMatchObject({
      stand: "raad_geinformeerd",
      label: "Raad geïnformeerd op 13 november 2026",
    });
  });

  it("a handvest that is part of the regeling follows 'Regeling wijzigen' (R23, Wgr art. 1 lid 5)", () => {
    const s = base({ partOfRegeling: true, status: "bosd_akkoord" });
    expect(dvhParticipantStand(s, "almere")).toMatchObject({ stand: "volgt_gr_wijzigen", collegeMayDecide: false });
  });
});
