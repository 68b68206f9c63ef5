import { describe, expect, it } from "vitest";
import { jaarrekeningOf, type Participant } from "@/lib/domain";
import { planCycle, playCycle } from "@/lib/scale/begroting-cycles";
import { createRandom } from "@/lib/scale/random";

const participants: Participant[] = Array.from({ length: 12 }, (_, i) => ({
  id: `p${i}`,
  name: `Gemeente ${i}`,
  scope: "full",
  scopeTopics: [],
}));
const play = (year: number, seed = 1) =>
  playCycle({
    procedureId: `begroting-${year}`,
    year,
    titel: `Begroting ${year}`,
    participants,
    gemeenteOf: new Map(participants.map((p) => [p.id, `g-${p.id}`])),
    ontwerpVersionId: `ontwerp-${year}`,
    commands: planCycle(createRandom(seed), year, participants),
  });

/** The generator's cycles for any `--jaren` (lib/scale/begroting-cycles.ts): every step one the domain accepts. */
describe("generated begroting cycles", () => {
  it("plays every year of a wide --jaren range without a refusal, by the year's phase", () => {
    for (let year = 2015; year <= 2035; year++) {
      for (const seed of [1, 2, 3]) {
        const { state } = play(year, seed);
        if (year <= 2025) {
          expect(state.status, `${year}`).toBe("naar_gs_verzonden");
          expect(jaarrekeningOf(state).status, `${year}`).toBe("naar_gs_verzonden");
        } else if (year === 2026) expect(["vastgesteld", "naar_gs_verzonden"]).toContain(state.status);
        else if (year === 2027) expect(state.status).toBe("ontwerp_verzonden");
        else expect(state.status).toBe("in_voorbereiding");
      }
    }
  });

  it("counts a procedure version per command that changed the state, and an audit event per domain event", () => {
    const cycle = play(2025);
    const changing = cycle.commands.filter((c) => c.command !== "planning").length;
    expect(cycle.version).toBe(changing);
    expect(cycle.planning).toMatchObject({ version: 1 });
    // Start and planning, then per command its events (the ontwerp: one for the bestuur and one per raad).
    expect(cycle.audit).toHaveLength(2 + changing + participants.length);
    expect(cycle.audit.every((e) => e.subjectId === "begroting-2025")).toBe(true);
  });

  it("is deterministic for a seed", () => {
    expect(play(2027, 5)).toEqual(play(2027, 5));
    expect(play(2027, 5).commands).not.toEqual(play(2027, 6).commands);
  });
});
