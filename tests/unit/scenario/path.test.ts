import { describe, expect, it } from "vitest";
import { findRule, REGIONAL_EVENTS, REGIONAL_MACHINE, REGIONAL_STATES } from "@/lib/domain";
import { DEFAULT_DATES, REGIONAL_PATH } from "@/lib/scenario/path";

describe("the scenario's regional path", () => {
  it("is the machine's event list up to the opening of the toestemmingsprocedure, in the same order", () => {
    const last = REGIONAL_EVENTS.indexOf("toestemmingsprocedure_geopend");
    expect(REGIONAL_PATH).toEqual(REGIONAL_EVENTS.slice(0, last + 1));
  });

  it("walks the machine: step i leads from state i to state i + 1 (what `through` counts on)", () => {
    REGIONAL_PATH.forEach((step, i) => {
      expect(findRule(REGIONAL_MACHINE, REGIONAL_STATES[i], step)?.to).toBe(REGIONAL_STATES[i + 1]);
    });
  });

  it("has a default date per step, rising along the path", () => {
    const dates = REGIONAL_PATH.map((s) => DEFAULT_DATES[s]);
    expect(Object.keys(DEFAULT_DATES).sort()).toEqual([...REGIONAL_PATH].sort());
    expect([...dates].sort()).toEqual(dates);
  });
});
