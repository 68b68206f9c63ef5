import { z } from "zod";
import "../locale";
import { text } from "../common";
import { missingVoteCounts } from "@/lib/domain/decision";
import { existsIfWellFormed, inRangeIfExists, yearRangeMessage } from "../dates";

/** Form fields stay strings (what an <input> holds); the services convert them. */
export const isoDate = (label: string) =>
  text({ error: `Vul de ${label} in.` })
    .trim()
    .min(1, { error: `Vul de ${label} in.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `Vul de ${label} in als datum (dd-mm-jjjj).` })
    .refine(existsIfWellFormed, { error: `De ${label} bestaat niet.` })
    .refine(inRangeIfExists, { error: yearRangeMessage(label) });

export const count = (label: string) =>
  text()
    .trim()
    .min(1, { error: `Vul het aantal ${label} in.` })
    .regex(/^\d{1,4}$/, { error: `Het aantal ${label} is een geheel getal (0 of meer).` });

export const optionalCount = (label: string) =>
  text()
    .trim()
    .regex(/^\d{0,4}$/, { error: `Het aantal ${label} is een geheel getal (0 of meer).` });

/** A checkbox: the form kit sends true/false, a plain HTML form "on" or nothing; the services see "on" or "". */
export const checkbox = z
  .union([z.boolean(), z.enum(["on", ""])], { error: "Ongeldige keuze." })
  .optional()
  .transform((v): "on" | "" => (v === true || v === "on" ? "on" : ""));

export const id = text()
  .trim()
  .min(1, { error: "Er ontbreekt een verwijzing; laad de pagina opnieuw." })
  .max(100, { error: "Deze verwijzing is ongeldig; laad de pagina opnieuw." });
/** At most 9 digits: the database's version columns are 32-bit integers. */
export const versionField = text().regex(/^\d{1,9}$/, {
  error: "Er ontbreekt een versienummer; laad de pagina opnieuw.",
});

export const MOTIE_SOORTEN = ["MOTIE", "AMENDEMENT"] as const;
export const MOTIE_UITKOMSTEN = ["AANGENOMEN", "VERWORPEN", "INGETROKKEN", "AANGEHOUDEN"] as const;

export const motieSchema = z.object({
  soort: z.enum(MOTIE_SOORTEN, { error: "Kies motie of amendement." }),
  titel: text()
    .trim()
    .min(1, { error: "Vul de titel van de motie of het amendement in." })
    .max(300, { error: "De titel is te lang (maximaal 300 tekens)." }),
  indiener: text()
    .trim()
    .min(1, { error: "Vul de indiener in." })
    .max(300, { error: "De indiener is te lang (maximaal 300 tekens)." }),
  uitkomst: z.enum(MOTIE_UITKOMSTEN, { error: "Kies de uitkomst." }),
});
export type MotieInput = z.infer<typeof motieSchema>;

/** What every raadsbesluit records (Gemeentewet art. 20/28): date, number, votes, moties/amendementen. */
export const besluitFields = {
  besluitdatum: isoDate("datum van de raadsvergadering"),
  besluitnummer: text()
    .trim()
    .min(1, { error: "Vul het besluitnummer in." })
    .max(100, { error: "Het besluitnummer is te lang." }),
  /** Required unless `zonderStemming` (hamerstuk): checked in the service (decisionOf) with a field error. */
  stemmenVoor: optionalCount("stemmen voor"),
  stemmenTegen: optionalCount("stemmen tegen"),
  zittingHebbendeLeden: optionalCount("zitting hebbende leden"),
  aanwezig: optionalCount("aanwezige leden"),
  /** "on": adopted without a vote (hamerstuk, unanimous); the vote counts may stay empty. */
  zonderStemming: checkbox,
  /** "on": a meeting reconvened under Gemeentewet art. 20 lid 2 (the quorum of lid 1 does not apply, lid 3). */
  heropendeVergadering: checkbox,
  /** "on": the griffier co-signed the raadsbesluit (Gemeentewet art. 32a lid 1). */
  griffierMedeondertekend: checkbox,
  moties: z.array(motieSchema).max(50, { error: "Maximaal 50 moties en amendementen per besluit." }),
};

export const toInt = (v: string | undefined): number | undefined =>
  v === undefined || v.trim() === "" ? undefined : Number(v);

const VOTE_COUNT_INPUT = {
  for: { path: "stemmenVoor", message: "Vul het aantal stemmen voor in." },
  against: { path: "stemmenTegen", message: "Vul het aantal stemmen tegen in." },
} as const;

/**
 * The vote counts are required unless the besluit was taken without a vote (hamerstuk): the domain's rule
 * (`missingVoteCounts`, Gemeentewet art. 29 and 30), with a message at each missing input.
 */
export function requireVotes(
  v: { stemmenVoor: string; stemmenTegen: string; zonderStemming?: "on" | "" },
  ctx: z.RefinementCtx,
): void {
  const missing = missingVoteCounts({
    for: toInt(v.stemmenVoor),
    against: toInt(v.stemmenTegen),
    withoutVote: v.zonderStemming === "on",
  });
  for (const field of missing) {
    const { path, message } = VOTE_COUNT_INPUT[field];
    ctx.addIssue({ code: "custom", path: [path], message });
  }
}

/** What names one participant's track of a procedure, and the track version the form was built on. */
export const trackFields = { procedureId: id, participantId: id, expectedVersion: versionField };
