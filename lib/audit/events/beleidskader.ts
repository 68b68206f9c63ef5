import { z } from "zod";
import type { BeleidskaderEventType } from "@/lib/domain/procedures/beleidskader";
import {
  type AuditEventDefinition,
  agendaEvent,
  decisionEvent,
  heldOverEvent,
  decision,
  decisionText,
  defineEvent,
  formatDate,
  id,
  isoDate,
  plural,
} from "../define";

/** lib/services/beleidskader-store.ts stores a beleidskader step under this type. */
export const beleidskaderAuditType = <T extends BeleidskaderEventType>(type: T) => `beleidskader_${type}` as const;

type BeleidskaderAuditType = ReturnType<typeof beleidskaderAuditType<BeleidskaderEventType>>;

/** The beleidskader track's domain events (payload: the domain's BeleidskaderEvent). */
export const BELEIDSKADER_DOMAIN_EVENTS: Record<BeleidskaderAuditType, AuditEventDefinition> = {
  beleidskader_aangeboden: defineEvent(
    "Beleidskader aangeboden aan de raad",
    z.object({ documentVersionId: id, offeredOn: isoDate }),
    (p) => `Het raadsvoorstel is aangeboden op ${formatDate(p.offeredOn)}.`,
  ),
  beleidskader_geagendeerd: agendaEvent("Beleidskader geagendeerd", "Het beleidskader"),
  beleidskader_vastgesteld: decisionEvent("Beleidskader vastgesteld", "De raad heeft het beleidskader vastgesteld"),
  beleidskader_geamendeerd_vastgesteld: defineEvent(
    "Beleidskader geamendeerd vastgesteld",
    z.object({ decision, amendementen: z.array(z.object({ titel: z.string(), tekst: z.string().optional() })) }),
    (p) =>
      `De raad heeft het beleidskader met ${plural(p.amendementen.length, "amendement", "amendementen")} vastgesteld, ${decisionText(p.decision)}.`,
  ),
  beleidskader_verworpen: decisionEvent("Beleidskader verworpen", "De raad heeft het beleidskader verworpen"),
  beleidskader_aangehouden: heldOverEvent("Besluit over beleidskader aangehouden", "Het besluit"),
};
