import { z } from "zod";
import { type AuditEventDefinition, count, defineEvent, formatDate, id, isoDate, plural } from "../define";

const MEETING_KINDS: Record<string, string> = { COMMISSIE: "Commissievergadering", RAAD: "Raadsvergadering" };

/** The correction stores the votes as the form sent them (digits as text); older events too. */
const votes = z.union([count, z.string().regex(/^\d{1,4}$/)]);

const concept = z.object({ procedureId: id, participantId: id, punten: count });

/** A meeting as the griffie entered it (locatie and agendaUrl were added later: older events lack them). */
const meeting = z.object({
  kind: z.string(),
  datum: isoDate,
  titel: z.string().optional(),
  aanvang: z.string().optional(),
  einde: z.string().optional(),
  locatie: z.string().optional(),
  agendaUrl: z.string().optional(),
});

function describeMeeting(p: z.infer<typeof meeting>): string {
  const time = p.aanvang ? ` om ${p.aanvang}${p.einde ? `–${p.einde}` : ""}` : "";
  const place = p.locatie ? `, ${p.locatie}` : "";
  const link = p.agendaUrl ? ` Agenda: ${p.agendaUrl}` : "";
  return `${MEETING_KINDS[p.kind] ?? "Vergadering"} op ${formatDate(p.datum)}${time}${place}${p.titel ? ` ("${p.titel}")` : ""}.${link}`;
}

/** What a griffie records besides the procedure steps: zienswijze drafts, corrections, the meeting calendar. */
export const GRIFFIE_EVENTS = {
  zienswijze_concept_aangemaakt: defineEvent(
    "Conceptzienswijze aangemaakt",
    concept,
    (p) => `Conceptzienswijze met ${plural(p.punten, "punt", "punten")} aangemaakt.`,
  ),
  zienswijze_concept_gewijzigd: defineEvent(
    "Conceptzienswijze gewijzigd",
    concept,
    (p) => `Conceptzienswijze gewijzigd; nu ${plural(p.punten, "punt", "punten")}.`,
  ),
  zienswijze_ingediend: defineEvent(
    "Zienswijze ingediend",
    z.object({ ingediendOp: isoDate }),
    (p) => `De zienswijze is ingediend op ${formatDate(p.ingediendOp)}.`,
  ),
  raadsbesluit_gecorrigeerd: defineEvent(
    "Raadsbesluit gecorrigeerd",
    z.object({
      corrigeert: id,
      besluitdatum: isoDate,
      besluitnummer: z.string().optional(),
      stemmenVoor: votes.optional(),
      stemmenTegen: votes.optional(),
    }),
    (p) =>
      `Het raadsbesluit is gecorrigeerd: besloten op ${formatDate(p.besluitdatum)}${
        p.besluitnummer ? `, besluitnummer ${p.besluitnummer}` : ""
      }${p.stemmenVoor !== undefined ? `, ${p.stemmenVoor} stemmen voor, ${p.stemmenTegen ?? 0} tegen` : ""}.`,
  ),
  vergadering_toegevoegd: defineEvent("Vergadering toegevoegd aan de kalender", meeting, describeMeeting),
  vergadering_gewijzigd: defineEvent("Vergadering gewijzigd", meeting, (p) => `Gewijzigd in: ${describeMeeting(p)}`),
  vergadering_geannuleerd: defineEvent(
    "Vergadering geannuleerd",
    z.object({ kind: z.string(), datum: isoDate, titel: z.string().optional() }),
    (p) =>
      `${MEETING_KINDS[p.kind] ?? "Vergadering"} op ${formatDate(p.datum)}${p.titel ? ` ("${p.titel}")` : ""} is geannuleerd.`,
  ),
  reces_toegevoegd: defineEvent(
    "Reces toegevoegd aan de kalender",
    z.object({ label: z.string(), van: isoDate, tot: isoDate }),
    (p) => `${p.label}: van ${formatDate(p.van)} tot en met ${formatDate(p.tot)}.`,
  ),
  vergaderingen_geimporteerd: defineEvent(
    "Vergaderingen geïmporteerd",
    z.object({ bestand: z.string(), geimporteerd: count, overgeslagen: count }),
    (p) =>
      `Uit "${p.bestand}": ${plural(p.geimporteerd, "vergadering", "vergaderingen")} toegevoegd, ${p.overgeslagen} overgeslagen.`,
  ),
} satisfies Record<string, AuditEventDefinition>;
