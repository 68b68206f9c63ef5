import { z } from "zod";
import "../locale";
import { text } from "../common";
import { id } from "./common";

/** Syntax only (the form and the command): an absolute http(s) URL without credentials. */
export function feedUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "Vul een volledig webadres in, beginnend met https://.";
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return "Alleen webadressen met https:// of http:// kunnen worden opgehaald.";
  if (url.username || url.password) return "Een webadres met gebruikersnaam of wachtwoord kan niet worden gebruikt.";
  return null;
}

/** The subscription to a raad's public iCalendar feed; an empty URL ends it. */
export const agendaFeedSchema = z.object({
  gemeenteId: id,
  url: text()
    .trim()
    .max(2000, { error: "Het webadres is te lang." })
    .refine((v) => v === "" || feedUrlProblem(v) === null, { error: (i) => feedUrlProblem(String(i.input)) ?? "" }),
});
export type AgendaFeedInput = z.infer<typeof agendaFeedSchema>;
