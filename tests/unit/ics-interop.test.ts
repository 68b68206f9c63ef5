import ICAL from "ical.js";
import nodeIcal, { type VEvent } from "node-ical";
import { describe, expect, it } from "vitest";
import { amsterdamDate, buildCalendar, publicBaseUrl, publicUrl } from "@/lib/api/ics";
import type { CalendarItem } from "@/lib/services/public/common";

/**
 * The feeds as two independent parsers read them (ical.js and node-ical): meetings at their
 * Amsterdam time with a VTIMEZONE, deadlines as all-day events, absolute URLs from PUBLIC_URL,
 * stable UIDs and a SEQUENCE that grows when an item changes.
 */
const env = {
  PUBLIC_URL: "https://gr-volg.example.nl/",
  NEXTAUTH_URL: "http://localhost:3000",
} as unknown as NodeJS.ProcessEnv;

const meeting = (over: Partial<CalendarItem> = {}): CalendarItem => ({
  uid: "vergadering-m1@gr-volg",
  date: "2027-03-30",
  kind: "vergadering",
  title: "Raadsvergadering",
  description: "Raadsvergadering van Gemeenteraad Urk, Raadhuis.",
  stamp: new Date("2027-01-10T09:00:00.000Z"),
  // 30 March 2027 is summer time (CEST, UTC+2): 19:30 local is 17:30 UTC.
  startsAt: new Date("2027-03-30T17:30:00.000Z"),
  endsAt: new Date("2027-03-30T21:00:00.000Z"),
  location: "Raadzaal, Raadhuis Urk",
  sequence: 2,
  ...over,
});
const deadline: CalendarItem = {
  uid: "deadline-d1@gr-volg",
  date: "2027-02-15",
  kind: "deadline",
  title: "Einde termijn zienswijze",
  description: "Wettelijke termijn.",
  stamp: new Date("2027-01-05T08:00:00.000Z"),
};
const winter = meeting({
  uid: "vergadering-m2@gr-volg",
  date: "2027-01-12",
  startsAt: new Date("2027-01-12T19:00:00.000Z"), // 20:00 CET
  endsAt: undefined,
  location: undefined,
  sequence: 0,
});

const feed = (items: CalendarItem[]) => buildCalendar("Gemeente Urk", items, publicUrl("/gemeenten/urk", env));

function icalJsEvents(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const tz of cal.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(tz);
  return { cal, events: cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("ICS feeds read by ical.js and node-ical", () => {
  it("gives meetings their Amsterdam time with TZID and a VTIMEZONE, and deadlines as all-day events", () => {
    const text = feed([deadline, meeting(), winter]);
    expect(text).toContain("DTSTART;TZID=Europe/Amsterdam:20270330T193000");
    expect(text).toContain("DTEND;TZID=Europe/Amsterdam:20270330T230000");
    expect(text).toContain("DTSTART;TZID=Europe/Amsterdam:20270112T200000");

    const { cal, events } = icalJsEvents(text);
    expect(cal.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Amsterdam");
    const [d, m, w] = events;
    expect(d.startDate.isDate).toBe(true);
    expect(d.startDate.toString()).toBe("2027-02-15");
    expect(m.startDate.isDate).toBe(false);
    expect(m.startDate.zone?.tzid).toBe("Europe/Amsterdam");
    expect(m.startDate.toJSDate().toISOString()).toBe("2027-03-30T17:30:00.000Z");
    expect(m.endDate.toJSDate().toISOString()).toBe("2027-03-30T21:00:00.000Z");
    expect(m.location).toBe("Raadzaal, Raadhuis Urk");
    expect(w.startDate.toJSDate().toISOString()).toBe("2027-01-12T19:00:00.000Z");

    const parsed = nodeIcal.sync.parseICS(text);
    const byUid = Object.fromEntries(
      Object.values(parsed)
        .filter((c): c is VEvent => c?.type === "VEVENT")
        .map((e) => [e.uid, e]),
    );
    const nm = byUid["vergadering-m1@gr-volg"];
    expect(nm.start.toISOString()).toBe("2027-03-30T17:30:00.000Z");
    expect(nm.start.tz).toBe("Europe/Amsterdam");
    expect(nm.end?.toISOString()).toBe("2027-03-30T21:00:00.000Z");
    expect(nm.location).toBe("Raadzaal, Raadhuis Urk");
    expect(byUid["vergadering-m2@gr-volg"].start.toISOString()).toBe("2027-01-12T19:00:00.000Z");
    const nd = byUid["deadline-d1@gr-volg"];
    expect(nd.datetype).toBe("date");
    expect(nd.start.dateOnly).toBe(true);
    expect(Object.values(parsed).some((c) => c?.type === "VTIMEZONE")).toBe(true);
  });

  it("uses the configured public address for URLs, never the request's host", () => {
    const text = feed([deadline]);
    const { cal } = icalJsEvents(text);
    expect(cal.getFirstPropertyValue("url")).toBe("https://gr-volg.example.nl/gemeenten/urk");
    expect(text).not.toContain("localhost");
    expect(publicBaseUrl({ NEXTAUTH_URL: "https://raad.example.nl/" } as unknown as NodeJS.ProcessEnv)).toBe(
      "https://raad.example.nl",
    );
    expect(publicBaseUrl({} as unknown as NodeJS.ProcessEnv)).toBeUndefined();
  });

  it("keeps UIDs stable and makes SEQUENCE grow when an item changes", () => {
    const first = feed([deadline, meeting()]);
    expect(feed([deadline, meeting()])).toBe(first);
    const moved = meeting({ startsAt: new Date("2027-03-31T17:30:00.000Z"), sequence: 3 });
    const changedDeadline = { ...deadline, date: "2027-02-16", stamp: new Date("2027-01-06T08:00:00.000Z") };
    const second = feed([changedDeadline, moved]);
    const seq = (text: string) => Object.fromEntries(icalJsEvents(text).events.map((e) => [e.uid, e.sequence]));
    const before = seq(first);
    const after = seq(second);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const uid of Object.keys(before)) expect(after[uid]).toBeGreaterThan(before[uid]);
  });

  it("marks a cancelled meeting as cancelled", () => {
    const text = feed([meeting({ cancelled: true })]);
    const [ev] = Object.values(nodeIcal.sync.parseICS(text)).filter((c): c is VEvent => c?.type === "VEVENT");
    expect(ev.status).toBe("CANCELLED");
  });

  it("puts a meeting at 00:15 Amsterdam time on the Amsterdam date", () => {
    expect(amsterdamDate(new Date("2027-06-24T22:15:00.000Z"))).toBe("2027-06-25");
    expect(amsterdamDate(new Date("2027-01-14T23:15:00.000Z"))).toBe("2027-01-15");
    expect(amsterdamDate(new Date("2027-01-14T22:15:00.000Z"))).toBe("2027-01-14");
  });
});
