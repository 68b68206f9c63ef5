import { z } from "zod";
import { type AuditEventDefinition, defineEvent, id, isoDate } from "../define";

/** The yearly planning of a begroting cycle (issue 17 point 3): the bestuur's planned dates, set or changed. */
export const BEGROTING_PLANNING_EVENTS: Record<"begroting_planning_vastgesteld", AuditEventDefinition> = {
  begroting_planning_vastgesteld: defineEvent(
    "Begroting: jaarplanning vastgelegd",
    z.object({
      procedureId: id,
      jaar: z.number().int(),
      planning: z.object({
        kadersOn: isoDate.optional(),
        ontwerpSentOn: isoDate.optional(),
        aanbiedingOn: isoDate.optional(),
        vaststellingOn: isoDate.optional(),
        jaarrekeningOn: isoDate.optional(),
      }),
      warnings: z.array(z.string()),
    }),
    (p) =>
      `De jaarplanning van de begroting ${p.jaar} is vastgelegd.${p.warnings.length ? ` Waarschuwingen: ${p.warnings.join(" ")}` : ""}`,
  ),
};
