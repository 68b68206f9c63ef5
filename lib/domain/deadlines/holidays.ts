/**
 * Holiday calendar of the Algemene termijnenwet (Atw, BWBR0002448), art. 3.
 *
 * - lid 1: Nieuwjaarsdag, 2e Paasdag, 2e Pinksterdag, both Kerstdagen, Hemelvaartsdag, the day on
 *   which the King's birthday is celebrated (Koningsdag) and 5 mei (every year, no lustrum rule).
 * - lid 2: Goede Vrijdag is equated with those days.
 * - lid 3: further days equated by Royal Decree ("gelijkstellingsbesluit"). These are DATA, kept
 *   in a {@link DesignatedDaysTable} with their source; callers may pass their own tables.
 *
 * For a year that no table covers the calendar is still computed, but marked `provisional`.
 * Checked against the law text (Atw art. 3, BWBR0002448) for 2023–2035: Goede Vrijdag IS a rest
 * day (lid 2 equates it), and 5 mei counts every year (lid 1 says "de vijfde mei", no lustrum
 * rule — the lustrum rule is a collective-agreement matter, not Atw).
 */
import { z } from "zod";
import { addDays, fromParts, parts, weekday, WEEKDAY_NAMES_NL, type IsoDate } from "../dates";
import decrees from "./gelijkstellingsbesluiten.json";

export type HolidayBasis = "art3_lid1" | "art3_lid2" | "art3_lid3";

export interface Holiday {
  date: IsoDate;
  name: string;
  /** Legal source, e.g. "Atw art. 3 lid 1". */
  source: string;
  basis: HolidayBasis;
}

export interface DesignatedDay {
  date: IsoDate;
  /** Optional description; defaults to "gelijkgestelde dag". */
  name?: string;
}

/** One Royal Decree under Atw art. 3 lid 3. */
export interface DesignatedDaysTable {
  title: string;
  /** Where the decree was published / where we found it, with a reliability note. */
  source: string;
  /** The years the decree covers, including years in which it designates no day. */
  coversYears: number[];
  days: DesignatedDay[];
}

export interface HolidayCalendarConfig {
  designatedDays: DesignatedDaysTable[];
}

export interface YearCalendar {
  year: number;
  holidays: Holiday[];
  /** True when no gelijkstellingsbesluit covers this year. */
  provisional: boolean;
  notes: string[];
}

/**
 * Atw art. 3 lid 3: the decrees, kept as data in gelijkstellingsbesluiten.json. Every day equated
 * so far is the Friday after a Thursday feestdag: 2023 Koningsdag and Hemelvaart, 2024 Hemelvaart
 * and 2e Kerstdag, 2025 Hemelvaart, 2026 Nieuwjaarsdag and Hemelvaart, 2027 Hemelvaart, 2028
 * Koningsdag and Hemelvaart. Checked at load, so a typo in the file fails every test at once.
 */
const decreeSchema = z.object({
  title: z.string().min(1),
  source: z.string().min(1),
  coversYears: z.array(z.number().int()).min(1),
  days: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), name: z.string().optional() })),
});
export const [GELIJKSTELLINGSBESLUIT_2023_2025, GELIJKSTELLINGSBESLUIT_2026_2028]: DesignatedDaysTable[] = z
  .array(decreeSchema)
  .length(2)
  .parse(decrees);

export const DEFAULT_HOLIDAY_CALENDAR: HolidayCalendarConfig = {
  designatedDays: [GELIJKSTELLINGSBESLUIT_2023_2025, GELIJKSTELLINGSBESLUIT_2026_2028],
};

const LID1 = "Atw art. 3 lid 1";
const LID2 = "Atw art. 3 lid 2";
const LID3 = "Atw art. 3 lid 3";

/**
 * Easter Sunday (Gregorian), by the anonymous "Meeus/Jones/Butcher" computus.
 * Written by hand on purpose: it is a dozen lines of well-known integer arithmetic, and there is
 * no small, maintained npm package worth a dependency for it. Verified in tests against published
 * Easter dates 2024–2035.
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromParts(year, month, day);
}

/** Koningsdag: 27 April, or Saturday 26 April when 27 April is a Sunday (KB 30-1-2013, BWBR0032908). */
export function koningsdag(year: number): IsoDate {
  const d27 = fromParts(year, 4, 27);
  return weekday(d27) === 0 ? fromParts(year, 4, 26) : d27;
}

const cache = new WeakMap<HolidayCalendarConfig, Map<number, YearCalendar>>();

export function holidaysForYear(
  year: number,
  calendar: HolidayCalendarConfig = DEFAULT_HOLIDAY_CALENDAR,
): YearCalendar {
  let perYear = cache.get(calendar);
  if (!perYear) {
    perYear = new Map();
    cache.set(calendar, perYear);
  }
  const hit = perYear.get(year);
  if (hit) return hit;

  const easter = easterSunday(year);
  const holidays: Holiday[] = [
    { date: fromParts(year, 1, 1), name: "Nieuwjaarsdag", source: LID1, basis: "art3_lid1" },
    { date: addDays(easter, -2), name: "Goede Vrijdag", source: LID2, basis: "art3_lid2" },
    { date: addDays(easter, 1), name: "2e Paasdag", source: LID1, basis: "art3_lid1" },
    { date: koningsdag(year), name: "Koningsdag", source: LID1, basis: "art3_lid1" },
    { date: fromParts(year, 5, 5), name: "5 mei", source: LID1, basis: "art3_lid1" },
    { date: addDays(easter, 39), name: "Hemelvaartsdag", source: LID1, basis: "art3_lid1" },
    { date: addDays(easter, 50), name: "2e Pinksterdag", source: LID1, basis: "art3_lid1" },
    { date: fromParts(year, 12, 25), name: "1e Kerstdag", source: LID1, basis: "art3_lid1" },
    { date: fromParts(year, 12, 26), name: "2e Kerstdag", source: LID1, basis: "art3_lid1" },
  ];

  let covered = false;
  for (const table of calendar.designatedDays) {
    if (table.coversYears.includes(year)) covered = true;
    for (const day of table.days) {
      if (parts(day.date).year !== year) continue;
      holidays.push({
        date: day.date,
        name: day.name ?? "gelijkgestelde dag",
        source: `${LID3}, ${table.title}`,
        basis: "art3_lid3",
      });
    }
  }
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const result: YearCalendar = {
    year,
    holidays,
    provisional: !covered,
    notes: covered ? [] : [provisionalNote(year, calendar)],
  };
  perYear.set(year, result);
  return result;
}

/** The years covered by a known decree, ascending. */
export function coveredYears(calendar: HolidayCalendarConfig = DEFAULT_HOLIDAY_CALENDAR): number[] {
  return [...new Set(calendar.designatedDays.flatMap((t) => t.coversYears))].sort((a, b) => a - b);
}

/** "2023–2028" for a contiguous run, "2023–2025, 2029" otherwise. */
function describeYears(years: number[]): string {
  const runs: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    // Past the end `years[j + 1]` is undefined, which never equals a number: no separate length check needed.
    while (years[j + 1] === years[j] + 1) j += 1;
    runs.push(i === j ? `${years[i]}` : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/** Dutch note for a year without decree; says for which years a decree does exist. */
export function provisionalNote(year: number, calendar: HolidayCalendarConfig = DEFAULT_HOLIDAY_CALENDAR): string {
  const known = coveredYears(calendar);
  const suffix = known.length ? ` (wel voor ${describeYears(known)})` : "";
  return `geen gelijkstellingsbesluit bekend voor ${year}${suffix}`;
}

/**
 * Days a future decree will probably equate (Atw art. 3 lid 3). Every decree so far (2023–2028)
 * equated the Friday after Hemelvaartsdag, and the Friday after Nieuwjaarsdag, Koningsdag or
 * 2e Kerstdag when that day fell on a Thursday. Used only to say where a provisional date will
 * probably move; never to compute a deadline as if it were law.
 */
export function likelyDesignatedDays(year: number): DesignatedDay[] {
  const days: DesignatedDay[] = [
    { date: addDays(easterSunday(year), 40), name: "vrijdag na Hemelvaartsdag (vermoedelijk gelijkgesteld)" },
  ];
  for (const [date, name] of [
    [fromParts(year, 1, 1), "Nieuwjaarsdag"],
    [koningsdag(year), "Koningsdag"],
    [fromParts(year, 12, 26), "2e Kerstdag"],
  ] as const) {
    if (weekday(date) === 4)
      days.push({ date: addDays(date, 1), name: `vrijdag na ${name} (vermoedelijk gelijkgesteld)` });
  }
  return days;
}

/** The calendar plus the likely days of every listed year that no decree covers. */
export function withLikelyDesignatedDays(calendar: HolidayCalendarConfig, years: number[]): HolidayCalendarConfig {
  const open = years.filter((y) => !isYearCovered(y, calendar));
  if (open.length === 0) return calendar;
  return {
    designatedDays: [
      ...calendar.designatedDays,
      {
        title: "verwachte gelijkstelling (nog geen besluit)",
        source: "patroon van de besluiten 2023–2028",
        coversYears: open,
        days: open.flatMap(likelyDesignatedDays),
      },
    ],
  };
}

/** All holidays on a date (normally 0 or 1; a designated day could coincide with a lid-1 day). */
export function holidaysOn(date: IsoDate, calendar: HolidayCalendarConfig = DEFAULT_HOLIDAY_CALENDAR): Holiday[] {
  return holidaysForYear(parts(date).year, calendar).holidays.filter((h) => h.date === date);
}

/** Saturday, Sunday or algemeen erkende feestdag (incl. equated days): a day the Atw skips. */
export function isAtwRestDay(date: IsoDate, calendar: HolidayCalendarConfig = DEFAULT_HOLIDAY_CALENDAR): boolean {
  const wd = weekday(date);
  return wd === 0 || wd === 6 || holidaysOn(date, calendar).length > 0;
}

/**
 * Dutch reason why a date is an Atw rest day, or null when it is an ordinary working day.
 * Examples: "zaterdag", "2e Pinksterdag (Atw art. 3 lid 1)", "2e Kerstdag (Atw art. 3 lid 1), op een zaterdag".
 */
export function restDayReason(
  date: IsoDate,
  calendar: HolidayCalendarConfig = DEFAULT_HOLIDAY_CALENDAR,
): string | null {
  const wd = weekday(date);
  const weekend = wd === 0 || wd === 6;
  const hs = holidaysOn(date, calendar);
  if (hs.length === 0) return weekend ? WEEKDAY_NAMES_NL[wd] : null;
  const names = hs.map((h) => `${h.name} (${h.source})`).join("; ");
  return weekend ? `${names}, op een ${WEEKDAY_NAMES_NL[wd]}` : names;
}

/** Moves `count` Atw working days forward (count > 0) or backward (count < 0); 0 returns the date. */
export function addWorkingDays(
  date: IsoDate,
  count: number,
  calendar: HolidayCalendarConfig = DEFAULT_HOLIDAY_CALENDAR,
): IsoDate {
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(count);
  let current = date;
  while (remaining > 0) {
    current = addDays(current, step);
    if (!isAtwRestDay(current, calendar)) remaining -= 1;
  }
  return current;
}

/** True when a year's designated days are known in the given calendar. */
export function isYearCovered(year: number, calendar: HolidayCalendarConfig = DEFAULT_HOLIDAY_CALENDAR): boolean {
  return calendar.designatedDays.some((t) => t.coversYears.includes(year));
}
