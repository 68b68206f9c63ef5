import { parse as parseCsv } from "csv-parse/sync";

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
