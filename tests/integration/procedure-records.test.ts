import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRETARIAAT_USER as secretariaat, openGrScenario, toestemmingByUrk } from "./helpers/gr-scenario";
import { runCommand } from "@/lib/commands";
import { recordCollegeStep } from "@/lib/services/college-steps";
import { recordOntwerpVerzonden, recordRaadsledenoverleg } from "@/lib/services/secretariaat/records";
import { recordRegisterInschrijving } from "@/lib/services/secretariaat/registers";
import { recordEindeVervangenRegeling } from "@/lib/services/beheer/vervangen-regeling";
import { loadProcedureRecords } from "@/lib/services/secretariaat/records-timeline";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";

/** Issue 20 points 9 and 12: the recorded facts reach the secretariat's history and the public regeling page. */
let db: Awaited<ReturnType<typeof openGrScenario>>["db"];
let procedureId: string;
let regelingId: string;
let ids: Record<string, string>;
let gemeenteIds: Record<string, string>;
const now = new Date("2026-11-20T10:00:00Z");
const beheer = { id: "u-beheer", role: "ADMIN" as const, gemeenteId: null };

beforeAll(async () => {
  const { db: opened, gr } = await openGrScenario(now, toestemmingByUrk);
  [db, procedureId, regelingId, ids, gemeenteIds] = [
    opened,
    gr.procedureId,
    gr.regelingId,
    gr.participants,
    gr.gemeenten,
  ];
  const version = async () => (await loadGrProcedure(db.prisma, procedureId))?.version ?? -1;
  const must = (r: { ok: boolean }) => expect(r).toMatchObject({ ok: true });
  must(
    await runCommand(
      db.prisma,
      secretariaat,
      recordOntwerpVerzonden,
      { procedureId, participantIds: ids.urk, date: "2026-03-15" },
      { now, expectedVersion: await version() },
    ),
  );
  must(
    await runCommand(
      db.prisma,
      secretariaat,
      recordRaadsledenoverleg,
      { procedureId, date: "2026-04-20", notes: "Vragen over de kosten." },
      { now, expectedVersion: await version() },
    ),
  );
  must(
    await runCommand(
      db.prisma,
      { id: "u-college-almere", role: "COLLEGE", gemeenteId: gemeenteIds.almere },
      recordCollegeStep,
      {
        step: "voorgenomen_besluit_genomen",
        procedureId,
        participantId: ids.almere,
        date: "2026-09-02",
        besluitnummer: "B-7",
      },
      { now },
    ),
  );
  must(
    await runCommand(
      db.prisma,
      secretariaat,
      recordRegisterInschrijving,
      { regelingId, register: "centraal", ingeschrevenOp: "2026-11-19", kenmerk: "GR-1" },
      { now },
    ),
  );
  must(await runCommand(db.prisma, beheer, recordEindeVervangenRegeling, { regelingId, einddatum: "2026-12-31" }));
});
afterAll(async () => db?.close());

const EXPECTED = [
  ["2026-03-15", "Het college van Urk heeft het ontwerp aan de raad gezonden (Wgr artikel 1 lid 2)."],
  ["2026-04-20", "Regionaal raadsledenoverleg (klankbord) over de regeling gehouden."],
  [
    "2026-09-02",
    "Het college van Almere heeft het voorgenomen besluit genomen om aan de regeling deel te nemen (besluitnummer B-7).",
  ],
  ["2026-11-19", "De regeling is ingeschreven in het centrale GR-register (kenmerk GR-1)."],
  [
    "2026-12-31",
    "Laatste dag van de Centrumregeling Sociaal Domein Flevoland (2015), die door deze regeling wordt vervangen.",
  ],
];

describe("the records read model", () => {
  it("gives the secretariat every record by its legal date, in Dutch, with the overleg's notes", async () => {
    const records = await loadProcedureRecords(db.prisma, procedureId);
    expect(records.map((r) => [r.date, r.text])).toEqual(EXPECTED);
    expect(records.find((r) => r.key === "overleg-0")?.notes).toBe("Vragen over de kosten.");
  });

  it("puts the same records on the public regeling page, without the internal notes", async () => {
    const page = await loadPublicRegeling(db.prisma, "gr-sociaal-domein-flevoland", "2026-11-20");
    expect(page?.records.map((r) => [r.date, r.text])).toEqual(EXPECTED);
    expect(JSON.stringify(page?.records)).not.toContain("Vragen over de kosten");
    // Built from the page's own reads, yet the same records as the secretariat's read (keys too), minus the notes.
    const full = await loadProcedureRecords(db.prisma, procedureId);
    expect(page?.records).toEqual(full.map(({ notes: _internal, ...r }) => r));
    const old = await loadPublicRegeling(db.prisma, "centrumregeling-sociaal-domein-flevoland-2015", "2026-11-20");
    expect(old?.regeling.beeindigdOp?.toISOString().slice(0, 10)).toBe("2026-12-31");
  });
});

describe("a refused register entry (R15)", () => {
  const entry = (register: string, ingeschrevenOp: string) =>
    runCommand(
      db.prisma,
      secretariaat,
      recordRegisterInschrijving,
      { regelingId, register, ingeschrevenOp, kenmerk: "GEWEIGERD" },
      { now },
    );
  const stored = () => db.prisma.registerInschrijving.findMany({ where: { regelingId }, orderBy: { register: "asc" } });

  it("names the field it is about, in Dutch, and changes nothing", async () => {
    const before = await stored();
    const future = await entry("centraal", "2026-11-21");
    expect(future).toMatchObject({
      ok: false,
      fieldErrors: { ingeschrevenOp: "De datum van inschrijving ligt in de toekomst." },
    });
    expect(Object.keys((future as { fieldErrors: object }).fieldErrors)).toEqual(["ingeschrevenOp"]);
    const unknown = await entry("geen-deelnemer", "2026-11-19");
    expect(unknown).toMatchObject({ ok: false });
    expect(Object.keys((unknown as { fieldErrors: object }).fieldErrors)).toEqual(["register"]);
    expect(await stored()).toEqual(before);
  });
});
