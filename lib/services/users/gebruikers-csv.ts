import { defineCommand } from "@/lib/commands";
import { GEMEENTE_SCOPED_ROLES, type RoleName } from "@/lib/auth/roles";
import { type AuditInput, appendAudit } from "@/lib/services/audit";
import { USER_ADMIN, createInvitedUser } from "./gebruikers";
import { type CsvRowError, checkCsvRows } from "@/lib/services/csv-records";
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

/**
 * Check every row of a users CSV (e-mail;naam;rol;gemeente — the gemeente by its korte naam) and
 * collect every bad row. Pure: the caller passes in what the database knows.
 */
export function checkGebruikersCsv(text: string, ctx: CsvContext): { rows: GebruikerRow[]; errors: CsvRowError[] } {
  const seen = new Map<string, number>();
  return checkCsvRows(text, {
    columns: GEBRUIKER_CSV_COLUMNS,
    optional: "gemeente",
    noun: "gebruikers",
    schema: gebruikerCsvRowSchema,
    input: (r) => ({ email: r["e-mail"] ?? "", naam: r.naam ?? "", rol: r.rol ?? "", gemeente: r.gemeente ?? "" }),
    row: ({ email, naam, rol, gemeente }, regel): GebruikerRow | { problems: string[] } => {
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
      return problems.length > 0 ? { problems } : { email, naam, rol, gemeenteId };
    },
  });
}

/**
 * Import users from a CSV. Without `toepassen` a dry run: every bad row reported, nothing written.
 * With `toepassen` all rows are invited in one transaction, or — if any row is bad — none. The
 * one-time links come back to the beheerder, in the order of the file.
 */
export const importGebruikers = defineCommand({
  name: "importGebruikers",
  input: gebruikersImportSchema,
  ...USER_ADMIN,
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
