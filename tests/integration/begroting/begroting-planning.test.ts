import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { runCommand, type Command, type CommandUser } from "@/lib/commands";
import { seedFlevoland } from "@/lib/services/seed";
import { startBegrotingCycle } from "@/lib/services/begroting/commands";
import { setBegrotingPlanning } from "@/lib/services/begroting/planning";
import { loadBegrotingPlanning, loadGriffiePlanningen } from "@/lib/services/begroting/planning-read";
import { PUBLIC_ROUTE_MODULES, startPublicApiServer } from "../fuzz/http-server";
import { SECRETARIAAT_USER } from "../helpers/gr-scenario";
import { must } from "../helpers/must";
import { openTestDb } from "../helpers/test-db";

// Issue 17 point 3: the yearly planning of the begroting 2031 of the Flevoland GR. The bestuur meets in 2030, a
// year without seeded raad meetings, so the test places the only meetings that matter.
const now = new Date("2027-12-01T10:00:00Z");
let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
const gemeenten: Record<string, string> = {};
let outsider: string;

const run = (user: CommandUser, command: Command, raw: unknown, expectedVersion?: number) =>
  runCommand(db.prisma, user, command, raw, { now, expectedVersion });
const griffier = (slug: string): CommandUser => ({
  id: `u-griffier-${slug}`,
  role: "GRIFFIER",
  gemeenteId: gemeenten[slug],
});

async function raadMeeting(slug: string, date: string) {
  const body = await db.prisma.body.findFirstOrThrow({ where: { kind: "RAAD", gemeenteId: gemeenten[slug] } });
  await db.prisma.meeting.create({ data: { bodyId: body.id, kind: "RAAD", date: new Date(`${date}T00:00:00Z`) } });
}

/** The expectation straight from the meeting table: a RAAD meeting of the gemeente within the window. */
async function meetsInWindow(gemeenteId: string, from: string, to: string) {
  const n = await db.prisma.meeting.count({
    where: {
      kind: "RAAD",
      cancelledAt: null,
      body: { gemeenteId },
      date: { gte: new Date(`${from}T00:00:00Z`), lte: new Date(`${to}T00:00:00Z`) },
    },
  });
  return n > 0;
}

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const regeling = await db.prisma.regeling.findUniqueOrThrow({
    where: { slug: "gr-sociaal-domein-flevoland" },
    include: { participants: { include: { gemeente: true } } },
  });
  for (const p of regeling.participants) gemeenten[p.gemeente.slug] = p.gemeenteId;
  outsider = (
    await db.prisma.gemeente.create({ data: { slug: "planning-buiten", naam: "Buiten", regioId: regeling.regioId } })
  ).id;
  const started = await run(SECRETARIAAT_USER, startBegrotingCycle, { regelingId: regeling.id, jaar: 2031 });
  expect(started.ok).toBe(true);
  procedureId = (await db.prisma.procedure.findFirstOrThrow({ where: { regelingId: regeling.id, jaar: 2031 } })).id;
  await raadMeeting("almere", "2030-06-25");
  await raadMeeting("urk", "2030-07-13");
});
afterAll(async () => db?.close());

describe("begroting planning 2031 through the runner", () => {
  it("has no planning yet: version 0, no raad items", async () => {
    expect(await loadBegrotingPlanning(db.prisma, procedureId)).toMatchObject({ version: 0, items: [], warnings: [] });
    expect(await loadGriffiePlanningen(db.prisma, gemeenten.almere)).toEqual([]);
  });

  it("is set by the secretariat only, stored with its warnings and audited", async () => {
    const input = {
      procedureId,
      kadersOp: "2030-04-15",
      ontwerpOp: "2030-04-20",
      aanbiedingOp: "2030-07-10",
      vaststellingOp: "2030-07-10",
      jaarrekeningOp: "",
    };
    const refused = await run(griffier("almere"), setBegrotingPlanning, input, 0);
    expect(refused.ok).toBe(false);
    const saved = await run(SECRETARIAAT_USER, setBegrotingPlanning, input, 0);
    expect(saved).toMatchObject({ ok: true, version: 1 });
    // Wgr art. 35 lid 1: 2030-04-20 + twelve weeks is 2030-07-13, so the planned aanbieding is too early.
    expect(saved).toMatchObject({ waarschuwingen: [expect.stringContaining("op of na 2030-07-13")] });
    const events = await db.prisma.auditEvent.findMany({
      where: { type: "begroting_planning_vastgesteld", subjectId: procedureId },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorRole: "SECRETARIAAT", actorId: "u-secr" });
    expect(events[0].payload).toMatchObject({
      jaar: 2031,
      planning: { kadersOn: "2030-04-15", ontwerpSentOn: "2030-04-20", aanbiedingOn: "2030-07-10" },
    });
    expect(events[0].payload).not.toHaveProperty("planning.jaarrekeningOn");
    // The version the form saw is checked: a second save with version 0 is a conflict, and leaves no event.
    const stale = await run(SECRETARIAAT_USER, setBegrotingPlanning, input, 0);
    expect(stale.ok).toBe(false);
    expect(await db.prisma.auditEvent.count({ where: { type: "begroting_planning_vastgesteld" } })).toBe(1);
  });

  it("derives the raad's last day (the lawful aanbieding's eve) and the feasibility per gemeente", async () => {
    const view = await loadBegrotingPlanning(db.prisma, procedureId);
    expect(view?.items).toHaveLength(1);
    const [item] = view?.items ?? [];
    expect(item).toMatchObject({ from: "2030-04-20", lastDay: "2030-07-12" });
    expect(item.raden.map((r) => r.naam)).toEqual(["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk"]);
    for (const r of item.raden)
      expect(r.feasibility.kind === "haalbaar").toBe(await meetsInWindow(r.gemeenteId, item.from, item.lastDay));
    const by = Object.fromEntries(item.raden.map((r) => [r.gemeenteSlug, r.feasibility]));
    expect(by.almere).toMatchObject({ kind: "haalbaar", meeting: { date: "2030-06-25" } });
    expect(by.urk).toEqual({ kind: "geen_vergadering", lastDay: "2030-07-12" });
  });

  it("a changed planning moves the deadline: Urk's meeting of 13 July is then in time", async () => {
    const saved = await run(
      SECRETARIAAT_USER,
      setBegrotingPlanning,
      { procedureId, ontwerpOp: "2030-04-20", aanbiedingOp: "2030-07-16", vaststellingOp: "2030-07-16" },
      1,
    );
    expect(saved).toMatchObject({ ok: true, version: 2, waarschuwingen: [] });
    const [item] = (await loadBegrotingPlanning(db.prisma, procedureId))?.items ?? [];
    expect(item.lastDay).toBe("2030-07-15");
    expect(item.raden.find((r) => r.gemeenteSlug === "urk")?.feasibility).toMatchObject({
      kind: "haalbaar",
      meeting: { date: "2030-07-13" },
    });
  });

  it("shows a griffie only its own gemeente's feasibility, and nothing to a gemeente outside the regeling", async () => {
    const urk = await loadGriffiePlanningen(db.prisma, gemeenten.urk);
    expect(urk).toEqual([
      expect.objectContaining({
        procedureId,
        jaar: 2031,
        item: expect.objectContaining({ lastDay: "2030-07-15" }),
        feasibility: expect.objectContaining({
          kind: "haalbaar",
          meeting: expect.objectContaining({ date: "2030-07-13" }),
        }),
      }),
    ]);
    const dronten = await loadGriffiePlanningen(db.prisma, gemeenten.dronten);
    expect(dronten.map((r) => r.feasibility.kind)).toEqual([
      (await meetsInWindow(gemeenten.dronten, "2030-04-20", "2030-07-15")) ? "haalbaar" : "geen_vergadering",
    ]);
    expect(await loadGriffiePlanningen(db.prisma, outsider)).toEqual([]);
  });
});

describe("API: the planning in GET /api/v1/regelingen/{slug}/begrotingscycli (real HTTP)", () => {
  let server: Awaited<ReturnType<typeof startPublicApiServer>>;
  beforeAll(async () => {
    // The API's route handlers read through getPrisma(): point it at this database.
    (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
    server = await startPublicApiServer((file) => PUBLIC_ROUTE_MODULES[file]());
  });
  afterAll(async () => server?.close());

  it("answers the planned dates and per raad whether its meeting makes the deadline, as the OpenAPI schema says", async () => {
    const res = await fetch(`${server.url}/api/v1/regelingen/gr-sociaal-domein-flevoland/begrotingscycli`);
    expect(res.status).toBe(200);
    const body = await res.json();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: "urn:gr-volg:openapi", components: openApiDocument.components }, "oa");
    const check = must(ajv.getSchema("urn:gr-volg:openapi#/components/schemas/Begrotingscycli"), "schema");
    expect(check(body), JSON.stringify(check.errors)).toBe(true);
    const cycle = body.items.find((c: { jaar: number }) => c.jaar === 2031);
    expect(cycle.jaarplanning).toMatchObject({
      kadersOp: null,
      ontwerpOp: "2030-04-20",
      aanbiedingOp: "2030-07-16",
      vaststellingOp: "2030-07-16",
      jaarrekeningOp: null,
      waarschuwingen: [],
    });
    const [termijn] = cycle.jaarplanning.termijnen;
    expect(termijn).toMatchObject({ vanaf: "2030-04-20", uiterlijk: "2030-07-15", grondslag: "Wgr art. 35 lid 3" });
    const by = Object.fromEntries(termijn.raden.map((r: { gemeente: string }) => [r.gemeente, r]));
    expect(by.almere).toMatchObject({ haalbaar: true, raadsvergadering: "2030-06-25" });
    expect(by.urk).toMatchObject({ haalbaar: true, raadsvergadering: "2030-07-13" });
    expect(termijn.raden).toHaveLength(5);
  });
});
