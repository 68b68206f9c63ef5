/** Wave 10 (issue 20 point 13): Atw art. 3 calendar details of lib/domain/deadlines/holidays.ts. */
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  DEFAULT_HOLIDAY_CALENDAR,
  type HolidayCalendarConfig,
  holidaysForYear,
  koningsdag,
  likelyDesignatedDays,
  provisionalNote,
  restDayReason,
  withLikelyDesignatedDays,
} from "@/lib/domain";

const custom: HolidayCalendarConfig = {
  designatedDays: [
    { title: "Besluit A", source: "test", coversYears: [2023, 2024, 2025, 2029], days: [{ date: "2029-12-25" }] },
  ],
};

describe("Atw art. 3: the reasons and notes shown to users", () => {
  it("restDayReason names the weekday, the feestdag with its article, or both", () => {
    expect(restDayReason("2026-11-15")).toBe("zondag");
    expect(restDayReason("2026-11-16")).toBeNull();
    expect(restDayReason("2026-05-14")).toBe("Hemelvaartsdag (Atw art. 3 lid 1)");
    expect(restDayReason("2026-12-26")).toBe("2e Kerstdag (Atw art. 3 lid 1), op een zaterdag");
    expect(restDayReason("2026-01-02")).toBe(
      `gelijkgestelde dag (Atw art. 3 lid 3, ${DEFAULT_HOLIDAY_CALENDAR.designatedDays[1].title})`,
    );
    // A designated day without a name on a lid-1 day: both are named.
    expect(restDayReason("2029-12-25", custom)).toBe(
      "1e Kerstdag (Atw art. 3 lid 1); gelijkgestelde dag (Atw art. 3 lid 3, Besluit A)",
    );
  });

  it("art. 3 lid 3: a year without decree is provisional, with a note about the given calendar", () => {
    expect(holidaysForYear(2026)).toMatchObject({ provisional: false, notes: [] });
    expect(holidaysForYear(2030, custom)).toMatchObject({
      provisional: true,
      notes: ["geen gelijkstellingsbesluit bekend voor 2030 (wel voor 2023–2025, 2029)"],
    });
    expect(holidaysForYear(2029, custom).provisional).toBe(false);
    expect(provisionalNote(2030, { designatedDays: [] })).toBe("geen gelijkstellingsbesluit bekend voor 2030");
    const dates = holidaysForYear(2029, custom).holidays.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.filter((d) => d === "2029-12-25")).toHaveLength(2);
  });

  it("Koningsdag is 26 April when 27 April is a Sunday (KB 30-1-2013)", () => {
    expect(koningsdag(2031)).toBe("2031-04-26");
    expect(koningsdag(2026)).toBe("2026-04-27");
  });

  it("the days a decree will probably equate: the Friday after Hemelvaartsdag and after a Thursday feestdag", () => {
    expect(likelyDesignatedDays(2030)).toEqual([
      { date: "2030-05-31", name: "vrijdag na Hemelvaartsdag (vermoedelijk gelijkgesteld)" },
      { date: "2030-12-27", name: "vrijdag na 2e Kerstdag (vermoedelijk gelijkgesteld)" },
    ]);
    expect(likelyDesignatedDays(2026).map((d) => d.date)).toEqual(["2026-05-15", "2026-01-02"]);
    expect(likelyDesignatedDays(2028).map((d) => d.date)).toEqual(["2028-05-26", "2028-04-28"]);
    expect(withLikelyDesignatedDays(DEFAULT_HOLIDAY_CALENDAR, [2026, 2027])).toBe(DEFAULT_HOLIDAY_CALENDAR);
    const likely = withLikelyDesignatedDays(DEFAULT_HOLIDAY_CALENDAR, [2027, 2030]);
    expect(likely.designatedDays.at(-1)).toMatchObject({ coversYears: [2030], days: likelyDesignatedDays(2030) });
  });

  it("addWorkingDays skips rest days both ways; 0 returns the date", () => {
    expect(addWorkingDays("2026-12-24", 1)).toBe("2026-12-28");
    expect(addWorkingDays("2026-12-28", -1)).toBe("2026-12-24");
    expect(addWorkingDays("2026-12-26", 0)).toBe("2026-12-26");
    expect(addWorkingDays("2026-12-23", 2)).toBe("2026-12-28");
  });
});
