/**
 * Shared shapes of every state machine: the actor, the audit event a successful transition yields,
 * refusals (Dutch messages) and transition tables as data (used by the guards AND the diagrams).
 */
import { dateInAmsterdam, isIsoDate, type IsoDate } from "./dates";
import type { HolidayCalendarConfig } from "./deadlines/holidays";

export interface Actor {
  userId: string | null;
  role: string;
  gemeenteId: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, role: "systeem", gemeenteId: null };

export type SubjectKind =
  | "gr_procedure"
  | "raad_track"
  | "college_track"
  | "beleidskader_track"
  | "dienstverleningshandvest"
  | "begroting";

export interface DomainEvent<T extends string = string, P = unknown> {
  type: T;
  actor: Actor;
  /** ISO timestamp. */
  at: string;
  from: string;
  to: string;
  subject: { kind: SubjectKind; id: string };
  payload: P;
  reason?: string;
}

export type RefusalCode =
  | "ongeldige_overgang"
  | "vereiste_stap_ontbreekt"
  | "buiten_reikwijdte"
  | "onbekende_deelnemer"
  | "ongeldige_invoer"
  | "ongeldige_datum"
  | "datum_in_toekomst"
  | "datum_te_vroeg"
  | "versie_komt_niet_overeen"
  | "quorum_niet_gehaald"
  | "stemming_past_niet"
  | "ongeldige_weigeringsgrond"
  | "volgt_gr_wijzigen";

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: string;
}

export interface Success<S> {
  ok: true;
  state: S;
  /** The primary event of this transition. */
  event: DomainEvent;
  /** The primary event followed by any cascaded events (e.g. R8 herbesluit_nodig per track). */
  events: DomainEvent[];
}

export type TransitionResult<S> = Success<S> | Refusal;

export interface TransitionContext {
  actor: Actor;
  /** ISO timestamp of the transition; also the source of "today" unless `today` is given. */
  now: string;
  /** Calendar date in the Netherlands; defaults to the Amsterdam date of `now`. */
  today?: IsoDate;
  calendar?: HolidayCalendarConfig;
}

export function refuse(code: RefusalCode, message: string): Refusal {
  return { ok: false, code, message };
}

export function todayOf(ctx: TransitionContext): IsoDate {
  return ctx.today ?? dateInAmsterdam(ctx.now);
}

/** One allowed transition, as data: guards consult it and diagrams are generated from it. */
export interface TransitionRule<S extends string = string, E extends string = string> {
  from: S;
  event: E;
  to: S;
}

export interface MachineDefinition<S extends string = string, E extends string = string> {
  id: string;
  title: string;
  states: readonly S[];
  initial: S;
  labels: Record<S, string>;
  transitions: readonly TransitionRule<S, E>[];
}

export function findRule<S extends string, E extends string>(
  machine: MachineDefinition<S, E>,
  from: S,
  event: E,
): TransitionRule<S, E> | undefined {
  return machine.transitions.find((t) => t.from === from && t.event === event);
}

/** Refusal when the table has no rule for (from, event); null when allowed. */
export function checkTable<S extends string, E extends string>(
  machine: MachineDefinition<S, E>,
  from: S,
  event: E,
  what: string,
): Refusal | null {
  if (findRule(machine, from, event)) return null;
  const froms = machine.transitions.filter((t) => t.event === event).map((t) => `"${machine.labels[t.from]}"`);
  const uniq = [...new Set(froms)];
  return refuse(
    "ongeldige_overgang",
    `${what} kan niet in de status "${machine.labels[from]}".${uniq.length ? ` Dat kan alleen vanuit: ${uniq.join(", ")}.` : ""}`,
  );
}

/** Date guard: a valid YYYY-MM-DD, not in the future, not before `notBefore`. */
export function checkDate(
  label: string,
  value: unknown,
  opts: { today?: IsoDate; notBefore?: { date: IsoDate | undefined; what: string } } = {},
): Refusal | null {
  if (!isIsoDate(value))
    return refuse("ongeldige_datum", `${label}: ongeldige datum "${String(value)}" (gebruik JJJJ-MM-DD).`);
  if (opts.today && value > opts.today) {
    return refuse(
      "datum_in_toekomst",
      `${label} (${value}) ligt in de toekomst; registreer een besluit of ontvangst pas als het is gebeurd.`,
    );
  }
  // A missing "not before" date (a step without its date in older data) bounds nothing.
  if (opts.notBefore?.date && value < opts.notBefore.date) {
    return refuse("datum_te_vroeg", `${label} (${value}) ligt vóór ${opts.notBefore.what} (${opts.notBefore.date}).`);
  }
  return null;
}

export function nonEmpty(s: unknown): s is string {
  return typeof s === "string" && s.trim().length > 0;
}
