/**
 * Begrotingswijzigingen of the Flevoland GR's begroting 2028 through the one runner (Wgr art. 35 lid 5; docs/rules.md
 * R17): the secretariat creates and sends a wijziging, each griffier registers the own raad's zienswijze (numbered
 * points) or geen zienswijze and no other raad's, the secretariat answers and adopts; a category the regeling exempts
 * (its own data) is adopted directly. Bad input is refused in Dutch and changes nothing; every step is an audit event.
 */
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { runCommand, type Command, type CommandUser } from "@/lib/commands";
import { seedFlevoland } from "@/lib/services/seed";
import { startBegrotingCycle } from "@/lib/services/begroting/commands";
import {
  answerWijzigingZienswijze,
  addBegrotingswijziging,
  recordWijzigingStep,
  submitWijzigingZienswijze,
} from "@/lib/services/begroting/wijziging";
import { loadBegrotingCycle } from "@/lib/services/begroting/read";
import { PUBLIC_ROUTE_MODULES, startPublicApiServer } from "../fuzz/http-server";
import { SECRETARIAAT_USER } from "../helpers/gr-scenario";
import { must } from "../helpers/must";
import { openTestDb } from "../helpers/test-db";

const now = new Date("2027-12-01T10:00:00Z");
let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
const participants: Record<string, { id: string; gemeenteId: string }> = {};

const run = (user: CommandUser, command: Command, raw: unknown, expectedVersion?: number) =>
  runCommand(db.prisma, user, command, raw, { now, expectedVersion });
const griffier = (slug: string): CommandUser => ({
  id: `u-griffier-${slug}`,
  role: "GRIFFIER",
  gemeenteId: participants[slug].gemeenteId,
});
const stored = async () => db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
const cycle = async () => must(await loadBegrotingCycle(db.prisma, procedureId), "cycle");
const audit = async () =>
  (await db.prisma.auditEvent.findMany({ where: { subjectId: procedureId }, orderBy: { id: "asc" } })).map(
    (e) => e.type,
  );

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const regeling = await db.prisma.regeling.findUniqueOrThrow({
    where: { slug: "gr-sociaal-domein-flevoland" },
    include: { participants: { include: { gemeente: true } } },
  });
  for (const p of regeling.participants) participants[p.gemeente.slug] = { id: p.id, gemeenteId: p.gemeenteId };
  // The regeling's own exemption (art. 35 lid 5): the beheerder sets it in the regeling form (beheer.test.ts).
  await db.prisma.regeling.update({ where: { id: regeling.id }, data: { wijzigingVrijstelling: ["technisch"] } });
  expect(await run(SECRETARIAAT_USER, startBegrotingCycle, { regelingId: regeling.id, jaar: 2028 })).toMatchObject({
    ok: true,
  });
  procedureId = (await db.prisma.procedure.findFirstOrThrow({ where: { regelingId: regeling.id, jaar: 2028 } })).id;
});
afterAll(async () => db?.close());

describe("begrotingswijziging through the runner", () => {
  it("refuses a griffier's and bad input in Dutch, changing nothing", async () => {
    const before = await stored();
    const byGriffier = await run(griffier("almere"), addBegrotingswijziging, { procedureId, titel: "X" });
    expect(byGriffier.ok).toBe(false);
    const empty = await run(SECRETARIAAT_USER, addBegrotingswijziging, { procedureId, titel: "  " });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { titel: "Vul de titel van de begrotingswijziging in." } });
    const unknown = await run(SECRETARIAAT_USER, recordWijzigingStep, {
      step: "wijziging_verzonden",
      procedureId,
      nummer: 1,
      date: "2027-09-01",
    });
    expect(unknown).toMatchObject({ ok: false, message: "Begrotingswijziging 1 bestaat niet in deze begroting." });
    const after = await stored();
    expect(after.version).toBe(before.version);
    expect(after.regional).toEqual(before.regional);
  });

  it("creates wijziging 1 (zienswijze procedure) and 2 (exempt category: adopted directly)", async () => {
    const v = (await stored()).version;
    expect(
      await run(SECRETARIAAT_USER, addBegrotingswijziging, { procedureId, titel: "Extra jeugdzorg" }, v),
    ).toMatchObject({ ok: true, nummer: 1, vrijgesteld: false });
    expect(
      await run(SECRETARIAAT_USER, addBegrotingswijziging, {
        procedureId,
        titel: "Verschuiving tussen programma's",
        categorie: "technisch",
      }),
    ).toMatchObject({ ok: true, nummer: 2, vrijgesteld: true });
    // An exempt category is not sent for a zienswijze; it is adopted directly.
    expect(
      await run(SECRETARIAAT_USER, recordWijzigingStep, {
        step: "wijziging_verzonden",
        procedureId,
        nummer: 2,
        date: "2027-09-01",
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("stel de wijziging direct vast") });
    expect(
      await run(SECRETARIAAT_USER, recordWijzigingStep, {
        step: "wijziging_vastgesteld",
        procedureId,
        nummer: 2,
        date: "2027-09-02",
      }),
    ).toMatchObject({ ok: true, status: "vastgesteld" });
    // Wijziging 1 is not exempt: no vaststelling before the raden had their say.
    expect(
      await run(SECRETARIAAT_USER, recordWijzigingStep, {
        step: "wijziging_vastgesteld",
        procedureId,
        nummer: 1,
        date: "2027-09-02",
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("eerst voor een zienswijze naar de raden") });
    expect((await audit()).slice(-3)).toEqual([
      "begroting_wijziging_aangemaakt",
      "begroting_wijziging_aangemaakt",
      "begroting_wijziging_vastgesteld",
    ]);
  });

  it("sends wijziging 1: each raad's window ends the day before the aanbieding (twelve weeks later)", async () => {
    expect(
      await run(SECRETARIAAT_USER, recordWijzigingStep, {
        step: "wijziging_verzonden",
        procedureId,
        nummer: 1,
        date: "2027-09-01",
        aanbiedingOp: "2027-10-01",
      }),
    ).toMatchObject({ ok: false, message: expect.stringContaining("twaalf weken") });
    expect(
      await run(SECRETARIAAT_USER, recordWijzigingStep, {
        step: "wijziging_verzonden",
        procedureId,
        nummer: 1,
        date: "2027-09-01",
      }),
    ).toMatchObject({ ok: true, status: "ontwerp_verzonden" });
    const w = must(
      (await cycle()).wijzigingen.find((x) => x.nummer === 1),
      "w1",
    );
    expect(w.aanbiedingOn).toBe("2027-11-24");
    expect(w.raden.map((r) => [r.naam, r.termijnEinde])).toEqual([
      ["Almere", "2027-11-23"],
      ["Dronten", "2027-11-23"],
      ["Lelystad", "2027-11-23"],
      ["Noordoostpolder", "2027-11-23"],
      ["Urk", "2027-11-23"],
    ]);
    // The raad received a begrotingswijziging, not an ontwerpbegroting (the label of the shared raad steps).
    expect([...new Set(w.raden.map((r) => r.statusLabel))]).toEqual(["Begrotingswijziging ontvangen"]);
  });

  it("lets each griffier register the own raad's zienswijze or geen zienswijze, and no other raad's", async () => {
    const zienswijze = {
      soort: "zienswijze",
      procedureId,
      nummer: 1,
      participantId: participants.almere.id,
      date: "2027-11-10",
      points: [
        { onderwerp: "Wachtlijsten", verwijzing: "Programma 2 Jeugd", tekst: "Zet het geld in op wachtlijsten." },
      ],
    };
    expect((await run(griffier("urk"), submitWijzigingZienswijze, zienswijze)).ok).toBe(false);
    expect(await run(griffier("almere"), submitWijzigingZienswijze, { ...zienswijze, points: [] })).toMatchObject({
      ok: false,
      fieldErrors: { points: "Een zienswijze heeft ten minste één punt." },
    });
    expect(await run(griffier("almere"), submitWijzigingZienswijze, zienswijze)).toMatchObject({
      ok: true,
      raad: "zienswijze_ingediend",
    });
    expect(
      await run(griffier("urk"), submitWijzigingZienswijze, {
        soort: "geen",
        procedureId,
        nummer: 1,
        participantId: participants.urk.id,
        date: "2027-11-12",
      }),
    ).toMatchObject({ ok: true, raad: "geen_zienswijze" });
    const almere = must(
      (await cycle()).wijzigingen[0].raden.find((r) => r.naam === "Almere"),
      "almere",
    );
    expect(almere.zienswijze).toEqual({
      besluitdatum: "2027-11-10",
      points: [
        {
          nummer: 1,
          onderwerp: "Wachtlijsten",
          verwijzing: "Programma 2 Jeugd",
          tekst: "Zet het geld in op wachtlijsten.",
        },
      ],
    });
    expect((await audit()).slice(-2)).toEqual([
      "begroting_wijziging_zienswijze",
      "begroting_wijziging_geen_zienswijze",
    ]);
  });

  it("refuses the vaststelling until the zienswijze is answered; then adopts", async () => {
    const adopt = { step: "wijziging_vastgesteld", procedureId, nummer: 1, date: "2027-11-25" };
    expect(await run(SECRETARIAAT_USER, recordWijzigingStep, adopt)).toMatchObject({
      ok: false,
      message: expect.stringContaining("Almere (zienswijze nog niet beantwoord)"),
    });
    expect(
      await run(griffier("almere"), answerWijzigingZienswijze, {
        procedureId,
        nummer: 1,
        participantId: participants.almere.id,
        date: "2027-11-20",
        motivering: "Het bestuur neemt het punt over.",
      }),
    ).toMatchObject({ ok: false });
    expect(
      await run(SECRETARIAAT_USER, answerWijzigingZienswijze, {
        procedureId,
        nummer: 1,
        participantId: participants.almere.id,
        date: "2027-11-20",
        motivering: "Het bestuur neemt het punt over.",
      }),
    ).toMatchObject({ ok: true, raad: "beantwoord" });
    expect(await run(SECRETARIAAT_USER, recordWijzigingStep, adopt)).toMatchObject({ ok: true, status: "vastgesteld" });
    const c = await cycle();
    expect(c.wijzigingen.map((w) => [w.nummer, w.statusLabel, w.vastgesteldOn])).toEqual([
      [1, "Begrotingswijziging vastgesteld", "2027-11-25"],
      [2, "Begrotingswijziging vastgesteld", "2027-09-02"],
    ]);
    // The begroting's own track is untouched by its wijzigingen.
    expect(c.status).toBe("in_voorbereiding");
    expect((await audit()).slice(-2)).toEqual(["begroting_wijziging_beantwoord", "begroting_wijziging_vastgesteld"]);
  });
});

describe("API: the wijzigingen in GET /api/v1/regelingen/{slug}/begrotingscycli (real HTTP)", () => {
  let server: Awaited<ReturnType<typeof startPublicApiServer>>;
  beforeAll(async () => {
    (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
    server = await startPublicApiServer((file) => PUBLIC_ROUTE_MODULES[file]());
  });
  afterAll(async () => server?.close());

  it("adds the year's wijzigingen with each raad's zienswijze and the answer, valid against the OpenAPI schema", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "urn:gr-volg:openapi", components: openApiDocument.components }, "oa");
    const check = must(ajv.getSchema("urn:gr-volg:openapi#/components/schemas/Begrotingscycli"), "schema");
    const res = await fetch(`${server.url}/api/v1/regelingen/gr-sociaal-domein-flevoland/begrotingscycli`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(check(body), JSON.stringify(check.errors)).toBe(true);
    const [w1, w2] = body.items[0].wijzigingen;
    expect(w1).toMatchObject({
      nummer: 1,
      titel: "Extra jeugdzorg",
      categorie: null,
      vrijgesteld: false,
      stand: "vastgesteld",
      verzondenOp: "2027-09-01",
      aanbiedingOp: "2027-11-24",
      vastgesteldOp: "2027-11-25",
    });
    expect(w1.raden.find((r: { gemeente: string }) => r.gemeente === "almere")).toEqual({
      gemeente: "almere",
      naam: "Almere",
      stand: "beantwoord",
      standLabel: expect.any(String),
      zienswijzeUiterlijk: "2027-11-23",
      zienswijze: {
        besluitdatum: "2027-11-10",
        punten: [
          {
            nummer: 1,
            onderwerp: "Wachtlijsten",
            verwijzing: "Programma 2 Jeugd",
            tekst: "Zet het geld in op wachtlijsten.",
          },
        ],
      },
      antwoord: { datum: "2027-11-20", motivering: "Het bestuur neemt het punt over." },
    });
    expect(w2).toMatchObject({ nummer: 2, categorie: "technisch", vrijgesteld: true, verzondenOp: null });
  });
});
