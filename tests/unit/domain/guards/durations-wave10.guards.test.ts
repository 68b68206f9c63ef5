/** Wave 10 (issue 20 point 13): the refusals and Dutch texts of lib/domain/deadlines/durations.ts. */
import { describe, expect, it } from "vitest";
import { describeDuration, formatDuration, parseDuration } from "@/lib/domain";

const refusal = (input: unknown) => {
  try {
    parseDuration(input as string);
  } catch (e) {
    expect((e as Error).name).toBe("DurationParseError");
    return [(e as { code: string }).code, (e as Error).message];
  }
  throw new Error(`expected a refusal for ${String(input)}`);
};

describe("parseDuration refusals (the CLI and the deadline form show these texts)", () => {
  it("names the problem in Dutch", () => {
    expect(refusal("  ")).toEqual([
      "leeg",
      "Geen termijn opgegeven. Gebruik bijvoorbeeld P8W (8 weken) of P3D (3 dagen).",
    ]);
    expect(refusal(undefined)[0]).toBe("leeg");
    expect(refusal("pt8h")).toEqual([
      "tijdsduur_niet_ondersteund",
      'Termijn "pt8h" bevat uren of minuten; alleen dagen (D), weken (W), maanden (M) en jaren (Y) worden ondersteund.',
    ]);
    expect(refusal("-PT1M")[0]).toBe("tijdsduur_niet_ondersteund");
    // Text before the P is a format error, not a time part.
    expect(refusal("XPT8H")[0]).toBe("ongeldig_formaat");
    expect(refusal("8W")).toEqual([
      "ongeldig_formaat",
      'Ongeldige termijn "8W". Gebruik ISO 8601, bijvoorbeeld P8W, P12W, P3D, P2M, P1Y of -P2W (terugrekenen).',
    ]);
    expect(refusal("P0W0D")).toEqual(["nul_duur", 'Termijn "P0W0D" heeft lengte nul; geef ten minste één dag op.']);
    expect(refusal("P10001D")).toEqual(["te_groot", 'Termijn "P10001D" is onrealistisch groot.']);
    expect(refusal("P10001Y")[0]).toBe("te_groot");
  });

  it("accepts the largest component, and a period of only zeros but one unit", () => {
    expect(parseDuration("P10000D").days).toBe(10_000);
    expect(parseDuration("P0Y1D")).toMatchObject({ years: 0, days: 1, text: "P1D" });
  });
});

describe("describeDuration and formatDuration", () => {
  it.each([
    ["P1Y", "1 jaar"],
    ["P2Y", "2 jaren"],
    ["P1M", "1 maand"],
    ["P2M", "2 maanden"],
    ["P1W", "1 week"],
    ["P2W", "2 weken"],
    ["P1D", "1 dag"],
    ["P2D", "2 dagen"],
    ["P1Y2M3W", "1 jaar, 2 maanden en 3 weken"],
    ["-P1M1D", "1 maand en 1 dag terug"],
  ])("%s is %s", (text, words) => {
    expect(describeDuration(parseDuration(text))).toBe(words);
  });

  it("formats a zero duration as P0D", () => {
    expect(formatDuration({ sign: 1, years: 0, months: 0, weeks: 0, days: 0 })).toBe("P0D");
    expect(formatDuration({ sign: -1, years: 1, months: 0, weeks: 0, days: 2 })).toBe("-P1Y2D");
  });
});
