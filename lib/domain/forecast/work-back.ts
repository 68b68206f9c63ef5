/**
 * Working back from "bekendmaking uiterlijk <date>" (Awb art. 3:40) to the last feasible signing,
 * college and raad dates of one gemeente, in working days and on its own meeting calendar.
 */
import { addDays, type IsoDate } from "../dates";
import type { WorkingDays } from "./calendar";
import type { ForecastDurations } from "./durations";

export interface LatestDates {
  publication: IsoDate;
  signing: IsoDate;
  /** null: no college meeting of this gemeente on/before the last signing date. */
  college: IsoDate | null;
  /** null: no raad meeting of this gemeente early enough. */
  raad: IsoDate | null;
}

interface MeetingDates {
  raad: IsoDate[];
  college: IsoDate[];
  hasRaad: boolean;
  hasCollege: boolean;
}

const lastOnOrBefore = (dates: IsoDate[], limit: IsoDate) => dates.filter((d) => d <= limit).pop() ?? null;

export function latestDates(
  _p: unknown,
  cal: MeetingDates,
  publicationBy: IsoDate,
  d: ForecastDurations,
  days: WorkingDays,
): LatestDates {
  const signing = days.before(publicationBy, d.publication);
  const collegeLimit = days.before(signing, d.signing);
  const college = cal.hasCollege ? lastOnOrBefore(cal.college, collegeLimit) : collegeLimit;
  if (college === null) return { publication: publicationBy, signing, college, raad: null };
  // The college decides after the raad: with a college calendar the day before at the latest.
  const raadLimit = cal.hasCollege ? addDays(college, -1) : days.before(college, d.college);
  const raad = cal.hasRaad ? lastOnOrBefore(cal.raad, raadLimit) : days.onOrBefore(raadLimit);
  return { publication: publicationBy, signing, college, raad };
}
