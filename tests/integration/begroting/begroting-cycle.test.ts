import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_VERSION } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { runCommand, type Command, type CommandUser } from "@/lib/commands";
import { seedFlevoland } from "@/lib/services/seed";
import {
  answerBegrotingZienswijze,
  recordBegrotingStep,
  startBegrotingCycle,
  submitBegrotingZienswijze,
} from "@/lib/services/begroting/commands";
import { loadBegrotingCycle, loadCurrentBegrotingCycle, loadGriffieBegroting } from "@/lib/services/begroting/read";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { loadConsensusMatrix } from "@/lib/services/consensus";
import { PUBLIC_ROUTE_MODULES, startPublicApiServer } from "../fuzz/http-server";
import { SECRETARIAAT_USER } from "../helpers/gr-scenario";
import { must } from "../helpers/must";
import { openTestDb } from "../helpers/test-db";

// The begroting 2028 of the new GR (its BVO exists from 1-1-2027 and first adopts 2028 itself), run in 2027.
const now = new Date("2027-12-01T10:00:00Z");
let db: Awaited<ReturnType<typeof openTestDb>>;
let regelingId: string;
let procedureId: string;
const participants: Record<string, { id: string; gemeenteId: string }> = {};

const run = (user: CommandUser, command: Command, raw: unknown, expectedVersion?: number) =>
  runCommand(db.prisma, user, command, raw, { now, expectedVersion });
const griffier = (slug: string): CommandUser => ({
  id: `u-griffier-${slug}`,
  role: "GRIFFIER",
  gemeenteId: participants[slug].gemeenteId,
});
const version = async () => (await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } })).version;

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const regeling = await db.prisma.regeling.findUniqueOrThrow({
    where: { slug: "gr-sociaal-domein-flevoland" },
    include: { participants: { include: { gemeente: true } } },
  });
  regelingId = regeling.id;
  for (const p of regeling.participants) participants[p.gemeente.slug] = { id: p.id, gemeenteId: p.gemeenteId };
});
afterAll(async () => db?.close());

describe("begroting cycle 2028 of the Flevoland GR through the runner", () => {
  it("starts one cycle per regeling per year, for the five raden that are party to the regeling", async () => {
    const started = await run(SECRETARIAAT_USER, startBegrotingCycle, { regelingId, jaar: 2028 });
    expect(started.ok).toBe(true);
    procedureId = (await db.prisma.procedure.findFirstOrThrow({ where: { regelingId, jaar: 2028 } })).id;
    const again = await run(SECRETARIAAT_USER, startBegrotingCycle, { regelingId, jaar: 2028 });
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("loopt de begrotingscyclus") });
    const griffierStart = await run(griffier("almere"), startBegrotingCycle, { regelingId, jaar: 2029 });
    expect(griffierStart.ok).toBe(false);
    const cycle = await loadBegrotingCycle(db.prisma, procedureId);
    expect(cycle?.raden.map((r) => r.naam).sort()).toEqual(["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk"]);
  });

  it("records kaders and the ontwerpbegroting; a stale version is a conflict", async () => {
    const v = await version();
    expect(
      await run(
        SECRETARIAAT_USER,
        recordBegrotingStep,
        { step: "kaders_verzonden", procedureId, date: "2027-04-15" },
        v,
      ),
    ).toMatchObject({ ok: true, status: "kaders_verzonden" });
    const stale = await run(
      SECRETARIAAT_USER,
      recordBegrotingStep,
      { step: "ontwerp_verzonden", procedureId, date: "2027-04-20" },
      v,
    );
    expect(stale.ok).toBe(false);
    // Wgr art. 35 lid 1: an aanbieding less than twelve weeks after sending is refused.
    const early = await run(SECRETARIAAT_USER, recordBegrotingStep, {
      step: "ontwerp_verzonden",
      procedureId,
      date: "2027-04-20",
      aanbiedingOp: "2027-07-01",
    });
    expect(early).toMatchObject({ ok: false, message: expect.stringContaining("twaalf weken") });
    const sent = await run(SECRETARIAAT_USER, recordBegrotingStep, {
      step: "ontwerp_verzonden",
      procedureId,
      date: "2027-04-20",
      aanbiedingOp: "2027-07-13",
    });
    expect(sent).toMatchObject({ ok: true, status: "ontwerp_verzonden" });
    const cycle = await loadBegrotingCycle(db.prisma, procedureId);
    expect(cycle?.raden.every((r) => r.status === "ontvangen" && r.termijnEinde === "2027-07-12")).toBe(true);
  });

  it("lets each griffier register the own raad's zienswijze (points by programme or page) or geen zienswijze, and no other raad's", async () => {
    const point = (onderwerp: string, verwijzing: string) => ({
      onderwerp,
      verwijzing,
      tekst: `${onderwerp}: toelichting.`,
    });
    const other = await run(griffier("urk"), submitBegrotingZienswijze, {
      soort: "zienswijze",
      procedureId,
      participantId: participants.almere.id,
      date: "2027-06-10",
      points: [point("Indexatie", "Programma 1")],
    });
    expect(other.ok).toBe(false);
    expect(await db.prisma.zienswijze.count({ where: { procedureId } })).toBe(0);
    for (const [slug, date] of [
      ["almere", "2027-06-10"],
      ["dronten", "2027-06-17"],
      ["lelystad", "2027-06-24"],
      ["noordoostpolder", "2027-07-01"],
    ] as const) {
      const r = await run(griffier(slug), submitBegrotingZienswijze, {
        soort: "zienswijze",
        procedureId,
        participantId: participants[slug].id,
        date,
        points: [point("Indexatie lonen", "Programma 2 Jeugd"), point("Weerstandsvermogen", "blz. 14")],
      });
      expect(r, slug).toMatchObject({ ok: true });
    }
    expect(
      await run(griffier("urk"), submitBegrotingZienswijze, {
        soort: "geen",
        procedureId,
        participantId: participants.urk.id,
        date: "2027-06-30",
      }),
    ).toMatchObject({ ok: true, zienswijzeId: null });
    const points = await db.prisma.zienswijzePoint.findMany({
      where: { zienswijze: { procedureId, participantId: participants.almere.id } },
      orderBy: { nummer: "asc" },
    });
    expect(points.map((p) => [p.nummer, p.verwijzing, p.articleId])).toEqual([
      [1, "Programma 2 Jeugd", null],
      [2, "blz. 14", null],
    ]);
  });

  it("refuses the vaststelling until every zienswijze is answered; then adopts and sends to GS", async () => {
    const tooSoon = await run(SECRETARIAAT_USER, recordBegrotingStep, {
      step: "begroting_vastgesteld",
      procedureId,
      date: "2027-07-13",
    });
    expect(tooSoon).toMatchObject({ ok: false, message: expect.stringContaining("nog niet beantwoord") });
    for (const slug of ["almere", "dronten", "lelystad", "noordoostpolder"]) {
      const r = await run(SECRETARIAAT_USER, answerBegrotingZienswijze, {
        procedureId,
        participantId: participants[slug].id,
        date: "2027-07-05",
        motivering: "De indexatie volgt de cao; het weerstandsvermogen blijft op peil.",
      });
      expect(r, slug).toMatchObject({ ok: true });
    }
    expect(
      await run(SECRETARIAAT_USER, recordBegrotingStep, {
        step: "begroting_vastgesteld",
        procedureId,
        date: "2027-07-13",
      }),
    ).toMatchObject({ ok: true, status: "vastgesteld" });
    expect(
      await run(SECRETARIAAT_USER, recordBegrotingStep, { step: "naar_gs_verzonden", procedureId, date: "2027-07-20" }),
    ).toMatchObject({ ok: true, status: "naar_gs_verzonden", waarschuwingen: [] });

    const cycle = await loadBegrotingCycle(db.prisma, procedureId);
    expect(cycle?.status).toBe("naar_gs_verzonden");
    expect(cycle?.raden.map((r) => r.status).sort()).toEqual([
      "beantwoord",
      "beantwoord",
      "beantwoord",
      "beantwoord",
      "geen_zienswijze",
    ]);
    const types = (
      await db.prisma.auditEvent.findMany({ where: { subjectId: procedureId }, orderBy: { id: "asc" } })
    ).map((e) => e.type);
    expect(types.filter((t) => t === "begroting_zienswijze_beantwoord")).toHaveLength(4);
    expect(types.at(-1)).toBe("begroting_naar_gs_verzonden");
  });

  it("shows the cycle on the public page and to the own griffier only; the GR's own pages still read", async () => {
    const current = await loadCurrentBegrotingCycle(db.prisma, regelingId);
    expect(current).toMatchObject({ jaar: 2028, statusLabel: "Naar Gedeputeerde Staten" });
    expect(current?.raden.find((r) => r.naam === "Almere")?.antwoord?.datum).toBe("2027-07-05");
    expect(await loadGriffieBegroting(db.prisma, procedureId, participants.urk.gemeenteId)).toMatchObject({
      raad: { naam: "Urk", status: "geen_zienswijze" },
    });
    const zeewolde = await db.prisma.gemeente.findUniqueOrThrow({ where: { slug: "zeewolde" } });
    expect(await loadGriffieBegroting(db.prisma, procedureId, zeewolde.id)).toBeNull();
    const publicPage = await loadPublicRegeling(db.prisma, "gr-sociaal-domein-flevoland", "2027-12-01");
    expect(publicPage?.gr?.kind).toMatch(/^GR_/);
    const matrix = await loadConsensusMatrix(db.prisma, "gr-sociaal-domein-flevoland", "2027-12-01");
    expect(matrix.rows.map((r) => r.kind)).toContain("GR_TREFFEN");
  });
});

describe("API: GET /api/v1/regelingen/{slug}/begrotingscycli (real HTTP)", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "urn:gr-volg:openapi", components: openApiDocument.components }, "oa");
  const schema = (name: string) => must(ajv.getSchema(`urn:gr-volg:openapi#/components/schemas/${name}`), name);
  let server: Awaited<ReturnType<typeof startPublicApiServer>>;
  beforeAll(async () => {
    // The API's route handlers read through getPrisma(): point it at this database.
    (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
    server = await startPublicApiServer((file) => PUBLIC_ROUTE_MODULES[file]());
  });
  afterAll(async () => server?.close());
  const call = (path: string, init: RequestInit = {}) => fetch(`${server.url}/api/v1${path}`, init);

  it("answers per year the steps, deadlines, the raden's zienswijzen with their points and the answers", async () => {
    expect(openApiDocument.paths["/regelingen/{slug}/begrotingscycli"].get.responses["200"]).toBeTruthy();
    const res = await call("/regelingen/gr-sociaal-domein-flevoland/begrotingscycli");
    expect(res.status).toBe(200);
    expect(res.headers.get("api-version")).toBe(API_VERSION);
    const body = await res.json();
    const check = schema("Begrotingscycli");
    expect(check(body), JSON.stringify(check.errors)).toBe(true);
    const [cycle] = body.items;
    expect(body.items).toHaveLength(1);
    expect(cycle).toMatchObject({
      jaar: 2028,
      stand: "naar_gs_verzonden",
      stappen: {
        kadersVerzondenOp: "2027-04-15",
        ontwerpVerzondenOp: "2027-04-20",
        aanbiedingOp: "2027-07-13",
        vastgesteldOp: "2027-07-13",
        naarGsVerzondenOp: "2027-07-20",
      },
    });
    expect(cycle.termijnen.length).toBeGreaterThan(0);
    const almere = cycle.raden.find((r: { gemeente: string }) => r.gemeente === "almere");
    expect(almere).toMatchObject({
      stand: "beantwoord",
      zienswijzeUiterlijk: "2027-07-12",
      zienswijze: {
        besluitdatum: "2027-06-10",
        punten: [
          { nummer: 1, onderwerp: "Indexatie lonen", verwijzing: "Programma 2 Jeugd" },
          { nummer: 2, onderwerp: "Weerstandsvermogen", verwijzing: "blz. 14" },
        ],
      },
      antwoord: { datum: "2027-07-05" },
    });
    expect(cycle.raden.find((r: { gemeente: string }) => r.gemeente === "urk")).toMatchObject({
      stand: "geen_zienswijze",
      zienswijze: null,
      antwoord: null,
    });
    const etag = must(res.headers.get("etag"), "etag");
    expect(
      (await call("/regelingen/gr-sociaal-domein-flevoland/begrotingscycli", { headers: { "If-None-Match": etag } }))
        .status,
    ).toBe(304);
  });

  it("is a problem+json 404 for an unknown regeling and 405 for a write", async () => {
    const missing = await call("/regelingen/bestaat-niet/begrotingscycli");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(schema("Problem")((await missing.json()) as object)).toBe(true);
    expect((await call("/regelingen/gr-sociaal-domein-flevoland/begrotingscycli", { method: "POST" })).status).toBe(
      405,
    );
  });
});
