/**
 * The one rule for a date typed or imported by a person (forms, API query filters, the CLI, the
 * calendar import): JJJJ-MM-DD, a day that exists (2026-02-30 does not), and a plausible year.
 * PostgreSQL has no year 0 (0000-01-01 was a database error, a 500), and no registration in this
 * app lies before 1900 or after 2199; such a year is a typing error, answered in Dutch.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** JJJJ-MM-DD that exists in the calendar (any four-digit year). */
export function isExistingDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  // Date.UTC maps years 0–99 to 1900–1999: set the full year explicitly.
  const last = new Date(0);
  last.setUTCFullYear(y, mo, 0);
  return d <= last.getUTCDate();
}

export function isYearInRange(s: string): boolean {
  const y = Number(s.slice(0, 4));
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

/** Existing and in range: what every entry point accepts. */
export function isAcceptableDate(s: string): boolean {
  return isExistingDate(s) && isYearInRange(s);
}

/**
 * Refinements that each report only their own kind of mistake, without `abort` (an aborting issue
 * would stop the refinements of the enclosing form object, e.g. the cross-field checks).
 */
export const existsIfWellFormed = (s: string): boolean => !ISO.test(s) || isExistingDate(s);
export const inRangeIfExists = (s: string): boolean => !isExistingDate(s) || isYearInRange(s);

export const yearRangeMessage = (label: string) => `De ${label} moet tussen ${MIN_YEAR} en ${MAX_YEAR} liggen.`;
