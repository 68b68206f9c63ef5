/**
 * Wave 11 (issue 20 point 13): the Atw art. 3 table of lib/domain/deadlines/holidays.ts as a user and a caller see it.
 * The name and source of each rest day are the words of the deadline trace ("2e Pinksterdag (Atw art. 3 lid 1)");
 * the basis is the exported field that tells lid 1, lid 2 and lid 3 apart.
 */
import { describe, expect, it } from "vitest";
import {
  coveredYears,
  DEFAULT_HOLIDAY_CALENDAR,
  easterSunday,
  type HolidayCalendarConfig,
  holidaysForYear,
  likelyDesignatedDays,
  provisionalNote,
  restDayReason,
  withLikelyDesignatedDays,
} from "@/lib/domain";

const DECREE_2026 = DEFAULT_HOLIDAY_CALENDAR.designatedDays[1].title;
/**
 * The default decrees in a calendar object of this test's own: holidaysForYear caches per calendar object, and a
 * table computed for the default calendar by an earlier test (or fixture) would hide a change made since.
 */
const fresh = (): HolidayCalendarConfig => ({ designatedDays: [...DEFAULT_HOLIDAY_CALENDAR.designatedDays] });
const LID1 = "Atw art. 3 lid 1";

describe("Atw art. 3: the table of one year", () => {
  it("2026: every lid-1 day, Goede Vrijdag (lid 2) and the decree's days (lid 3), in date order", () => {
    expect(holidaysForYear(2026, fresh()).holidays).toEqual([
      { date: "2026-01-01", name: "Nieuwjaarsdag", source: LID1, basis: "art3_lid1" },
      {
        date: "2026-01-02",
        name: "gelijkgestelde dag",
        source: `Atw art. 3 lid 3, ${DECREE_2026}`,
        basis: "art3_lid3",
      },
      { date: "2026-04-03", name: "Goede Vrijdag", source: "Atw art. 3 lid 2", basis: "art3_lid2" },
      { date: "2026-04-06", name: "2e Paasdag", source: LID1, basis: "art3_lid1" },
      { date: "2026-04-27", name: "Koningsdag", source: LID1, basis: "art3_lid1" },
      { date: "2026-05-05", name: "5 mei", source: LID1, basis: "art3_lid1" },
      { date: "2026-05-14", name: "Hemelvaartsdag", source: LID1, basis: "art3_lid1" },
      {
        date: "2026-05-15",
        name: "gelijkgestelde dag",
        source: `Atw art. 3 lid 3, ${DECREE_2026}`,
        basis: "art3_lid3",
      },
      { date: "2026-05-25", name: "2e Pinksterdag", source: LID1, basis: "art3_lid1" },
      { date: "2026-12-25", name: "1e Kerstdag", source: LID1, basis: "art3_lid1" },
      { date: "2026-12-26", name: "2e Kerstdag", source: LID1, basis: "art3_lid1" },
    ]);
  });

  it("the deadline trace names each feestdag with its article", () => {
    const cal = fresh();
    expect(restDayReason("2027-01-01", cal)).toBe("Nieuwjaarsdag (Atw art. 3 lid 1)");
    expect(restDayReason("2026-04-03", cal)).toBe("Goede Vrijdag (Atw art. 3 lid 2)");
    expect(restDayReason("2026-04-06", cal)).toBe("2e Paasdag (Atw art. 3 lid 1)");
    expect(restDayReason("2026-04-27", cal)).toBe("Koningsdag (Atw art. 3 lid 1)");
    expect(restDayReason("2026-05-05", cal)).toBe("5 mei (Atw art. 3 lid 1)");
    expect(restDayReason("2026-05-25", cal)).toBe("2e Pinksterdag (Atw art. 3 lid 1)");
  });

  it("Easter in the rare years where the computus corrects by a week (m = 1)", () => {
    expect(easterSunday(1954)).toBe("1954-04-18");
    expect(easterSunday(1981)).toBe("1981-04-19");
    expect(easterSunday(2049)).toBe("2049-04-18");
    expect(easterSunday(2076)).toBe("2076-04-19");
    expect(restDayReason("2049-04-19", fresh())).toBe("2e Paasdag (Atw art. 3 lid 1)");
  });

  it("a year is computed once per calendar (the cache returns the same table)", () => {
    const own: HolidayCalendarConfig = { designatedDays: [] };
    const first = holidaysForYear(2031, own);
    expect(holidaysForYear(2031, own)).toBe(first);
    expect(holidaysForYear(2031)).not.toBe(first);
    expect(holidaysForYear(2031)).toBe(holidaysForYear(2031));
  });
});

describe("Atw art. 3 lid 3: which years a decree covers, in words", () => {
  const table = (coversYears: number[]) => ({ title: "B", source: "s", coversYears, days: [] });

  it("coveredYears is ascending and without duplicates, whatever the order of the tables", () => {
    expect(coveredYears({ designatedDays: [table([2029]), table([2024, 2023]), table([2023])] })).toEqual([
      2023, 2024, 2029,
    ]);
    expect(coveredYears()).toEqual([2023, 2024, 2025, 2026, 2027, 2028]);
  });

  it("the provisional note names runs and single years", () => {
    const cal = { designatedDays: [table([2029]), table([2023, 2025, 2026])] };
    expect(provisionalNote(2030, cal)).toBe(
      "geen gelijkstellingsbesluit bekend voor 2030 (wel voor 2023, 2025–2026, 2029)",
    );
    expect(provisionalNote(2030, { designatedDays: [table([2027])] })).toBe(
      "geen gelijkstellingsbesluit bekend voor 2030 (wel voor 2027)",
    );
    expect(holidaysForYear(2026, fresh()).notes).toEqual([]);
    expect(holidaysForYear(2029, fresh()).notes).toEqual([
      "geen gelijkstellingsbesluit bekend voor 2029 (wel voor 2023–2028)",
    ]);
  });

  it("the expected decree is named as such in the trace of a provisional year", () => {
    const likely = withLikelyDesignatedDays(DEFAULT_HOLIDAY_CALENDAR, [2030]);
    expect(likely.designatedDays.at(-1)).toEqual({
      title: "verwachte gelijkstelling (nog geen besluit)",
      source: "patroon van de besluiten 2023–2028",
      coversYears: [2030],
      days: likelyDesignatedDays(2030),
    });
    expect(restDayReason("2030-05-31", likely)).toBe(
      "vrijdag na Hemelvaartsdag (vermoedelijk gelijkgesteld) (Atw art. 3 lid 3, verwachte gelijkstelling (nog geen besluit))",
    );
  });
});
