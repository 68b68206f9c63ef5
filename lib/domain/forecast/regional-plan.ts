/**
 * The regional steps still to come (Wgr art. 1: the colleges send the ontwerp to the raden, the raden
 * have 8 weeks for a zienswijze, then the definitive text goes to the raden for toestemming), planned
 * from the recorded regional status with the durations of durations.ts, on working days only.
 */
import { type IsoDate, maxDate } from "../dates";
import { REGIONAL_STATES, type RegionalStatus } from "../procedures/gr/machines";
import type { WorkingDays } from "./calendar";
import type { ForecastDurations } from "./durations";

export type RegionalStepName =
  | "concept_opgesteld"
  | "bosd_akkoord"
  | "zienswijzeprocedure_geopend"
  | "zienswijzeprocedure_gesloten"
  | "nota_van_beantwoording_vastgesteld"
  | "definitieve_versie_vastgesteld"
  | "toestemmingsprocedure_geopend";

export interface RegionalPlannedStep {
  step: RegionalStepName;
  date: IsoDate;
  /** true: already recorded (the date is the recorded one). */
  done: boolean;
  basis: string;
}

export const REGIONAL_STEP_LABELS: Record<RegionalStepName, string> = {
  concept_opgesteld: "concept opgesteld",
  bosd_akkoord: "BOSD-akkoord",
  zienswijzeprocedure_geopend: "zienswijzeprocedure geopend",
  zienswijzeprocedure_gesloten: "zienswijzetermijn overal gesloten",
  nota_van_beantwoording_vastgesteld: "nota van beantwoording",
  definitieve_versie_vastgesteld: "definitieve versie",
  toestemmingsprocedure_geopend: "toestemmingsprocedure geopend",
};

/** Recorded regional facts the forecast needs (all optional: absent = not yet recorded). */
export interface RegionalFacts {
  status?: RegionalStatus;
  bosdAkkoordOn?: IsoDate;
  zienswijzeprocedureOpenedOn?: IsoDate;
  zienswijzeprocedureClosedOn?: IsoDate;
  notaOn?: IsoDate;
  toestemmingsprocedureOpensOn?: IsoDate;
}

/** The regional machine's states are listed in procedure order. */
const ORDER: readonly RegionalStatus[] = REGIONAL_STATES;

/** True when the regional status has reached `step` (by the order of the regional machine). */
export const reached = (status: RegionalStatus, step: RegionalStatus) => ORDER.indexOf(status) >= ORDER.indexOf(step);

/** Planned opening of the zienswijzeprocedure (the day the raden receive the ontwerp), or the recorded one. */
export function planZienswijzeOpening(
  facts: RegionalFacts & { status: RegionalStatus },
  today: IsoDate,
  d: ForecastDurations,
  days: WorkingDays,
): RegionalPlannedStep[] {
  const steps: RegionalPlannedStep[] = [];
  let at = today;
  const plan = (step: RegionalStepName, status: RegionalStatus, n: number, basis: string, recorded?: IsoDate) => {
    if (reached(facts.status, status)) {
      if (recorded) {
        steps.push({ step, date: recorded, done: true, basis: "vastgelegd" });
        at = maxDate(recorded, at);
      }
      return;
    }
    at = days.after(at, n);
    steps.push({ step, date: at, done: false, basis });
  };
  plan("concept_opgesteld", "concept_opgesteld", d.concept, `${d.concept} werkdagen voor het concept`);
  plan(
    "bosd_akkoord",
    "bosd_akkoord",
    d.bosdAkkoord,
    `${d.bosdAkkoord} werkdagen tot het BOSD-akkoord`,
    facts.bosdAkkoordOn,
  );
  plan(
    "zienswijzeprocedure_geopend",
    "zienswijzeprocedure_geopend",
    d.zienswijzeOpening,
    `${d.zienswijzeOpening} werkdagen tot de colleges het ontwerp aan de raden sturen`,
    facts.zienswijzeprocedureOpenedOn,
  );
  return steps;
}

/**
 * From the day the zienswijzetermijn is closed everywhere to the opening of the toestemmingsprocedure:
 * nota van beantwoording, definitive version, opening. `closed` is the latest closing over the raden.
 */
export function planToestemmingOpening(
  facts: RegionalFacts & { status: RegionalStatus },
  closed: IsoDate,
  today: IsoDate,
  d: ForecastDurations,
  days: WorkingDays,
): RegionalPlannedStep[] {
  const steps: RegionalPlannedStep[] = [];
  let at = maxDate(closed, today);
  if (reached(facts.status, "zienswijzeprocedure_gesloten")) {
    if (facts.zienswijzeprocedureClosedOn) {
      at = maxDate(facts.zienswijzeprocedureClosedOn, today);
      steps.push({
        step: "zienswijzeprocedure_gesloten",
        date: facts.zienswijzeprocedureClosedOn,
        done: true,
        basis: "vastgelegd",
      });
    }
  } else {
    at = days.onOrAfter(at);
    steps.push({
      step: "zienswijzeprocedure_gesloten",
      date: at,
      done: false,
      basis: "laatste zienswijzetermijn gesloten",
    });
  }
  const plan = (step: RegionalStepName, status: RegionalStatus, n: number, basis: string, recorded?: IsoDate) => {
    if (reached(facts.status, status)) {
      if (recorded) steps.push({ step, date: recorded, done: true, basis: "vastgelegd" });
      return;
    }
    at = days.after(at, n);
    steps.push({ step, date: at, done: false, basis });
  };
  plan(
    "nota_van_beantwoording_vastgesteld",
    "nota_van_beantwoording_gereed",
    d.nota,
    `${d.nota} werkdagen voor de nota van beantwoording`,
    facts.notaOn,
  );
  plan(
    "definitieve_versie_vastgesteld",
    "definitieve_versie_vastgesteld",
    d.definitiveVersion,
    `${d.definitiveVersion} werkdagen voor de definitieve versie`,
  );
  plan(
    "toestemmingsprocedure_geopend",
    "toestemmingsprocedure_geopend",
    d.toestemmingOpening,
    `${d.toestemmingOpening} werkdagen tot de raden het toestemmingsvoorstel ontvangen`,
    facts.toestemmingsprocedureOpensOn,
  );
  return steps;
}
