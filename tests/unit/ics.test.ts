import ical, { ICalCalendarMethod } from "ical-generator";
import { describe, expect, it } from "vitest";
import { buildCalendar, sequenceFromStamp } from "@/lib/api/ics";
import type { CalendarItem } from "@/lib/services/public/common";

/** The reference: what lib/api/ics.ts produced with ical-generator before it wrote the calendar itself. */
function reference(name: string, items: CalendarItem[], url?: string): string {
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
      sequence: sequenceFromStamp(item.stamp),
      start,
      end: new Date(start.getTime() + 86_400_000),
      allDay: true,
      summary: item.title,
      description: item.description,
      stamp: item.stamp,
      categories: [
        { name: item.kind === "deadline" ? "Termijn" : item.kind === "vergadering" ? "Vergadering" : "Mijlpaal" },
      ],
    });
  }
  return cal.toString();
}

const long =
  "Een hele lange beschrijving die over de vijfenzeventig octetten heen gaat, met é, ë, € en 😀 (vier octetten); ";
const items: CalendarItem[] = [
  {
    uid: "deadline-a@gr-volg",
    date: "2026-12-31",
    kind: "deadline",
    title: "Einde termijn, zienswijze; raad \\ Súdwest-Fryslân",
    description: `${long.repeat(3)}\nnieuwe regel\r\nen nog een`,
    stamp: new Date("2026-11-24T10:11:12.345Z"),
  },
  {
    uid: "vergadering-b@gr-volg",
    date: "2027-02-28",
    kind: "vergadering",
    title: "Raadsvergadering",
    description: "Raadsvergadering van Gemeenteraad Urk, Raadhuis.",
    stamp: new Date("2026-01-01T00:00:00.000Z"),
  },
  {
    uid: "mijlpaal-c@gr-volg",
    date: "2028-02-29",
    kind: "mijlpaal",
    title: "😀".repeat(40),
    description: "é".repeat(80),
    stamp: new Date("2027-06-30T23:59:59.999Z"),
  },
];

describe("iCalendar serializer", () => {
  it("writes exactly what ical-generator wrote (escaping, folding at 75 octets, all-day dates)", () => {
    expect(buildCalendar("Gemeente Súdwest-Fryslân", items, "http://127.0.0.1:3000/gemeenten/sudwest-fryslan")).toBe(
      reference("Gemeente Súdwest-Fryslân", items, "http://127.0.0.1:3000/gemeenten/sudwest-fryslan"),
    );
    expect(buildCalendar("Regeling zonder adres en zonder items", [])).toBe(
      reference("Regeling zonder adres en zonder items", []),
    );
    for (let n = 60; n < 90; n++) {
      const item = { ...items[0], title: `${"x".repeat(n)}é€😀`, description: "y".repeat(n) };
      expect(buildCalendar("k", [item])).toBe(reference("k", [item]));
    }
  });
});
