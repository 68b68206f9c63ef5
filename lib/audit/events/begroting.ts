import { z } from "zod";
import type { BegrotingEventType } from "@/lib/domain/procedures/begroting";
import { type AuditEventDefinition, decision, decisionEvent, defineEvent, formatDate, id, isoDate } from "../define";

/** lib/services/begroting/store.ts stores a step of the begroting cycle under this type. */
export const begrotingAuditType = <T extends BegrotingEventType>(type: T) => `begroting_${type}` as const;

type BegrotingAuditType = ReturnType<typeof begrotingAuditType<BegrotingEventType>>;

/** The begroting cycle's domain events (payload: the domain's BegrotingEvent). */
export const BEGROTING_DOMAIN_EVENTS: Record<BegrotingAuditType, AuditEventDefinition> = {
  begroting_kaders_verzonden: defineEvent(
    "Begroting: kaders en voorlopige jaarrekening naar de raden",
    z.object({ sentOn: isoDate }),
    (p) => `De kaders en de voorlopige jaarrekening zijn op ${formatDate(p.sentOn)} naar de raden gestuurd.`,
  ),
  begroting_ontwerp_verzonden: defineEvent(
    "Begroting: ontwerpbegroting naar de raden",
    z.object({ documentVersionId: id, sentOn: isoDate, aanbiedingOn: isoDate.optional() }),
    (p) => `De ontwerpbegroting is op ${formatDate(p.sentOn)} naar de raden gestuurd.`,
  ),
  begroting_ontwerp_ontvangen: defineEvent(
    "Begroting: ontwerpbegroting ontvangen door de raad",
    z.object({ participantId: id, receivedOn: isoDate }),
    (p) => `De raad heeft de ontwerpbegroting ontvangen op ${formatDate(p.receivedOn)}.`,
  ),
  begroting_zienswijze_ingediend: defineEvent(
    "Begroting: zienswijze van de raad",
    z.object({ participantId: id, decision, text: z.string() }),
    (p) => `De raad heeft op ${formatDate(p.decision.decidedOn)} een zienswijze op de ontwerpbegroting gegeven.`,
  ),
  begroting_geen_zienswijze: defineEvent(
    "Begroting: geen zienswijze van de raad",
    z.object({ participantId: id, decidedOn: isoDate }),
    (p) => `De raad heeft op ${formatDate(p.decidedOn)} besloten geen zienswijze te geven.`,
  ),
  begroting_zienswijze_beantwoord: defineEvent(
    "Begroting: zienswijze beantwoord door het bestuur",
    z.object({ participantId: id, answeredOn: isoDate, motivation: z.string() }),
    (p) => `Het bestuur heeft de zienswijze op ${formatDate(p.answeredOn)} schriftelijk beantwoord.`,
  ),
  begroting_begroting_vastgesteld: decisionEvent(
    "Begroting vastgesteld door het bestuur",
    "Het bestuur heeft de begroting vastgesteld",
  ),
  begroting_naar_gs_verzonden: defineEvent(
    "Begroting: naar Gedeputeerde Staten",
    z.object({ sentOn: isoDate }),
    (p) => `De vastgestelde begroting is op ${formatDate(p.sentOn)} naar Gedeputeerde Staten gestuurd.`,
  ),
  begroting_voorlopige_jaarrekening_verzonden: defineEvent(
    "Jaarrekening: voorlopige jaarrekening naar de raden",
    z.object({ sentOn: isoDate }),
    (p) => `De voorlopige jaarrekening is op ${formatDate(p.sentOn)} naar de raden gestuurd.`,
  ),
  begroting_jaarrekening_vastgesteld: defineEvent(
    "Jaarrekening vastgesteld door het bestuur",
    z.object({ decidedOn: isoDate, besluitnummer: z.string().optional() }),
    (p) => `Het bestuur heeft de jaarrekening op ${formatDate(p.decidedOn)} vastgesteld.`,
  ),
  begroting_jaarrekening_naar_gs: defineEvent(
    "Jaarrekening: naar Gedeputeerde Staten",
    z.object({ sentOn: isoDate }),
    (p) => `De vastgestelde jaarrekening is op ${formatDate(p.sentOn)} naar Gedeputeerde Staten gestuurd.`,
  ),
};
