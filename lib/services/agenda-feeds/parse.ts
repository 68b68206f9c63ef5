import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ICAL from "ical.js";
import { amsterdamDate, MEETING_TIME_ZONE } from "@/lib/api/ics";

/** One VEVENT of a raad's iCalendar feed, with its date as the Amsterdam calendar date. */
export interface FeedEvent {
  /** Position in the file (1-based), to name it in a report. */
  index: number;
  uid: string | null;
  titel: string | null;
  /** The calendar date in Amsterdam (an event at 00:15 there is on that day, not the UTC day before). */
  datum: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  locatie: string | null;
  cancelled: boolean;
}

let amsterdamZone: ICAL.Timezone | undefined;
/** Europe/Amsterdam for times without a zone of their own (floating local time, or an unknown TZID). */
function amsterdam(): ICAL.Timezone {
  if (!amsterdamZone) {
    const zone = getVtimezoneComponent(MEETING_TIME_ZONE);
    if (!zone) throw new Error(`Geen tijdzonegegevens voor ${MEETING_TIME_ZONE}`);
    const vtz = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\n${zone}\r\nEND:VCALENDAR`) as unknown[]);
    const comp = vtz.getFirstSubcomponent("vtimezone");
    if (!comp) throw new Error("Geen tijdzone Europe/Amsterdam");
    amsterdamZone = new ICAL.Timezone(comp);
  }
  return amsterdamZone;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** An ICAL time as an instant; floating times and unknown zones are read as Amsterdam time. */
function instant(t: ICAL.Time, tzid: string | null, zones: Map<string, ICAL.Timezone>): Date {
  if (t.zone === ICAL.Timezone.utcTimezone) return t.toJSDate();
  const zone = (tzid && zones.get(tzid)) || amsterdam();
  const local = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  // The offset at that wall-clock time (the zone's rules, including summer time).
  const probe = ICAL.Time.fromData({
    year: t.year,
    month: t.month,
    day: t.day,
    hour: t.hour,
    minute: t.minute,
    second: t.second,
  });
  return new Date(local - zone.utcOffset(probe) * 1000);
}

const clean = (s: unknown) => (typeof s === "string" && s.trim() ? s.trim() : null);

/** Parses an iCalendar text (throws on text that is no iCalendar at all). */
export function parseFeedEvents(text: string): FeedEvent[] {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const zones = new Map<string, ICAL.Timezone>();
  for (const vtz of cal.getAllSubcomponents("vtimezone")) {
    const tz = new ICAL.Timezone(vtz);
    if (tz.tzid) zones.set(tz.tzid, tz);
  }
  return cal.getAllSubcomponents("vevent").map((v, i) => {
    const event = new ICAL.Event(v);
    const base = {
      index: i + 1,
      uid: clean(event.uid),
      titel: clean(event.summary),
      locatie: clean(event.location),
      cancelled: String(v.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED",
    };
    const start = v.hasProperty("dtstart") ? event.startDate : null;
    if (!start) return { ...base, datum: null, startsAt: null, endsAt: null };
    if (start.isDate)
      return {
        ...base,
        datum: `${pad(start.year, 4)}-${pad(start.month)}-${pad(start.day)}`,
        startsAt: null,
        endsAt: null,
      };
    const tzid = (name: string) => {
      const value = v.getFirstProperty(name)?.getParameter("tzid");
      return typeof value === "string" ? value : null;
    };
    const startsAt = instant(start, tzid("dtstart"), zones);
    const end = v.hasProperty("dtend") || v.hasProperty("duration") ? event.endDate : null;
    const endsAt = end && !end.isDate ? instant(end, tzid(v.hasProperty("dtend") ? "dtend" : "dtstart"), zones) : null;
    return {
      ...base,
      datum: Number.isNaN(startsAt.getTime()) ? null : amsterdamDate(startsAt),
      startsAt: Number.isNaN(startsAt.getTime()) ? null : startsAt,
      endsAt: endsAt && !Number.isNaN(endsAt.getTime()) && endsAt > startsAt ? endsAt : null,
    };
  });
}

/** A wall-clock time ("19:30") on an Amsterdam calendar date as an instant (summer time included). */
export function amsterdamInstant(datum: string, tijd: string): Date {
  const [y, mo, d] = datum.split("-").map(Number);
  const [h, mi] = tijd.split(":").map(Number);
  const probe = ICAL.Time.fromData({ year: y, month: mo, day: d, hour: h, minute: mi, second: 0 });
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - amsterdam().utcOffset(probe) * 1000);
}

/** The soort of a meeting from its title: "commissie" before "raad" ("Raadscommissie" is a commissie). */
export function kindOf(text: string): "COMMISSIE" | "RAAD" | undefined {
  const t = text.toLowerCase();
  if (t.includes("commissie")) return "COMMISSIE";
  if (t.includes("raad")) return "RAAD";
  return undefined;
}
