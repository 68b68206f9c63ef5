import { Refusal, defineCommand } from "@/lib/commands";
import { appendAudit } from "@/lib/services/audit";
import { readCsvRecords } from "@/lib/services/csv-records";
import { gemeenteCsvRowSchema, gemeenteImportSchema } from "@/lib/validation/beheer/gemeente";
import { SLUG_OR_CODE_TAKEN, auditActor } from "./common";
import { writeNewGemeente, type GemeenteRow } from "./gemeente";

export const CSV_COLUMNS = ["naam", "slug", "zetels", "e-mail"] as const;

export interface CsvRowError {
  regel: number;
  melding: string;
}

export type CsvCheck = { rows: GemeenteRow[]; errors: CsvRowError[] };

/**
 * Read and check every row of a gemeenten CSV (header naam;slug;zetels;e-mail, comma or
 * semicolon). Collects every bad row instead of stopping at the first, so the beheerder can fix
 * the file in one go. Pure except for the slugs already taken, which the caller passes in.
 */
export function checkGemeentenCsv(text: string, takenSlugs: ReadonlySet<string>): CsvCheck {
  let records: Record<string, string>[];
  try {
    records = readCsvRecords(text, (name) => (name === "email" ? "e-mail" : name));
  } catch {
    return {
      rows: [],
      errors: [{ regel: 1, melding: "Het bestand is geen leesbare CSV. Gebruik de kolommen naam;slug;zetels;e-mail." }],
    };
  }
  const header = records.length > 0 ? Object.keys(records[0]) : [];
  const missing = CSV_COLUMNS.filter((c) => c !== "e-mail" && !header.includes(c));
  if (records.length === 0) return { rows: [], errors: [{ regel: 1, melding: "Het bestand bevat geen gemeenten." }] };
  if (missing.length > 0)
    return { rows: [], errors: [{ regel: 1, melding: `De kopregel mist de kolom(men): ${missing.join(", ")}.` }] };

  const rows: GemeenteRow[] = [];
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const regel = i + 2;
    const parsed = gemeenteCsvRowSchema.safeParse({
      naam: r.naam,
      slug: r.slug,
      zetels: r.zetels,
      griffieEmail: r["e-mail"] ?? "",
    });
    if (!parsed.success) {
      errors.push({ regel, melding: [...new Set(parsed.error.issues.map((x) => x.message))].join(" ") });
      return;
    }
    const slug = parsed.data.slug;
    if (takenSlugs.has(slug))
      errors.push({ regel, melding: `De korte naam "${slug}" is al in gebruik door een bestaande gemeente.` });
    else if (seen.has(slug))
      errors.push({ regel, melding: `De korte naam "${slug}" staat ook op regel ${seen.get(slug)}.` });
    else rows.push(parsed.data);
    seen.set(slug, seen.get(slug) ?? regel);
  });
  return { rows, errors };
}

/**
 * Import gemeenten into a regio from a CSV. Without `toepassen` it is a dry run: it reports every
 * bad row and writes nothing. With `toepassen` it writes all rows in one transaction, or — if any
 * row is bad — none at all.
 */
export const importGemeenten = defineCommand({
  name: "importGemeenten",
  input: gemeenteImportSchema,
  permission: "regio.beheren",
  target: "regio",
  uniqueViolation: SLUG_OR_CODE_TAKEN,
  async run({ tx, data: input, user: actor }) {
    if (!(await tx.regio.findUnique({ where: { id: input.regioId } })))
      throw new Refusal("Deze regio bestaat niet (meer).");
    const taken = new Set((await tx.gemeente.findMany({ select: { slug: true } })).map((g) => g.slug));
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
