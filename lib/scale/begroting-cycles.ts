import {
  addDays,
  createBegroting,
  planningWarnings,
  transitionBegroting,
  type BegrotingEvent,
  type BegrotingEventType,
  type BegrotingPlanning,
  type BegrotingState,
  type Participant,
  type TransitionContext,
} from "@/lib/domain";
import { domainAuditType } from "@/lib/audit/catalogue";
import { begrotingAuditType } from "@/lib/audit/events/begroting";
import type { AuditInput } from "@/lib/services/audit";
import type { Random } from "./random";

/**
 * The begroting cycles of the scale dataset (issue 17 point 6): per regeling per begrotingsjaar the commands the
 * secretariat and the griffies would have run (lib/services/begroting), planned here from the seed, and the rows
 * those commands write, computed by the same domain transitions in the same grouping (one procedure version and one
 * audit batch per command). The generator writes the rows in bulk; tests/integration/scale-replay.test.ts runs the
 * commands through the runner and compares.
 */

/** A command of the cycle, with its form input without the procedure (known only once the cycle is started). */
export type BegrotingCycleCommand =
  | {
      command: "planning";
      input: {
        kadersOp: string;
        ontwerpOp: string;
        aanbiedingOp: string;
        vaststellingOp: string;
        jaarrekeningOp: string;
      };
    }
  | { command: "step"; input: { step: BegrotingStepName; date: string; aanbiedingOp?: string; besluitnummer?: string } }
  | {
      command: "zienswijze";
      input:
        | { soort: "zienswijze"; participantId: string; date: string; besluitnummer: string; points: BegrotingPoint[] }
        | { soort: "geen"; participantId: string; date: string };
    }
  | { command: "antwoord"; input: { participantId: string; date: string; motivering: string } };

type BegrotingStepName =
  | "kaders_verzonden"
  | "ontwerp_verzonden"
  | "begroting_vastgesteld"
  | "naar_gs_verzonden"
  | "voorlopige_jaarrekening_verzonden"
  | "jaarrekening_vastgesteld"
  | "jaarrekening_naar_gs";
interface BegrotingPoint {
  onderwerp: string;
  verwijzing: string;
  tekst: string;
}

/** The rows one cycle leaves, as the commands write them. */
export interface GeneratedCycle {
  state: BegrotingState;
  /** Procedure.version: one per command that changed the state (applyBegrotingEvents). */
  version: number;
  planning: (BegrotingPlanning & { version: number }) | null;
  /** The ontwerp's version was created (ontwerp_verzonden). */
  ontwerp: boolean;
  zienswijzen: { participantId: string; date: string; points: BegrotingPoint[] }[];
  audit: AuditInput[];
  commands: BegrotingCycleCommand[];
}

/** The generator's clock: the same moment as the GR histories (lib/scale/procedure-history.ts). */
const NOW = "2026-11-24T12:00:00Z";
const REFERENCE_YEAR = 2026;
const PROGRAMMES = ["Bestuur", "Jeugd", "Wmo", "Veiligheid", "Bedrijfsvoering", "Financiën"];

/**
 * What the cycle of `year` has reached on the generator's day (late 2026): a year whose jaarrekening is adopted
 * (≤ 2025) is closed; 2026 is adopted (mostly sent to GS); 2027's ontwerp is out for zienswijze (the raden in a
 * mix: a zienswijze in points, some answered; geen zienswijze; not yet decided); later years have only a planning.
 */
export function planCycle(rnd: Random, year: number, participants: Participant[]): BegrotingCycleCommand[] {
  const day = (y: number, m: number, from: number, to: number) =>
    `${y}-${String(m).padStart(2, "0")}-${String(rnd.int(from, to)).padStart(2, "0")}`;
  const phase =
    year < REFERENCE_YEAR
      ? "closed"
      : year === REFERENCE_YEAR
        ? "vastgesteld"
        : year === REFERENCE_YEAR + 1
          ? "open"
          : "planned";
  const kaders = day(year - 1, 4, 6, 28);
  // The open year's ontwerp went out early September, so its aanbieding (twelve weeks on) is still ahead.
  const ontwerp = phase === "open" ? day(year - 1, 9, 1, 10) : day(year - 1, 5, 1, 20);
  const aanbieding = addDays(ontwerp, 84 + rnd.int(0, 14));
  const jaarrekening = day(year + 1, 6, 1, 30);
  const commands: BegrotingCycleCommand[] = [
    {
      command: "planning",
      input: {
        kadersOp: kaders,
        ontwerpOp: ontwerp,
        aanbiedingOp: aanbieding,
        vaststellingOp: aanbieding,
        jaarrekeningOp: jaarrekening,
      },
    },
  ];
  if (phase === "planned") return commands;
  const step = (input: Extract<BegrotingCycleCommand, { command: "step" }>["input"]) =>
    commands.push({ command: "step", input });
  step({ step: "kaders_verzonden", date: kaders });
  step({ step: "ontwerp_verzonden", date: ontwerp, aanbiedingOp: aanbieding });
  const today = NOW.slice(0, 10);
  const answers: BegrotingCycleCommand[] = [];
  for (const p of participants) {
    const roll = rnd.next();
    // Decided within ten weeks of the sending: before the aanbieding (twelve weeks), so never late.
    const date = addDays(ontwerp, rnd.int(14, 70));
    if (roll < 0.45) {
      const points = Array.from({ length: rnd.int(1, 6) }, (_, k): BegrotingPoint => {
        const programme = rnd.int(1, PROGRAMMES.length);
        return {
          onderwerp: `Programma ${programme} ${PROGRAMMES[programme - 1]}`,
          verwijzing: rnd.pick([`Programma ${programme}`, `blz. ${rnd.int(3, 80)}`, ""]),
          tekst: `Zienswijzepunt ${k + 1} op de begroting ${year} (gegenereerd)`,
        };
      });
      commands.push({
        command: "zienswijze",
        input: {
          soort: "zienswijze",
          participantId: p.id,
          date,
          besluitnummer: `begroting-${year}-${p.id.slice(0, 8)}`,
          points,
        },
      });
      // Every zienswijze of an adopted begroting is answered (art. 35); in the open year about half.
      if (phase !== "open" || rnd.chance(0.5)) {
        const answered = addDays(date, rnd.int(1, 10));
        answers.push({
          command: "antwoord",
          input: {
            participantId: p.id,
            date: phase === "open" && answered > today ? today : answered,
            motivering: `Het bestuur neemt de zienswijze ${year} mee (gegenereerd).`,
          },
        });
      }
    } else if (roll < 0.75)
      commands.push({ command: "zienswijze", input: { soort: "geen", participantId: p.id, date } });
  }
  // The secretariat answers after the raden's decisions are in, in the order they came.
  answers.sort((a, b) => (a.input as { date: string }).date.localeCompare((b.input as { date: string }).date));
  commands.push(...answers);
  if (phase === "open") return commands;
  step({ step: "begroting_vastgesteld", date: aanbieding, besluitnummer: `AB-begroting-${year}` });
  if (phase === "closed" || rnd.chance(0.8))
    step({ step: "naar_gs_verzonden", date: addDays(aanbieding, rnd.int(3, 14)) });
  if (phase !== "closed") return commands;
  step({ step: "voorlopige_jaarrekening_verzonden", date: day(year + 1, 4, 1, 28) });
  step({ step: "jaarrekening_vastgesteld", date: jaarrekening, besluitnummer: `AB-jaarrekening-${year}` });
  step({ step: "jaarrekening_naar_gs", date: addDays(jaarrekening, rnd.int(3, 14)) });
  return commands;
}

/**
 * The rows the commands of lib/services/begroting write for `commands` on a cycle started as `procedureId`:
 * startBegrotingCycle, setBegrotingPlanning, recordBegrotingStep, submitBegrotingZienswijze and
 * answerBegrotingZienswijze, each step through the domain's transition exactly as the command builds its events.
 */
export function playCycle(input: {
  procedureId: string;
  year: number;
  titel: string;
  participants: Participant[];
  gemeenteOf: ReadonlyMap<string, string>;
  ontwerpVersionId: string;
  commands: BegrotingCycleCommand[];
}): GeneratedCycle {
  const { procedureId } = input;
  const at = new Date(NOW);
  const system = { userId: null, role: "systeem", gemeenteId: null };
  let state = createBegroting({ id: procedureId, year: input.year, participants: input.participants });
  let version = 0;
  let planning: GeneratedCycle["planning"] = null;
  let planningVersion = 0;
  let ontwerp = false;
  const zienswijzen: GeneratedCycle["zienswijzen"] = [];
  const audit: AuditInput[] = [
    {
      type: "procedure_aangemaakt",
      actorId: null,
      actorRole: system.role,
      gemeenteId: null,
      subjectKind: "procedure",
      subjectId: procedureId,
      fromState: null,
      toState: state.status,
      payload: { kind: "BEGROTING_ZIENSWIJZE", titel: input.titel, participants: input.participants.map((p) => p.id) },
      at,
    },
  ];
  const apply = (events: BegrotingEvent[], gemeenteId: string | null) => {
    const actor = { ...system, gemeenteId };
    const ctx: TransitionContext = { actor, now: NOW };
    for (const event of events) {
      const r = transitionBegroting(state, event, ctx);
      if (!r.ok) throw new Error(`generate-scale: begroting ${input.year} ${event.type} geweigerd: ${r.message}`);
      state = r.state;
      for (const e of r.events)
        audit.push({
          type: domainAuditType(begrotingAuditType(e.type as BegrotingEventType)),
          actorId: null,
          actorRole: actor.role,
          gemeenteId,
          subjectKind: "procedure",
          subjectId: procedureId,
          fromState: e.from,
          toState: e.to,
          payload: e.payload as Record<string, unknown>,
          reason: e.reason,
          at,
        });
    }
    version++;
  };
  for (const c of input.commands) {
    if (c.command === "planning") {
      const p = c.input;
      const dates: BegrotingPlanning = {
        kadersOn: p.kadersOp,
        ontwerpSentOn: p.ontwerpOp,
        aanbiedingOn: p.aanbiedingOp,
        vaststellingOn: p.vaststellingOp,
        jaarrekeningOn: p.jaarrekeningOp,
      };
      const warnings = planningWarnings(input.year, dates);
      planningVersion++;
      planning = { ...dates, version: planningVersion };
      audit.push({
        type: "begroting_planning_vastgesteld",
        actorId: null,
        actorRole: system.role,
        gemeenteId: null,
        subjectKind: "procedure",
        subjectId: procedureId,
        fromState: null,
        toState: null,
        payload: { procedureId, jaar: input.year, planning: dates, warnings },
        at,
      });
    } else if (c.command === "step") {
      const d = c.input;
      const besluitnummer = d.besluitnummer ? { besluitnummer: d.besluitnummer } : {};
      switch (d.step) {
        case "ontwerp_verzonden": {
          ontwerp = true;
          const sent: BegrotingEvent = {
            type: "ontwerp_verzonden",
            documentVersionId: input.ontwerpVersionId,
            sentOn: d.date,
          };
          if (d.aanbiedingOp) sent.aanbiedingOn = d.aanbiedingOp;
          const received = state.participants.map(
            (p): BegrotingEvent => ({ type: "ontwerp_ontvangen", participantId: p.id, receivedOn: d.date }),
          );
          apply([sent, ...received], null);
          break;
        }
        case "begroting_vastgesteld": {
          const documentVersionId = state.documentVersionId ?? "";
          apply(
            [{ type: d.step, decision: { documentVersionId, decidedOn: d.date, body: "bestuur", ...besluitnummer } }],
            null,
          );
          break;
        }
        case "jaarrekening_vastgesteld":
          apply([{ type: d.step, decidedOn: d.date, ...besluitnummer }], null);
          break;
        default:
          apply([{ type: d.step, sentOn: d.date }], null);
      }
    } else if (c.command === "zienswijze") {
      const z = c.input;
      const gemeenteId = input.gemeenteOf.get(z.participantId) ?? null;
      if (z.soort === "geen") {
        apply([{ type: "geen_zienswijze", participantId: z.participantId, decidedOn: z.date }], gemeenteId);
        continue;
      }
      const text = z.points
        .map((p, i) => `${i + 1}. ${p.onderwerp}${p.verwijzing ? ` (${p.verwijzing})` : ""}`)
        .join("\n");
      const documentVersionId = state.documentVersionId ?? "";
      const decision = { documentVersionId, decidedOn: z.date, body: "raad" as const, besluitnummer: z.besluitnummer };
      apply([{ type: "zienswijze_ingediend", participantId: z.participantId, decision, text }], gemeenteId);
      zienswijzen.push({ participantId: z.participantId, date: z.date, points: z.points });
    } else {
      const a = c.input;
      apply(
        [
          {
            type: "zienswijze_beantwoord",
            participantId: a.participantId,
            answeredOn: a.date,
            motivation: a.motivering,
          },
        ],
        null,
      );
    }
  }
  return { state, version, planning, ontwerp, zienswijzen, audit, commands: input.commands };
}
