import { z } from "zod";
import { type AuditEventDefinition, count, defineEvent, plural } from "../define";

/** The subscription to a raad's public meeting calendar (iBabs, NotuBiz, GO) and what each fetch changed. */
export const AGENDA_FEED_EVENTS = {
  agendafeed_ingesteld: defineEvent(
    "Abonnement op de vergaderkalender ingesteld",
    z.object({ url: z.string() }),
    (p) => `De vergaderkalender van de raad wordt opgehaald van ${p.url}.`,
  ),
  agendafeed_opgezegd: defineEvent(
    "Abonnement op de vergaderkalender opgezegd",
    z.object({ url: z.string() }),
    (p) => `De vergaderkalender wordt niet meer opgehaald van ${p.url}.`,
  ),
  agendafeed_bijgewerkt: defineEvent(
    "Vergaderkalender bijgewerkt uit het abonnement",
    z.object({ toegevoegd: count, verplaatst: count, gewijzigd: count, geannuleerd: count, overgeslagen: count }),
    (p) =>
      `${plural(p.toegevoegd, "vergadering", "vergaderingen")} toegevoegd, ${p.verplaatst} verplaatst, ${p.gewijzigd} gewijzigd, ${p.geannuleerd} geannuleerd, ${p.overgeslagen} overgeslagen.`,
  ),
  agendafeed_mislukt: defineEvent(
    "Vergaderkalender kon niet worden opgehaald",
    z.object({ reden: z.string() }),
    (p) => `Ophalen mislukt: ${p.reden}`,
  ),
} satisfies Record<string, AuditEventDefinition>;
