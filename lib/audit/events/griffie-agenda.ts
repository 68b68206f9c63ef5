import { z } from "zod";
import { type AuditEventDefinition, count, defineEvent, plural } from "../define";

/**
 * The griffier's own subscriptions to the griffie agenda (issue 17 point 4): the private iCalendar address and the
 * weekly e-mail. The address itself is a secret and never enters the trail; only the link's id does.
 */
export const GRIFFIE_AGENDA_EVENTS = {
  agendalink_aangemaakt: defineEvent(
    "Privé-agendalink aangemaakt",
    z.object({ linkId: z.string(), ingetrokken: count }),
    (p) =>
      p.ingetrokken > 0
        ? `Nieuwe privé-agendalink aangemaakt; ${plural(p.ingetrokken, "oude link", "oude links")} werkt niet meer.`
        : "Privé-agendalink aangemaakt.",
  ),
  agendalink_ingetrokken: defineEvent(
    "Privé-agendalink ingetrokken",
    z.object({ ingetrokken: count }),
    (p) => `${plural(p.ingetrokken, "privé-agendalink", "privé-agendalinks")} ingetrokken.`,
  ),
  agendamail_gewijzigd: defineEvent("Wekelijkse agenda-e-mail aan- of uitgezet", z.object({ aan: z.boolean() }), (p) =>
    p.aan ? "De wekelijkse agenda-e-mail staat aan." : "De wekelijkse agenda-e-mail staat uit.",
  ),
} satisfies Record<string, AuditEventDefinition>;
