import { z } from "zod";
import "../locale";

/** Make a new private agenda address (the old one stops working) or revoke it: the form sends only its choice. */
export const agendaLinkSchema = z.object({
  actie: z.enum(["aanmaken", "intrekken"], { error: "Kies of u een link wilt aanmaken of intrekken." }),
});
export type AgendaLinkInput = z.input<typeof agendaLinkSchema>;

/** The weekly agenda e-mail on or off. */
export const agendaMailSchema = z.object({
  aan: z.boolean({ error: "Geef aan of u de wekelijkse agenda-e-mail wilt ontvangen." }),
});
export type AgendaMailInput = z.input<typeof agendaMailSchema>;

/** The secret of a private agenda address: 32 random bytes, base64url (43 characters). */
export const AGENDA_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
