import type { CalendarItem } from "@/lib/services/public/common";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { formatDutchTimestamp } from "@/lib/services/audit-view-csv";
import { pageSubjects, regelingData } from "@/lib/public-cache/data-version";
import { servedFromCache } from "./cached";
import { cachedResponse } from "./http";
export { publicBaseUrl, publicUrl } from "@/lib/public-url";

/** RFC 5545 TEXT escaping (backslash, semicolon, comma; line breaks as \n). */
const escapeText = (s: string) => s.replace(/[\\;,]/g, (m) => `\\${m}`).replace(/\r\n|\r|\n/g, "\\n");

/** UTF-8 length of one character (a surrogate pair counts as one 4-byte character). */
const utf8Length = (code: number) => (code < 0x80 ? 1 : code < 0x800 ? 2 : 3);

/** Folds every line at 74 octets (RFC 5545 §3.1: at most 75), never inside a UTF-8 character. */
function foldLine(line: string): string {
  let out = "";
  let octets = 0;
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    let size = utf8Length(code);
    let end = i + 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < line.length) {
      size = 4;
      end = i + 2;
    }
    octets += size;
    if (octets > 74) {
      out += `${line.slice(from, i)}\r\n `;
      from = i;
      octets = size;
    }
    i = end - 1;
  }
  return out + line.slice(from);
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const basicDate = (iso: string) => iso.replaceAll("-", "");
const utcStamp = (d: Date) =>
  `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
const CATEGORY = { deadline: "Termijn", vergadering: "Vergadering", mijlpaal: "Mijlpaal" } as const;

/** Meetings are held in Dutch local time; a timed event names this zone and the feed carries its VTIMEZONE. */
export const MEETING_TIME_ZONE = "Europe/Amsterdam";

/** An instant as local Amsterdam time in iCalendar form (20270228T193000), for DTSTART;TZID=. */
export function amsterdamLocal(d: Date): string {
  // formatDutchTimestamp: "2027-02-28 19:30:00" in Europe/Amsterdam.
  return formatDutchTimestamp(d).replace(/[-:]/g, "").replace(" ", "T");
}

/** The calendar date of an instant in Amsterdam (an event at 00:15 there is on that day, not the UTC day before). */
export function amsterdamDate(d: Date): string {
  const local = amsterdamLocal(d);
  return `${local.slice(0, 4)}-${local.slice(4, 6)}-${local.slice(6, 8)}`;
}

/**
 * SEQUENCE for items without a stored counter: the minutes since 2024 of their last change, so it
 * grows whenever the item changes (RFC 5545 §3.8.7.4) and stays the same while it does not.
 */
export const sequenceFromStamp = (stamp: Date) =>
  Math.max(0, Math.floor((stamp.getTime() - Date.UTC(2024, 0, 1)) / 60_000));

/** The VTIMEZONE of Europe/Amsterdam (tz database rules via @touch4it/ical-timezones), as content lines. */
function vtimezoneLines(): string[] {
  const text = getVtimezoneComponent(MEETING_TIME_ZONE);
  if (!text) throw new Error(`Geen tijdzonegegevens voor ${MEETING_TIME_ZONE}`);
  return text.split(/\r?\n/).filter((l) => l.trim() !== "");
}

function eventLines(item: CalendarItem): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${item.uid}`,
    `SEQUENCE:${item.sequence ?? sequenceFromStamp(item.stamp)}`,
    `DTSTAMP:${utcStamp(item.stamp)}`,
  ];
  if (item.startsAt) {
    lines.push(`DTSTART;TZID=${MEETING_TIME_ZONE}:${amsterdamLocal(item.startsAt)}`);
    if (item.endsAt && item.endsAt > item.startsAt)
      lines.push(`DTEND;TZID=${MEETING_TIME_ZONE}:${amsterdamLocal(item.endsAt)}`);
  } else {
    lines.push(
      `DTSTART;VALUE=DATE:${basicDate(item.date)}`,
      `DTEND;VALUE=DATE:${basicDate(nextDay(item.date))}`,
      "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
      "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE",
    );
  }
  lines.push(`SUMMARY:${escapeText(item.title)}`);
  if (item.location) lines.push(`LOCATION:${escapeText(item.location)}`);
  if (item.description) lines.push(`DESCRIPTION:${escapeText(item.description)}`);
  lines.push(`CATEGORIES:${CATEGORY[item.kind]}`);
  if (item.url) lines.push(`URL;VALUE=URI:${item.url}`);
  if (item.cancelled) lines.push("STATUS:CANCELLED");
  lines.push("END:VEVENT");
  return lines;
}

/**
 * An RFC 5545 calendar: deadlines and milestones as all-day events, meetings with a known time as
 * timed events in Europe/Amsterdam (with its VTIMEZONE). UIDs come from record ids, DTSTAMP and
 * SEQUENCE from the record's last change (never "now"), so the same data gives byte-identical
 * output and a stable ETag. Written directly (the same output as ical-generator 10 with these
 * options, checked in tests/unit/ics.test.ts): ical-generator measured every character with a new
 * TextEncoder and took ~35 ms for a gemeente's 130 events.
 */
export function buildCalendar(name: string, items: CalendarItem[], url?: string): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//GR-volg//gr-volg//NL"];
  if (url) lines.push(`URL:${url}`);
  lines.push("METHOD:PUBLISH");
  if (name) lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  if (items.some((i) => i.startsAt))
    lines.push(...vtimezoneLines(), `TIMEZONE-ID:${MEETING_TIME_ZONE}`, `X-WR-TIMEZONE:${MEETING_TIME_ZONE}`);
  lines.push(
    `X-WR-CALDESC:Termijnen, vergaderingen en mijlpalen: ${name}`,
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
  );
  for (const item of items) lines.push(...eventLines(item));
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n");
}

const ICS_TYPE = "text/calendar; charset=utf-8";
const disposition = (filename: string) => ({ "Content-Disposition": `inline; filename="${filename}"` });

export function icsResponse(request: Request, body: string, filename: string): Response {
  return cachedResponse(request, body, ICS_TYPE, disposition(filename));
}

/**
 * The feed of one regeling or gemeente, kept server-side (lib/api/cached.ts) while that regeling's
 * or gemeente's public page would be: keyed by the kinds and its own row (pageSubjects; a regeling's
 * feed without its register entries, regelingData), so a change of another regeling keeps it. `render` answers a Response (a 404) for an unknown slug.
 */
export function cachedFeed(
  request: Request,
  of: "regelingen" | "gemeenten",
  slug: string,
  render: () => Promise<{ calendar: string; filename: string } | Response>,
): Promise<Response> {
  // A regeling's feed shows no register entries (those are on its public page only): regelingData.
  const keying = of === "regelingen" ? regelingData(slug) : pageSubjects(`/${of}/${encodeURIComponent(slug)}`);
  return servedFromCache(request, keying, async () => {
    const r = await render();
    return r instanceof Response ? r : { body: r.calendar, contentType: ICS_TYPE, headers: disposition(r.filename) };
  });
}
