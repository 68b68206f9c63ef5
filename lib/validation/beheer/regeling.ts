import { z } from "zod";
import { isoDate, recordId, text } from "../common";
import { emptyToUndefined, naam, optionalId, slug, topics } from "./common";

export const VORMEN = {
  OPENBAAR_LICHAAM: "Openbaar lichaam",
  BEDRIJFSVOERINGSORGANISATIE: "Bedrijfsvoeringsorganisatie",
  CENTRUMGEMEENTE: "Centrumregeling (centrumgemeente)",
  GEMEENSCHAPPELIJK_ORGAAN: "Gemeenschappelijk orgaan",
  REGELING_ZONDER_MEER: "Regeling zonder meer",
} as const;

export const PARTIJEN = {
  COLLEGES: "Colleges",
  RADEN: "Raden",
  BURGEMEESTERS: "Burgemeesters",
  GEMENGD: "Gemengd",
} as const;

const categorieen = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean)
      : v,
  z
    .array(text().trim().min(1).max(100, { error: "Een categorie mag maximaal 100 tekens hebben." }))
    .max(30, { error: "Maximaal 30 categorieën." }),
);

const enumOf = <T extends Record<string, string>>(values: T, message: string) =>
  z.enum(Object.keys(values) as [keyof T & string, ...(keyof T & string)[]], { error: message });

export const participantSchema = z
  .object({
    gemeenteId: recordId("een gemeente"),
    scope: z.enum(["FULL", "ADDENDUM"], { error: "Kies volledig of addendum." }),
    scopeTopics: topics,
  })
  .refine((p) => p.scope === "FULL" || p.scopeTopics.length > 0, {
    error: "Noem bij een addendum de onderwerpen waarvoor de gemeente deelneemt.",
    path: ["scopeTopics"],
  });

/** A regeling with its participants. A participant left out of the list is end-dated, never deleted. */
export const regelingSchema = z
  .object({
    id: optionalId,
    regioId: recordId("een regio"),
    naam: naam("naam van de regeling"),
    slug: slug("korte naam (slug)"),
    vorm: enumOf(VORMEN, "Kies de vorm van de regeling."),
    partijen: enumOf(PARTIJEN, "Kies wie de partijen zijn.").default("COLLEGES"),
    vervangtId: z.preprocess(emptyToUndefined, text().trim().max(100).optional()),
    beoogdeInwerkingtreding: z.preprocess(emptyToUndefined, isoDate("beoogde datum van inwerkingtreding").optional()),
    topics,
    /** Days from sending to the assumed receipt at the griffie (lib/domain sending.ts); absent: unchanged. */
    ontvangstAannameDagen: z.preprocess(
      emptyToUndefined,
      z.coerce
        .number({ error: "Vul een aantal dagen in." })
        .int({ error: "Vul een heel aantal dagen in." })
        .min(0, { error: "Vul 0 of meer dagen in." })
        .max(30, { error: "Vul hoogstens 30 dagen in." })
        .optional(),
    ),
    /** Which raadsbesluiten need their PDF (lib/domain/pdf-requirement.ts); absent: unchanged. */
    pdfVerplicht: z.preprocess(
      emptyToUndefined,
      z.enum(["BESLUITEN", "ALLE"], { error: "Kies welke raadsbesluiten een pdf nodig hebben." }).optional(),
    ),
    /**
     * The categories of begrotingswijziging the regeling exempts from the raden's zienswijze (Wgr art. 35 lid 5:
     * "bij de regeling kan worden bepaald in welke categorieën van gevallen dat niet geldt"); comma-separated in
     * the form. Absent (older API/CLI clients): unchanged; an empty field: no category is exempt.
     */
    wijzigingVrijstelling: categorieen.optional(),
    deelnemers: z.array(participantSchema).min(1, { error: "Kies minstens één deelnemende gemeente." }).max(400),
  })
  .refine((r) => new Set(r.deelnemers.map((d) => d.gemeenteId)).size === r.deelnemers.length, {
    error: "Een gemeente staat twee keer in de lijst met deelnemers.",
    path: ["deelnemers"],
  });
export type RegelingInput = z.input<typeof regelingSchema>;

export const PROCEDURE_SOORTEN = {
  GR_TREFFEN: "Regeling treffen",
  GR_WIJZIGEN: "Regeling wijzigen",
  GR_OPHEFFEN: "Regeling opheffen",
  BELEIDSKADER_VASTSTELLEN: "Beleidskader vaststellen",
  DVH_ACTUALISEREN: "Dienstverleningshandvest actualiseren",
} as const;

export const procedureStartSchema = z.object({
  regelingId: recordId("een regeling"),
  kind: enumOf(PROCEDURE_SOORTEN, "Kies de soort procedure."),
  titel: naam("titel van de procedure"),
  /**
   * Optional: an existing document of the regeling the procedure is about (e.g. a beleidskader that was
   * published before); without it the procedure gets a new document of its kind.
   */
  documentId: z.preprocess(emptyToUndefined, text().trim().max(100).optional()),
});
export type ProcedureStartInput = z.input<typeof procedureStartSchema>;
