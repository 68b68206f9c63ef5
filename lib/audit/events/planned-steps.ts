import { z } from "zod";
import { type AuditEventDefinition, defineEvent, formatDate, id, isoDate } from "../define";

const step = z.object({ procedureId: id, step: z.string(), plannedOn: isoDate, participantId: id.optional() });

/** The planned step's name in a sentence (older events name only the inwerkingtreding). */
const WHAT: Record<string, string> = {
  inwerkingtreding: "inwerkingtreding",
  raadsvergadering: "raadsvergadering",
  bosd_vergadering: "vergadering van het BOSD",
};
const what = (s: string) => WHAT[s] ?? s;
const What = (s: string) => {
  const w = what(s);
  return w.charAt(0).toUpperCase() + w.slice(1);
};

/** Planned steps (issue 15): planned with their legal basis, moved, withdrawn, recorded by the job. */
export const PLANNED_STEP_EVENTS = {
  stap_gepland: defineEvent(
    "Stap gepland",
    step.extend({ legalBasis: z.string() }),
    (p) => `${What(p.step)} gepland op ${formatDate(p.plannedOn)}. Grondslag: ${p.legalBasis}`,
  ),
  geplande_stap_verplaatst: defineEvent(
    "Geplande stap verplaatst",
    step.extend({ previousOn: isoDate, reason: z.string() }),
    (p) =>
      `Geplande ${what(p.step)} verplaatst van ${formatDate(p.previousOn)} naar ${formatDate(p.plannedOn)}. Reden: ${p.reason}`,
  ),
  geplande_stap_ingetrokken: defineEvent(
    "Geplande stap ingetrokken",
    step.extend({ reason: z.string() }),
    (p) => `Geplande ${what(p.step)} op ${formatDate(p.plannedOn)} ingetrokken. Reden: ${p.reason}`,
  ),
  geplande_stap_uitgevoerd: defineEvent(
    "Geplande stap uitgevoerd",
    step,
    (p) => `De geplande ${what(p.step)} op ${formatDate(p.plannedOn)} is op die datum automatisch geregistreerd.`,
  ),
} satisfies Record<string, AuditEventDefinition>;
