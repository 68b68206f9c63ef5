import { describe, expect, it } from "vitest";
import { deriveBeleidskaderState } from "@/lib/domain";

describe("deriveBeleidskaderState", () => {
  it.each([
    [[], "nog_niet_aangeboden"],
    [["nog_niet_aangeboden", "nog_niet_aangeboden"], "nog_niet_aangeboden"],
    [["aangeboden", "nog_niet_aangeboden"], "in_behandeling"],
    [["vastgesteld", "aangehouden"], "in_behandeling"],
    [["vastgesteld", "geamendeerd_vastgesteld", "verworpen"], "besloten"],
  ] as const)("%j → %s", (statuses, expected) => {
    expect(deriveBeleidskaderState(statuses.map((status) => ({ status })))).toBe(expected);
  });
});
