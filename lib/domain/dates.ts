/**
 * Calendar-date helpers on `YYYY-MM-DD` strings.
 *
 * All arithmetic is done on UTC day numbers so that the result never depends on the time zone
 * of the machine (a Dutch legal date is a calendar day, not an instant).
 */

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export class InvalidDateError extends Error {
  readonly code = "ongeldige_datum" as const;
  constructor(readonly input: unknown) {
    super(`Ongeldige datum: "${String(input)}". Gebruik de vorm JJJJ-MM-DD, bijvoorbeeld 2026-05-26.`);
    this.name = "InvalidDateError";
  }
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function assertIsoDate(value: unknown): IsoDate {
  if (!isIsoDate(value)) throw new InvalidDateError(value);
  return value;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new InvalidDateError(date);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

export function fromParts(year: number, month: number, day: number): IsoDate {
  const y = String(year).padStart(4, "0");
  return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Days since 1970-01-01. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar months; clamps to the last day of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

export function diffDays(later: IsoDate, earlier: IsoDate): number {
  return toDayNumber(later) - toDayNumber(earlier);
}

/** 0 = Sunday … 6 = Saturday (as Date#getUTCDay). */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export const WEEKDAY_NAMES_NL = [
  "zondag",
  "maandag",
  "dinsdag",
  "woensdag",
  "donderdag",
  "vrijdag",
  "zaterdag",
] as const;

export function maxDate(...dates: IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b > a ? b : a));
}

export function minDate(...dates: IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (b < a ? b : a));
}

const NETHERLANDS_DATE = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * The calendar date in the Netherlands at `now` (the one "today" of the application). Deadlines and
 * "not in the future" checks are about Dutch calendar days: the UTC date is a day behind between
 * 00:00 and 01:00 (02:00 in summer) Amsterdam time.
 */
export function todayInNetherlands(now: Date = new Date()): IsoDate {
  if (Number.isNaN(now.getTime())) throw new InvalidDateError(String(now));
  return NETHERLANDS_DATE.format(now);
}

/** The calendar date in the Netherlands of an ISO timestamp. */
export function dateInAmsterdam(timestamp: string): IsoDate {
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) throw new InvalidDateError(timestamp);
  return todayInNetherlands(d);
}
