/**
 * Deadline computation with a full trace (legal.md §2, R2, R18–R20).
 *
 * - A period of N weeks after a date ends on the same weekday N weeks later (R20); months are
 *   calendar months with an end-of-month clamp; years likewise.
 * - `statutory` periods (set by formal law / AMvB) get the Algemene termijnenwet:
 *   art. 1 lid 1 (ends on Sat/Sun/feestdag → next day that is none of these), art. 2 (a period of
 *   ≥ 3 days contains at least two such "working" days), except when art. 1 lid 2 (counted
 *   backwards) or art. 4 (> 12 weeks, > 90 days, > 3 months, years) excludes it.
 * - `agreed` periods (planning, GR text, handvest) are never extended (R18).
 */
import {
  addDays,
  addMonths,
  addYears,
  assertIsoDate,
  diffDays,
  type InvalidDateError,
  parts,
  type IsoDate,
} from "../dates";
import { describeDuration, parseDuration, type Duration } from "./durations";
import {
  DEFAULT_HOLIDAY_CALENDAR,
  isAtwRestDay,
  isYearCovered,
  likelyDesignatedDays,
  provisionalNote,
  restDayReason,
  withLikelyDesignatedDays,
  type HolidayCalendarConfig,
} from "./holidays";

export type DeadlineKind = "statutory" | "agreed";
export type DeadlineDirection = "after" | "before";
export const DEADLINE_KINDS: readonly DeadlineKind[] = ["statutory", "agreed"];
export const DEADLINE_DIRECTIONS: readonly DeadlineDirection[] = ["after", "before"];

export interface DeadlineInput {
  start: IsoDate;
  period: string;
  kind: DeadlineKind;
  direction?: DeadlineDirection;
}

export interface DeadlineExtension {
  /** The day on which the period would otherwise have ended. */
  date: IsoDate;
  /** Dutch: why it does not end on that day ("zaterdag", "2e Pinksterdag (Atw art. 3 lid 1)", …). */
  reason: string;
  rule: "atw_art_1_lid_1" | "atw_art_2";
}

export interface DeadlineTrace {
  start: IsoDate;
  period: string;
  kind: DeadlineKind;
  direction: DeadlineDirection;
  nominalEnd: IsoDate;
  end: IsoDate;
  extensions: DeadlineExtension[];
  /** True when a holiday year consulted is not covered by a known gelijkstellingsbesluit. */
  provisional: boolean;
  /**
   * Only for a provisional deadline that the days a future decree will probably equate would move
   * (e.g. a period ending on the Friday after Hemelvaartsdag): the end it will then probably have.
   */
  likelyEnd?: IsoDate;
  notes: string[];
}

export type DeadlineInputErrorCode =
  | "ongeldige_startdatum"
  | "ongeldige_termijn"
  | "ongeldig_soort"
  | "ongeldige_richting";

export class DeadlineInputError extends Error {
  constructor(
    readonly code: DeadlineInputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "DeadlineInputError";
  }
}

export const STATUTORY_ZIENSWIJZE_GR = "P8W"; // Wgr art. 1 lid 3
export const STATUTORY_ZIENSWIJZE_BEGROTING = "P12W"; // Wgr art. 35 lid 3 (since 1-7-2022)

const ART2_REASON = "Atw art. 2: de termijn bevat nog geen twee dagen die geen zaterdag, zondag of feestdag zijn";

/** Applies a duration to a date, forwards or backwards, without any Atw extension. */
export function applyDuration(start: IsoDate, d: Duration, backward: boolean): IsoDate {
  const s = backward ? -1 : 1;
  // Adding 0 years or months returns the date itself, so no `if` is needed (and none can be mutated unnoticed).
  const date = addMonths(addYears(start, s * d.years), s * d.months);
  return addDays(date, s * (d.weeks * 7 + d.days));
}

/**
 * Atw art. 4 lid 1 onder a: the Atw does not apply to a period "omschreven in uren, in meer dan 90 dagen, in meer dan
 * twaalf weken, in meer dan drie maanden, of in een of meer jaren" (wording as quoted by secondary sources, see
 * docs/rules.md R18a). Returns a Dutch note or null.
 *
 * A period with months is measured on the calendar from its start: it is excluded when it ends after start + 3
 * months. So "3 maanden en 1 dag" and "1 maand en 91 dagen" are excluded (longer than three months; the second is
 * also "meer dan 90 dagen" on its own), "2 maanden en 3 weken" is not. Whether "2 maanden en 29 dagen" is longer
 * than three months depends on February, hence the start.
 */
export function art4Exclusion(d: Duration, start: IsoDate): string | null {
  if (d.years > 0) return "Atw art. 4: een termijn in jaren wordt niet verlengd";
  if (d.months > 0) {
    return applyDuration(start, d, false) > addMonths(start, 3)
      ? "Atw art. 4: een termijn van meer dan drie maanden wordt niet verlengd"
      : null;
  }
  const total = d.weeks * 7 + d.days;
  if (d.weeks > 0 && total > 84) return "Atw art. 4: een termijn van meer dan twaalf weken wordt niet verlengd";
  // Here weeks > 0 means at most 84 days, so only a period of days alone can exceed 90.
  if (d.days > 90) return "Atw art. 4: een termijn van meer dan 90 dagen wordt niet verlengd";
  return null;
}

function validate(input: DeadlineInput): {
  start: IsoDate;
  duration: Duration;
  kind: DeadlineKind;
  direction: DeadlineDirection;
} {
  let start: IsoDate;
  try {
    start = assertIsoDate(input.start);
  } catch (e) {
    // assertIsoDate throws nothing but InvalidDateError.
    throw new DeadlineInputError("ongeldige_startdatum", `Ongeldige startdatum: ${(e as InvalidDateError).message}`);
  }
  let duration: Duration;
  try {
    duration = parseDuration(input.period);
  } catch (e) {
    throw new DeadlineInputError("ongeldige_termijn", (e as Error).message);
  }
  if (!DEADLINE_KINDS.includes(input.kind)) {
    throw new DeadlineInputError(
      "ongeldig_soort",
      `Ongeldige soort termijn "${String(input.kind)}". Kies "statutory" (wettelijke termijn) of "agreed" (afgesproken termijn).`,
    );
  }
  const direction = input.direction ?? "after";
  if (!DEADLINE_DIRECTIONS.includes(direction)) {
    throw new DeadlineInputError(
      "ongeldige_richting",
      `Ongeldige richting "${String(input.direction)}". Kies "after" (na de startdatum) of "before" (terugrekenen).`,
    );
  }
  return { start, duration, kind: input.kind, direction };
}

export function computeDeadline(
  input: DeadlineInput,
  calendar: HolidayCalendarConfig = DEFAULT_HOLIDAY_CALENDAR,
): DeadlineTrace {
  const trace = computeWith(validate(input), calendar);
  if (!trace.provisional) return trace;
  return { ...trace, ...provisionalOutlook(input, trace, calendar) };
}

/**
 * Atw art. 3 lid 3: a decree can only ADD rest days, so a provisional end can only move later.
 * Recomputes with the days a decree will probably equate to say whether and where it moves.
 */
function provisionalOutlook(
  input: DeadlineInput,
  trace: DeadlineTrace,
  calendar: HolidayCalendarConfig,
): Pick<DeadlineTrace, "likelyEnd" | "notes"> {
  const openYears = trace.notes.flatMap((n) => /^geen gelijkstellingsbesluit bekend voor (\d{4})/.exec(n)?.[1] ?? []);
  const years = openYears.map(Number);
  // Always recomputed: a likely day outside (start, end] cannot move the end (art. 1 lid 1, art. 2), so a
  // shortcut for that case would only save time, and could be mutated without any observable difference.
  const likely = computeWith(validate(input), withLikelyDesignatedDays(calendar, years));
  if (likely.end === trace.end) {
    return {
      notes: [
        ...trace.notes,
        "Voorlopig: een gelijkstellingsbesluit kan alleen dagen toevoegen, dus deze einddatum kan later worden, nooit eerder. Een verschuiving wordt niet verwacht.",
      ],
    };
  }
  // The cause is the latest likely day on or before the current end: the end itself (art. 1 lid 1) or a day within the
  // period (art. 2). Not the first new extension, which can be an art. 2 day ("… is een Atw art. 2: …" before wave 10).
  const cause = years
    .flatMap(likelyDesignatedDays)
    .filter((d) => d.date <= trace.end)
    .sort((a, b) => a.date.localeCompare(b.date))
    .at(-1);
  return {
    likelyEnd: likely.end,
    notes: [
      ...trace.notes,
      `Voorlopig: ${cause ? `${cause.date} is een ${cause.name}, zoals in elk besluit tot nu toe; ` : ""}de termijn eindigt dan vermoedelijk op ${likely.end} in plaats van ${trace.end} (later, nooit eerder).`,
    ],
  };
}

function computeWith(
  { start, duration, kind, direction: requested }: ReturnType<typeof validate>,
  calendar: HolidayCalendarConfig,
): DeadlineTrace {
  const backward = requested === "before" || duration.sign === -1;
  const direction: DeadlineDirection = backward ? "before" : "after";
  const nominalEnd = applyDuration(start, duration, backward);
  const notes: string[] = [];
  const base = { start, period: duration.text, kind, direction, nominalEnd };

  if (requested === "before" && duration.sign === -1) {
    notes.push("Negatieve termijn én richting 'before': beide betekenen terugrekenen; er is één keer teruggerekend.");
  }
  if (kind === "agreed") {
    notes.push(
      "Afgesproken termijn (planning of tekst van de regeling): de Algemene termijnenwet is niet van toepassing, dus geen verlenging.",
    );
    return { ...base, end: nominalEnd, extensions: [], provisional: false, notes };
  }
  if (backward) {
    notes.push("Atw art. 1 lid 2: een termijn die wordt bepaald door terugrekening wordt niet verlengd.");
    return { ...base, end: nominalEnd, extensions: [], provisional: false, notes };
  }
  const exclusion = art4Exclusion(duration, start);
  if (exclusion) {
    notes.push(exclusion);
    return { ...base, end: nominalEnd, extensions: [], provisional: false, notes };
  }

  const yearsConsulted = new Set<number>();
  const rest = (d: IsoDate) => {
    yearsConsulted.add(parts(d).year);
    return isAtwRestDay(d, calendar);
  };
  const applyArt2 = diffDays(nominalEnd, start) >= 3;
  // Art. 2 count. A period with at least ROBUST working days cannot be affected by a (still
  // unknown) gelijkgestelde dag — decrees designate one or two days a year — so only a short
  // period makes the years it spans count towards `provisional`.
  const ROBUST = 5;
  const hasTwoWorkingDays = (end: IsoDate): boolean => {
    let found = 0;
    const seen = new Set<number>();
    for (let d = addDays(start, 1); d <= end && found < ROBUST; d = addDays(d, 1)) {
      seen.add(parts(d).year);
      if (!isAtwRestDay(d, calendar)) found += 1;
    }
    if (found < ROBUST) for (const y of seen) yearsConsulted.add(y);
    return found >= 2;
  };

  const extensions: DeadlineExtension[] = [];
  let end = nominalEnd;
  for (let guard = 0; guard < 366; guard += 1) {
    if (rest(end)) {
      extensions.push({ date: end, reason: restDayReason(end, calendar) ?? "rustdag", rule: "atw_art_1_lid_1" });
      end = addDays(end, 1);
      continue;
    }
    if (applyArt2 && !hasTwoWorkingDays(end)) {
      extensions.push({ date: end, reason: ART2_REASON, rule: "atw_art_2" });
      end = addDays(end, 1);
      continue;
    }
    break;
  }

  const uncovered = [...yearsConsulted].filter((y) => !isYearCovered(y, calendar)).sort();
  for (const y of uncovered) notes.push(provisionalNote(y, calendar));
  if (extensions.length > 0) {
    notes.push(
      `Verlengd van ${nominalEnd} tot en met ${end} (Algemene termijnenwet, ${describeDuration(duration)} na ${start}).`,
    );
  }
  return { ...base, end, extensions, provisional: uncovered.length > 0, notes };
}
