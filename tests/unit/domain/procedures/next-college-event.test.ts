import { describe, expect, it } from "vitest";
import { nextCollegeEvent } from "@/lib/domain";

describe("nextCollegeEvent", () => {
  it.each([
    ["toestemming_ontvangen", "wacht_op_toestemming", null],
    ["toestemming_geweigerd", "wacht_op_toestemming", null],
    ["toestemming_verleend", "wacht_op_toestemming", "collegebesluit_genomen"],
    ["toestemming_verleend", "collegebesluit_genomen", "ondertekend"],
    ["toestemming_verleend", "ondertekend", "besluit_bekendgemaakt"],
    ["toestemming_verleend", "besluit_bekendgemaakt", null],
  ] as const)("raad %s, college %s → %s", (raad, college, expected) => {
    expect(nextCollegeEvent(raad, college)).toBe(expected);
  });
});
