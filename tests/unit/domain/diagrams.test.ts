import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ALL_MACHINES, renderStateDiagrams } from "@/lib/domain/diagrams";

describe("state diagrams", () => {
  it("docs/state-machines.md equals the generated output (run: npx tsx scripts/gen-state-diagrams.ts)", () => {
    const committed = readFileSync(new URL("../../../docs/state-machines.md", import.meta.url), "utf8");
    expect(committed).toBe(renderStateDiagrams());
  });

  it("every transition in the diagrams is between declared states, with a Dutch label for each state", () => {
    for (const m of ALL_MACHINES) {
      expect(m.states).toContain(m.initial);
      for (const t of m.transitions) {
        expect(m.states).toContain(t.from);
        expect(m.states).toContain(t.to);
      }
      for (const s of m.states) expect(m.labels[s as keyof typeof m.labels]).toBeTruthy();
      // every state except the initial one is reachable in the table
      for (const s of m.states) if (s !== m.initial) expect(m.transitions.some((t) => t.to === s)).toBe(true);
    }
    const out = renderStateDiagrams();
    expect(out).toContain("toestemming_geagendeerd --> toestemming_verleend : toestemming_verleend");
    expect(out).toContain('state "Toestemming geweigerd" as toestemming_geweigerd');
  });
});
