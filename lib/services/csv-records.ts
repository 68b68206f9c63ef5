import { parse as parseCsv } from "csv-parse/sync";
import type { z } from "zod";

/**
 * The records of an uploaded CSV with a header row, as spreadsheets export it: comma or semicolon
 * (whichever the header line uses), a BOM, blank lines and ragged rows tolerated, cells trimmed.
 * Header names are lower-cased; `renameColumn` maps synonyms ("email" → "e-mail"). Throws on a
 * file csv-parse cannot read; the caller turns that into its own Dutch message.
 */
export function readCsvRecords(text: string, renameColumn: (name: string) => string = (name) => name) {
  const delimiter = text.split("\n")[0].includes(";") ? ";" : ",";
  return parseCsv(text, {
    columns: (header: string[]) => header.map((name) => renameColumn(name.trim().toLowerCase())),
    delimiter,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    bom: true,
  }) as Record<string, string>[];
}

/** A bad row of an imported CSV, by its line number in the file (the header is line 1). */
export interface CsvRowError {
  regel: number;
  melding: string;
}

const issuesText = (issues: readonly { message: string }[]) => [...new Set(issues.map((x) => x.message))].join(" ");

/**
 * Reads an import CSV and checks every record, collecting every bad row (so the beheerder fixes
 * the file in one go): unreadable, empty or missing columns are one error on line 1; each record
 * is parsed with `schema` (from `input(record)`), then `row` returns the row or its problems.
 */
export function checkCsvRows<S extends z.ZodType, R>(
  text: string,
  spec: {
    columns: readonly string[];
    optional: string;
    /** The plural noun for "Het bestand bevat geen …". */
    noun: string;
    schema: S;
    input: (record: Record<string, string>) => unknown;
    row: (data: z.output<S>, regel: number) => R | { problems: string[] };
  },
): { rows: R[]; errors: CsvRowError[] } {
  const atTop = (melding: string) => ({ rows: [], errors: [{ regel: 1, melding }] });
  let records: Record<string, string>[];
  try {
    records = readCsvRecords(text, (name) => (name === "email" ? "e-mail" : name));
  } catch {
    return atTop(`Het bestand is geen leesbare CSV. Gebruik de kolommen ${spec.columns.join(";")}.`);
  }
  if (records.length === 0) return atTop(`Het bestand bevat geen ${spec.noun}.`);
  const header = Object.keys(records[0]);
  const missing = spec.columns.filter((c) => c !== spec.optional && !header.includes(c));
  if (missing.length > 0) return atTop(`De kopregel mist de kolom(men): ${missing.join(", ")}.`);
  const rows: R[] = [];
  const errors: CsvRowError[] = [];
  records.forEach((record, i) => {
    const regel = i + 2;
    const parsed = spec.schema.safeParse(spec.input(record));
    if (!parsed.success) {
      errors.push({ regel, melding: issuesText(parsed.error.issues) });
      return;
    }
    const out = spec.row(parsed.data, regel);
    if (out && typeof out === "object" && "problems" in out) {
      if (out.problems.length > 0) errors.push({ regel, melding: out.problems.join(" ") });
    } else rows.push(out as R);
  });
  return { rows, errors };
}
