import { describe, expect, it } from "vitest";
import { describeDuration, DurationParseError, parseDuration } from "@/lib/domain/deadlines";

describe("parseDuration", () => {
  it.each([
    ["P8W", { sign: 1, years: 0, months: 0, weeks: 8, days: 0, text: "P8W" }],
    ["P12W", { sign: 1, years: 0, months: 0, weeks: 12, days: 0, text: "P12W" }],
    ["P3D", { sign: 1, years: 0, months: 0, weeks: 0, days: 3, text: "P3D" }],
    ["P2M", { sign: 1, years: 0, months: 2, weeks: 0, days: 0, text: "P2M" }],
    ["P1Y", { sign: 1, years: 1, months: 0, weeks: 0, days: 0, text: "P1Y" }],
    ["P1M2W", { sign: 1, years: 0, months: 1, weeks: 2, days: 0, text: "P1M2W" }],
    ["P1Y2M3W4D", { sign: 1, years: 1, months: 2, weeks: 3, days: 4, text: "P1Y2M3W4D" }],
    ["-P2W", { sign: -1, years: 0, months: 0, weeks: 2, days: 0, text: "-P2W" }],
    [" p8w ", { sign: 1, years: 0, months: 0, weeks: 8, days: 0, text: "P8W" }],
  ])("%s", (input, expected) => {
    expect(parseDuration(input)).toEqual(expected);
  });

  it.each([
    ["", "leeg"],
    ["8W", "ongeldig_formaat"],
    ["P", "ongeldig_formaat"],
    ["-P", "ongeldig_formaat"],
    ["P8X", "ongeldig_formaat"],
    ["P-8W", "ongeldig_formaat"],
    ["P1.5W", "ongeldig_formaat"],
    ["P2W1M", "ongeldig_formaat"], // wrong order
    ["acht weken", "ongeldig_formaat"],
    ["PT8H", "tijdsduur_niet_ondersteund"],
    ["P1DT2H", "tijdsduur_niet_ondersteund"],
    ["P0D", "nul_duur"],
    ["P99999D", "te_groot"],
  ])("rejects %j with code %s and a Dutch message", (input, code) => {
    let error: unknown;
    try {
      parseDuration(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DurationParseError);
    expect((error as DurationParseError).code).toBe(code);
    expect((error as Error).message).toMatch(/termijn|Termijn/);
  });

  it("describes durations in Dutch", () => {
    expect(describeDuration(parseDuration("P8W"))).toBe("8 weken");
    expect(describeDuration(parseDuration("P1M2W"))).toBe("1 maand en 2 weken");
    expect(describeDuration(parseDuration("-P1W"))).toBe("1 week terug");
  });
});
