import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { runCommand } from "@/lib/commands";
import { recordEindeVervangenRegeling } from "@/lib/services/beheer/vervangen-regeling";
import { missingRegisters, recordRegisterInschrijving } from "@/lib/services/secretariaat/registers";
import { publishVersion } from "@/lib/services/secretariaat/publish-version";
import { CONTENT_ITEM_KEYS } from "@/lib/domain";

/** Issue 20 point 9: R14 (end of the replaced regeling), R15 (registers), R16 (content checklist). */
let db: Awaited<ReturnType<typeof openTestDb>>;
let grId: string;
let oudId: string;
const beheer = { id: "u-beheer", role: "ADMIN" as const, gemeenteId: null };
const secretariaat = { id: "u-secr", role: "SECRETARIAAT" as const, gemeenteId: null };
const now = new Date("2027-01-10T10:00:00Z");

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  grId = (await db.prisma.regeling.findUniqueOrThrow({ where: { slug: "gr-sociaal-domein-flevoland" } })).id;
  oudId = (
    await db.prisma.regeling.findUniqueOrThrow({ where: { slug: "centrumregeling-sociaal-domein-flevoland-2015" } })
  ).id;
});
afterAll(async () => db?.close());

describe("R14: end of the Centrumregeling 2015", () => {
  it("refuses an end date that leaves a gap or an overlap, in Dutch, and changes nothing", async () => {
    for (const einddatum of ["2026-12-30", "2027-01-01"]) {
      const r = await runCommand(db.prisma, beheer, recordEindeVervangenRegeling, { regelingId: grId, einddatum });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toContain("2026-12-31");
    }
    const oud = await db.prisma.regeling.findUniqueOrThrow({ where: { id: oudId } });
    expect(oud.beeindigdOp).toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { type: "vervangen_regeling_einde_vastgelegd" } })).toBe(0);
  });

  it("records the day before the new GR's in-force date, audited", async () => {
    const r = await runCommand(db.prisma, beheer, recordEindeVervangenRegeling, {
      regelingId: grId,
      einddatum: "2026-12-31",
    });
    expect(r.ok).toBe(true);
    const oud = await db.prisma.regeling.findUniqueOrThrow({ where: { id: oudId } });
    expect(oud.beeindigdOp?.toISOString().slice(0, 10)).toBe("2026-12-31");
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { type: "vervangen_regeling_einde_vastgelegd" } });
    expect(ev.subjectId).toBe(oudId);
  });

  it("is refused for a regeling that replaces nothing and for a secretariat user", async () => {
    const r1 = await runCommand(db.prisma, beheer, recordEindeVervangenRegeling, {
      regelingId: oudId,
      einddatum: "2026-12-31",
    });
    expect(!r1.ok && r1.message).toBe("Deze regeling vervangt geen andere regeling.");
    const r2 = await runCommand(db.prisma, secretariaat, recordEindeVervangenRegeling, {
      regelingId: grId,
      einddatum: "2026-12-31",
    });
    expect(r2.ok).toBe(false);
  });
});

describe("R15: registers (Wgr art. 27 and the central GR-register)", () => {
  it("lists the five parties' registers and the central one as missing, not Zeewolde's", async () => {
    const missing = await missingRegisters(db.prisma, grId);
    const labels = missing.map((m) => m.label);
    expect(labels.at(-1)).toBe("Centraal GR-register");
    expect(labels.slice(0, -1).sort()).toEqual(
      ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk"].map(
        (n) => `Register gemeenschappelijke regelingen van ${n}`,
      ),
    );
  });

  it("records an entry per college as an audited step; Zeewolde's register and a future date are refused", async () => {
    const participants = await db.prisma.participant.findMany({
      where: { regelingId: grId },
      include: { gemeente: true },
    });
    const id = (naam: string) => participants.find((p) => p.gemeente.naam === naam)?.id ?? "";
    const inschrijven = (register: string, ingeschrevenOp: string) =>
      runCommand(
        db.prisma,
        secretariaat,
        recordRegisterInschrijving,
        { regelingId: grId, register, ingeschrevenOp },
        { now },
      );
    const ok = await inschrijven(id("Urk"), "2027-01-05");
    expect(ok.ok).toBe(true);
    const zw = await inschrijven(id("Zeewolde"), "2027-01-05");
    expect(zw.ok).toBe(false);
    const future = await inschrijven("centraal", "2027-02-01");
    expect(!future.ok && future.message).toContain("toekomst");
    const missing = (await missingRegisters(db.prisma, grId)).map((m) => m.register);
    expect(missing).toHaveLength(5);
    expect(missing).not.toContain(id("Urk"));
    expect(await db.prisma.auditEvent.count({ where: { type: "register_inschrijving_vastgelegd" } })).toBe(1);
  });
});

describe("R16: content checklist on the definitive text", () => {
  const text = "Artikel 1 – Belang\nDe regeling behartigt het belang van jeugdhulp.";
  const documentId = async () => (await db.prisma.document.findFirstOrThrow({ where: { slug: "concept-gr" } })).id;

  it("publishes a definitive version with unticked items, with a warning naming them, and stores the ticks", async () => {
    const r = await runCommand(db.prisma, secretariaat, publishVersion, {
      documentId: await documentId(),
      label: "Definitief",
      status: "DEFINITIEF",
      text,
      inhoudChecklist: ["belang", "evaluatie"],
    });
    expect(r.ok).toBe(true);
    expect(r.ok && r.waarschuwing).toContain("participatie");
    expect(r.ok && r.waarschuwing).not.toContain("het belang waarvoor");
    const v = await db.prisma.documentVersion.findFirstOrThrow({ where: { label: "Definitief" } });
    expect(v.inhoudChecklist).toEqual(["belang", "evaluatie"]);
  });

  it("no warning when every item is ticked, nor for a concept; unknown items are refused", async () => {
    const all = await runCommand(db.prisma, secretariaat, publishVersion, {
      documentId: await documentId(),
      label: "Definitief 2",
      status: "DEFINITIEF",
      text,
      inhoudChecklist: CONTENT_ITEM_KEYS.join(","),
    });
    expect(all.ok && all.waarschuwing).toBeNull();
    const concept = await runCommand(db.prisma, secretariaat, publishVersion, {
      documentId: await documentId(),
      label: "Concept 3",
      status: "CONCEPT",
      text,
    });
    expect(concept.ok && concept.waarschuwing).toBeNull();
    const bad = await runCommand(db.prisma, secretariaat, publishVersion, {
      documentId: await documentId(),
      label: "X",
      status: "DEFINITIEF",
      text,
      inhoudChecklist: ["adviescommissie"],
    });
    expect(bad.ok).toBe(false);
  });
});
