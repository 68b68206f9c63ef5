import { z } from "zod";
import type { DvhEventType } from "@/lib/domain/procedures/dienstverleningshandvest";
import {
  type AuditEventDefinition,
  decision,
  decisionEvent,
  decisionText,
  defineEvent,
  formatDate,
  id,
  isoDate,
} from "../define";

/** lib/services/dvh-store.ts stores a Dienstverleningshandvest step under this type. */
export const dvhAuditType = <T extends DvhEventType>(type: T) => `dvh_${type}` as const;

type DvhAuditType = ReturnType<typeof dvhAuditType<DvhEventType>>;

/** The Dienstverleningshandvest's domain events (payload: the domain's DvhEvent). */
export const DVH_DOMAIN_EVENTS: Record<DvhAuditType, AuditEventDefinition> = {
  dvh_concept_opgesteld: defineEvent(
    "Actualisatie Dienstverleningshandvest gestart",
    z.object({ documentVersionId: id, createdOn: isoDate }),
    (p) => `Het secretariaat heeft op ${formatDate(p.createdOn)} een nieuwe versie van het handvest opgesteld.`,
  ),
  dvh_bosd_akkoord: decisionEvent(
    "Akkoord BOSD op het Dienstverleningshandvest",
    "Het BOSD heeft ingestemd met het handvest",
  ),
  dvh_collegebesluit: defineEvent(
    "Collegebesluit over het Dienstverleningshandvest",
    z.object({ participantId: id, decision }),
    (p) => `Het college heeft het handvest vastgesteld, ${decisionText(p.decision)}.`,
  ),
  dvh_raad_geinformeerd: defineEvent(
    "Raad geïnformeerd over het Dienstverleningshandvest",
    z.object({ participantId: id, informedOn: isoDate }),
    (p) => `De raad is op ${formatDate(p.informedOn)} geïnformeerd over het handvest.`,
  ),
};
