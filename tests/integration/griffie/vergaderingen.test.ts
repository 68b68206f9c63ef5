import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { addReces, addVergadering, importVergaderingen } from "@/lib/services/griffie/vergaderingen";
import { forecastRegeling } from "@/lib/services/forecast";
import type { GriffieUser } from "@/lib/services/griffie/common";
import { griffier, snapshot } from "./helpers";
import { runCommand } from "@/lib/commands";
import { must } from "../helpers/must";

let db: Awaited<ReturnType<typeof openTestDb>>;
let urk: GriffieUser;
let urkRaad: string;

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  urk = await griffier(db.prisma, "urk");
  urkRaad = (
    await db.prisma.body.findUniqueOrThrow({
      where: { gemeenteId_kind: { gemeenteId: must(urk.gemeenteId, "gemeente of griffier"), kind: "RAAD" } },
    })
  ).id;
});
afterAll(async () => db?.close());

describe("vergaderkalender van de eigen raad", () => {
  it("adds a meeting by hand for the own raad only, refuses duplicates and bad input", async () => {
    expect(
      await runCommand(db.prisma, urk, addVergadering, {
        kind: "RAAD",
        datum: "2026-12-17",
        titel: "Raadsvergadering",
      }),
    ).toEqual({ ok: true });
    const m = await db.prisma.meeting.findFirstOrThrow({ where: { bodyId: urkRaad } });
    expect(m).toMatchObject({ kind: "RAAD", bron: "handmatig" });
    const before = await snapshot(db.prisma);
    const dup = await runCommand(db.prisma, urk, addVergadering, { kind: "RAAD", datum: "2026-12-17", titel: "" });
    expect(dup.ok).toBe(false);
    const bad = await runCommand(db.prisma, urk, addVergadering, { kind: "BOSD", datum: "17-12-2026", titel: "" });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.fieldErrors).toMatchObject({
        kind: "Kies commissie of raad.",
        datum: "Vul de datum van de vergadering in als datum (dd-mm-jjjj).",
      });
    const college: GriffieUser = { id: "x", role: "COLLEGE", gemeenteId: urk.gemeenteId };
    expect(
      await runCommand(db.prisma, college, addVergadering, { kind: "RAAD", datum: "2026-12-18", titel: "" }),
    ).toEqual({
      ok: false,
      message: "U heeft geen toestemming voor deze handeling.",
    });
    expect(await snapshot(db.prisma)).toEqual(before);
  });

  it("adds a recess; the last day may not precede the first", async () => {
    const bad = await runCommand(db.prisma, urk, addReces, {
      label: "Kerstreces",
      van: "2027-01-08",
      tot: "2026-12-20",
    });
    expect(bad.ok).toBe(false);
    expect(
      await runCommand(db.prisma, urk, addReces, { label: "Kerstreces", van: "2026-12-20", tot: "2027-01-08" }),
    ).toEqual({
      ok: true,
    });
    expect(await db.prisma.recess.count({ where: { bodyId: urkRaad } })).toBe(1);
  });

  it("imports CSV with a Dutch report of what was imported and skipped", async () => {
    const csv =
      "datum;soort;titel\n2027-01-21;commissie;Commissie Bestuur\n28-01-2027;raad;Raadsvergadering\n2027-02-30;raad;Fout\n2027-02-04;BOSD;Overleg\n2026-12-17;raad;Dubbel\n";
    const r = await runCommand(db.prisma, urk, importVergaderingen, { bestandsnaam: "kalender.csv", text: csv });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.imported).toEqual([
      { datum: "2027-01-21", kind: "COMMISSIE", titel: "Commissie Bestuur" },
      { datum: "2027-01-28", kind: "RAAD", titel: "Raadsvergadering" },
    ]);
    expect(r.report.skipped.map((s) => s.reden)).toEqual([
      'onbekende datum "2027-02-30"',
      'soort "BOSD" is geen commissie of raad',
      "staat al in de kalender",
    ]);
  });

  it("imports iCalendar events; their summary tells commissie from raad", async () => {
    const ics = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//test//NL",
      "BEGIN:VEVENT",
      "UID:1",
      "DTSTART;VALUE=DATE:20270211",
      "SUMMARY:Commissie Samenleving",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:2",
      "DTSTART:20270225T193000",
      "SUMMARY:Raadsvergadering",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:3",
      "DTSTART;VALUE=DATE:20270226",
      "SUMMARY:Fractieoverleg",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const r = await runCommand(db.prisma, urk, importVergaderingen, { bestandsnaam: "raad.ics", text: ics });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.imported.map((m) => [m.datum, m.kind])).toEqual([
      ["2027-02-11", "COMMISSIE"],
      ["2027-02-25", "RAAD"],
    ]);
    expect(r.report.skipped).toHaveLength(1);
    const garbage = await runCommand(db.prisma, urk, importVergaderingen, {
      bestandsnaam: "x.ics",
      text: "BEGIN:VCALENDAR\nkapot",
    });
    expect(garbage.ok).toBe(false);
  });

  it("the forecast reads the imported meetings", async () => {
    const f = await forecastRegeling(db.prisma, "gr-sociaal-domein-flevoland", { today: "2026-11-24" });
    expect(JSON.stringify(f)).toContain("2027-01-28");
  });
});
