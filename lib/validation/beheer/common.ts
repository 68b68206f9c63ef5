import { z } from "zod";
import { text } from "../common";

/** A slug as used in public URLs (/regelingen/<slug>): lower-case letters, digits and hyphens. */
export const slug = (label: string) =>
  text({ error: `Vul de ${label} in.` })
    .trim()
    .min(2, { error: `De ${label} moet minstens 2 tekens hebben.` })
    .max(80, { error: `De ${label} mag maximaal 80 tekens hebben.` })
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      error: `De ${label} mag alleen kleine letters, cijfers en koppeltekens bevatten (bijvoorbeeld "gr-sociaal-domein").`,
    });

export const naam = (label: string) =>
  text({ error: `Vul de ${label} in.` })
    .trim()
    .min(2, { error: `Vul de ${label} in.` })
    .max(200, { error: `De ${label} mag maximaal 200 tekens hebben.` });

/** "" (nothing chosen) → undefined, so optional selects and inputs can send an empty string. */
export const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The id of an existing record when editing; absent or "" when creating. */
export const optionalId = z.preprocess(emptyToUndefined, text().trim().max(100).optional());

export const email = (label: string) =>
  z.preprocess(
    emptyToUndefined,
    text()
      .trim()
      .max(200)
      .email({ error: `Vul bij ${label} een geldig e-mailadres in (naam@gemeente.nl).` })
      .optional(),
  );

/** Topics as a comma-separated text in the form, a list in the database. */
export const topics = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean)
      : v,
  z
    .array(text().trim().min(1).max(100, { error: "Een onderwerp mag maximaal 100 tekens hebben." }))
    .max(30, { error: "Maximaal 30 onderwerpen." }),
);
