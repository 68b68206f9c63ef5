import type { IsoDate } from "../dates";
import {
  checkDate,
  nonEmpty,
  refuse,
  type DomainEvent,
  type Refusal,
  type SubjectKind,
  type TransitionContext,
} from "../events";

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
