import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import {
  addVergadering,
  cancelVergadering,
  importVergaderingen,
  updateVergadering,
} from "@/lib/services/griffie/vergaderingen";
import { loadPublicGemeente } from "@/lib/services/public/gemeenten";
import type { GriffieUser } from "@/lib/services/griffie/common";
import { griffier } from "./helpers";
import { runCommand } from "@/lib/commands";

let db: Awaited<ReturnType<typeof openTestDb>>;
let urk: GriffieUser;
let lelystad: GriffieUser;

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  urk = await griffier(db.prisma, "urk");
  lelystad = await griffier(db.prisma, "lelystad");
});
afterAll(async () => db?.close());

const meetingOn = (datum: string) =>
  db.prisma.meeting.findFirstOrThrow({ where: { date: new Date(`${datum}T00:00:00.000Z`), bron: { not: null } } });
const auditOf = (subjectId: string) =>
  db.prisma.auditEvent.findMany({
    where: { subjectId },
    orderBy: { id: "asc" },
    select: { type: true, payload: true },
  });

describe("a meeting with time, location and agenda link; edited and cancelled with audit", () => {
  it("adds a meeting with location and agenda link; times are Dutch local time (winter and summer)", async () => {
    const add = (datum: string) =>
      runCommand(db.prisma, urk, addVergadering, {
        kind: "RAAD",
        datum,
        titel: "Raad",
        aanvang: "19:30",
        einde: "22:00",
        locatie: "Raadzaal, Gemeentehuis Urk",
        agendaUrl: "https://urk.raadsinformatie.nl/vergadering/1",
      });
    expect(await add("2027-03-25")).toEqual({ ok: true });
    expect(await add("2027-04-01")).toEqual({ ok: true });
    const winter = await meetingOn("2027-03-25");
    expect(winter).toMatchObject({
      locatie: "Raadzaal, Gemeentehuis Urk",
      agendaUrl: "https://urk.raadsinformatie.nl/vergadering/1",
    });
    expect(winter.startsAt?.toISOString()).toBe("2027-03-25T18:30:00.000Z");
    // Summer time starts on 28 March 2027: 19:30 in Urk is 17:30 UTC.
    expect((await meetingOn("2027-04-01")).startsAt?.toISOString()).toBe("2027-04-01T17:30:00.000Z");
    expect((await auditOf(winter.id)).map((e) => e.type)).toEqual(["vergadering_toegevoegd"]);
  });

  it("refuses an agenda link that is not an http(s) address, in Dutch", async () => {
    for (const agendaUrl of ["javascript:alert(1)", "ftp://x.nl/a", "raadsinformatie.nl", "https://a:b@x.nl/"]) {
      const r = await runCommand(db.prisma, urk, addVergadering, {
        kind: "COMMISSIE",
        datum: "2027-05-10",
        titel: "",
        agendaUrl,
      });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.fieldErrors?.agendaUrl).toMatch(/webadres/);
    }
  });

  it("edits a meeting: new time and place, sequence grows, audit records it; a stale form gets a conflict", async () => {
    const m = await meetingOn("2027-03-25");
    const edit = {
      meetingId: m.id,
      expectedSequence: String(m.sequence),
      kind: "RAAD",
      datum: "2027-03-26",
      titel: "Raad (verplaatst)",
      aanvang: "20:00",
      einde: "",
      locatie: "Kerkzaal",
      agendaUrl: "",
    };
    expect(await runCommand(db.prisma, urk, updateVergadering, edit)).toEqual({ ok: true });
    const after = await db.prisma.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect(after).toMatchObject({ titel: "Raad (verplaatst)", locatie: "Kerkzaal", agendaUrl: null, endsAt: null });
    expect(after.date.toISOString().slice(0, 10)).toBe("2027-03-26");
    expect(after.startsAt?.toISOString()).toBe("2027-03-26T19:00:00.000Z");
    expect(after.sequence).toBe(m.sequence + 1);
    const events = await auditOf(m.id);
    expect(events.map((e) => e.type)).toEqual(["vergadering_toegevoegd", "vergadering_gewijzigd"]);
    expect(events[1]?.payload).toMatchObject({ datum: "2027-03-26", aanvang: "20:00", locatie: "Kerkzaal" });
    const stale = await runCommand(db.prisma, urk, updateVergadering, edit);
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("net gewijzigd") });
  });

  it("refuses to edit or cancel a meeting of another raad, and writes nothing", async () => {
    const m = await meetingOn("2027-04-01");
    const before = await db.prisma.auditEvent.count();
    const edit = await runCommand(db.prisma, lelystad, updateVergadering, {
      meetingId: m.id,
      expectedSequence: String(m.sequence),
      kind: "RAAD",
      datum: "2027-04-01",
      titel: "Overgenomen",
    });
    expect(edit).toMatchObject({ ok: false, message: expect.stringContaining("niet in de kalender van uw raad") });
    expect((await runCommand(db.prisma, lelystad, cancelVergadering, { meetingId: m.id })).ok).toBe(false);
    expect(await db.prisma.auditEvent.count()).toBe(before);
    expect(await db.prisma.meeting.findUniqueOrThrow({ where: { id: m.id } })).toEqual(m);
  });

  it("cancels a meeting: kept for the record, gone from the public page, audited; not twice", async () => {
    const m = await meetingOn("2027-04-01");
    const count = await db.prisma.meeting.count();
    expect(await runCommand(db.prisma, urk, cancelVergadering, { meetingId: m.id })).toEqual({ ok: true });
    const after = await db.prisma.meeting.findUniqueOrThrow({ where: { id: m.id } });
    expect(after.cancelledAt).not.toBeNull();
    expect(after.sequence).toBe(m.sequence + 1);
    expect(await db.prisma.meeting.count()).toBe(count);
    expect((await auditOf(m.id)).map((e) => e.type)).toEqual(["vergadering_toegevoegd", "vergadering_geannuleerd"]);
    const again = await runCommand(db.prisma, urk, cancelVergadering, { meetingId: m.id });
    expect(again).toMatchObject({ ok: false, message: "Deze vergadering is al geannuleerd." });
    const page = await loadPublicGemeente(db.prisma, "urk", "2027-01-01");
    const text = JSON.stringify(page);
    expect(text).not.toContain(m.id);
  });

  it("imports iCalendar times in Europe/Amsterdam across the change to summer time, with location", async () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//test//NL",
      "BEGIN:VEVENT",
      "UID:w",
      "DTSTART;TZID=Europe/Amsterdam:20270311T193000",
      "DTEND;TZID=Europe/Amsterdam:20270311T220000",
      "SUMMARY:Raadsvergadering",
      "LOCATION:Raadzaal",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:s",
      "DTSTART;TZID=Europe/Amsterdam:20270408T193000",
      "SUMMARY:Commissie Bestuur",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:z",
      "DTSTART:20271028T223000Z",
      "SUMMARY:Raadsvergadering laat",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const r = await runCommand(db.prisma, urk, importVergaderingen, { bestandsnaam: "raad.ics", text: ics });
    expect(r).toMatchObject({ ok: true });
    const winter = await meetingOn("2027-03-11");
    expect(winter.startsAt?.toISOString()).toBe("2027-03-11T18:30:00.000Z");
    expect(winter.endsAt?.toISOString()).toBe("2027-03-11T21:00:00.000Z");
    expect(winter.locatie).toBe("Raadzaal");
    expect((await meetingOn("2027-04-08")).startsAt?.toISOString()).toBe("2027-04-08T17:30:00.000Z");
    // 22:30 UTC on 28 October is 00:30 on 29 October in Amsterdam (still summer time): the Dutch date counts.
    expect((await meetingOn("2027-10-29")).startsAt?.toISOString()).toBe("2027-10-28T22:30:00.000Z");
  });
});
