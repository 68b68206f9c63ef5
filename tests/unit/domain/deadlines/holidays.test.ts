import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  DEFAULT_HOLIDAY_CALENDAR,
  easterSunday,
  holidaysForYear,
  isAtwRestDay,
  koningsdag,
  restDayReason,
  type HolidayCalendarConfig,
} from "@/lib/domain/deadlines";

// Published Gregorian Easter dates.
const EASTER: [number, string][] = [
  [2024, "2024-03-31"],
  [2025, "2025-04-20"],
  [2026, "2026-04-05"],
  [2027, "2027-03-28"],
  [2028, "2028-04-16"],
  [2029, "2029-04-01"],
  [2030, "2030-04-21"],
  [2031, "2031-04-13"],
  [2032, "2032-03-28"],
  [2033, "2033-04-17"],
  [2034, "2034-04-09"],
  [2035, "2035-03-25"],
  [2038, "2038-04-25"], // latest possible date
  [2285, "2285-03-22"], // earliest possible date
];

describe("easterSunday (computus)", () => {
  it.each(EASTER)("%i → %s", (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe("Koningsdag", () => {
  it.each([
    [2025, "2025-04-26"], // 27-04 is a Sunday
    [2026, "2026-04-27"],
    [2027, "2027-04-27"],
    [2030, "2030-04-27"], // Saturday: stays on 27-04
    [2031, "2031-04-26"], // 27-04 is a Sunday → Saturday 26-04
    [2036, "2036-04-26"],
  ])("%i → %s", (year, date) => expect(koningsdag(year)).toBe(date));
});

// Atw art. 3 lid 1 + lid 2 (+ lid 3 where a decree is known), computed by hand per year.
const YEARS: Record<number, string[]> = {
  2025: [
    "2025-01-01",
    "2025-04-18",
    "2025-04-21",
    "2025-04-26",
    "2025-05-05",
    "2025-05-29",
    "2025-05-30",
    "2025-06-09",
    "2025-12-25",
    "2025-12-26",
  ],
  2026: [
    "2026-01-01",
    "2026-01-02",
    "2026-04-03",
    "2026-04-06",
    "2026-04-27",
    "2026-05-05",
    "2026-05-14",
    "2026-05-15",
    "2026-05-25",
    "2026-12-25",
    "2026-12-26",
  ],
  2027: [
    "2027-01-01",
    "2027-03-26",
    "2027-03-29",
    "2027-04-27",
    "2027-05-05",
    "2027-05-06",
    "2027-05-07",
    "2027-05-17",
    "2027-12-25",
    "2027-12-26",
  ],
  2028: [
    "2028-01-01",
    "2028-04-14",
    "2028-04-17",
    "2028-04-27",
    "2028-04-28",
    "2028-05-05",
    "2028-05-25",
    "2028-05-26",
    "2028-06-05",
    "2028-12-25",
    "2028-12-26",
  ],
  2029: [
    "2029-01-01",
    "2029-03-30",
    "2029-04-02",
    "2029-04-27",
    "2029-05-05",
    "2029-05-10",
    "2029-05-21",
    "2029-12-25",
    "2029-12-26",
  ],
  2030: [
    "2030-01-01",
    "2030-04-19",
    "2030-04-22",
    "2030-04-27",
    "2030-05-05",
    "2030-05-30",
    "2030-06-10",
    "2030-12-25",
    "2030-12-26",
  ],
  2031: [
    "2031-01-01",
    "2031-04-11",
    "2031-04-14",
    "2031-04-26",
    "2031-05-05",
    "2031-05-22",
    "2031-06-02",
    "2031-12-25",
    "2031-12-26",
  ],
  2032: [
    "2032-01-01",
    "2032-03-26",
    "2032-03-29",
    "2032-04-27",
    "2032-05-05",
    "2032-05-06",
    "2032-05-17",
    "2032-12-25",
    "2032-12-26",
  ],
};

describe("holidaysForYear", () => {
  it.each(Object.entries(YEARS))("%s: exactly the Atw days", (year, dates) => {
    expect(holidaysForYear(Number(year)).holidays.map((h) => h.date)).toEqual(dates);
  });

  it("every holiday carries a name and a legal source", () => {
    for (const h of holidaysForYear(2026).holidays) {
      expect(h.name).not.toBe("");
      expect(h.source).toMatch(/^Atw art\. 3 lid [123]/);
    }
    const gv = holidaysForYear(2026).holidays.find((h) => h.name === "Goede Vrijdag");
    expect(gv).toMatchObject({ date: "2026-04-03", source: "Atw art. 3 lid 2", basis: "art3_lid2" });
    const designated = holidaysForYear(2026)
      .holidays.filter((h) => h.basis === "art3_lid3")
      .map((h) => h.date);
    expect(designated).toEqual(["2026-01-02", "2026-05-15"]);
  });

  it("years covered by the 2023–2025 and 2026–2028 decrees are not provisional", () => {
    for (const y of [2023, 2024, 2025, 2026, 2027, 2028]) expect(holidaysForYear(y).provisional).toBe(false);
  });

  it.each([2022, 2029, 2031, 2032, 2035])("%i is provisional with a Dutch note naming the decree years", (y) => {
    const cal = holidaysForYear(y);
    expect(cal.provisional).toBe(true);
    expect(cal.notes).toContain(`geen gelijkstellingsbesluit bekend voor ${y} (wel voor 2023–2028)`);
  });

  it("does not invent bridge days (Monday 26 April 2027 is a working day)", () => {
    expect(isAtwRestDay("2027-04-26")).toBe(false);
  });

  it("accepts a caller's own decree table", () => {
    const cal: HolidayCalendarConfig = {
      designatedDays: [
        ...DEFAULT_HOLIDAY_CALENDAR.designatedDays,
        {
          title: "Testbesluit 2029–2031",
          source: "test",
          coversYears: [2029, 2030, 2031],
          days: [{ date: "2029-05-11", name: "dag na Hemelvaart" }],
        },
      ],
    };
    expect(holidaysForYear(2029, cal).provisional).toBe(false);
    expect(isAtwRestDay("2029-05-11", cal)).toBe(true);
    expect(isAtwRestDay("2029-05-11")).toBe(false);
    expect(restDayReason("2029-05-11", cal)).toContain("dag na Hemelvaart");
  });
});

describe("isAtwRestDay / restDayReason", () => {
  it.each([
    ["2026-05-23", "zaterdag"],
    ["2026-05-24", "zondag"],
    ["2026-05-25", "2e Pinksterdag (Atw art. 3 lid 1)"],
    ["2026-04-03", "Goede Vrijdag (Atw art. 3 lid 2)"],
    ["2031-04-26", "Koningsdag (Atw art. 3 lid 1), op een zaterdag"],
  ])("%s → %s", (date, reason) => {
    expect(isAtwRestDay(date)).toBe(true);
    expect(restDayReason(date)).toBe(reason);
  });

  it("a working day has no reason", () => {
    expect(isAtwRestDay("2026-05-26")).toBe(false);
    expect(restDayReason("2026-05-26")).toBeNull();
  });

  it("designated day names the decree", () => {
    expect(restDayReason("2026-05-15")).toMatch(/^gelijkgestelde dag \(Atw art\. 3 lid 3, Besluit gelijkstelling/);
  });
});

describe("addWorkingDays", () => {
  it("skips weekends and feestdagen forward and backward", () => {
    expect(addWorkingDays("2026-05-13", 1)).toBe("2026-05-18"); // Hemelvaart + gelijkgesteld + weekend
    expect(addWorkingDays("2026-12-24", 2)).toBe("2026-12-29");
    expect(addWorkingDays("2026-04-07", -1)).toBe("2026-04-02"); // over 2e Paasdag, weekend, Goede Vrijdag
    expect(addWorkingDays("2026-04-07", 0)).toBe("2026-04-07");
  });
});
