import { parse as parseCsv } from "csv-parse/sync";
import { defineCommand } from "@/lib/commands";
import { GEMEENTE_SCOPED_ROLES, type RoleName } from "@/lib/auth/roles";
import { type AuditInput, appendAudit } from "@/lib/services/audit";
import { createInvitedUser } from "./gebruikers";
import type { CsvRowError } from "@/lib/services/beheer/gemeente-csv";
import { gebruikerCsvRowSchema, gebruikersImportSchema } from "@/lib/validation/beheer/gebruiker";

export const GEBRUIKER_CSV_COLUMNS = ["e-mail", "naam", "rol", "gemeente"] as const;

export interface GebruikerRow {
  email: string;
  naam: string;
  rol: RoleName;
  gemeenteId: string | null;
}

/** What the check needs from the database: taken addresses and the gemeenten by slug (open ones only). */
export interface CsvContext {
  takenEmails: ReadonlySet<string>;
  gemeenteBySlug: ReadonlyMap<string, { id: string; opgeheven: boolean }>;
}

function readRecords(text: string): Record<string, string>[] | null {
  try {
    const delimiter = (text.split("\n")[0].match(/;/g)?.length ?? 0) > 0 ? ";" : ",";
    return parseCsv(text, {
      columns: (h: string[]) =>
        h.map((x) =>
          x
            .trim()
            .toLowerCase()
            .replace(/^email$/, "e-mail"),
        ),
      delimiter,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      bom: true,
    }) as Record<string, string>[];
  } catch {
    return null;
  }
}

/**
 * Check every row of a users CSV (e-mail;naam;rol;gemeente — the gemeente by its korte naam) and
 * collect every bad row, so the beheerder fixes the file in one go. Pure: the caller passes in
 * what the database knows.
 */
export function checkGebruikersCsv(text: string, ctx: CsvContext): { rows: GebruikerRow[]; errors: CsvRowError[] } {
  const records = readRecords(text);
  if (!records)
    return {
      rows: [],
      errors: [
        { regel: 1, melding: "Het bestand is geen leesbare CSV. Gebruik de kolommen e-mail;naam;rol;gemeente." },
      ],
    };
  if (records.length === 0) return { rows: [], errors: [{ regel: 1, melding: "Het bestand bevat geen gebruikers." }] };
  const header = Object.keys(records[0]);
  const missing = GEBRUIKER_CSV_COLUMNS.filter((c) => c !== "gemeente" && !header.includes(c));
  if (missing.length > 0)
    return { rows: [], errors: [{ regel: 1, melding: `De kopregel mist de kolom(men): ${missing.join(", ")}.` }] };

  const rows: GebruikerRow[] = [];
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const regel = i + 2;
    const parsed = gebruikerCsvRowSchema.safeParse({
      email: r["e-mail"] ?? "",
      naam: r.naam ?? "",
      rol: r.rol ?? "",
      gemeente: r.gemeente ?? "",
    });
    if (!parsed.success) {
      errors.push({ regel, melding: [...new Set(parsed.error.issues.map((x) => x.message))].join(" ") });
      return;
    }
    const { email, naam, rol, gemeente } = parsed.data;
    const problems: string[] = [];
    let gemeenteId: string | null = null;
    if (GEMEENTE_SCOPED_ROLES.includes(rol)) {
      const g = gemeente ? ctx.gemeenteBySlug.get(gemeente) : undefined;
      if (!gemeente) problems.push("Een griffier, college of raadslid heeft een gemeente nodig.");
      else if (!g) problems.push(`De gemeente "${gemeente}" bestaat niet (gebruik de korte naam).`);
      else if (g.opgeheven) problems.push(`De gemeente "${gemeente}" is opgeheven.`);
      else gemeenteId = g.id;
    } else if (gemeente) {
      problems.push("Een beheerder of het regionaal secretariaat hoort niet bij één gemeente: laat 'gemeente' leeg.");
    }
    if (ctx.takenEmails.has(email)) problems.push(`Er bestaat al een account met ${email}.`);
    else if (seen.has(email)) problems.push(`Het adres ${email} staat ook op regel ${seen.get(email)}.`);
    seen.set(email, seen.get(email) ?? regel);
    if (problems.length > 0) errors.push({ regel, melding: problems.join(" ") });
    else rows.push({ email, naam, rol, gemeenteId });
  });
  return { rows, errors };
}

/**
 * Import users from a CSV. Without `toepassen` a dry run: every bad row reported, nothing written.
 * With `toepassen` all rows are invited in one transaction, or — if any row is bad — none. The
 * one-time links come back to the beheerder, in the order of the file.
 */
export const importGebruikers = defineCommand({
  name: "importGebruikers",
  input: gebruikersImportSchema,
  permission: "gebruikers.beheren",
  target: "regio",
  async run({ tx, data: input, user: actor, now }) {
    const takenEmails = new Set((await tx.user.findMany({ select: { email: true } })).map((u) => u.email));
    const gemeenteBySlug = new Map(
      (await tx.gemeente.findMany({ select: { id: true, slug: true, opgehevenOp: true } })).map((g) => [
        g.slug,
        { id: g.id, opgeheven: g.opgehevenOp !== null },
      ]),
    );
    const check = checkGebruikersCsv(input.csv, { takenEmails, gemeenteBySlug });
    if (!input.toepassen || check.errors.length > 0)
      return { toegepast: false, aantal: check.rows.length, fouten: check.errors, links: [] as UitnodigingLink[] };
    const links: UitnodigingLink[] = [];
    const events: AuditInput[] = [];
    for (const row of check.rows) {
      const invited = await createInvitedUser(tx, actor, now, row, { bron: "csv" });
      links.push({ email: row.email, link: invited.link });
      events.push(...invited.events);
    }
    await appendAudit(tx, events);
    return { toegepast: true, aantal: links.length, fouten: [] as CsvRowError[], links };
  },
});

export interface UitnodigingLink {
  email: string;
  link: string;
}
