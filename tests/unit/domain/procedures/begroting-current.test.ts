import { describe, expect, it } from "vitest";
import { currentCycleIndex } from "@/lib/domain";

describe("which cycle is current", () => {
  const c = (jaar: number, status: string) => ({ jaar, status });
  it("is the open zienswijze (the oldest open), else the newest started, else the nearest planned", () => {
    expect(currentCycleIndex([])).toBe(-1);
    expect(currentCycleIndex([c(2029, "in_voorbereiding"), c(2028, "kaders_verzonden")])).toBe(1);
    expect(currentCycleIndex([c(2029, "kaders_verzonden"), c(2028, "ontwerp_verzonden")])).toBe(1);
    expect(currentCycleIndex([c(2029, "ontwerp_verzonden"), c(2028, "ontwerp_verzonden")])).toBe(1);
    expect(currentCycleIndex([c(2029, "vastgesteld"), c(2028, "naar_gs_verzonden")])).toBe(0);
    expect(currentCycleIndex([c(2030, "in_voorbereiding"), c(2029, "in_voorbereiding")])).toBe(1);
  });
});
