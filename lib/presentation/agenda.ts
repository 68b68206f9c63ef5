import type { AgendaSlot } from "@/lib/domain/agenda";
import type { IsoDate } from "@/lib/domain";
import { formatDutchDate } from "./dates";

/** The heading of one agenda group (page, e-mail): the raad meeting, or why there is none. */
export function slotHeading(slot: AgendaSlot): string {
  if (slot.kind === "vergadering")
    return `Raadsvergadering van ${formatDutchDate(slot.meeting.date)}${slot.meeting.titel ? ` (${slot.meeting.titel})` : ""}`;
  return slot.kind === "geen_vergadering" ? "Geen raadsvergadering vóór de termijn" : "Nog geen termijn bekend";
}

/** An item's deadline in words: by when, passed, or none yet. */
export function deadlineText(item: { deadline: IsoDate | null; late: boolean }): string {
  if (!item.deadline) return "Nog geen termijn";
  return item.late
    ? `Termijn verlopen op ${formatDutchDate(item.deadline)}`
    : `Uiterlijk ${formatDutchDate(item.deadline)}`;
}
