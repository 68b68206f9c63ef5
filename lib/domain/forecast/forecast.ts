/**
 * Forecast: per participant the earliest feasible date of every remaining step of the GR
 * procedure, from its own meeting calendar, and the regional critical path.
 *
 * Assumptions (also returned in `assumptions`):
 * - A raad decides only in a raadsvergadering; when the participant has commissie meetings, the
 *   raad meeting must come after a commissie meeting that lies on/after the item's receipt.
 * - No meeting counts when it falls inside a recess.
 * - A college decides in its first college meeting after the raad decision; with no college
 *   meetings given, a weekly college is assumed: raad date + 7 days.
 * - Signing happens on the day of the collegebesluit (+ `signingLagDays`).
 * - Publication follows the last full participant's signature after `publicationLeadDays`
 *   (default 1); entry into force may be on the publication date (R11), not earlier.
 * - A raad whose ontwerp has not been received yet is assumed to receive it today.
 */
import { addDays, diffDays, maxDate, type IsoDate } from "../dates";
import { computeDeadline, STATUTORY_ZIENSWIJZE_GR } from "../deadlines/compute";
import type { ParticipantScope } from "../participants";
import type { CollegeTrackStatus, RaadTrackStatus } from "../procedures/gr/machines";
import type { Agenda, ToestemmingRecord } from "../procedures/gr/types";
import { guaranteed } from "../invariant";

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
  regional: { toestemmingsprocedureOpensOn?: IsoDate; publishedOn?: IsoDate; publicationLeadDays?: number };
  scenario?: { holdOver?: { participantId: string; times?: number } };
  options?: { riskThresholdDays?: number; signingLagDays?: number };
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
}

export interface ForecastResult {
  today: IsoDate;
  target: { signBy: IsoDate; inForce: IsoDate };
  participants: ParticipantForecast[];
  earliestPublication: IsoDate | null;
  earliestInForce: IsoDate | null;
  inForceSlackDays: number | null;
  criticalPath: {
    participantId: string;
    name: string;
    step: ForecastStepName | null;
    date: IsoDate | null;
    reason: string;
  } | null;
  assumptions: string[];
}

export const FORECAST_ASSUMPTIONS = [
  "Een raad besluit alleen in een raadsvergadering, na een commissievergadering als de gemeente die heeft.",
  "Vergaderingen tijdens een reces tellen niet mee.",
  "Zonder vergaderdata van het college wordt uitgegaan van een wekelijks college (raadsbesluit + 7 dagen).",
  "Ondertekening op de dag van het collegebesluit; bekendmaking 1 dag na de laatste ondertekening; inwerkingtreding op zijn vroegst op de dag van bekendmaking.",
  "Een raad die het ontwerp nog niet ontving, ontvangt het vandaag.",
];

const inRecess = (d: IsoDate, recesses: { from: IsoDate; to: IsoDate }[]) =>
  recesses.some((r) => d >= r.from && d <= r.to);

function meetingDates(p: ForecastParticipantInput, kind: MeetingKind): IsoDate[] {
  return p.meetings
    .filter((m) => m.kind === kind && !inRecess(m.date, p.recesses))
    .map((m) => m.date)
    .sort();
}

/** Feasible raad decision dates on/after `from`, in order (respecting the commissie-first rule). */
function raadDecisionDates(p: ForecastParticipantInput, from: IsoDate, needsCommissie: boolean): IsoDate[] {
  const raad = meetingDates(p, "raad").filter((d) => d >= from);
  const commissies = meetingDates(p, "commissie");
  if (!needsCommissie || commissies.length === 0) return raad;
  const firstCommissie = commissies.find((d) => d >= from);
  return firstCommissie ? raad.filter((d) => d > firstCommissie) : [];
}

function forecastParticipant(p: ForecastParticipantInput, input: ForecastInput): ParticipantForecast {
  const { today, target } = input;
  const steps: ForecastStep[] = [];
  const notes: string[] = [];
  const threshold = input.options?.riskThresholdDays ?? 14;
  const signingLag = input.options?.signingLagDays ?? 0;
  const hold = input.scenario?.holdOver?.participantId === p.id ? (input.scenario.holdOver.times ?? 1) : 0;
  const r = p.raadTrack;
  const c = p.collegeTrack;
  const finish = (signDate: IsoDate | null, status?: ForecastStatus): ParticipantForecast => {
    const slackDays = signDate ? diffDays(target.signBy, signDate) : null;
    const s: ForecastStatus =
      status ?? (slackDays === null || slackDays < 0 ? "te_laat" : slackDays < threshold ? "risico" : "op_schema");
    return { id: p.id, name: p.name, scope: p.scope, steps, signDate, slackDays, status: s, notes };
  };

  if (c.status === "ondertekend" || c.status === "besluit_bekendgemaakt")
    return finish(c.signedOn ?? today, "afgerond");
  if (r.status === "toestemming_geweigerd") {
    notes.push("Toestemming geweigerd: alleen een nieuwe versie kan dit oplossen.");
    return finish(null, "te_laat");
  }

  let raadDecision: IsoDate | null = null;
  if (r.status === "toestemming_verleend") {
    raadDecision = r.toestemming?.decision?.decidedOn ?? today;
  } else {
    // 1. zienswijze window
    let receipt: IsoDate;
    const inToestemming = ["toestemming_ontvangen", "toestemming_geagendeerd", "toestemming_aangehouden"].includes(
      r.status,
    );
    if (!inToestemming) {
      let windowClosed: IsoDate;
      if (r.status === "zienswijze_vastgesteld" || r.status === "geen_zienswijze" || r.status === "herbesluit_nodig") {
        windowClosed = today;
      } else {
        const received = r.zienswijze?.receivedOn ?? today;
        if (!r.zienswijze) notes.push("Aanname: ontwerp vandaag ontvangen.");
        const end =
          r.zienswijze?.deadline?.end ??
          computeDeadline({ start: received, period: STATUTORY_ZIENSWIJZE_GR, kind: "statutory" }).end;
        const meeting = raadDecisionDates(p, maxDate(today, received), true).find((d) => d <= end);
        windowClosed = meeting ?? addDays(end, 1);
        steps.push({
          step: "zienswijze_termijn_gesloten",
          date: windowClosed,
          basis: meeting
            ? `raadsvergadering ${meeting} (zienswijze of geen zienswijze)`
            : `termijn verstreken (tot en met ${end})`,
        });
      }
      // 2. toestemmingsvoorstel
      receipt = maxDate(today, windowClosed, input.regional.toestemmingsprocedureOpensOn ?? today);
      steps.push({
        step: "toestemmingsvoorstel_ontvangen",
        date: receipt,
        basis: "na sluiting zienswijzetermijn en opening toestemmingsprocedure",
      });
    } else {
      receipt = r.toestemming?.receivedOn ?? today;
    }
    // 3. raad decision
    let candidates: IsoDate[];
    let basis: string;
    const lastHold = r.toestemming?.aanhoudingen?.[r.toestemming.aanhoudingen.length - 1];
    if (r.status === "toestemming_aangehouden" && lastHold) {
      candidates = raadDecisionDates(p, maxDate(today, lastHold.expectedDate), false);
      basis = `aangehouden tot ${lastHold.expectedDate}`;
    } else if (
      r.status === "toestemming_geagendeerd" &&
      r.toestemming?.agenda?.raadDate &&
      r.toestemming.agenda.raadDate >= today
    ) {
      const agendaDate = r.toestemming.agenda.raadDate;
      candidates = [agendaDate, ...raadDecisionDates(p, addDays(agendaDate, 1), false)];
      basis = `geagendeerd voor ${agendaDate}`;
    } else {
      candidates = raadDecisionDates(p, maxDate(today, receipt), true);
      basis = "eerstvolgende raadsvergadering na commissie";
    }
    if (hold > 0) {
      notes.push(`Scenario: besluit ${hold}× aangehouden tot een volgende raadsvergadering.`);
      basis += `, ${hold}× aangehouden`;
    }
    raadDecision = candidates[hold] ?? null;
    steps.push({
      step: "toestemming_verleend",
      date: raadDecision,
      basis: raadDecision ? `${basis}: raad ${raadDecision}` : `${basis}: geen geschikte raadsvergadering bekend`,
    });
    if (!raadDecision) return finish(null, "te_laat");
  }

  // 4. collegebesluit, 5. ondertekening
  let collegeDate: IsoDate;
  if (c.status === "collegebesluit_genomen") {
    collegeDate = c.collegebesluit?.decidedOn ?? today;
  } else {
    const colleges = meetingDates(p, "college");
    const from = maxDate(addDays(raadDecision, 1), today);
    const next = colleges.length
      ? colleges.find((d) => d >= from)
      : addDays(raadDecision, 7) >= today
        ? addDays(raadDecision, 7)
        : today;
    if (!next) {
      steps.push({
        step: "collegebesluit_genomen",
        date: null,
        basis: "geen collegevergadering na het raadsbesluit bekend",
      });
      return finish(null, "te_laat");
    }
    collegeDate = next;
    steps.push({
      step: "collegebesluit_genomen",
      date: collegeDate,
      basis: colleges.length ? `collegevergadering ${collegeDate}` : "aanname: wekelijks college",
    });
  }
  const signDate = maxDate(addDays(collegeDate, signingLag), today);
  steps.push({
    step: "ondertekend",
    date: signDate,
    basis: signingLag ? `${signingLag} dag(en) na het collegebesluit` : "op de dag van het collegebesluit",
  });
  return finish(signDate);
}

export function forecast(input: ForecastInput): ForecastResult {
  const participants = input.participants.map((p) => forecastParticipant(p, input));
  const full = participants.filter((p) => p.scope === "full");
  const lead = input.regional.publicationLeadDays ?? 1;
  let earliestPublication: IsoDate | null = null;
  let criticalPath: ForecastResult["criticalPath"] = null;
  const blocked = full.find((p) => p.signDate === null);
  if (input.regional.publishedOn) {
    earliestPublication = input.regional.publishedOn;
  } else if (blocked) {
    const lastStep = blocked.steps[blocked.steps.length - 1];
    criticalPath = {
      participantId: blocked.id,
      name: blocked.name,
      step: lastStep?.step ?? null,
      date: null,
      reason: blocked.notes[0] ?? lastStep?.basis ?? "geen haalbare datum",
    };
  } else if (full.length) {
    // None is blocked, so every full participant has a sign date.
    const latest = full.reduce((a, b) => ((b.signDate ?? "") > (a.signDate ?? "") ? b : a));
    earliestPublication = addDays(guaranteed(latest.signDate, "de datum van ondertekening"), lead);
    // the bottleneck is the step with the largest wait before it
    let prev = input.today;
    let worst: ForecastStep | null = null;
    let worstGap = -1;
    for (const s of latest.steps) {
      const gap = s.date ? diffDays(s.date, prev) : 0;
      if (gap > worstGap) [worst, worstGap] = [s, gap];
      if (s.date) prev = s.date;
    }
    criticalPath = {
      participantId: latest.id,
      name: latest.name,
      step: worst?.step ?? null,
      date: worst?.date ?? null,
      reason: worst?.basis ?? "al afgerond",
    };
  }
  const earliestInForce = earliestPublication;
  return {
    today: input.today,
    target: input.target,
    participants,
    earliestPublication,
    earliestInForce,
    inForceSlackDays: earliestInForce ? diffDays(input.target.inForce, earliestInForce) : null,
    criticalPath,
    assumptions: FORECAST_ASSUMPTIONS,
  };
}
