import { z } from "zod";
import { GEMEENTE_SCOPED_ROLES, ROLES, type RoleName } from "@/lib/auth/roles";
import { recordId, text } from "../common";
import { emptyToUndefined, naam } from "./common";

export const gebruikerEmail = text({ error: "Vul het e-mailadres in." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Vul het e-mailadres in." })
  .max(254, { error: "Dit e-mailadres is te lang." })
  .pipe(z.email({ error: "Vul een geldig e-mailadres in, bijvoorbeeld naam@gemeente.nl." }));

export const rol = z.enum(ROLES, { error: "Kies een rol." });
const gemeenteId = z.preprocess(emptyToUndefined, text().trim().max(100).optional());

/** A griffier, college or raadslid acts for one gemeente; a beheerder or the secretariat for none. */
function gemeenteFitsRole(v: { rol: RoleName; gemeenteId?: string }, ctx: z.RefinementCtx) {
  const scoped = GEMEENTE_SCOPED_ROLES.includes(v.rol);
  if (scoped && !v.gemeenteId)
    ctx.addIssue({ code: "custom", path: ["gemeenteId"], message: "Kies de gemeente waarvoor deze gebruiker werkt." });
  if (!scoped && v.gemeenteId)
    ctx.addIssue({
      code: "custom",
      path: ["gemeenteId"],
      message: "Een beheerder of het regionaal secretariaat hoort niet bij één gemeente. Kies 'Geen gemeente'.",
    });
}

/** Invite a new user: the account is made without a password; the one-time link sets it. */
export const gebruikerUitnodigenSchema = z
  .object({ email: gebruikerEmail, naam: naam("naam"), rol, gemeenteId })
  .superRefine(gemeenteFitsRole);

/** Change the role and gemeente of an existing user (ends the user's sessions: the trigger does it). */
export const gebruikerWijzigenSchema = z
  .object({ id: recordId("een gebruiker"), rol, gemeenteId })
  .superRefine(gemeenteFitsRole);

const bool = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean());

export const gebruikerActiefSchema = z.object({ id: recordId("een gebruiker"), actief: bool });
export const gebruikerIdSchema = z.object({ id: recordId("een gebruiker") });

/** One row of the users CSV (e-mail;naam;rol;gemeente); the gemeente is its slug. */
export const gebruikerCsvRowSchema = z.object({
  email: gebruikerEmail,
  naam: naam("naam"),
  rol: z.preprocess(
    (v) => (typeof v === "string" ? (ROL_BY_TEXT[v.trim().toLowerCase()] ?? v.trim().toUpperCase()) : v),
    z.enum(ROLES, {
      error: "Onbekende rol. Gebruik beheerder, secretariaat, griffier, college, raadslid of bestuurssecretariaat.",
    }),
  ),
  gemeente: z.string().trim().max(100).optional(),
});

/** The Dutch words a beheerder writes in a CSV, mapped to the stored role. */
export const ROL_BY_TEXT: Record<string, RoleName> = {
  beheerder: "ADMIN",
  secretariaat: "SECRETARIAAT",
  "regionaal secretariaat": "SECRETARIAAT",
  griffier: "GRIFFIER",
  college: "COLLEGE",
  raadslid: "RAADSLID",
  bestuurssecretariaat: "BESTUURSSECRETARIAAT",
};

export const gebruikersImportSchema = z.object({
  csv: z
    .string({ error: "Kies een CSV-bestand." })
    .min(1, { error: "Het CSV-bestand is leeg." })
    .max(200_000, { error: "Het CSV-bestand is te groot (maximaal 200 kB)." }),
  toepassen: z.boolean().default(false),
});

/** The list's filters (from the URL's query string); anything unknown is ignored. */
export const gebruikersFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  rol: z.enum(ROLES).optional().catch(undefined),
  gemeente: z.string().trim().max(100).optional().catch(undefined),
  actief: z.enum(["ja", "nee"]).optional().catch(undefined),
});
export type GebruikersFilter = z.output<typeof gebruikersFilterSchema>;
