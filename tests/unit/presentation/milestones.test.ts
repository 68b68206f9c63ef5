import { describe, expect, it } from "vitest";
import { milestonesWithFacts, registeredStepDate } from "@/lib/presentation/milestones";

const planned = {
  kind: "PLANNING" as const,
  label: "Definitieve GR naar de raden voor toestemming",
  date: new Date("2026-07-01T00:00:00Z"),
  precision: "HALF_YEAR" as const,
  dateText: "na het zomerreces 2026",
  position: 7,
  plannedStep: "toestemmingsprocedure_geopend",
};
const fact = { ...planned, kind: "FEIT" as const, label: "Verkiezingen", date: new Date("2026-03-18T00:00:00Z") };
fact.plannedStep = "toestemmingsprocedure_geopend";
const opened = (on: string) => ({ regional: { toestemmingsprocedure: { openedOn: on } }, documentVersions: [] });

describe("seeded planning superseded by the registered fact (issue 16 point 2)", () => {
  it("keeps the plan while no GR procedure registered the step", () => {
    const [m] = milestonesWithFacts([planned], [null, { regional: {}, documentVersions: [] }]);
    expect(m).toMatchObject({ kind: "PLANNING", dateText: "na het zomerreces 2026", plannedText: null });
  });

  it("shows the fact with the first legal date once the step is registered, in date order", () => {
    const list = milestonesWithFacts([planned, fact], [opened("2026-09-01"), opened("2026-02-01")]);
    expect(list.map((m) => [m.label, m.kind, m.dateText, m.precision])).toEqual([
      [planned.label, "FEIT", "1 februari 2026", "DAY"],
      ["Verkiezingen", "FEIT", "na het zomerreces 2026", "HALF_YEAR"],
    ]);
    expect(list[0].plannedText).toBe("gepland: na het zomerreces 2026");
    expect(registeredStepDate([opened("2026-09-01")], "zienswijzeprocedure_geopend")).toBeNull();
  });

  it("links only planned milestones: a fact or a milestone without a step stays as the source says", () => {
    const unlinked = { ...planned, plannedStep: null };
    expect(milestonesWithFacts([unlinked], [opened("2026-02-01")])[0]).toMatchObject({ kind: "PLANNING" });
    expect(milestonesWithFacts([fact], [opened("2026-02-01")])[0]).toMatchObject({ plannedText: null });
  });
});
