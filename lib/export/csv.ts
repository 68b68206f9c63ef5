import { stringify } from "csv-stringify/sync";

/**
 * Every CSV this app writes is opened in spreadsheet software, and many cells hold text typed by
 * users (zienswijzen, answers, titles, reasons). A cell starting with = + - @ (or a tab or a
 * carriage return) would be run as a formula there: `=HYPERLINK(…)`, `+cmd|…`, `@SUM(…)`. Following
 * OWASP's CSV-injection guidance, such a text cell gets a leading apostrophe, which spreadsheets
 * show as text and do not display. Line feeds and the full-width forms (＝ ＋ － ＠), which some
 * spreadsheet software also accepts as a formula start, are treated the same. Numbers are left as
 * numbers (a negative number is data, not a formula).
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

export function formulaSafe(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export type CsvCell = string | number | null | undefined;

/** Semicolon-separated (what Dutch spreadsheet software expects), formula-safe text cells. */
export function toSafeCsv(rows: CsvCell[][], opts: { bom?: boolean } = {}): string {
  const safe = rows.map((row) => row.map((c) => (typeof c === "string" ? formulaSafe(c) : (c ?? ""))));
  return stringify(safe, { delimiter: ";", bom: opts.bom ?? true });
}
