import { describe, expect, it } from "vitest";
import { defineMachine } from "@/lib/domain/procedures/common";
import { BEGROTING_EVENTS, BELEIDSKADER_MACHINE, DVH_MACHINE } from "@/lib/domain";

describe("defineMachine (state table → machine)", () => {
  const m = defineMachine("test", "Test", {
    a: ["A", { go: "b", stay: ["a", "b"] }],
    b: ["B", {}],
  });

  it("derives states, labels, the initial state, transitions and events in table order", () => {
    expect(m.states).toEqual(["a", "b"]);
    expect(m.initial).toBe("a");
    expect(m.labels).toEqual({ a: "A", b: "B" });
    expect(m.transitions).toEqual([
      { from: "a", event: "go", to: "b" },
      { from: "a", event: "stay", to: "a" },
      { from: "a", event: "stay", to: "b" },
    ]);
    expect(m.events).toEqual(["go", "stay"]);
  });

  it("refuses a table that leads to an unknown state", () => {
    expect(() => defineMachine("kapot", "Kapot", { a: ["A", { go: "x" }] } as never)).toThrow(
      'kapot: onbekende status "x" na "go"',
    );
  });

  it("keeps the procedures' machines as before (initial state, events)", () => {
    expect(BELEIDSKADER_MACHINE.initial).toBe("nog_niet_aangeboden");
    expect(DVH_MACHINE.initial).toBe("nieuw");
    expect(DVH_MACHINE.events).toEqual(["concept_opgesteld", "bosd_akkoord", "collegebesluit", "raad_geinformeerd"]);
    expect(BELEIDSKADER_MACHINE.transitions).toHaveLength(12);
    // 8 since kaders_verzonden (Wgr art. 34b: kaders and voorlopige jaarrekening by 30 April of the year before) joined the cycle.
    expect(new Set(BEGROTING_EVENTS).size).toBe(11);
    expect(BEGROTING_EVENTS).toContain("kaders_verzonden");
  });
});
