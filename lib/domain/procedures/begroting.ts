/**
 * Begroting zienswijze (yearly, once the GR exists; Wgr art. 34, 34b, 35 as amended 1-7-2022):
 * bestuur sends the ontwerpbegroting → each raad may give a zienswijze within 12 weeks
 * (statutory, Atw applies) → the bestuur answers every zienswijze in writing with reasons →
 * vaststelling → to Gedeputeerde Staten. Plus the yearly R17 deadlines for year j.
 */
import { addDays, diffDays, fromParts, minDate, type IsoDate } from "../dates";
import { computeDeadline, STATUTORY_ZIENSWIJZE_BEGROTING, type DeadlineTrace } from "../deadlines/compute";
import type { HolidayCalendarConfig } from "../deadlines/holidays";
import { validateDecision, type Decision } from "../decision";
import {
  checkDate,
  checkTable,
  refuse,
  todayOf,
  type MachineDefinition,
  type TransitionContext,
  type TransitionResult,
} from "../events";
import { findParticipant, type Participant } from "../participants";
import { makeEvent, requireText } from "./common";
import { guaranteed } from "../invariant";

export const BEGROTING_STATES = ["in_voorbereiding", "ontwerp_verzonden", "vastgesteld", "naar_gs_verzonden"] as const;
export type BegrotingStatus = (typeof BEGROTING_STATES)[number];
export const BEGROTING_RAAD_STATES = [
  "nog_niet_ontvangen",
  "ontvangen",
  "zienswijze_ingediend",
  "geen_zienswijze",
  "beantwoord",
] as const;
export type BegrotingRaadStatus = (typeof BEGROTING_RAAD_STATES)[number];
export const BEGROTING_EVENTS = [
  "ontwerp_verzonden",
  "ontwerp_ontvangen",
  "zienswijze_ingediend",
  "geen_zienswijze",
  "zienswijze_beantwoord",
  "begroting_vastgesteld",
  "naar_gs_verzonden",
] as const;
export type BegrotingEventType = (typeof BEGROTING_EVENTS)[number];

export const BEGROTING_LABELS: Record<BegrotingStatus, string> = {
  in_voorbereiding: "In voorbereiding",
  ontwerp_verzonden: "Ontwerpbegroting naar de raden",
  vastgesteld: "Begroting vastgesteld",
  naar_gs_verzonden: "Naar Gedeputeerde Staten",
};
export const BEGROTING_RAAD_LABELS: Record<BegrotingRaadStatus, string> = {
  nog_niet_ontvangen: "Nog niet ontvangen",
  ontvangen: "Ontwerpbegroting ontvangen",
  zienswijze_ingediend: "Zienswijze ingediend",
  geen_zienswijze: "Geen zienswijze",
  beantwoord: "Zienswijze beantwoord door het bestuur",
};

export const BEGROTING_MACHINE: MachineDefinition<BegrotingStatus, BegrotingEventType> = {
  id: "begroting",
  title: "Begroting — bestuur van de regeling",
  states: BEGROTING_STATES,
  initial: "in_voorbereiding",
  labels: BEGROTING_LABELS,
  transitions: [
    { from: "in_voorbereiding", event: "ontwerp_verzonden", to: "ontwerp_verzonden" },
    { from: "ontwerp_verzonden", event: "begroting_vastgesteld", to: "vastgesteld" },
    { from: "vastgesteld", event: "naar_gs_verzonden", to: "naar_gs_verzonden" },
  ],
};

export const BEGROTING_RAAD_MACHINE: MachineDefinition<BegrotingRaadStatus, BegrotingEventType> = {
  id: "begroting_raad",
  title: "Begroting — zienswijze van de raad (per deelnemer)",
  states: BEGROTING_RAAD_STATES,
  initial: "nog_niet_ontvangen",
  labels: BEGROTING_RAAD_LABELS,
  transitions: [
    { from: "nog_niet_ontvangen", event: "ontwerp_ontvangen", to: "ontvangen" },
    { from: "ontvangen", event: "zienswijze_ingediend", to: "zienswijze_ingediend" },
    { from: "ontvangen", event: "geen_zienswijze", to: "geen_zienswijze" },
    { from: "zienswijze_ingediend", event: "zienswijze_beantwoord", to: "beantwoord" },
  ],
};

export interface BegrotingRaadState {
  status: BegrotingRaadStatus;
  receivedOn?: IsoDate;
  deadline?: DeadlineTrace;
  zienswijze?: { decision: Decision; text: string; late: boolean };
  answer?: { answeredOn: IsoDate; motivation: string };
}

export interface BegrotingState {
  id: string;
  year: number;
  participants: Participant[];
  status: BegrotingStatus;
  documentVersionId?: string;
  sentOn?: IsoDate;
  raden: Record<string, BegrotingRaadState>;
  vaststelling?: Decision;
  gsSentOn?: IsoDate;
  warnings: string[];
}

export type BegrotingEvent =
  | { type: "ontwerp_verzonden"; documentVersionId: string; sentOn: IsoDate }
  | { type: "ontwerp_ontvangen"; participantId: string; receivedOn: IsoDate }
  | { type: "zienswijze_ingediend"; participantId: string; decision: Decision; text: string }
  | { type: "geen_zienswijze"; participantId: string; decidedOn: IsoDate }
  | { type: "zienswijze_beantwoord"; participantId: string; answeredOn: IsoDate; motivation: string }
  | { type: "begroting_vastgesteld"; decision: Decision }
  | { type: "naar_gs_verzonden"; sentOn: IsoDate };

export function createBegroting(input: { id: string; year: number; participants: Participant[] }): BegrotingState {
  return {
    ...input,
    status: "in_voorbereiding",
    raden: Object.fromEntries(input.participants.map((p) => [p.id, { status: "nog_niet_ontvangen" as const }])),
    warnings: [],
  };
}

const RAAD_EVENTS = new Set<BegrotingEventType>([
  "ontwerp_ontvangen",
  "zienswijze_ingediend",
  "geen_zienswijze",
  "zienswijze_beantwoord",
]);

export function transitionBegroting(
  s: BegrotingState,
  event: BegrotingEvent,
  ctx: TransitionContext & { calendar?: HolidayCalendarConfig },
): TransitionResult<BegrotingState> {
  const today = todayOf(ctx);
  if ("participantId" in event && RAAD_EVENTS.has(event.type)) {
    const p = findParticipant(s.participants, event.participantId);
    if ("ok" in p) return p;
    const raad = s.raden[p.id];
    const t = checkTable(BEGROTING_RAAD_MACHINE, raad.status, event.type, `Stap "${event.type}" voor ${p.name}`);
    if (t) return t;
    if (s.status !== "ontwerp_verzonden")
      return refuse(
        "vereiste_stap_ontbreekt",
        "De ontwerpbegroting is nog niet verzonden, of de begroting is al vastgesteld.",
      );
    let next: BegrotingRaadState;
    switch (event.type) {
      case "ontwerp_ontvangen": {
        const r = checkDate("Datum ontvangst", event.receivedOn, {
          today,
          notBefore: { date: s.sentOn, what: "de verzending" },
        });
        if (r) return r;
        next = {
          status: "ontvangen",
          receivedOn: event.receivedOn,
          deadline: computeDeadline(
            { start: event.receivedOn, period: STATUTORY_ZIENSWIJZE_BEGROTING, kind: "statutory" },
            ctx.calendar,
          ),
        };
        break;
      }
      case "zienswijze_ingediend": {
        const r =
          validateDecision(event.decision, {
            today,
            expectedVersionId: s.documentVersionId,
            notBefore: { date: raad.receivedOn, what: "de ontvangst" },
          }) ?? requireText("De tekst van de zienswijze", event.text);
        if (r) return r;
        next = {
          ...raad,
          status: "zienswijze_ingediend",
          zienswijze: {
            decision: event.decision,
            text: event.text,
            late: event.decision.decidedOn > guaranteed(raad.deadline, "de termijn van de raad").end,
          },
        };
        break;
      }
      case "geen_zienswijze": {
        const r = checkDate("Datum besluit", event.decidedOn, {
          today,
          notBefore: { date: raad.receivedOn, what: "de ontvangst" },
        });
        if (r) return r;
        next = { ...raad, status: "geen_zienswijze" };
        break;
      }
      case "zienswijze_beantwoord": {
        const r =
          checkDate("Datum antwoord", event.answeredOn, {
            today,
            notBefore: { date: guaranteed(raad.zienswijze, "de zienswijze").decision.decidedOn, what: "de zienswijze" },
          }) ?? requireText("Het bestuur antwoordt schriftelijk en gemotiveerd; de motivering", event.motivation);
        if (r) return r;
        next = {
          ...raad,
          status: "beantwoord",
          answer: { answeredOn: event.answeredOn, motivation: event.motivation },
        };
        break;
      }
    }
    const e = makeEvent(
      ctx,
      { kind: "begroting", id: `${s.id}:raad:${p.id}` },
      event.type,
      raad.status,
      next.status,
      event,
    );
    return { ok: true, state: { ...s, raden: { ...s.raden, [p.id]: next } }, event: e, events: [e] };
  }

  const t = checkTable(BEGROTING_MACHINE, s.status, event.type, `Stap "${event.type}"`);
  if (t) return t;
  let next: BegrotingState;
  let reason: string | undefined;
  switch (event.type) {
    case "ontwerp_verzonden": {
      const r =
        requireText("De documentversie", event.documentVersionId) ??
        checkDate("Datum verzending", event.sentOn, { today });
      if (r) return r;
      next = { ...s, status: "ontwerp_verzonden", documentVersionId: event.documentVersionId, sentOn: event.sentOn };
      break;
    }
    case "begroting_vastgesteld": {
      const r = validateDecision(event.decision, {
        today,
        expectedVersionId: s.documentVersionId,
        notBefore: { date: s.sentOn, what: "de verzending" },
      });
      if (r) return r;
      const open: string[] = [];
      for (const p of s.participants) {
        const raad = s.raden[p.id];
        if (raad.status === "nog_niet_ontvangen") open.push(`${p.name} (nog niet ontvangen)`);
        else if (
          raad.status === "ontvangen" &&
          event.decision.decidedOn <= guaranteed(raad.deadline, "de termijn van de raad").end
        )
          open.push(`${p.name} (termijn loopt tot en met ${guaranteed(raad.deadline, "de termijn van de raad").end})`);
        else if (raad.status === "zienswijze_ingediend") open.push(`${p.name} (zienswijze nog niet beantwoord)`);
      }
      if (open.length)
        return refuse("vereiste_stap_ontbreekt", `De begroting kan nog niet worden vastgesteld: ${open.join(", ")}.`);
      next = { ...s, status: "vastgesteld", vaststelling: event.decision };
      break;
    }
    case "naar_gs_verzonden": {
      const r = checkDate("Datum verzending aan GS", event.sentOn, {
        today,
        notBefore: { date: guaranteed(s.vaststelling, "de vaststelling").decidedOn, what: "de vaststelling" },
      });
      if (r) return r;
      const warnings = [...s.warnings];
      if (diffDays(event.sentOn, guaranteed(s.vaststelling, "de vaststelling").decidedOn) > 14)
        warnings.push("Later dan twee weken na vaststelling verzonden aan GS (Wgr art. 34 lid 2).");
      if (event.sentOn >= fromParts(s.year - 1, 9, 15))
        warnings.push(`Niet vóór 15 september ${s.year - 1} verzonden aan GS (Wgr art. 34 lid 2).`);
      reason = warnings.slice(s.warnings.length).join(" ") || undefined;
      next = { ...s, status: "naar_gs_verzonden", gsSentOn: event.sentOn, warnings };
      break;
    }
    default:
      return refuse("ongeldige_overgang", "Deze stap hoort bij een raad; geef de deelnemer op.");
  }
  const e = makeEvent(ctx, { kind: "begroting", id: s.id }, event.type, s.status, next.status, event, reason);
  return { ok: true, state: next, event: e, events: [e] };
}

export interface YearDeadline {
  label: string;
  /** Latest date (inclusive). */
  date: IsoDate;
  kind: "fixed" | "statutory" | "backward";
  grondslag: string;
  trace?: DeadlineTrace;
  note?: string;
}

/**
 * R17: the yearly deadlines of the financial cycle for begrotingsjaar `year`.
 * `vaststellingOn` (planned adoption of the begroting) and `receivedOn` (ontwerp received by a
 * raad) add the period-based deadlines; `grInForceOn` adds the transitional warning.
 */
export function begrotingDeadlines(
  year: number,
  opts: {
    vaststellingOn?: IsoDate;
    receivedOn?: IsoDate;
    grInForceOn?: IsoDate;
    calendar?: HolidayCalendarConfig;
  } = {},
): { deadlines: YearDeadline[]; warnings: string[] } {
  const j1 = year - 1;
  const deadlines: YearDeadline[] = [
    {
      label: "Algemene financiële en beleidsmatige kaders naar de raden",
      date: fromParts(j1, 4, 30),
      kind: "fixed",
      grondslag: "Wgr art. 34b",
    },
  ];
  if (opts.vaststellingOn) {
    const t = computeDeadline(
      { start: opts.vaststellingOn, period: "P12W", kind: "statutory", direction: "before" },
      opts.calendar,
    );
    deadlines.push({
      label: "Ontwerpbegroting uiterlijk naar de raden (12 weken vóór vaststelling)",
      date: t.end,
      kind: "backward",
      grondslag: "Wgr art. 35 lid 1",
      trace: t,
      note: "Terugrekening: geen verlenging (Atw art. 1 lid 2).",
    });
  }
  if (opts.receivedOn) {
    const t = computeDeadline(
      { start: opts.receivedOn, period: STATUTORY_ZIENSWIJZE_BEGROTING, kind: "statutory" },
      opts.calendar,
    );
    deadlines.push({
      label: "Zienswijze van de raad op de ontwerpbegroting",
      date: t.end,
      kind: "statutory",
      grondslag: "Wgr art. 35 lid 3",
      trace: t,
    });
  }
  const gsLatest = fromParts(j1, 9, 14);
  deadlines.push({
    label: "Vastgestelde begroting naar Gedeputeerde Staten",
    date: opts.vaststellingOn ? minDate(addDays(opts.vaststellingOn, 14), gsLatest) : gsLatest,
    kind: "fixed",
    grondslag: "Wgr art. 34 lid 2 (binnen twee weken na vaststelling, vóór 15 september)",
  });
  deadlines.push({
    label: "Voorlopige jaarrekening naar de raden",
    date: fromParts(year + 1, 4, 30),
    kind: "fixed",
    grondslag: "Wgr art. 34b",
  });
  deadlines.push({
    label: "Jaarrekening naar Gedeputeerde Staten",
    date: fromParts(year + 1, 7, 14),
    kind: "fixed",
    grondslag: "Wgr art. 34 (binnen twee weken na vaststelling, vóór 15 juli)",
  });
  const warnings: string[] = [];
  if (opts.grInForceOn && opts.grInForceOn > fromParts(j1, 12, 31)) {
    warnings.push(
      `De begroting ${year} moet in ${j1} worden vastgesteld, maar de regeling bestaat pas vanaf ${opts.grInForceOn}. Neem een overgangsbepaling op.`,
    );
  }
  return { deadlines, warnings };
}
