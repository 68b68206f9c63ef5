import { z } from "zod";
import { type AuditEventDefinition, count, defineEvent, formatTimestamp, id, plural } from "../define";

const source = (bron: string | null | undefined) => (bron ? ` vanaf ${bron}` : "");
const signIn = z.object({ bron: z.string(), methode: z.string() });
const session = z.object({ bronadres: z.string().nullable() });

/** Sign-in, sessions, throttling and a user's own settings (accounts themselves: users.ts). */
export const ACCOUNT_EVENTS = {
  inloggen_gelukt: defineEvent("Ingelogd", signIn, (p) => `Ingelogd met ${p.methode}${source(p.bron)}.`),
  inloggen_mislukt: defineEvent(
    "Inloggen mislukt",
    signIn,
    (p) => `Inloggen met ${p.methode} mislukt${source(p.bron)}.`,
  ),
  inloggen_afgeremd: defineEvent(
    "Inloggen tijdelijk afgeremd",
    z.object({ bron: z.string(), afremmen: z.enum(["account_en_bron", "bron"]), mislukt: count, tot: z.string() }),
    (p) =>
      `Na ${plural(p.mislukt, "mislukte poging", "mislukte pogingen")} is inloggen ${
        p.afremmen === "bron" ? "vanaf dit adres" : "op dit account vanaf dit adres"
      } afgeremd tot ${formatTimestamp(p.tot)}${source(p.bron)}.`,
  ),
  afgemeld: defineEvent("Afgemeld", session, (p) => `Afgemeld${source(p.bronadres)}.`),
  sessie_ingetrokken: defineEvent(
    "Sessie beëindigd",
    session.extend({ eigenSessie: z.boolean() }),
    (p) =>
      `${p.eigenSessie ? "De eigen sessie" : "Een sessie op een ander apparaat"} is beëindigd${source(p.bronadres)}.`,
  ),
  overal_afgemeld: defineEvent(
    "Overal afgemeld",
    session.extend({ aantal: count }),
    (p) => `Overal afgemeld: ${plural(p.aantal, "sessie", "sessies")} beëindigd${source(p.bronadres)}.`,
  ),
  oidc_identiteit_gekoppeld: defineEvent(
    "Inlogaccount van de gemeente gekoppeld",
    z.object({ identityId: id, issuer: z.string(), subject: z.string(), provider: z.string(), email: z.string() }),
    (p) => `Het account ${p.email} is gekoppeld aan de inlogdienst ${p.provider}.`,
  ),
  volginstellingen_gewijzigd: defineEvent(
    "Volginstellingen gewijzigd",
    z.object({ regelingen: count }),
    (p) => `Volgt nu ${plural(p.regelingen, "regeling", "regelingen")}.`,
  ),
  samenvatting_afgemeld: defineEvent("Afgemeld voor de wekelijkse samenvatting", z.object({ via: z.string() }), (p) =>
    p.via === "afmeldlink" ? "Afgemeld via de link in de e-mail." : `Afgemeld via ${p.via}.`,
  ),
} satisfies Record<string, AuditEventDefinition>;
