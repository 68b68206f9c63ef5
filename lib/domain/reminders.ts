/**
 * Which e-mail reminders are due today — pure rules, no I/O. Every reminder has a stable key; the
 * sender stores each key once, so running the rules any number of times (on any number of app
 * instances) never sends the same reminder twice.
 */
import { addDays, diffDays, type IsoDate } from "./dates";
import type { ForecastStatus } from "./forecast";

export type ReminderKind = "procedure_geopend" | "termijn_nadert" | "risico";

export interface ReminderRulesInput {
  today: IsoDate;
  /** Days before a deadline to remind, e.g. [14, 3]: one reminder per window, the most urgent one. */
  leadDays: number[];
  /** Openings older than this are not announced any more (a first run long after the fact stays quiet). */
  announceWithinDays: number;
  procedures: {
    id: string;
    title: string;
    openings: { step: "zienswijzeprocedure" | "toestemmingsprocedure"; openedOn: IsoDate }[];
    participants: {
      id: string;
      name: string;
      inScope: boolean;
      /** The raad still has to act in the current round. */
      open: boolean;
      deadline?: { label: string; end: IsoDate };
      forecastStatus?: ForecastStatus;
    }[];
  }[];
}

export interface DueReminder {
  key: string;
  kind: ReminderKind;
  procedureId: string;
  /** A participant's griffie, or the regional secretariat. */
  audience: { participantId: string } | "secretariaat";
  facts: Record<string, string | number>;
}

export function dueReminders(input: ReminderRulesInput): DueReminder[] {
  const out: DueReminder[] = [];
  const leads = [...new Set(input.leadDays.filter((n) => Number.isInteger(n) && n >= 0))].sort((a, b) => a - b);
  for (const proc of input.procedures) {
    for (const opening of proc.openings) {
      const age = diffDays(input.today, opening.openedOn);
      if (age < 0 || age > input.announceWithinDays) continue;
      for (const p of proc.participants.filter((x) => x.inScope)) {
        out.push({
          key: `procedure_geopend:${opening.step}:${proc.id}:${p.id}`,
          kind: "procedure_geopend",
          procedureId: proc.id,
          audience: { participantId: p.id },
          facts: { procedure: proc.title, stap: opening.step, geopendOp: opening.openedOn, deelnemer: p.name },
        });
      }
    }
    for (const p of proc.participants) {
      if (p.inScope && p.open && p.deadline) {
        const daysLeft = diffDays(p.deadline.end, input.today);
        // The most urgent window that has started: between (end - N) and end.
        const window = leads.find((n) => daysLeft >= 0 && daysLeft <= n);
        if (window !== undefined) {
          out.push({
            key: `termijn_nadert:${proc.id}:${p.id}:${p.deadline.end}:${window}`,
            kind: "termijn_nadert",
            procedureId: proc.id,
            audience: { participantId: p.id },
            facts: {
              procedure: proc.title,
              termijn: p.deadline.label,
              einddatum: p.deadline.end,
              dagenOver: daysLeft,
              deelnemer: p.name,
            },
          });
        }
      }
      if (p.inScope && (p.forecastStatus === "risico" || p.forecastStatus === "te_laat")) {
        out.push({
          key: `risico:${proc.id}:${p.id}:${p.forecastStatus}`,
          kind: "risico",
          procedureId: proc.id,
          audience: "secretariaat",
          facts: { procedure: proc.title, deelnemer: p.name, status: p.forecastStatus },
        });
      }
    }
  }
  return out;
}

/** The date a reminder window opens, for display ("herinnering vanaf …"). */
export function reminderWindowStart(deadlineEnd: IsoDate, leadDays: number): IsoDate {
  return addDays(deadlineEnd, -leadDays);
}
