import ical, { ICalCalendarMethod } from "ical-generator";
import type { CalendarItem } from "@/lib/services/public/common";
import { cachedResponse } from "./http";

/**
 * An RFC 5545 calendar of all-day events. UIDs come from record ids, DTSTAMP from the record's
 * last change (never "now"), so the same data gives byte-identical output and a stable ETag.
 */
export function buildCalendar(name: string, items: CalendarItem[], url?: string): string {
  const cal = ical({
    name,
    description: `Termijnen, vergaderingen en mijlpalen: ${name}`,
    prodId: { company: "GR-volg", product: "gr-volg", language: "NL" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
    ...(url ? { url } : {}),
  });
  for (const item of items) {
    const start = new Date(`${item.date}T00:00:00.000Z`);
    cal.createEvent({
      id: item.uid,
      start,
      end: new Date(start.getTime() + 86_400_000),
      allDay: true,
      summary: item.title,
      description: item.description,
      stamp: item.stamp,
      categories: [{ name: item.kind === "deadline" ? "Termijn" : item.kind === "vergadering" ? "Vergadering" : "Mijlpaal" }],
    });
  }
  return cal.toString();
}

export function icsResponse(request: Request, body: string, filename: string): Response {
  return cachedResponse(request, body, "text/calendar; charset=utf-8", { "Content-Disposition": `inline; filename="${filename}"` });
}
