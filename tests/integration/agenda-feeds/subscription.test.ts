import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { runCommand } from "@/lib/commands";
import { addVergadering, importVergaderingen } from "@/lib/services/griffie/vergaderingen";
import { setAgendaFeed } from "@/lib/services/agenda-feeds/commands";
import { syncCalendarSubscriptions } from "@/lib/services/agenda-feeds/sync";
import { runAgendaFeedTick } from "@/lib/services/agenda-feeds/schedule";
import type { GriffieUser } from "@/lib/services/griffie/common";
import { griffier } from "../griffie/helpers";
import { loadPublicGemeente } from "@/lib/services/public/gemeenten";

/**
 * A raad's calendar subscription against a real local HTTP server serving fixture feeds: the first
 * fetch, a 304 with ETag, a moved meeting, a cancellation, bad data, a too large file, and the
 * private-address guard (the test server is on 127.0.0.1, allowed only through the allow-list).
 */
const vevent = (uid: string, summary: string, start: string, end: string, extra = "") =>
  `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTAMP:20261101T000000Z\r\nDTSTART${start}\r\nDTEND${end}\r\nSUMMARY:${summary}\r\nLOCATION:Raadzaal\r\n${extra}END:VEVENT\r\n`;
const calendar = (...events: string[]) =>
  `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//NotuBiz//fixture//NL\r\n${events.join("")}END:VCALENDAR\r\n`;

// 00:15 Amsterdam on 2027-01-15 is 23:15 UTC on 2027-01-14.
const late = vevent("r1@notubiz", "Raadsvergadering (extra)", ":20270114T231500Z", ":20270115T000000Z");
const commissie = vevent(
  "c1@notubiz",
  "Commissie Bestuur",
  ";TZID=Europe/Amsterdam:20270204T193000",
  ";TZID=Europe/Amsterdam:20270204T220000",
);
const clash = vevent("r2@notubiz", "Raadsvergadering", ";VALUE=DATE:20270311", ";VALUE=DATE:20270312");
const fixtures: Record<string, { body: string; etag?: string; status?: number }> = {
  "/initial.ics": { body: calendar(late, commissie, clash), etag: '"v1"' },
  "/moved.ics": {
    body: calendar(
      late,
      vevent(
        "c1@notubiz",
        "Commissie Bestuur",
        ";TZID=Europe/Amsterdam:20270211T193000",
        ";TZID=Europe/Amsterdam:20270211T220000",
      ),
      clash,
    ),
    etag: '"v2"',
  },
  "/cancelled.ics": {
    body: calendar(
      vevent(
        "r1@notubiz",
        "Raadsvergadering (extra)",
        ":20270114T231500Z",
        ":20270115T000000Z",
        "STATUS:CANCELLED\r\n",
      ),
      clash,
    ),
    etag: '"v3"',
  },
  "/bad.ics": { body: "<html>Onderhoud</html>" },
  "/broken.ics": { body: "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\n" },
  "/huge.ics": { body: calendar(commissie) + "X".repeat(3_000_000) },
};

let db: Awaited<ReturnType<typeof openTestDb>>;
let server: Server;
let base: string;
let urk: GriffieUser;
let raadId: string;
const requests: { path: string; ifNoneMatch?: string }[] = [];
const allow = { AGENDA_FEED_ALLOW_HOSTS: "127.0.0.1" } as unknown as NodeJS.ProcessEnv;
const none = {} as unknown as NodeJS.ProcessEnv;

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  urk = await griffier(db.prisma, "urk");
  raadId = (
    await db.prisma.body.findUniqueOrThrow({
      where: { gemeenteId_kind: { gemeenteId: urk.gemeenteId ?? "", kind: "RAAD" } },
    })
  ).id;
  server = createServer((req, res) => {
    const path = req.url ?? "";
    requests.push({ path, ifNoneMatch: req.headers["if-none-match"] });
    const f = fixtures[path];
    if (!f) return res.writeHead(404).end();
    if (f.etag && req.headers["if-none-match"] === f.etag) return res.writeHead(304, { etag: f.etag }).end();
    res.writeHead(200, { "content-type": "text/calendar", ...(f.etag ? { etag: f.etag } : {}) });
    res.end(f.body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await db?.close();
});

const subscribe = async (path: string) => {
  const r = await runCommand(db.prisma, urk, setAgendaFeed, { gemeenteId: urk.gemeenteId, url: `${base}${path}` });
  expect(r.ok).toBe(true);
  return db.prisma.agendaFeedSubscription.findUniqueOrThrow({ where: { bodyId: raadId } });
};
const feedMeetings = () =>
  db.prisma.meeting.findMany({ where: { bodyId: raadId, bron: "abonnement" }, orderBy: { date: "asc" } });

describe("abonnement op de vergaderkalender van de raad", () => {
  it("refuses another gemeente's raad and a URL that is not http(s)", async () => {
    const dronten = await griffier(db.prisma, "dronten");
    const other = await runCommand(db.prisma, dronten, setAgendaFeed, {
      gemeenteId: urk.gemeenteId,
      url: "https://example.org/a.ics",
    });
    expect(other.ok).toBe(false);
    const ftp = await runCommand(db.prisma, urk, setAgendaFeed, {
      gemeenteId: urk.gemeenteId,
      url: "ftp://example.org/a.ics",
    });
    expect(ftp).toMatchObject({ ok: false, fieldErrors: { url: expect.stringContaining("https://") } });
  });

  it("never fetches a private address without the allow-list", async () => {
    const sub = await subscribe("/initial.ics");
    const before = requests.length;
    const [line] = await syncCalendarSubscriptions(db.prisma, { env: none });
    expect(line).toMatchObject({ status: "fout", reden: expect.stringContaining("geen openbaar adres") });
    expect(requests.length).toBe(before);
    expect(await feedMeetings()).toEqual([]);
    expect((await db.prisma.agendaFeedSubscription.findUniqueOrThrow({ where: { id: sub.id } })).lastStatus).toBe(
      "fout",
    );
  });

  it("adds the feed's meetings on their Amsterdam date with times, and keeps a hand-entered meeting", async () => {
    expect(
      await runCommand(db.prisma, urk, addVergadering, {
        kind: "RAAD",
        datum: "2027-03-11",
        titel: "Met de hand",
        aanvang: "20:00",
      }),
    ).toEqual({ ok: true });
    const [line] = await syncCalendarSubscriptions(db.prisma, { env: allow });
    expect(line.status).toBe("ok");
    expect(line.changes?.toegevoegd.map((t) => t.datum)).toEqual(["2027-01-15", "2027-02-04"]);
    expect(line.changes?.overgeslagen).toHaveLength(1);
    const [r1, c1] = await feedMeetings();
    expect(r1.date.toISOString().slice(0, 10)).toBe("2027-01-15");
    expect(r1.startsAt?.toISOString()).toBe("2027-01-14T23:15:00.000Z");
    expect(c1.startsAt?.toISOString()).toBe("2027-02-04T18:30:00.000Z");
    expect(c1).toMatchObject({ kind: "COMMISSIE", locatie: "Raadzaal", sequence: 0 });
    const hand = await db.prisma.meeting.findFirstOrThrow({ where: { bodyId: raadId, bron: "handmatig" } });
    expect(hand).toMatchObject({ titel: "Met de hand", subscriptionId: null });
    expect(hand.startsAt?.toISOString()).toBe("2027-03-11T19:00:00.000Z");
  });

  it("asks with the ETag and changes nothing on 304", async () => {
    const before = await feedMeetings();
    const [line] = await syncCalendarSubscriptions(db.prisma, { env: allow });
    expect(line.status).toBe("ongewijzigd");
    expect(requests.at(-1)?.ifNoneMatch).toBe('"v1"');
    expect(await feedMeetings()).toEqual(before);
  });

  it("moves a meeting and bumps its SEQUENCE", async () => {
    await subscribe("/moved.ics");
    const [line] = await syncCalendarSubscriptions(db.prisma, { env: allow });
    expect(line.changes?.verplaatst).toEqual([{ datum: "2027-02-11", van: "2027-02-04", titel: "Commissie Bestuur" }]);
    const c1 = (await feedMeetings()).find((m) => m.externalUid === "c1@notubiz");
    expect(c1?.sequence).toBe(1);
    expect(c1?.startsAt?.toISOString()).toBe("2027-02-11T18:30:00.000Z");
  });

  it("cancels a meeting marked CANCELLED and one that disappeared, never the hand-entered one", async () => {
    await subscribe("/cancelled.ics");
    const [line] = await syncCalendarSubscriptions(db.prisma, { env: allow });
    expect(line.changes?.geannuleerd.map((g) => g.datum).sort()).toEqual(["2027-01-15", "2027-02-11"]);
    const all = await feedMeetings();
    expect(all.every((m) => m.cancelledAt !== null && m.sequence >= 1)).toBe(true);
    const hand = await db.prisma.meeting.findFirstOrThrow({ where: { bodyId: raadId, bron: "handmatig" } });
    expect(hand.cancelledAt).toBeNull();
    // The public gemeente page no longer lists the cancelled meetings as coming; the hand-entered one stays.
    const page = await loadPublicGemeente(db.prisma, "urk", "2026-12-01");
    const listed = page?.calendar.filter((c) => c.kind === "vergadering").map((c) => c.date) ?? [];
    for (const m of all) expect(listed).not.toContain(m.date.toISOString().slice(0, 10));
    expect(listed).toContain(hand.date.toISOString().slice(0, 10));
  });

  it("records bad data, a broken file and a too large file as errors and changes nothing", async () => {
    const before = await feedMeetings();
    for (const [path, reden] of [
      ["/bad.ics", "geen iCalendar"],
      ["/broken.ics", "niet worden gelezen"],
      ["/huge.ics", "te groot"],
      ["/missing.ics", "404"],
    ]) {
      await subscribe(path);
      const [line] = await syncCalendarSubscriptions(db.prisma, { env: allow });
      expect(line).toMatchObject({ status: "fout", reden: expect.stringContaining(reden) });
    }
    expect(await feedMeetings()).toEqual(before);
  });

  it("fetches a subscription once per time window, however many instances run the schedule", async () => {
    await subscribe("/initial.ics");
    process.env.AGENDA_FEED_ALLOW_HOSTS = "127.0.0.1";
    try {
      const now = new Date("2026-12-01T10:20:00Z");
      const [a, b] = await Promise.all([runAgendaFeedTick(db.prisma, now, 60), runAgendaFeedTick(db.prisma, now, 60)]);
      const statuses = [...a, ...b].map((l) => l.status).sort();
      expect(statuses).toEqual(["ok", "overgeslagen"]);
    } finally {
      delete process.env.AGENDA_FEED_ALLOW_HOSTS;
    }
  });

  it("imports an ICS file: a meeting at 00:15 Amsterdam time lands on the Amsterdam date with its times", async () => {
    const text = calendar(vevent("x@file", "Raadsvergadering nacht", ":20270624T221500Z", ":20270624T230000Z"));
    const r = await runCommand(db.prisma, urk, importVergaderingen, { bestandsnaam: "raad.ics", text });
    expect(r.ok).toBe(true);
    const m = await db.prisma.meeting.findFirstOrThrow({ where: { bodyId: raadId, titel: "Raadsvergadering nacht" } });
    expect(m.date.toISOString().slice(0, 10)).toBe("2027-06-25");
    expect(m.startsAt?.toISOString()).toBe("2027-06-24T22:15:00.000Z");
    expect(m.endsAt?.toISOString()).toBe("2027-06-24T23:00:00.000Z");
  });
});
