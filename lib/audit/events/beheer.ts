import { z } from "zod";
import { type AuditEventDefinition, count, defineEvent, formatDate, id, isoDate, plural } from "../define";

const regio = z.object({ naam: z.string(), slug: z.string(), omschrijving: z.string().nullable() });
const gemeente = z.object({
  regioId: id,
  naam: z.string(),
  slug: z.string(),
  cbsCode: z.string().nullable(),
  zetels: count,
  griffieEmail: z.string().nullable(),
});
/** Opheffen (an end date) or opening again; opgehevenOp null: open again. */
const ending = z.object({ slug: z.string(), opgehevenOp: isoDate.nullable() });
const endingText = (what: string) => (p: z.output<typeof ending>) =>
  p.opgehevenOp ? `${what} ${p.slug} opgeheven per ${formatDate(p.opgehevenOp)}.` : `${what} ${p.slug} is weer actief.`;

const regeling = z.object({
  naam: z.string(),
  slug: z.string(),
  vorm: z.string(),
  partijen: z.string(),
  regioId: id,
  vervangtId: z.string().nullable(),
  topics: z.array(z.string()),
  targetInForce: z.string().nullable(),
  ontvangstAannameDagen: z.number().int().optional(),
  pdfVerplicht: z.string().optional(),
  deelnemers: z.array(z.object({ gemeenteId: id, scope: z.string() })),
  beeindigd: count,
});

/** Beheer: regio's, gemeenten and regelingen (the procedures they start are in gr-procedure.ts). */
export const BEHEER_EVENTS = {
  regio_aangemaakt: defineEvent("Regio aangemaakt", regio, (p) => `Regio "${p.naam}" aangemaakt.`),
  regio_gewijzigd: defineEvent("Regio gewijzigd", regio, (p) => `Regio "${p.naam}" gewijzigd.`),
  regio_opgeheven: defineEvent("Regio opgeheven", ending, endingText("Regio")),
  regio_heropend: defineEvent("Regio weer actief", ending, endingText("Regio")),
  gemeente_aangemaakt: defineEvent(
    "Gemeente aangemaakt",
    gemeente,
    (p) => `Gemeente ${p.naam} aangemaakt (${p.zetels} raadszetels).`,
  ),
  gemeente_gewijzigd: defineEvent(
    "Gemeente gewijzigd",
    gemeente,
    (p) => `Gemeente ${p.naam} gewijzigd (${p.zetels} raadszetels).`,
  ),
  gemeente_opgeheven: defineEvent("Gemeente opgeheven", ending, endingText("Gemeente")),
  gemeente_heropend: defineEvent("Gemeente weer actief", ending, endingText("Gemeente")),
  gemeenten_geimporteerd: defineEvent(
    "Gemeenten geïmporteerd",
    z.object({ gemeenten: z.array(z.object({ id, naam: z.string() })) }),
    (p) =>
      `${plural(p.gemeenten.length, "gemeente", "gemeenten")} geïmporteerd: ${p.gemeenten.map((g) => g.naam).join(", ")}.`,
  ),
  regeling_aangemaakt: defineEvent(
    "Regeling aangemaakt",
    regeling,
    (p) => `Regeling "${p.naam}" aangemaakt met ${plural(p.deelnemers.length, "deelnemer", "deelnemers")}.`,
  ),
  regeling_gewijzigd: defineEvent(
    "Regeling gewijzigd",
    regeling,
    (p) =>
      `Regeling "${p.naam}" gewijzigd: ${plural(p.deelnemers.length, "deelnemer", "deelnemers")}${
        p.beeindigd ? `, ${p.beeindigd} beëindigd` : ""
      }.`,
  ),
  vervangen_regeling_einde_vastgelegd: defineEvent(
    "Einde vervangen regeling vastgelegd",
    z.object({ slug: z.string(), vervangenDoor: z.string(), einddatum: isoDate }),
    (p) => `Regeling ${p.slug} eindigt op ${formatDate(p.einddatum)}; ${p.vervangenDoor} vervangt haar.`,
  ),
  register_inschrijving_vastgelegd: defineEvent(
    "Inschrijving in register vastgelegd",
    z.object({ slug: z.string(), register: z.string(), ingeschrevenOp: isoDate }),
    (p) =>
      `Regeling ${p.slug} ingeschreven in ${p.register === "centraal" ? "het centrale GR-register" : "het register van een deelnemende gemeente"} op ${formatDate(p.ingeschrevenOp)}.`,
  ),
  // The demo seed (lib/services/demo/seed-commands.ts): a gemeente of the sources has no seat count.
  demo_gemeente_aangemaakt: defineEvent(
    "Demogemeente aangemaakt",
    z.object({ regioId: id.nullable(), naam: z.string(), slug: z.string() }),
    (p) => `Gemeente ${p.naam} aangemaakt voor de demo.`,
  ),
  demodata_geladen: defineEvent(
    "Demodata geladen",
    z.object({ gemeenten: count, regelingen: count, mijlpalen: count, documenten: count }),
    (p) =>
      `Demodata geladen: ${plural(p.gemeenten, "gemeente", "gemeenten")}, ${plural(p.regelingen, "regeling", "regelingen")}, ${plural(p.mijlpalen, "mijlpaal", "mijlpalen")} en ${plural(p.documenten, "document", "documenten")}.`,
  ),
} satisfies Record<string, AuditEventDefinition>;
