import { defineCommand } from "@/lib/commands";
import { appendAudit } from "@/lib/services/audit";
import { type CsvRowError, checkCsvRows } from "@/lib/services/csv-records";
import { gemeenteCsvRowSchema, gemeenteImportSchema } from "@/lib/validation/beheer/gemeente";
import { REGIO_SAVE, auditActor, requireRegio } from "./common";
import { writeNewGemeente, type GemeenteRow } from "./gemeente";

export const CSV_COLUMNS = ["naam", "slug", "zetels", "e-mail"] as const;

export type { CsvRowError };

export type CsvCheck = { rows: GemeenteRow[]; errors: CsvRowError[] };

/**
 * Read and check every row of a gemeenten CSV (header naam;slug;zetels;e-mail, comma or
 * semicolon). Pure except for the slugs already taken, which the caller passes in.
 */
export function checkGemeentenCsv(text: string, takenSlugs: ReadonlySet<string>): CsvCheck {
  const seen = new Map<string, number>();
  return checkCsvRows(text, {
    columns: CSV_COLUMNS,
    optional: "e-mail",
    noun: "gemeenten",
    schema: gemeenteCsvRowSchema,
    input: (r) => ({ naam: r.naam, slug: r.slug, zetels: r.zetels, griffieEmail: r["e-mail"] ?? "" }),
    row: (row, regel) => {
      const first = seen.get(row.slug);
      seen.set(row.slug, first ?? regel);
      if (takenSlugs.has(row.slug))
        return { problems: [`De korte naam "${row.slug}" is al in gebruik door een bestaande gemeente.`] };
      if (first !== undefined) return { problems: [`De korte naam "${row.slug}" staat ook op regel ${first}.`] };
      return row;
    },
  });
}

/**
 * Import gemeenten into a regio from a CSV. Without `toepassen` it is a dry run: it reports every
 * bad row and writes nothing. With `toepassen` it writes all rows in one transaction, or — if any
 * row is bad — none at all.
 */
export const importGemeenten = defineCommand({
  name: "importGemeenten",
  input: gemeenteImportSchema,
  ...REGIO_SAVE,
  async run({ tx, data: input, user: actor }) {
    const taken = new Set((await tx.gemeente.findMany({ select: { slug: true } })).map((g) => g.slug));
    await requireRegio(tx, input.regioId);
    const check = checkGemeentenCsv(input.csv, taken);
    if (!input.toepassen || check.errors.length > 0) {
      return { toegepast: false, aantal: check.rows.length, fouten: check.errors, ids: [] as string[] };
    }
    const ids: string[] = [];
    for (const row of check.rows) ids.push(await writeNewGemeente(tx, input.regioId, row));
    await appendAudit(tx, [
      {
        type: "gemeenten_geimporteerd",
        ...auditActor(actor),
        subjectKind: "regio",
        subjectId: input.regioId,
        payload: { gemeenten: check.rows.map((r, i) => ({ id: ids[i], ...r })) },
      },
    ]);
    return { toegepast: true, aantal: ids.length, fouten: [] as CsvRowError[], ids };
  },
});
