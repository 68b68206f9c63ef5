/**
 * The griffie agenda (issue 17 point 4): every open zienswijze and toestemming of the own raad, across all regelingen,
 * grouped by the raad meeting in which it must be decided. Pure rules; the read model (lib/read-models/agenda.ts)
 * loads the items and the meetings.
 *
 * The meeting in which an item must be decided is the LAST raad meeting of the own gemeente on or before the item's
 * deadline (and not before today): a raad decides within its term (Wgr art. 1 lid 3 for a GR zienswijze; the day
 * before the aanbieding for a begroting, Wgr art. 35 lid 3), and the last meeting in time leaves the most room to
 * prepare. An item whose deadline has no meeting before it (or has passed) is in a group of its own, so the griffie
 * sees it must plan an extra meeting or ask for a later date.
 */
import type { IsoDate } from "./dates";

export interface AgendaMeetingRef {
  id: string;
  date: IsoDate;
  titel: string | null;
}

/** The last meeting with today <= date <= deadline; null without a deadline or without such a meeting. */
export function decidingMeeting(
  deadline: IsoDate | null,
  meetings: readonly AgendaMeetingRef[],
  today: IsoDate,
): AgendaMeetingRef | null {
  if (deadline === null) return null;
  let found: AgendaMeetingRef | null = null;
  for (const m of meetings) {
    if (m.date < today || m.date > deadline) continue;
    if (found === null || m.date > found.date || (m.date === found.date && m.id < found.id)) found = m;
  }
  return found;
}

/** Where an item stands on the agenda: in a meeting, without a meeting in time, or without a deadline. */
export type AgendaSlot =
  | { kind: "vergadering"; meeting: AgendaMeetingRef }
  | { kind: "geen_vergadering" }
  | { kind: "geen_termijn" };

export interface AgendaGroup<T> {
  slot: AgendaSlot;
  items: T[];
}

/** The slot of an item with this deadline on this calendar. */
export function agendaSlot(
  deadline: IsoDate | null,
  meetings: readonly AgendaMeetingRef[],
  today: IsoDate,
): AgendaSlot {
  if (deadline === null) return { kind: "geen_termijn" };
  const meeting = decidingMeeting(deadline, meetings, today);
  return meeting ? { kind: "vergadering", meeting } : { kind: "geen_vergadering" };
}

const slotKey = (s: AgendaSlot) =>
  // Code-point order: ISO dates first (by day), then "~1" (no meeting in time), then "~2" (no deadline).
  s.kind === "vergadering" ? `${s.meeting.date}|${s.meeting.id}` : s.kind === "geen_vergadering" ? "~1" : "~2";

/** Items grouped by slot (earliest meeting first, then no meeting in time, then no deadline), each by deadline. */
export function groupAgenda<T extends { slot: AgendaSlot; deadline: IsoDate | null; titel: string }>(
  items: readonly T[],
): AgendaGroup<T>[] {
  const groups = new Map<string, AgendaGroup<T>>();
  for (const item of items) {
    const key = slotKey(item.slot);
    const g = groups.get(key) ?? { slot: item.slot, items: [] };
    g.items.push(item);
    groups.set(key, g);
  }
  const order = (a: T, b: T) =>
    (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999") || a.titel.localeCompare(b.titel, "nl");
  return (
    [...groups.entries()]
      // Map keys are unique, so two keys are never equal and "not before" is "after".
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, g]) => ({ slot: g.slot, items: [...g.items].sort(order) }))
  );
}
