/**
 * Planning on Atw working days: the forecast never plans a step (a raadsvergadering, a
 * collegebesluit, a signature, a publication) on a Saturday, Sunday or algemeen erkende feestdag /
 * gelijkgestelde dag (Algemene termijnenwet art. 3 and the Besluiten gelijkstelling). The calendar
 * itself lives in lib/domain/deadlines; this file only uses its exported functions.
 */
import { format } from "date-fns/format";
import { nl } from "date-fns/locale/nl";
import { addDays, parts, type IsoDate } from "../dates";
import {
  addWorkingDays,
  DEFAULT_HOLIDAY_CALENDAR,
  type HolidayCalendarConfig,
  isAtwRestDay,
  restDayReason,
} from "../deadlines/holidays";

export class WorkingDays {
  constructor(readonly calendar: HolidayCalendarConfig = DEFAULT_HOLIDAY_CALENDAR) {}

  isWorkingDay(date: IsoDate): boolean {
    return !isAtwRestDay(date, this.calendar);
  }

  /** The date itself when it is a working day, else the first working day after it. */
  onOrAfter(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : addWorkingDays(date, 1, this.calendar);
  }

  /** The date itself when it is a working day, else the last working day before it. */
  onOrBefore(date: IsoDate): IsoDate {
    return this.isWorkingDay(date) ? date : addWorkingDays(date, -1, this.calendar);
  }

  /** `count` working days after `date` (count 0: the first working day on/after `date`). */
  after(date: IsoDate, count: number): IsoDate {
    return count > 0 ? addWorkingDays(date, count, this.calendar) : this.onOrAfter(date);
  }

  /** `count` working days before `date` (count 0: the last working day on/before `date`). */
  before(date: IsoDate, count: number): IsoDate {
    return count > 0 ? addWorkingDays(this.onOrBefore(date), -count, this.calendar) : this.onOrBefore(date);
  }

  /** Dutch reason a date is not a working day ("1e Kerstdag (Atw art. 3 lid 1)"), or null. */
  reason(date: IsoDate): string | null {
    return restDayReason(date, this.calendar);
  }
}

/** "26 januari 2027" (no weekday: for sentences in the verdict). */
export function dutchDay(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return format(new Date(year, month - 1, day), "d MMMM yyyy", { locale: nl });
}

/**
 * Awb art. 3:40: a besluit does not enter into force before it is bekendgemaakt, so "met ingang van
 * <date>" needs publication no later than the day before; the forecast plans it on the last working
 * day on/before that day.
 */
export function publicationDeadline(inForce: IsoDate, days: WorkingDays): IsoDate {
  return days.onOrBefore(addDays(inForce, -1));
}

/** The earliest in-force date after a publication: the day after it (Awb art. 3:40). */
export function earliestInForceAfter(publication: IsoDate): IsoDate {
  return addDays(publication, 1);
}
