/**
 * Forecast: per participant the earliest feasible date of every remaining step of the GR procedure,
 * the regional steps still to come, the earliest publication and in-force date, the last feasible
 * dates per gemeente working back from the publication deadline, a verdict in words and the
 * participant(s) that determine the date. How it plans: docs/forecast.md.
 *
 * Legal anchors: zienswijzetermijn 8 weeks (Wgr art. 1 lid 3, Atw via lib/domain/deadlines);
 * publication before the in-force date (Awb art. 3:40); no step on a Saturday, Sunday or
 * algemeen erkende feestdag / gelijkgestelde dag (Atw art. 3; planning practice for acts of bodies).
 */
import { addDays, diffDays, maxDate, type IsoDate } from "../dates";
import { computeDeadline, STATUTORY_ZIENSWIJZE_GR } from "../deadlines/compute";
import type { HolidayCalendarConfig } from "../deadlines/holidays";
import type { ParticipantScope } from "../participants";
import type { CollegeTrackStatus, RaadTrackStatus } from "../procedures/gr/machines";
import type { Agenda, ToestemmingRecord } from "../procedures/gr/types";
import { dutchDay, earliestInForceAfter, publicationDeadline, WorkingDays } from "./calendar";
import { DEFAULT_FORECAST_DURATIONS, describeDurations, type ForecastDurations } from "./durations";
import {
  planToestemmingOpening,
  planZienswijzeOpening,
  type RegionalFacts,
  type RegionalPlannedStep,
  reached,
} from "./regional-plan";
import { buildVerdict, type ForecastVerdict } from "./verdict";
import { latestDates, type LatestDates } from "./work-back";

export type MeetingKind = "commissie" | "raad" | "college" | "bosd";
export type ForecastStatus = "op_schema" | "risico" | "te_laat" | "afgerond";
export const FORECAST_STATUS_LABELS: Record<ForecastStatus, string> = {
  op_schema: "op schema",
  risico: "risico",
  te_laat: "te laat",
  afgerond: "afgerond",
};

export interface ForecastParticipantInput {
  id: string;
  name: string;
  scope: ParticipantScope;
  raadTrack: {
    status: RaadTrackStatus;
    zienswijze?: { receivedOn: IsoDate; deadline?: { end: IsoDate }; agenda?: Agenda };
    toestemming?: Pick<ToestemmingRecord, "receivedOn" | "agenda" | "aanhoudingen"> & {
      decision?: { decidedOn: IsoDate };
    };
  };
  collegeTrack: { status: CollegeTrackStatus; collegebesluit?: { decidedOn: IsoDate }; signedOn?: IsoDate };
  meetings: { kind: MeetingKind; date: IsoDate }[];
  recesses: { from: IsoDate; to: IsoDate }[];
}

export interface ForecastInput {
  today: IsoDate;
  target: { signBy: IsoDate; inForce: IsoDate };
  participants: ForecastParticipantInput[];
  /** Recorded regional facts. Without `status` no regional step is planned (only the opening date given). */
  regional: RegionalFacts & { publishedOn?: IsoDate; publicationLeadDays?: number };
  scenario?: { holdOver?: { participantId: string; times?: number } };
  options?: {
    riskThresholdDays?: number;
    /** Working days from collegebesluit to signature (overrides durations.signing). */
    signingLagDays?: number;
    durations?: Partial<ForecastDurations>;
    calendar?: HolidayCalendarConfig;
  };
}

export type ForecastStepName =
  | "zienswijze_termijn_gesloten"
  | "toestemmingsvoorstel_ontvangen"
  | "toestemming_verleend"
  | "collegebesluit_genomen"
  | "ondertekend";

export interface ForecastStep {
  step: ForecastStepName;
  date: IsoDate | null;
  basis: string;
  /** true: already recorded, not planned. */
  done?: boolean;
}

export interface ParticipantForecast {
  id: string;
  name: string;
  scope: ParticipantScope;
  steps: ForecastStep[];
  signDate: IsoDate | null;
  slackDays: number | null;
  status: ForecastStatus;
  notes: string[];
  /** The raad already granted toestemming ("klaar"). */
  raadDone: boolean;
  /** Last feasible raad, college and signing dates for the target (working back from the publication deadline). */
  latest: LatestDates;
}

export interface CriticalPath {
  /** The first of `participantIds` (kept for older readers). */
  participantId: string;
  participantIds: string[];
  /** Names, joined; ties are named as ties ("Almere en Urk (gelijk)"). */
  name: string;
  tie: boolean;
  step: ForecastStepName | RegionalPlannedStep["step"] | null;
  date: IsoDate | null;
  reason: string;
}

export interface ForecastResult {
  today: IsoDate;
  target: { signBy: IsoDate; inForce: IsoDate };
  verdict: ForecastVerdict;
  participants: ParticipantForecast[];
  regionalSteps: RegionalPlannedStep[];
  publicationDeadline: IsoDate;
  earliestPublication: IsoDate | null;
  earliestInForce: IsoDate | null;
  inForceSlackDays: number | null;
  criticalPath: CriticalPath | null;
  warnings: string[];
  durations: ForecastDurations;
  assumptions: string[];
}

export const FORECAST_ASSUMPTIONS = [
  "Een raad besluit alleen in een raadsvergadering, na een commissievergadering als de gemeente die heeft (ook een commissie die al geweest is telt, als die na ontvangst van het voorstel was).",
  "Vergaderingen tijdens een reces tellen niet mee; vergaderingen op een zaterdag, zondag of feestdag ook niet (met een waarschuwing).",
  "Er wordt nooit een stap gepland op een zaterdag, zondag, algemeen erkende feestdag of gelijkgestelde dag (Algemene termijnenwet).",
  "Bekendmaking uiterlijk de dag vóór de inwerkingtreding (Awb art. 3:40): 'met ingang van 1 januari 2027' vraagt bekendmaking uiterlijk 31 december 2026.",
  "Een raad die toestemming weigerde, kan opnieuw besluiten: een nieuw raadsbesluit over hetzelfde ontwerp of over een nieuwe versie.",
];

const Z_PHASE: RaadTrackStatus[] = ["nog_niet_ontvangen", "ontvangen", "geagendeerd"];
const T_PHASE: RaadTrackStatus[] = ["toestemming_ontvangen", "toestemming_geagendeerd", "toestemming_aangehouden"];
const KIND_NL: Record<MeetingKind, string> = {
  commissie: "commissievergadering",
  raad: "raadsvergadering",
  college: "collegevergadering",
  bosd: "bestuurlijk overleg",
};

interface Ctx {
  today: IsoDate;
  d: ForecastDurations;
  days: WorkingDays;
  warnings: Set<string>;
}

/** A participant's usable meetings per kind (sorted), without recesses and rest days. */
interface Calendar {
  raad: IsoDate[];
  commissie: IsoDate[];
  college: IsoDate[];
  hasRaad: boolean;
  hasCollege: boolean;
}

const inRecess = (d: IsoDate, recesses: { from: IsoDate; to: IsoDate }[]) =>
  recesses.some((r) => d >= r.from && d <= r.to);

function calendarOf(p: ForecastParticipantInput, ctx: Ctx): Calendar {
  const usable = (kind: MeetingKind, extra: (IsoDate | undefined)[] = []) => {
    const dates = [...p.meetings.filter((m) => m.kind === kind).map((m) => m.date), ...extra].filter(
      (d): d is IsoDate => d !== undefined && !inRecess(d, p.recesses),
    );
    return [...new Set(dates)].sort().filter((d) => {
      const reason = ctx.days.reason(d);
      if (reason === null) return true;
      if (d >= ctx.today)
        ctx.warnings.add(
          `De ${KIND_NL[kind]} van ${p.name} op ${dutchDay(d)} valt op ${reason}; de prognose plant daar geen stap.`,
        );
      return false;
    });
  };
  const agenda = p.raadTrack.toestemming?.agenda;
  return {
    raad: usable("raad"),
    // A commissie on the agenda counts, also when it was held before today.
    commissie: usable("commissie", [agenda?.commissieDate]),
    college: usable("college"),
    hasRaad: p.meetings.some((m) => m.kind === "raad"),
    hasCollege: p.meetings.some((m) => m.kind === "college"),
  };
}

/**
 * Feasible raad decision dates on/after `from`, in order. With `commissieFrom` the raad must come
 * after a commissie held on/after that day (the receipt of the voorstel) — also one before today.
 * Without any raad calendar: `count` assumed dates, `raadPreparation` then every `raadCycle` working days.
 */
function raadDates(cal: Calendar, from: IsoDate, commissieFrom: IsoDate | null, count: number, ctx: Ctx) {
  if (!cal.hasRaad) {
    const first = ctx.days.after(from, ctx.d.raadPreparation);
    return Array.from({ length: count }, (_, k) => ctx.days.after(first, k * ctx.d.raadCycle));
  }
  const raad = cal.raad.filter((d) => d >= from);
  if (commissieFrom === null || cal.commissie.length === 0) return raad;
  const firstCommissie = cal.commissie.find((d) => d >= commissieFrom);
  return firstCommissie ? raad.filter((d) => d > firstCommissie) : [];
}

interface ZienswijzeWindow {
  closed: IsoDate;
  step?: ForecastStep;
}

/**
 * When the raad's zienswijze window closes (a raadsvergadering before the end, or the day after the 8 weeks);
 * null outside the zienswijze phase (the toestemmingsvoorstel then waits only for today and the opening).
 */
function zienswijzeWindow(
  p: ForecastParticipantInput,
  cal: Calendar,
  receipt: IsoDate,
  ctx: Ctx,
): ZienswijzeWindow | null {
  const r = p.raadTrack;
  if (!Z_PHASE.includes(r.status)) return null;
  const received = r.zienswijze?.receivedOn ?? receipt;
  const end =
    r.zienswijze?.deadline?.end ??
    computeDeadline({ start: received, period: STATUTORY_ZIENSWIJZE_GR, kind: "statutory" }, ctx.days.calendar).end;
  const meeting = cal.hasRaad
    ? raadDates(cal, maxDate(ctx.today, received), received, 1, ctx).find((d) => d <= end)
    : undefined;
  const closed = meeting ?? addDays(end, 1);
  return {
    closed,
    step: {
      step: "zienswijze_termijn_gesloten",
      date: closed,
      basis: meeting
        ? `de raad van ${p.name} besluit over de zienswijze op ${dutchDay(meeting)}`
        : `de zienswijzetermijn van 8 weken loopt tot ${dutchDay(end)}`,
    },
  };
}

function forecastParticipant(
  p: ForecastParticipantInput,
  input: ForecastInput,
  ctx: Ctx,
  plan: { cal: Calendar; window: ZienswijzeWindow | null; toestemmingOpens: IsoDate | undefined; receiptNote?: string },
): Omit<ParticipantForecast, "latest"> {
  const { today, target } = input;
  const { cal, window } = plan;
  const steps: ForecastStep[] = [];
  const notes: string[] = [];
  const threshold = input.options?.riskThresholdDays ?? 14;
  const hold = input.scenario?.holdOver?.participantId === p.id ? (input.scenario.holdOver.times ?? 1) : 0;
  const r = p.raadTrack;
  const c = p.collegeTrack;
  const raadDone = r.status === "toestemming_verleend" || c.status !== "wacht_op_toestemming";
  let floor: ForecastStatus | null = null;
  const finish = (signDate: IsoDate | null, status?: ForecastStatus): Omit<ParticipantForecast, "latest"> => {
    const slackDays = signDate ? diffDays(target.signBy, signDate) : null;
    let s: ForecastStatus =
      status ?? (slackDays === null || slackDays < 0 ? "te_laat" : slackDays < threshold ? "risico" : "op_schema");
    if (floor === "risico" && s === "op_schema") s = "risico";
    return { id: p.id, name: p.name, scope: p.scope, steps, signDate, slackDays, status: s, notes, raadDone };
  };

  if (c.status === "ondertekend" || c.status === "besluit_bekendgemaakt") {
    steps.push({ step: "ondertekend", date: c.signedOn ?? null, basis: "ondertekend", done: true });
    return finish(c.signedOn ?? today, "afgerond");
  }

  let raadDecision: IsoDate | null;
  if (raadDone) {
    raadDecision = r.toestemming?.decision?.decidedOn ?? today;
    steps.push({
      step: "toestemming_verleend",
      date: raadDecision,
      basis: r.toestemming?.decision ? `toestemming verleend op ${dutchDay(raadDecision)}` : "toestemming verleend",
      done: true,
    });
  } else {
    let receipt: IsoDate;
    if (r.status === "toestemming_geweigerd") {
      // The raad may decide again (Wgr art. 1: the college may put the same ontwerp to it again), or
      // decide on a new version; either way a new raadsbesluit after a commissie (the default branch below:
      // a refused track is neither aangehouden nor geagendeerd).
      floor = "risico";
      notes.push(
        "Toestemming geweigerd. Er is een nieuw raadsbesluit nodig: over hetzelfde ontwerp (na een nieuw voorstel van het college) of over een nieuwe versie. De prognose rekent met een nieuw raadsbesluit.",
      );
      receipt = today;
    } else if (!T_PHASE.includes(r.status)) {
      if (plan.receiptNote) notes.push(plan.receiptNote);
      if (window?.step) steps.push(window.step);
      receipt = maxDate(today, window?.closed ?? today, plan.toestemmingOpens ?? today);
      steps.push({
        step: "toestemmingsvoorstel_ontvangen",
        date: receipt,
        basis: "na sluiting van de zienswijzetermijn en opening van de toestemmingsprocedure",
      });
    } else {
      receipt = r.toestemming?.receivedOn ?? today;
    }
    let candidates: IsoDate[];
    let basis: string;
    const lastHold = r.toestemming?.aanhoudingen.at(-1);
    const agendaDate = r.toestemming?.agenda?.raadDate;
    if (r.status === "toestemming_aangehouden" && lastHold) {
      candidates = raadDates(cal, maxDate(today, lastHold.expectedDate), null, hold + 1, ctx);
      basis = `aangehouden tot ${dutchDay(lastHold.expectedDate)}`;
    } else if (r.status === "toestemming_geagendeerd" && agendaDate && agendaDate >= today) {
      // hold + 1 later dates: without a raad calendar, an agenda date on a rest day is replaced by the next
      // assumed meeting instead of leaving no date at all (Atw art. 3: no step on a feestdag).
      const later = raadDates(cal, addDays(agendaDate, 1), null, hold + 1, ctx);
      candidates = cal.raad.includes(agendaDate) || !cal.hasRaad ? [agendaDate, ...later] : later;
      if (!ctx.days.isWorkingDay(agendaDate)) {
        candidates = later;
        ctx.warnings.add(
          `De raadsvergadering van ${p.name} op ${dutchDay(agendaDate)} valt op ${ctx.days.reason(agendaDate)}; de prognose plant daar geen stap.`,
        );
      }
      basis = `geagendeerd voor ${dutchDay(agendaDate)}`;
    } else {
      candidates = raadDates(cal, maxDate(today, receipt), receipt, hold + 1, ctx);
      basis = cal.hasRaad
        ? "eerstvolgende raadsvergadering na de commissie"
        : `geen vergaderdata van de raad: aangenomen ${ctx.d.raadPreparation} werkdagen na ontvangst`;
    }
    if (hold > 0) {
      notes.push(`Scenario: besluit ${hold}× aangehouden tot een volgende raadsvergadering.`);
      basis += `, ${hold}× aangehouden`;
    }
    raadDecision = candidates[hold] ?? null;
    steps.push({
      step: "toestemming_verleend",
      date: raadDecision,
      basis: raadDecision
        ? `${basis}: raad van ${p.name} op ${dutchDay(raadDecision)}`
        : `${basis}: geen geschikte raadsvergadering van ${p.name} bekend`,
    });
    if (!raadDecision) return finish(null, "te_laat");
  }

  let collegeDate: IsoDate;
  if (c.status === "collegebesluit_genomen") {
    collegeDate = c.collegebesluit?.decidedOn ?? today;
    steps.push({ step: "collegebesluit_genomen", date: collegeDate, basis: "collegebesluit genomen", done: true });
  } else {
    const from = maxDate(addDays(raadDecision, 1), today);
    const next = cal.hasCollege
      ? cal.college.find((d) => d >= from)
      : ctx.days.after(maxDate(raadDecision, addDays(today, -1)), ctx.d.college);
    if (!next) {
      steps.push({
        step: "collegebesluit_genomen",
        date: null,
        basis: `geen collegevergadering van ${p.name} na het raadsbesluit bekend`,
      });
      return finish(null, "te_laat");
    }
    collegeDate = next;
    steps.push({
      step: "collegebesluit_genomen",
      date: collegeDate,
      basis: cal.hasCollege
        ? `collegevergadering op ${dutchDay(collegeDate)}`
        : `geen vergaderdata van het college: aangenomen ${ctx.d.college} werkdagen na het raadsbesluit`,
    });
  }
  const signDate = ctx.days.after(maxDate(collegeDate, today), ctx.d.signing);
  steps.push({
    step: "ondertekend",
    date: signDate,
    basis: ctx.d.signing
      ? `${ctx.d.signing} werkdag(en) na het collegebesluit`
      : "op de dag van het collegebesluit (of de eerste werkdag daarna)",
  });
  return finish(signDate);
}

function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} en ${names[names.length - 1]}`;
}

/** The chain's step with the largest wait before it, from today (ties: the earliest such step). */
function bottleneck(chain: { step: CriticalPath["step"]; date: IsoDate | null; basis: string }[], today: IsoDate) {
  let prev = today;
  let worst: (typeof chain)[number] | null = null;
  let worstGap = -1;
  // Stryker disable next-line StringLiteral: equivalent, no chain step has a null date (blocked participants never get here)
  for (const s of [...chain].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""))) {
    if (!s.date || s.date < today) continue;
    const gap = diffDays(s.date, prev);
    if (gap > worstGap) [worst, worstGap] = [s, gap];
    prev = s.date;
  }
  return worst;
}

function criticalPathOf(
  full: ParticipantForecast[],
  regionalSteps: RegionalPlannedStep[],
  today: IsoDate,
): CriticalPath | null {
  const blocked = full.filter((p) => p.signDate === null);
  const pending = full.filter((p) => p.status !== "afgerond");
  const latest = pending.reduce<IsoDate | null>(
    (a, p) => (p.signDate && (!a || p.signDate > a) ? p.signDate : a),
    null,
  );
  const determiners = blocked.length ? blocked : pending.filter((p) => p.signDate === latest);
  const first = determiners[0];
  if (!first) return null;
  const tie = determiners.length > 1;
  const base = {
    participantId: first.id,
    participantIds: determiners.map((p) => p.id),
    name: `${joinNames(determiners.map((p) => p.name))}${tie ? " (gelijk)" : ""}`,
    tie,
  };
  if (blocked.length) {
    const lastStep = first.steps[first.steps.length - 1];
    return {
      ...base,
      // A blocked participant always has a last step: every `finish(null, …)` follows a pushed step.
      step: lastStep.step,
      date: null,
      reason: first.notes[0] ?? lastStep.basis,
    };
  }
  const chain = [
    ...regionalSteps.filter((s) => !s.done),
    ...first.steps.filter((s) => !s.done && s.step !== "toestemmingsvoorstel_ontvangen"),
  ];
  const worst = bottleneck(chain, today);
  // Stryker disable next-line OptionalChaining,StringLiteral: equivalent, a pending participant's signature is planned on/after today, so worst is never null
  return { ...base, step: worst?.step ?? null, date: worst?.date ?? null, reason: worst?.basis ?? "al afgerond" };
}

export function forecast(input: ForecastInput): ForecastResult {
  const d: ForecastDurations = {
    ...DEFAULT_FORECAST_DURATIONS,
    ...input.options?.durations,
    ...(input.options?.signingLagDays === undefined ? {} : { signing: input.options.signingLagDays }),
    ...(input.regional.publicationLeadDays === undefined ? {} : { publication: input.regional.publicationLeadDays }),
  };
  const ctx: Ctx = { today: input.today, d, days: new WorkingDays(input.options?.calendar), warnings: new Set() };
  const facts = input.regional;
  // Per participant, by index (ids need not be unique in a what-if input).
  const cals = input.participants.map((p) => calendarOf(p, ctx));

  // 1. Regional steps up to the opening of the zienswijzeprocedure (the raden receive the ontwerp).
  const regionalSteps: RegionalPlannedStep[] = [];
  let receipt = input.today;
  let receiptNote: string | undefined = "Aanname: ontwerp vandaag ontvangen.";
  if (facts.status) {
    const status = facts.status;
    const opening = planZienswijzeOpening({ ...facts, status }, input.today, d, ctx.days);
    regionalSteps.push(...opening);
    const opened = opening.find((s) => s.step === "zienswijzeprocedure_geopend")?.date;
    receipt = maxDate(input.today, opened ?? input.today);
    receiptNote = `Aanname: ontwerp ontvangen op ${dutchDay(receipt)}.`;
  }
  // 2. Every raad's zienswijze window; the regional procedure closes when the last one has.
  const windows = input.participants.map((p, i) => {
    const notReceived = p.raadTrack.status === "nog_niet_ontvangen" || !p.raadTrack.zienswijze;
    return { w: zienswijzeWindow(p, cals[i], receipt, ctx), notReceived };
  });
  let toestemmingOpens = facts.toestemmingsprocedureOpensOn;
  if (facts.status && !reached(facts.status, "toestemmingsprocedure_geopend")) {
    const closing = windows.map((x) => x.w?.step).filter((s): s is ForecastStep & { date: IsoDate } => s?.date != null);
    closing.sort((a, b) => a.date.localeCompare(b.date));
    const last = closing[closing.length - 1];
    const closed = last?.date ?? input.today;
    const rest = planToestemmingOpening({ ...facts, status: facts.status }, closed, input.today, d, ctx.days);
    const close = rest.find((s) => s.step === "zienswijzeprocedure_gesloten" && !s.done);
    if (close && last) close.basis = last.basis;
    regionalSteps.push(...rest);
    // Stryker disable next-line OptionalChaining: equivalent, planToestemmingOpening always plans the opening when it is not reached
    toestemmingOpens = rest.find((s) => s.step === "toestemmingsprocedure_geopend")?.date ?? toestemmingOpens;
  }
  // 3. Per participant: raad, college, signature.
  const participants = input.participants.map((p, i) => {
    const { w, notReceived } = windows[i];
    return forecastParticipant(p, input, ctx, {
      cal: cals[i],
      window: w,
      toestemmingOpens,
      receiptNote: notReceived && w?.step ? receiptNote : undefined,
    });
  });
  // 4. Publication and in-force date (Awb art. 3:40: in force at the earliest the day after publication).
  const pubBy = publicationDeadline(input.target.inForce, ctx.days);
  const full = participants.filter((p) => p.scope === "full");
  let earliestPublication: IsoDate | null = null;
  if (facts.publishedOn) earliestPublication = facts.publishedOn;
  else if (full.length && full.every((p) => p.signDate !== null)) {
    const lastSign = full.reduce<IsoDate>((a, p) => maxDate(a, p.signDate ?? a), input.today);
    earliestPublication = ctx.days.after(maxDate(lastSign, input.today), d.publication);
  }
  const earliestInForce = earliestPublication ? earliestInForceAfter(earliestPublication) : null;
  const withLatest: ParticipantForecast[] = participants.map((p, i) => ({
    ...p,
    latest: latestDates(input.participants[i], cals[i], pubBy, d, ctx.days),
  }));
  const criticalPath = facts.publishedOn
    ? null
    : criticalPathOf(
        withLatest.filter((p) => p.scope === "full"),
        regionalSteps,
        input.today,
      );
  const inForceSlackDays = earliestInForce ? diffDays(input.target.inForce, earliestInForce) : null;
  const warnings = [...ctx.warnings];
  return {
    today: input.today,
    target: input.target,
    verdict: buildVerdict({
      target: input.target.inForce,
      publicationDeadline: pubBy,
      earliestPublication,
      earliestInForce,
      published: facts.publishedOn !== undefined,
      criticalPath,
      participants: withLatest,
      today: input.today,
    }),
    participants: withLatest,
    regionalSteps,
    publicationDeadline: pubBy,
    earliestPublication,
    earliestInForce,
    inForceSlackDays,
    criticalPath,
    warnings,
    durations: d,
    assumptions: [...FORECAST_ASSUMPTIONS, ...describeDurations(d)],
  };
}

export type { Calendar as ForecastCalendar };
