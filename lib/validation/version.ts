import { z } from "zod";
import "./locale";
import { text } from "./common";
import { CONTENT_ITEM_KEYS } from "@/lib/domain/regeling/content-checklist";

const articleSchema = z.object({
  key: text()
    .trim()
    .min(1, { error: "Elk artikel heeft een sleutel." })
    .max(100)
    .regex(/^[a-z0-9-]+$/, { error: "Een sleutel bestaat uit kleine letters, cijfers en -." }),
  nummer: text().trim().min(1, { error: "Vul het artikelnummer in." }).max(40),
  titel: text().trim().min(1, { error: "Vul de titel van het artikel in." }).max(300),
  tekst: text()
    .trim()
    .min(1, { error: "Een artikel heeft tekst." })
    .max(100_000, { error: "De artikeltekst is te lang." }),
});

/** The text of a new (immutable) version: its name, status, and either articles or a structured text to import. */
export const publishVersionFields = {
  label: text({ error: "Geef de versie een naam." }).trim().min(1, { error: "Geef de versie een naam." }).max(200),
  status: z.enum(["CONCEPT", "DEFINITIEF"], { error: "Kies concept of definitief." }),
  toelichting: text().trim().max(5000).optional(),
  articles: z.array(articleSchema).max(500, { error: "Maximaal 500 artikelen." }).optional(),
  text: text().max(2_000_000, { error: "Het bestand is te groot." }).optional(),
  /** R16: the content items ticked off (checkboxes, or one comma-separated value). */
  inhoudChecklist: z
    .preprocess(
      // react-hook-form gives `false` for a checkbox group with nothing ticked.
      (v) => (v === false || v == null ? [] : typeof v === "string" ? v.split(",").filter((x) => x.trim() !== "") : v),
      z.array(z.enum(CONTENT_ITEM_KEYS as [string, ...string[]], { error: "Onbekend punt op de inhoudslijst." })),
    )
    .optional(),
};

/** A version needs articles or a structured text (shared by every form that publishes a text). */
export const hasVersionText = (v: { articles?: unknown[]; text?: string }) =>
  (v.articles?.length ?? 0) > 0 || (v.text?.trim().length ?? 0) > 0;
export const VERSION_TEXT_MISSING = { error: "Voeg artikelen toe of importeer een tekstbestand.", path: ["articles"] };

/** Publishing a new (immutable) version of a document: either articles, or a structured text to import. */
export const publishVersionSchema = z
  .object({
    documentId: text({ error: "Kies een document." }).trim().min(1, { error: "Kies een document." }).max(100),
    ...publishVersionFields,
  })
  .refine(hasVersionText, VERSION_TEXT_MISSING);

export type PublishVersionInput = z.input<typeof publishVersionSchema>;
