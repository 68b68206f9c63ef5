import { z } from "zod";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import { type AuditEventDefinition, defineEvent, formatTimestamp, id } from "../define";

const roleName = (role: string) => (isRole(role) ? ROLE_LABELS[role] : role);
const invitationUsed = z.object({ invitationId: id, purpose: z.string() });
const invitationIssued = z.object({ invitationId: id, purpose: z.string(), expiresAt: z.string() });
const change = <S extends z.ZodType>(value: S) => z.object({ van: value, naar: value });

/** Accounts: created, invited, changed, (de)activated, and the one-time links they use. */
export const USER_EVENTS = {
  eerste_beheerder_aangemaakt: defineEvent(
    "Eerste beheerder aangemaakt",
    z.object({ email: z.string(), naam: z.string(), via: z.string(), bron: z.string().nullable().optional() }),
    (p) => `${p.naam} (${p.email}) is als eerste beheerder aangemaakt.`,
  ),
  installatiecode_uitgegeven: defineEvent(
    "Installatiecode voor de eerste beheerder uitgegeven",
    z.object({ expiresAt: z.string() }),
    (p) => `Nieuwe installatiecode voor /eerste-beheerder; geldig tot ${formatTimestamp(p.expiresAt)}.`,
  ),
  gebruiker_aangemaakt: defineEvent(
    "Gebruiker aangemaakt",
    z.object({
      email: z.string(),
      naam: z.string(),
      role: z.string(),
      gemeenteId: z.string().nullable().optional(),
      bron: z.string().optional(),
    }),
    (p) => `${p.naam} (${p.email}) aangemaakt als ${roleName(p.role)}${p.bron === "csv" ? " (CSV-import)" : ""}.`,
  ),
  gebruiker_gewijzigd: defineEvent(
    "Gebruiker gewijzigd",
    z.object({ email: z.string(), role: change(z.string()), gemeenteId: change(z.string().nullable()) }),
    (p) =>
      p.role.van === p.role.naar
        ? `Gemeente van ${p.email} gewijzigd.`
        : `Rol van ${p.email} gewijzigd van ${roleName(p.role.van)} naar ${roleName(p.role.naar)}.`,
  ),
  gebruiker_gedeactiveerd: defineEvent(
    "Gebruiker gedeactiveerd",
    z.object({ email: z.string() }),
    (p) => `${p.email} kan niet meer inloggen.`,
  ),
  gebruiker_geheractiveerd: defineEvent(
    "Gebruiker weer actief",
    z.object({ email: z.string() }),
    (p) => `${p.email} kan weer inloggen.`,
  ),
  gebruiker_uitgenodigd: defineEvent(
    "Gebruiker uitgenodigd",
    invitationIssued,
    (p) =>
      `${p.purpose === "wachtwoord-herstel" ? "Herstellink" : "Uitnodiging"} gemaakt; geldig tot ${formatTimestamp(p.expiresAt)}.`,
  ),
  wachtwoord_herstel_aangevraagd: defineEvent(
    "Herstellink voor het wachtwoord gemaakt",
    invitationIssued,
    (p) => `Herstellink gemaakt; geldig tot ${formatTimestamp(p.expiresAt)}.`,
  ),
  uitnodiging_geaccepteerd: defineEvent(
    "Uitnodiging geaccepteerd",
    invitationUsed,
    () => "De uitnodiging is gebruikt en een wachtwoord is ingesteld.",
  ),
  wachtwoord_hersteld: defineEvent(
    "Wachtwoord hersteld",
    invitationUsed,
    () => "Met een herstellink is een nieuw wachtwoord ingesteld.",
  ),
} satisfies Record<string, AuditEventDefinition>;
