import type { IsoDate } from "../dates";
import { validateDecision, type Decision } from "../decision";
import {
  checkDate,
  checkTable,
  nonEmpty,
  refuse,
  todayOf,
  type DomainEvent,
  type MachineDefinition,
  type Refusal,
  type SubjectKind,
  type TransitionContext,
  type TransitionResult,
  type TransitionRule,
} from "../events";

/**
 * A state table: per state its Dutch label and, per event, the state (or states) that event may
 * lead to. One table per machine keeps states, labels and transitions together; the lists of
 * states and events are derived from it, in the order written.
 */
type StateTable = Readonly<Record<string, readonly [string, Readonly<Record<string, string | readonly string[]>>]>>;
export type StatesOf<T extends StateTable> = keyof T & string;
export type EventsOf<T extends StateTable> = { [S in keyof T]: keyof T[S][1] }[keyof T] & string;
export type StatusOf<M> = M extends MachineDefinition<infer S, string> ? S : never;
export type EventOf<M> = M extends { events: readonly (infer E)[] } ? E : never;

/** A machine from its state table; the first state is the initial one. */
export function defineMachine<const T extends StateTable>(
  id: string,
  title: string,
  table: T,
): MachineDefinition<StatesOf<T>, EventsOf<T>> & { events: readonly EventsOf<T>[] } {
  type S = StatesOf<T>;
  type E = EventsOf<T>;
  const states = Object.keys(table) as S[];
  const transitions: TransitionRule<S, E>[] = states.flatMap((from) =>
    Object.entries(table[from][1]).flatMap(([event, to]) =>
      (typeof to === "string" ? [to] : to).map((target) => {
        if (!(target in table)) throw new Error(`${id}: onbekende status "${target}" na "${event}"`);
        return { from, event: event as E, to: target as S };
      }),
    ),
  );
  const labels = Object.fromEntries(states.map((st) => [st, table[st][0]])) as Record<S, string>;
  const events = [...new Set(transitions.map((t) => t.event))];
  return { id, title, states, initial: states[0], labels, transitions, events };
}

/** The first check of every step: the machine allows the event from the current status. Returns today. */
export function openStep<S extends string, E extends string>(
  machine: MachineDefinition<S, E>,
  status: S,
  event: E,
  ctx: TransitionContext,
  what = `Stap "${event}"`,
): Refusal | { ok: undefined; today: IsoDate } {
  return checkTable(machine, status, event, what) ?? { ok: undefined, today: todayOf(ctx) };
}

/** A step that records a document version on a date (sending, offering, drafting). */
export function checkDocumentStep(documentVersionId: unknown, dateLabel: string, date: unknown, today: IsoDate) {
  return requireText("De documentversie", documentVersionId) ?? checkDate(dateLabel, date, { today });
}

/** A decision on the current document version: dated today or earlier, not before `since` (what it follows). */
export function checkVersionDecision(
  decision: Decision,
  versionId: string | undefined,
  today: IsoDate,
  since: IsoDate | undefined,
  what: string,
) {
  return validateDecision(decision, { today, expectedVersionId: versionId, notBefore: { date: since, what } });
}

/** The successful end of every step: one typed event from the old to the new status. */
export function stepDone<T, P extends { type: string }>(
  ctx: TransitionContext,
  subject: { kind: SubjectKind; id: string },
  event: P,
  from: string,
  to: string,
  state: T,
  reason?: string,
): TransitionResult<T> {
  const e = makeEvent(ctx, subject, event.type, from, to, event, reason);
  return { ok: true, state, event: e, events: [e] };
}

export function makeEvent<P>(
  ctx: TransitionContext,
  subject: { kind: SubjectKind; id: string },
  type: string,
  from: string,
  to: string,
  payload: P,
  reason?: string,
): DomainEvent<string, P> {
  const event: DomainEvent<string, P> = { type, actor: ctx.actor, at: ctx.now, from, to, subject, payload };
  if (reason !== undefined) event.reason = reason;
  return event;
}

export interface AgendaLike {
  commissieDate?: IsoDate;
  raadDate?: IsoDate;
}

/** An agenda needs a commissie and/or raad date, not before `notBefore`, commissie not after raad. */
export function checkAgenda(
  agenda: AgendaLike | undefined,
  notBefore: { date: IsoDate | undefined; what: string },
): Refusal | null {
  if (!agenda || (agenda.commissieDate === undefined && agenda.raadDate === undefined)) {
    return refuse("ongeldige_invoer", "Geef de datum van de commissievergadering en/of de raadsvergadering op.");
  }
  for (const [label, value] of [
    ["Datum commissie", agenda.commissieDate],
    ["Datum raadsvergadering", agenda.raadDate],
  ] as const) {
    if (value === undefined) continue;
    const r = checkDate(label, value, { notBefore });
    if (r) return r;
  }
  if (agenda.commissieDate && agenda.raadDate && agenda.commissieDate > agenda.raadDate) {
    return refuse("ongeldige_invoer", "De commissievergadering moet vóór of op de dag van de raadsvergadering liggen.");
  }
  return null;
}

export function requireText(label: string, value: unknown): Refusal | null {
  return nonEmpty(value) ? null : refuse("ongeldige_invoer", `${label} is verplicht.`);
}

export function cleanAgenda(agenda: AgendaLike): AgendaLike {
  const out: AgendaLike = {};
  if (agenda.commissieDate !== undefined) out.commissieDate = agenda.commissieDate;
  if (agenda.raadDate !== undefined) out.raadDate = agenda.raadDate;
  return out;
}
