import { describe, expect, it } from "vitest";
import {
  computeDeadline,
  DeadlineInputError,
  DEFAULT_HOLIDAY_CALENDAR,
  explainDeadline,
  formatDutchDate,
  type DeadlineKind,
  type HolidayCalendarConfig,
} from "@/lib/domain/deadlines";

const st = (start: string, period = "P8W") => computeDeadline({ start, period, kind: "statutory" });

describe("legal.md worked examples (R2)", () => {
  it("30-03-2026 + 8 weken → 25-05-2026 (2e Pinksterdag) → 26-05-2026", () => {
    const t = st("2026-03-30");
    expect(t).toMatchObject({
      start: "2026-03-30",
      period: "P8W",
      kind: "statutory",
      direction: "after",
      nominalEnd: "2026-05-25",
      end: "2026-05-26",
    });
    expect(t.extensions).toEqual([
      { date: "2026-05-25", reason: "2e Pinksterdag (Atw art. 3 lid 1)", rule: "atw_art_1_lid_1" },
    ]);
    expect(t.provisional).toBe(false);
  });

  it("30-10-2026 + 8 weken → 25-12-2026 → 28-12-2026, each step with its reason", () => {
    const t = st("2026-10-30");
    expect(t.nominalEnd).toBe("2026-12-25");
    expect(t.end).toBe("2026-12-28");
    expect(t.extensions.map((e) => [e.date, e.reason])).toEqual([
      ["2026-12-25", "1e Kerstdag (Atw art. 3 lid 1)"],
      ["2026-12-26", "2e Kerstdag (Atw art. 3 lid 1), op een zaterdag"],
      ["2026-12-27", "zondag"],
    ]);
  });

  it("12-05-2026 + 8 weken → 07-07-2026, no extension (a recess does not matter)", () => {
    const t = st("2026-05-12");
    expect(t.nominalEnd).toBe("2026-07-07");
    expect(t.end).toBe("2026-07-07");
    expect(t.extensions).toEqual([]);
  });
});

// [start, period, nominalEnd, end, provisional, what]
const TABLE: [string, string, string, string, boolean, string][] = [
  // Goede Vrijdag / Pasen
  ["2026-02-06", "P8W", "2026-04-03", "2026-04-07", false, "Goede Vrijdag 2026 + weekend + 2e Paasdag"],
  ["2027-01-29", "P8W", "2027-03-26", "2027-03-30", false, "Goede Vrijdag 2027"],
  ["2027-02-01", "P8W", "2027-03-29", "2027-03-30", false, "2e Paasdag 2027"],
  ["2029-02-02", "P8W", "2029-03-30", "2029-04-03", true, "Goede Vrijdag 2029 (geen besluit bekend)"],
  ["2032-01-30", "P8W", "2032-03-26", "2032-03-30", true, "Goede Vrijdag 2032"],
  ["2025-02-21", "P8W", "2025-04-18", "2025-04-22", false, "Goede Vrijdag 2025"],
  // Koningsdag
  ["2026-03-02", "P8W", "2026-04-27", "2026-04-28", false, "Koningsdag 2026 (maandag)"],
  ["2027-03-02", "P8W", "2027-04-27", "2027-04-28", false, "Koningsdag 2027 (dinsdag)"],
  ["2027-03-01", "P8W", "2027-04-26", "2027-04-26", false, "maandag 26-04-2027 is geen brugdag"],
  ["2025-03-01", "P8W", "2025-04-26", "2025-04-28", false, "Koningsdag 2025 op zaterdag 26-04"],
  ["2031-03-01", "P8W", "2031-04-26", "2031-04-28", true, "Koningsdag 2031 op zaterdag 26-04 (27-04 is zondag)"],
  ["2031-03-03", "P8W", "2031-04-28", "2031-04-28", true, "maandag 28-04-2031 is een werkdag"],
  ["2028-03-02", "P8W", "2028-04-27", "2028-05-01", false, "Koningsdag 2028 + gelijkgestelde 28-04"],
  // 5 mei (every year)
  ["2026-03-10", "P8W", "2026-05-05", "2026-05-06", false, "5 mei 2026 (geen lustrumjaar)"],
  ["2027-03-10", "P8W", "2027-05-05", "2027-05-10", false, "5 mei + Hemelvaart + gelijkgesteld 2027"],
  ["2030-03-10", "P8W", "2030-05-05", "2030-05-06", true, "5 mei 2030 op zondag"],
  ["2029-03-08", "P8W", "2029-05-03", "2029-05-03", true, "donderdag vóór 5 mei 2029"],
  // Hemelvaart
  ["2026-03-19", "P8W", "2026-05-14", "2026-05-18", false, "Hemelvaart 2026 + gelijkgestelde 15-05"],
  ["2027-03-11", "P8W", "2027-05-06", "2027-05-10", false, "Hemelvaart 2027 + gelijkgestelde 07-05"],
  ["2028-03-30", "P8W", "2028-05-25", "2028-05-29", false, "Hemelvaart 2028 + gelijkgestelde 26-05"],
  ["2029-03-15", "P8W", "2029-05-10", "2029-05-11", true, "Hemelvaart 2029 zonder bekende brugdag"],
  ["2032-03-11", "P8W", "2032-05-06", "2032-05-07", true, "Hemelvaart 2032"],
  // Pinksteren
  ["2027-03-22", "P8W", "2027-05-17", "2027-05-18", false, "2e Pinksterdag 2027"],
  ["2028-04-10", "P8W", "2028-06-05", "2028-06-06", false, "2e Pinksterdag 2028"],
  ["2030-04-15", "P8W", "2030-06-10", "2030-06-11", true, "2e Pinksterdag 2030"],
  ["2032-03-22", "P8W", "2032-05-17", "2032-05-18", true, "2e Pinksterdag 2032"],
  // Kerst en Nieuwjaar
  ["2027-10-30", "P8W", "2027-12-25", "2027-12-27", false, "Kerst 2027 in het weekend; maandag 27-12 is werkdag"],
  ["2025-10-31", "P8W", "2025-12-26", "2025-12-29", false, "2e Kerstdag 2025 (vrijdag)"],
  ["2026-11-06", "P8W", "2027-01-01", "2027-01-04", false, "Nieuwjaarsdag 2027 (vrijdag)"],
  ["2025-11-06", "P8W", "2026-01-01", "2026-01-05", false, "Nieuwjaarsdag 2026 + gelijkgestelde 02-01"],
  ["2030-11-06", "P8W", "2031-01-01", "2031-01-02", true, "Nieuwjaarsdag 2031 (woensdag)"],
  ["2031-10-31", "P8W", "2031-12-26", "2031-12-29", true, "2e Kerstdag 2031 (vrijdag)"],
  // 12 weeks (begroting, Wgr art. 35) is still extended: not "meer dan twaalf weken"
  ["2026-03-07", "P12W", "2026-05-30", "2026-06-01", false, "P12W eindigt op zaterdag"],
  ["2026-03-02", "P12W", "2026-05-25", "2026-05-26", false, "P12W eindigt op 2e Pinksterdag"],
  // Days, months, mixed
  ["2026-03-01", "P90D", "2026-05-30", "2026-06-01", false, "90 dagen wordt nog verlengd"],
  ["2026-02-25", "P3M", "2026-05-25", "2026-05-26", false, "3 maanden wordt nog verlengd"],
  ["2026-01-31", "P1M", "2026-02-28", "2026-03-02", false, "maand met einde-maand-correctie, zaterdag"],
  ["2028-01-31", "P1M", "2028-02-29", "2028-02-29", false, "schrikkeljaar"],
  ["2026-01-31", "P1M2W", "2026-03-14", "2026-03-16", false, "maand + weken"],
  ["2026-05-20", "P5D", "2026-05-25", "2026-05-26", false, "P5D op 2e Pinksterdag"],
];

describe("statutory deadlines across 2025–2032 (table)", () => {
  it.each(TABLE)("%s + %s → %s → %s (provisional %s) — %s", (start, period, nominalEnd, end, provisional) => {
    const t = st(start, period);
    expect(t.nominalEnd).toBe(nominalEnd);
    expect(t.end).toBe(end);
    expect(t.provisional).toBe(provisional);
    // the trace explains every day between nominal end and end
    expect(t.extensions.length).toBe((Date.parse(end) - Date.parse(nominalEnd)) / 86_400_000);
  });
});

describe("R20: weeks end on the same weekday", () => {
  it.each(["2026-03-30", "2026-05-12", "2027-06-03", "2030-09-14"])("%s + P8W nominal is the same weekday", (start) => {
    const t = st(start);
    expect(new Date(t.nominalEnd).getUTCDay()).toBe(new Date(start).getUTCDay());
    expect((Date.parse(t.nominalEnd) - Date.parse(start)) / 86_400_000).toBe(56);
  });
});

describe("Atw art. 2: at least two days that are not Sat/Sun/feestdag", () => {
  it("P3D over Hemelvaart 2026: end moved past the first working day", () => {
    const t = st("2026-05-13", "P3D"); // Thu 14 Hemelvaart, Fri 15 gelijkgesteld, Sat, Sun, Mon 18
    expect(t.nominalEnd).toBe("2026-05-16");
    expect(t.end).toBe("2026-05-19");
    expect(t.extensions.map((e) => e.rule)).toEqual(["atw_art_1_lid_1", "atw_art_1_lid_1", "atw_art_2"]);
    expect(t.extensions[2]).toMatchObject({ date: "2026-05-18" });
    expect(t.extensions[2].reason).toContain("Atw art. 2");
  });

  it("P3D over Pasen 2026", () => {
    const t = st("2026-04-02", "P3D");
    expect(t.end).toBe("2026-04-08");
    expect(t.extensions.at(-1)?.rule).toBe("atw_art_2");
  });

  it("P3D over Kerst 2026", () => {
    expect(st("2026-12-24", "P3D").end).toBe("2026-12-29");
  });

  it("does not apply to a period shorter than three days (only art. 1)", () => {
    const t = st("2026-12-24", "P2D");
    expect(t.end).toBe("2026-12-28");
    expect(t.extensions.length).toBeGreaterThan(0);
    expect(t.extensions.every((e) => e.rule === "atw_art_1_lid_1")).toBe(true);
  });

  it("is not needed when the period already has two working days", () => {
    const t = st("2026-12-23", "P3D"); // Thu 24 working, ..., Mon 28 working
    expect(t.end).toBe("2026-12-28");
    expect(t.extensions.some((e) => e.rule === "atw_art_2")).toBe(false);
  });
});

describe("Atw art. 1 lid 2: backward periods are never extended", () => {
  it.each([
    [{ start: "2026-06-08", period: "-P2W" }, "2026-05-25"],
    [{ start: "2026-06-08", period: "P2W", direction: "before" as const }, "2026-05-25"],
    [{ start: "2027-01-08", period: "P1W", direction: "before" as const }, "2027-01-01"],
  ])("%j → %s", (input, end) => {
    const t = computeDeadline({ ...input, kind: "statutory" });
    expect(t.direction).toBe("before");
    expect(t.nominalEnd).toBe(end);
    expect(t.end).toBe(end);
    expect(t.extensions).toEqual([]);
    expect(t.notes.join(" ")).toContain("Atw art. 1 lid 2");
  });
});

describe("Atw art. 4 exclusions", () => {
  it.each([
    ["2026-03-07", "P13W", "2026-06-06", "twaalf weken"],
    ["2026-03-06", "P12W1D", "2026-05-30", "twaalf weken"],
    ["2026-02-28", "P91D", "2026-05-30", "90 dagen"],
    ["2026-01-25", "P4M", "2026-05-25", "drie maanden"],
    ["2026-02-24", "P3M1D", "2026-05-25", "drie maanden"],
    ["2025-05-25", "P1Y", "2026-05-25", "jaren"],
  ])("%s + %s stays on %s (%s)", (start, period, end, phrase) => {
    const t = st(start, period);
    expect(t.end).toBe(end);
    expect(t.nominalEnd).toBe(end);
    expect(t.extensions).toEqual([]);
    expect(t.notes.join(" ")).toContain("Atw art. 4");
    expect(t.notes.join(" ")).toContain(phrase);
  });
});

describe("agreed periods are never extended (R18)", () => {
  it.each(["2026-03-30", "2026-10-30", "2026-02-06"])("%s + P8W agreed ends on the nominal date", (start) => {
    const agreed = computeDeadline({ start, period: "P8W", kind: "agreed" });
    const statutory = st(start);
    expect(agreed.end).toBe(agreed.nominalEnd);
    expect(agreed.nominalEnd).toBe(statutory.nominalEnd);
    expect(statutory.end > agreed.end).toBe(true);
    expect(agreed.notes.join(" ")).toMatch(/niet van toepassing/);
  });
});

describe("provisional years", () => {
  it("a deadline in 2030 notes the missing gelijkstellingsbesluit", () => {
    const t = st("2030-03-10");
    expect(t.provisional).toBe(true);
    expect(t.notes).toContain("geen gelijkstellingsbesluit bekend voor 2030 (wel voor 2023–2028)");
  });

  it("a caller's calendar for 2029 removes the provisional mark and adds its day", () => {
    const cal: HolidayCalendarConfig = {
      designatedDays: [
        ...DEFAULT_HOLIDAY_CALENDAR.designatedDays,
        {
          title: "Besluit gelijkstelling 2029–2031 (test)",
          source: "test",
          coversYears: [2029, 2030, 2031],
          days: [{ date: "2029-05-11" }],
        },
      ],
    };
    const t = computeDeadline({ start: "2029-03-15", period: "P8W", kind: "statutory" }, cal);
    expect(t.end).toBe("2029-05-14");
    expect(t.provisional).toBe(false);
    expect(t.extensions[1].reason).toContain("Besluit gelijkstelling 2029–2031 (test)");
  });
});

describe("input errors are typed and Dutch", () => {
  it.each([
    [{ start: "2026-02-30", period: "P8W", kind: "statutory" }, "ongeldige_startdatum"],
    [{ start: "30-03-2026", period: "P8W", kind: "statutory" }, "ongeldige_startdatum"],
    [{ start: "2026-03-30", period: "8 weken", kind: "statutory" }, "ongeldige_termijn"],
    [{ start: "2026-03-30", period: "P8W", kind: "wettelijk" }, "ongeldig_soort"],
    [{ start: "2026-03-30", period: "P8W", kind: "statutory", direction: "later" }, "ongeldige_richting"],
  ])("%j → %s", (input, code) => {
    expect(() => computeDeadline(input as { start: string; period: string; kind: DeadlineKind })).toThrow(
      DeadlineInputError,
    );
    try {
      computeDeadline(input as { start: string; period: string; kind: DeadlineKind });
    } catch (e) {
      expect((e as DeadlineInputError).code).toBe(code);
      expect((e as Error).message).toMatch(/Ongeldige|termijn/);
    }
  });
});

describe("formatting", () => {
  it("formatDutchDate", () => {
    expect(formatDutchDate("2026-05-26")).toBe("dinsdag 26 mei 2026");
    expect(formatDutchDate("2027-01-01")).toBe("vrijdag 1 januari 2027");
  });
  it("explainDeadline lists each extension", () => {
    const lines = explainDeadline(st("2026-10-30"));
    expect(lines).toContain("Niet op vrijdag 25 december 2026: 1e Kerstdag (Atw art. 3 lid 1).");
    expect(lines).toContain("Einde termijn: maandag 28 december 2026.");
  });
});
