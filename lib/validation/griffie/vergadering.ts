import { z } from "zod";
import "../locale";
import { text } from "../common";
import { id, isoDate, versionField } from "./common";
import { feedUrlProblem } from "./agenda-feed";

export const VERGADER_SOORTEN = ["COMMISSIE", "RAAD"] as const;

/** C0 and C1 control characters (tab, newline, escape, …): invisible, and they break the ICS feed's lines. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A meeting of the own raad or one of its commissies — added by hand AND imported from a CSV or
 * iCalendar file (lib/services/griffie/vergaderingen.ts): one set of field rules for both.
 */
/** "19:30" (24-hour clock) or empty. */
const clockTime = (what: string) =>
  text()
    .trim()
    .default("")
    .refine((v) => v === "" || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), {
      error: `Vul de ${what} in als uren en minuten, bijvoorbeeld 19:30.`,
    });

const meetingFields = z.object({
  kind: z.enum(VERGADER_SOORTEN, { error: "Kies commissie of raad." }),
  datum: isoDate("datum van de vergadering"),
  titel: text()
    .trim()
    .max(200, { error: "De titel is te lang (maximaal 200 tekens)." })
    .refine((v) => !CONTROL.test(v), {
      error:
        "De titel bevat een onzichtbaar stuurteken (zoals een tab of regeleinde). Haal het weg en probeer het opnieuw.",
    }),
  // Optional times (Dutch local time); older forms and files send none, so the meeting stays all-day.
  aanvang: clockTime("aanvang"),
  einde: clockTime("einde"),
  // Added later: older forms and files send neither, so both default to empty.
  locatie: text()
    .trim()
    .default("")
    .pipe(
      z
        .string()
        .max(200, { error: "De locatie is te lang (maximaal 200 tekens)." })
        .refine((v) => !CONTROL.test(v), { error: "De locatie bevat een onzichtbaar stuurteken. Haal het weg." }),
    ),
  agendaUrl: text()
    .trim()
    .default("")
    .pipe(
      z
        .string()
        .max(2000, { error: "Het webadres is te lang." })
        .refine((v) => v === "" || feedUrlProblem(v) === null, {
          error: (i) => feedUrlProblem(String(i.input)) ?? "",
        }),
    ),
});

const endAfterStart = <T extends { aanvang: string; einde: string }>(v: T) =>
  !v.einde || (!!v.aanvang && v.einde > v.aanvang);
const END_AFTER_START = { path: ["einde"], error: "Het einde ligt na de aanvang (vul ook de aanvang in)." };

export const vergaderingSchema = meetingFields.refine(endAfterStart, END_AFTER_START);
export type VergaderingInput = z.infer<typeof vergaderingSchema>;

/** Editing a meeting: the same fields, the meeting and the version the form was shown with. */
export const vergaderingWijzigenSchema = meetingFields
  .extend({ meetingId: id, expectedSequence: versionField })
  .refine(endAfterStart, END_AFTER_START);
export type VergaderingWijzigenInput = z.infer<typeof vergaderingWijzigenSchema>;

/** Cancelling a meeting: it stays for the record (cancelledAt), nothing is deleted. */
export const vergaderingAnnulerenSchema = z.object({ meetingId: id });

export const recesSchema = z
  .object({
    label: text()
      .trim()
      .min(1, { error: "Vul de naam van het reces in, bijvoorbeeld Zomerreces." })
      .max(100, { error: "De naam is te lang." }),
    van: isoDate("eerste dag van het reces"),
    tot: isoDate("laatste dag van het reces"),
  })
  .refine((v) => v.tot >= v.van, { path: ["tot"], error: "De laatste dag ligt op of na de eerste dag." });
export type RecesInput = z.infer<typeof recesSchema>;
