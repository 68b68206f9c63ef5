import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPublicFixture, REGELING, SECRET, type PublicFixture } from "./fixtures";
import { ctx, req } from "./http";
import { GET as regelingIcs } from "@/app/ics/regelingen/[slug]/route";
import { GET as gemeenteIcs } from "@/app/ics/gemeenten/[slug]/route";
import { must } from "../helpers/must";

let f: PublicFixture;
beforeAll(async () => {
  f = await openPublicFixture();
});
afterAll(async () => f?.db.close());

const fetchRegeling = (init?: RequestInit) =>
  regelingIcs(req(`/ics/regelingen/${REGELING}.ics`, init), ctx({ slug: `${REGELING}.ics` }));
const fetchUrk = () => gemeenteIcs(req("/ics/gemeenten/urk.ics"), ctx({ slug: "urk.ics" }));

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, events: cal.getAllSubcomponents("vevent") };
}

describe("calendar feeds (RFC 5545)", () => {
  it("serves a valid VCALENDAR with all-day VEVENTs, UID and DTSTAMP", async () => {
    const res = await fetchRegeling();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("etag")).toBeTruthy();
    const text = await res.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    expect(text.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const { cal, events } = parse(text);
    expect(cal.name).toBe("vcalendar");
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(cal.getFirstPropertyValue("prodid")).toBeTruthy();
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const e of events) {
      expect(e.getFirstPropertyValue("uid")).toMatch(/@gr-volg$/);
      expect(e.getFirstPropertyValue("dtstamp")).toBeTruthy();
      const start = must(e.getFirstProperty("dtstart"), "e.getFirstProperty(…)");
      expect(start.type).toBe("date");
      expect((start.getFirstValue() as ICAL.Time).isDate).toBe(true);
    }
    expect(text).toMatch(/DTSTART;VALUE=DATE:\d{8}/);
    const uids = events.map((e) => e.getFirstPropertyValue("uid"));
    expect(uids).toContain(`deadline-${f.deadline.id}@gr-volg`);
    expect(uids).toContain(`vergadering-${f.meeting.id}@gr-volg`);
    const deadline = must(
      events.find((e) => e.getFirstPropertyValue("uid") === `deadline-${f.deadline.id}@gr-volg`),
      "events.find(…)",
    );
    expect(String(deadline.getFirstPropertyValue("dtstart"))).toBe(f.addDays(f.today, 30));
    expect(text).not.toContain(SECRET);
  });

  it("has stable UIDs and identical output across two requests; If-None-Match gives 304", async () => {
    const a = await fetchRegeling();
    await new Promise((r) => setTimeout(r, 1100)); // a clock-based DTSTAMP would differ now
    const b = await fetchRegeling();
    const [ta, tb] = [await a.text(), await b.text()];
    expect(ta).toBe(tb);
    expect(a.headers.get("etag")).toBe(b.headers.get("etag"));
    const again = await fetchRegeling({
      headers: { "If-None-Match": must(a.headers.get("etag"), "a.headers.get(…)") },
    });
    expect(again.status).toBe(304);
  });

  it("reflects a change in the data (moved meeting, new deadline) with a new ETag", async () => {
    const before = await fetchUrk();
    const etag = before.headers.get("etag");
    const newDate = f.addDays(f.today, 28);
    await f.prisma.meeting.update({ where: { id: f.meeting.id }, data: { date: new Date(`${newDate}T00:00:00Z`) } });
    const after = await fetchUrk();
    expect(after.headers.get("etag")).not.toBe(etag);
    const { events } = parse(await after.text());
    const meeting = must(
      events.find((e) => e.getFirstPropertyValue("uid") === `vergadering-${f.meeting.id}@gr-volg`),
      "events.find(…)",
    );
    expect(String(meeting.getFirstPropertyValue("dtstart"))).toBe(newDate);
    // A client holding the old ETag gets the new calendar, not a 304.
    expect(
      (
        await gemeenteIcs(
          req("/ics/gemeenten/urk.ics", { headers: { "If-None-Match": must(etag, "etag") } }),
          ctx({ slug: "urk.ics" }),
        )
      ).status,
    ).toBe(200);
  });

  it("answers 404 as problem+json for an unknown regeling or gemeente", async () => {
    const res = await gemeenteIcs(req("/ics/gemeenten/atlantis.ics"), ctx({ slug: "atlantis.ics" }));
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});
