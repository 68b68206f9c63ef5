/**
 * The jaarrekening 2026 of the Flevoland GR through the one runner (Wgr art. 34b, 34 lid 3; docs/rules.md R17):
 * the secretariat records the voorlopige jaarrekening, the vaststelling and the sending to GS; a griffier cannot;
 * the read model and the public API (real HTTP, OpenAPI schema) show the track.
 */
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { runCommand, type Command, type CommandUser } from "@/lib/commands";
import { seedFlevoland } from "@/lib/services/seed";
import { recordBegrotingStep, startBegrotingCycle } from "@/lib/services/begroting/commands";
import { loadBegrotingCycle } from "@/lib/services/begroting/read";
import { PUBLIC_ROUTE_MODULES, startPublicApiServer } from "../fuzz/http-server";
import { SECRETARIAAT_USER } from "../helpers/gr-scenario";
import { must } from "../helpers/must";
import { openTestDb } from "../helpers/test-db";

const now = new Date("2027-12-01T10:00:00Z");
let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
let almereGemeenteId: string;

const run = (user: CommandUser, command: Command, raw: unknown, expectedVersion?: number) =>
  runCommand(db.prisma, user, command, raw, { now, expectedVersion });
const step = (s: string, date: string, extra: Record<string, string> = {}) =>
  run(SECRETARIAAT_USER, recordBegrotingStep, { step: s, procedureId, date, ...extra });

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const regeling = await db.prisma.regeling.findUniqueOrThrow({
    where: { slug: "gr-sociaal-domein-flevoland" },
    include: { participants: { include: { gemeente: true } } },
  });
  almereGemeenteId = must(
    regeling.participants.find((p) => p.gemeente.slug === "almere"),
    "almere",
  ).gemeenteId;
  expect(await run(SECRETARIAAT_USER, startBegrotingCycle, { regelingId: regeling.id, jaar: 2026 })).toMatchObject({
    ok: true,
  });
  procedureId = (await db.prisma.procedure.findFirstOrThrow({ where: { regelingId: regeling.id, jaar: 2026 } })).id;
});
afterAll(async () => db?.close());

describe("jaarrekening 2026 through the runner", () => {
  it("refuses a voorlopige jaarrekening dated in 2026 (the year is not over) and a griffier's step", async () => {
    expect(await step("voorlopige_jaarrekening_verzonden", "2026-12-31")).toMatchObject({
      ok: false,
      message: expect.stringContaining("na afloop van 2026"),
    });
    const griffier: CommandUser = { id: "u-griffier-almere", role: "GRIFFIER", gemeenteId: almereGemeenteId };
    const r = await run(griffier, recordBegrotingStep, {
      step: "voorlopige_jaarrekening_verzonden",
      procedureId,
      date: "2027-04-20",
    });
    expect(r.ok).toBe(false);
    expect((await loadBegrotingCycle(db.prisma, procedureId))?.jaarrekening.status).toBe("niet_gestart");
  });

  it("records voorlopig → vastgesteld → GS with the late sending warned, one audit event per step", async () => {
    expect(await step("voorlopige_jaarrekening_verzonden", "2027-04-20")).toMatchObject({
      ok: true,
      status: "in_voorbereiding",
      jaarrekening: "voorlopig_verzonden",
      waarschuwingen: [],
    });
    expect(await step("jaarrekening_naar_gs", "2027-07-01")).toMatchObject({ ok: false });
    expect(await step("jaarrekening_vastgesteld", "2027-07-02", { besluitnummer: "AB-2027-14" })).toMatchObject({
      ok: true,
      jaarrekening: "vastgesteld",
    });
    expect(await step("jaarrekening_naar_gs", "2027-07-20")).toMatchObject({
      ok: true,
      jaarrekening: "naar_gs_verzonden",
      waarschuwingen: [
        "Jaarrekening later dan twee weken na vaststelling verzonden aan GS (Wgr art. 34 lid 3).",
        "Jaarrekening niet vóór 15 juli 2027 verzonden aan GS (Wgr art. 34 lid 3).",
      ],
    });
    const audit = await db.prisma.auditEvent.findMany({ where: { subjectId: procedureId }, orderBy: { id: "asc" } });
    expect(audit.map((e) => e.type).slice(-3)).toEqual([
      "begroting_voorlopige_jaarrekening_verzonden",
      "begroting_jaarrekening_vastgesteld",
      "begroting_jaarrekening_naar_gs",
    ]);
    expect(audit.at(-1)?.reason).toContain("15 juli 2027");
    const cycle = must(await loadBegrotingCycle(db.prisma, procedureId), "cycle");
    expect(cycle.jaarrekening).toEqual({
      status: "naar_gs_verzonden",
      statusLabel: "Jaarrekening naar Gedeputeerde Staten",
      voorlopigSentOn: "2027-04-20",
      vastgesteldOn: "2027-07-02",
      besluitnummer: "AB-2027-14",
      gsSentOn: "2027-07-20",
      voorlopigUiterlijk: "2027-04-30",
      gsUiterlijk: "2027-07-14",
    });
  });
});

describe("API: the jaarrekening in GET /api/v1/regelingen/{slug}/begrotingscycli (real HTTP)", () => {
  let server: Awaited<ReturnType<typeof startPublicApiServer>>;
  beforeAll(async () => {
    (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
    server = await startPublicApiServer((file) => PUBLIC_ROUTE_MODULES[file]());
  });
  afterAll(async () => server?.close());

  it("adds the jaarrekening to each year, valid against the OpenAPI schema", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "urn:gr-volg:openapi", components: openApiDocument.components }, "oa");
    const check = must(ajv.getSchema("urn:gr-volg:openapi#/components/schemas/Begrotingscycli"), "schema");
    const res = await fetch(`${server.url}/api/v1/regelingen/gr-sociaal-domein-flevoland/begrotingscycli`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(check(body), JSON.stringify(check.errors)).toBe(true);
    expect(body.items[0]).toMatchObject({
      jaar: 2026,
      stand: "in_voorbereiding",
      jaarrekening: {
        stand: "naar_gs_verzonden",
        voorlopigVerzondenOp: "2027-04-20",
        vastgesteldOp: "2027-07-02",
        besluitnummer: "AB-2027-14",
        naarGsVerzondenOp: "2027-07-20",
        naarGsUiterlijk: "2027-07-14",
      },
    });
  });
});
