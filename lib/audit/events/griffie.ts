import { z } from "zod";
import { type AuditEventDefinition, count, defineEvent, formatDate, id, isoDate, plural } from "../define";

const MEETING_KINDS: Record<string, string> = { COMMISSIE: "Commissievergadering", RAAD: "Raadsvergadering" };

/** The correction stores the votes as the form sent them (digits as text); older events too. */
const votes = z.union([count, z.string().regex(/^\d{1,4}$/)]);

const concept = z.object({ procedureId: id, participantId: id, punten: count });

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
  vergadering_toegevoegd: defineEvent(
    "Vergadering toegevoegd aan de kalender",
    z.object({
      kind: z.string(),
      datum: isoDate,
      titel: z.string().optional(),
      aanvang: z.string().optional(),
      einde: z.string().optional(),
    }),
    (p) =>
      `${MEETING_KINDS[p.kind] ?? "Vergadering"} op ${formatDate(p.datum)}${p.aanvang ? ` om ${p.aanvang}${p.einde ? `–${p.einde}` : ""}` : ""}${p.titel ? ` ("${p.titel}")` : ""}.`,
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
