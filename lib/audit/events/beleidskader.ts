import { z } from "zod";
import type { BeleidskaderEventType } from "@/lib/domain/procedures/beleidskader";
import {
  type AuditEventDefinition,
  agenda,
  agendaText,
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
  beleidskader_geagendeerd: defineEvent(
    "Beleidskader geagendeerd",
    z.object({ agenda }),
    (p) => `Het beleidskader is geagendeerd: ${agendaText(p.agenda)}.`,
  ),
  beleidskader_vastgesteld: defineEvent(
    "Beleidskader vastgesteld",
    z.object({ decision }),
    (p) => `De raad heeft het beleidskader vastgesteld, ${decisionText(p.decision)}.`,
  ),
  beleidskader_geamendeerd_vastgesteld: defineEvent(
    "Beleidskader geamendeerd vastgesteld",
    z.object({ decision, amendementen: z.array(z.object({ titel: z.string(), tekst: z.string().optional() })) }),
    (p) =>
      `De raad heeft het beleidskader met ${plural(p.amendementen.length, "amendement", "amendementen")} vastgesteld, ${decisionText(p.decision)}.`,
  ),
  beleidskader_verworpen: defineEvent(
    "Beleidskader verworpen",
    z.object({ decision }),
    (p) => `De raad heeft het beleidskader verworpen, ${decisionText(p.decision)}.`,
  ),
  beleidskader_aangehouden: defineEvent(
    "Besluit over beleidskader aangehouden",
    z.object({ decidedOn: isoDate, expectedDate: isoDate, reason: z.string().optional() }),
    (p) =>
      `Het besluit is op ${formatDate(p.decidedOn)} aangehouden; verwacht op ${formatDate(p.expectedDate)}.${p.reason ? ` Reden: ${p.reason}` : ""}`,
  ),
};
