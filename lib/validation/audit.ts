import { z } from "zod";
import { isoDate, text } from "./common";

/** Largest value of a PostgreSQL bigint: a larger cursor would make the query itself fail. */
const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** An empty field of a GET form means "no filter", not "filter on the empty string". */
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

/**
 * The audit view's filters, as they arrive in the query string of the GET form (and of the CSV
 * link, which carries the same query). Every message is Dutch; the view shows them per field.
 */
export const auditQuerySchema = z
  .object({
    wie: optional(
      // text(): NUL and lone surrogates get a Dutch refusal instead of a database error.
      text()
        .trim()
        .toLowerCase()
        .max(254, { error: "Het e-mailadres is te lang." })
        .regex(/^[^\s@]+@[^\s@]+$/, {
          error: "Vul bij Wie een e-mailadres in, bijvoorbeeld griffier.almere@demo.gr-volg.nl.",
        }),
    ),
    soort: optional(
      z
        .string()
        .trim()
        .max(80, { error: "De soort gebeurtenis is te lang." })
        .regex(/^[a-z0-9_]+$/, {
          error:
            "Een soort gebeurtenis bestaat uit kleine letters en liggende streepjes, bijvoorbeeld zienswijze_vastgesteld.",
        }),
    ),
    onderwerp: optional(text().trim().max(200, { error: "Het onderwerp is te lang (maximaal 200 tekens)." })),
    gemeente: optional(
      z
        .string()
        .trim()
        .max(100)
        .regex(/^[a-z0-9-]+$/, { error: "Kies een gemeente uit de lijst." }),
    ),
    van: optional(isoDate("begindatum")),
    tot: optional(isoDate("einddatum")),
    na: optional(
      z
        .string()
        .regex(/^\d{1,19}$/, { error: "Deze pagina bestaat niet. Begin opnieuw bij de eerste pagina." })
        // Zod runs this refine even after the regex failed: guard, or BigInt("abc") throws (a 500).
        .refine((v) => /^\d{1,19}$/.test(v) && BigInt(v) <= MAX_BIGINT, {
          error: "Deze pagina bestaat niet. Begin opnieuw bij de eerste pagina.",
        }),
    ),
  })
  .refine((q) => !q.van || !q.tot || q.van <= q.tot, { path: ["tot"], error: "De einddatum ligt vóór de begindatum." });

export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const AUDIT_FILTER_FIELDS = ["wie", "soort", "onderwerp", "gemeente", "van", "tot"] as const;

/** Query string (URLSearchParams or Next's searchParams object) → plain strings; a repeated key counts once. */
export function queryRecord(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (input instanceof URLSearchParams) {
    for (const [k, v] of input) out[k] ??= v;
    return out;
  }
  for (const [k, v] of Object.entries(input)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string") out[k] = first;
  }
  return out;
}
