import { z } from "zod";
import type { BegrotingswijzigingEvent } from "@/lib/domain/procedures/begrotingswijziging";
import { type AuditEventDefinition, count, defineEvent, formatDate, id, isoDate } from "../define";

type WijzigingEventType = BegrotingswijzigingEvent["type"];

/** lib/services/begroting/wijziging-store.ts stores a step of a begrotingswijziging under this type. */
export const wijzigingAuditType = <T extends WijzigingEventType>(type: T) => `begroting_${type}` as const;

type WijzigingAuditType = ReturnType<typeof wijzigingAuditType<WijzigingEventType>> | "begroting_wijziging_aangemaakt";

/** The number of the wijziging within its cycle: the store adds it to every payload. */
const nummer = count.min(1);

/** A begrotingswijziging's steps (Wgr art. 35 lid 5); payload: the domain's event plus the wijziging's number. */
export const BEGROTINGSWIJZIGING_EVENTS: Record<WijzigingAuditType, AuditEventDefinition> = {
  begroting_wijziging_aangemaakt: defineEvent(
    "Begrotingswijziging aangemaakt",
    z.object({ wijziging: nummer, titel: z.string(), categorie: z.string().optional(), vrijgesteld: z.boolean() }),
    (p) =>
      `Begrotingswijziging ${p.wijziging} "${p.titel}" is aangemaakt${p.vrijgesteld ? " (de regeling zondert haar categorie uit van de zienswijzeprocedure)" : ""}.`,
  ),
  begroting_wijziging_verzonden: defineEvent(
    "Begrotingswijziging: ontwerpwijziging naar de raden",
    z.object({ wijziging: nummer, sentOn: isoDate, aanbiedingOn: isoDate.optional() }),
    (p) => `Ontwerpwijziging ${p.wijziging} is op ${formatDate(p.sentOn)} naar de raden gestuurd.`,
  ),
  begroting_wijziging_zienswijze: defineEvent(
    "Begrotingswijziging: zienswijze van de raad",
    z.object({ wijziging: nummer, participantId: id, decidedOn: isoDate, text: z.string() }),
    (p) => `De raad heeft op ${formatDate(p.decidedOn)} een zienswijze op wijziging ${p.wijziging} gegeven.`,
  ),
  begroting_wijziging_geen_zienswijze: defineEvent(
    "Begrotingswijziging: geen zienswijze van de raad",
    z.object({ wijziging: nummer, participantId: id, decidedOn: isoDate }),
    (p) => `De raad heeft op ${formatDate(p.decidedOn)} besloten geen zienswijze op wijziging ${p.wijziging} te geven.`,
  ),
  begroting_wijziging_beantwoord: defineEvent(
    "Begrotingswijziging: zienswijze beantwoord door het bestuur",
    z.object({ wijziging: nummer, participantId: id, answeredOn: isoDate, motivation: z.string() }),
    (p) =>
      `Het bestuur heeft de zienswijze op wijziging ${p.wijziging} op ${formatDate(p.answeredOn)} schriftelijk beantwoord.`,
  ),
  begroting_wijziging_vastgesteld: defineEvent(
    "Begrotingswijziging vastgesteld door het bestuur",
    z.object({ wijziging: nummer, decidedOn: isoDate }),
    (p) => `Het bestuur heeft wijziging ${p.wijziging} op ${formatDate(p.decidedOn)} vastgesteld.`,
  ),
};
