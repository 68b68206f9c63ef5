import { z } from "zod";
import "../locale";
import { text } from "../common";
import { besluitFields, id, isoDate, requireVotes, trackFields, versionField } from "./common";

/** Receipt at the griffie of the ontwerp (R1/R25) or of the toestemmingsvoorstel. */
export const ontvangstSchema = z.object({
  ...trackFields,
  stap: z.enum(["ontwerp", "toestemmingsvoorstel"], { error: "Kies wat er is ontvangen." }),
  ontvangenOp: isoDate("datum van ontvangst door de griffie"),
});
export type OntvangstInput = z.infer<typeof ontvangstSchema>;

export const zienswijzePointSchema = z.object({
  onderwerp: text()
    .trim()
    .min(1, { error: "Vul het onderwerp van het punt in." })
    .max(300, { error: "Het onderwerp is te lang (maximaal 300 tekens)." }),
  /** "" = the document as a whole. */
  articleId: text().max(100, { error: "Kies een artikel uit de lijst." }),
  tekst: text().trim().min(1, { error: "Vul de tekst van het punt in." }).max(20000, { error: "De tekst is te lang." }),
});

/** A draft zienswijze: numbered points (numbered by their order), each about an article of the version. */
export const zienswijzeConceptSchema = z.object({
  procedureId: id,
  participantId: id,
  /** Empty for a new draft; the draft's id and version when editing. */
  zienswijzeId: text().max(100, { error: "Deze verwijzing is ongeldig; laad de pagina opnieuw." }),
  conceptVersion: text().regex(/^\d{0,9}$/, { error: "Er ontbreekt een versienummer; laad de pagina opnieuw." }),
  points: z
    .array(zienswijzePointSchema)
    .min(1, { error: "Een zienswijze heeft ten minste één punt." })
    .max(100, { error: "Maximaal 100 punten." }),
});
export type ZienswijzeConceptInput = z.infer<typeof zienswijzeConceptSchema>;

/** The raad adopted the draft (the PDF of the signed raadsbesluit travels beside these fields). */
export const zienswijzeVaststellenSchema = z
  .object({
    zienswijzeId: id,
    expectedVersion: versionField,
    /** The version of the draft the griffier saw: the raad adopts exactly those points. */
    conceptVersion: versionField,
    ...besluitFields,
  })
  .superRefine(requireVotes);
export type ZienswijzeVaststellenInput = z.infer<typeof zienswijzeVaststellenSchema>;

export const zienswijzeIndienenSchema = z.object({
  zienswijzeId: id,
  ingediendOp: isoDate("datum van indienen"),
});
export type ZienswijzeIndienenInput = z.infer<typeof zienswijzeIndienenSchema>;

export const geenZienswijzeSchema = z
  .object({
    ...trackFields,
    ...besluitFields,
  })
  .superRefine(requireVotes);
export type GeenZienswijzeInput = z.infer<typeof geenZienswijzeSchema>;

export const TOESTEMMING_UITKOMSTEN = ["VERLEEND", "GEWEIGERD", "AANGEHOUDEN"] as const;
export const WEIGERINGSGRONDEN = ["STRIJD_MET_HET_RECHT", "STRIJD_MET_HET_ALGEMEEN_BELANG", "ANDERE_GROND"] as const;
export { WEIGERINGSGROND_LABELS } from "@/lib/presentation/labels";

/** Toestemming verleend, geweigerd (ground + motivation, R7) or aangehouden (expected new date). */
export const toestemmingSchema = z
  .object({
    ...trackFields,
    documentVersionId: id,
    uitkomst: z.enum(TOESTEMMING_UITKOMSTEN, { error: "Kies wat de raad heeft besloten." }),
    weigeringsgrond: text(),
    motivering: text().trim().max(20000, { error: "De motivering is te lang." }),
    verwachteDatum: text().trim(),
    ...besluitFields,
  })
  .superRefine(requireVotes)
  .superRefine((v, ctx) => {
    if (v.uitkomst === "GEWEIGERD") {
      if (!(WEIGERINGSGRONDEN as readonly string[]).includes(v.weigeringsgrond)) {
        ctx.addIssue({
          code: "custom",
          path: ["weigeringsgrond"],
          message: "Kies de wettelijke grond voor de weigering (Wgr art. 1 lid 4).",
        });
      }
      if (!v.motivering)
        ctx.addIssue({ code: "custom", path: ["motivering"], message: "Vul de motivering van de weigering in." });
    }
    if (v.uitkomst === "AANGEHOUDEN") {
      const r = isoDate("verwachte nieuwe besluitdatum").safeParse(v.verwachteDatum);
      if (!r.success) ctx.addIssue({ code: "custom", path: ["verwachteDatum"], message: r.error.issues[0].message });
      else if (v.verwachteDatum <= v.besluitdatum) {
        ctx.addIssue({
          code: "custom",
          path: ["verwachteDatum"],
          message: "De verwachte nieuwe besluitdatum ligt na de datum van het aanhouden.",
        });
      }
    }
  });
export type ToestemmingInput = z.infer<typeof toestemmingSchema>;

/** A correction of a registered raadsbesluit: a new besluit pointing at the old one, with a reason. */
export const correctieSchema = z
  .object({
    besluitId: id,
    reden: text()
      .trim()
      .min(1, { error: "Vul de reden van de correctie in." })
      .max(2000, { error: "De reden is te lang." }),
    ...besluitFields,
  })
  .superRefine(requireVotes);
export type CorrectieInput = z.infer<typeof correctieSchema>;

/** Putting the zienswijze or the toestemmingsvoorstel on the agenda of the commissie and the raad. */
export const agenderingSchema = z
  .object({
    ...trackFields,
    stap: z.enum(["zienswijze", "toestemming"], { error: "Kies wat er wordt geagendeerd." }),
    commissieDatum: text().trim(),
    raadDatum: isoDate("datum van de raadsvergadering"),
  })
  .superRefine((v, ctx) => {
    if (v.commissieDatum) {
      const r = isoDate("datum van de commissievergadering").safeParse(v.commissieDatum);
      if (!r.success) ctx.addIssue({ code: "custom", path: ["commissieDatum"], message: r.error.issues[0].message });
      else if (v.commissieDatum > v.raadDatum) {
        ctx.addIssue({
          code: "custom",
          path: ["commissieDatum"],
          message: "De commissievergadering ligt vóór of op de dag van de raadsvergadering.",
        });
      }
    }
  });
export type AgenderingInput = z.infer<typeof agenderingSchema>;
