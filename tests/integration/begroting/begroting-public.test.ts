import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_VERSION } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { runCommand, type Command, type CommandUser } from "@/lib/commands";
import { currentCycleIndex, type BegrotingState } from "@/lib/domain";
import { seedFlevoland } from "@/lib/services/seed";
import {
  answerBegrotingZienswijze,
  recordBegrotingStep,
  startBegrotingCycle,
  submitBegrotingZienswijze,
} from "@/lib/services/begroting/commands";
import { setBegrotingPlanning } from "@/lib/services/begroting/planning";
import {
  loadGemeenteBegrotingCycli,
  loadGemeenteBegrotingen,
  loadPublicBegrotingen,
} from "@/lib/services/begroting/public";
import { PUBLIC_ROUTE_MODULES, startPublicApiServer } from "../fuzz/http-server";
import { SECRETARIAAT_USER } from "../helpers/gr-scenario";
import { must } from "../helpers/must";
import { countingOperations } from "../helpers/counting-operations";
import { openTestDb } from "../helpers/test-db";

// Issue 17 point 5: the public view of the Flevoland GR's begroting cycles over three years. 2027 is done (run in
// 2026), 2028 is the current one (its zienswijze opens during the test), 2029 is only planned.
const REGELING = "gr-sociaal-domein-flevoland";
const now = new Date("2027-12-01T10:00:00Z");
let db: Awaited<ReturnType<typeof openTestDb>>;
let regelingId: string;
const participants: Record<string, { id: string; gemeenteId: string }> = {};
const cycleIds: Record<number, string> = {};
const saved: Record<string, unknown> = {};

const run = async (user: CommandUser, command: Command, raw: unknown) => {
  const r = await runCommand(db.prisma, user, command, raw, { now });
  expect(r, JSON.stringify(raw)).toMatchObject({ ok: true });
  return r;
};
const griffier = (slug: string): CommandUser => ({
  id: `u-griffier-${slug}`,
  role: "GRIFFIER",
  gemeenteId: participants[slug].gemeenteId,
});

/** Statements the Prisma client sends while `fn` runs (model operations, as in public/query-counts.test.ts). */
async function countStatements<T>(fn: (prisma: typeof db.prisma) => Promise<T>): Promise<[T, number]> {
  const { client, ops } = countingOperations(db.prisma);
  const result = await fn(client as typeof db.prisma);
  return [result, ops()];
}

async function start(jaar: number) {
  await run(SECRETARIAAT_USER, startBegrotingCycle, { regelingId, jaar });
  cycleIds[jaar] = (await db.prisma.procedure.findFirstOrThrow({ where: { regelingId, jaar } })).id;
  return cycleIds[jaar];
}

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const regeling = await db.prisma.regeling.findUniqueOrThrow({
    where: { slug: REGELING },
    include: { participants: { include: { gemeente: true } } },
  });
  regelingId = regeling.id;
  for (const p of regeling.participants) participants[p.gemeente.slug] = { id: p.id, gemeenteId: p.gemeenteId };

  // 2027: the whole cycle, in 2026. Dronten gives a zienswijze that is answered, the others none.
  const y27 = await start(2027);
  // The kaders go late (after 30 April, Wgr art. 34b) and so does GS (art. 34 lid 2): each save names only its own.
  saved.kaders = await run(SECRETARIAAT_USER, recordBegrotingStep, {
    step: "kaders_verzonden",
    procedureId: y27,
    date: "2026-05-01",
  });
  saved.ontwerp = await run(SECRETARIAAT_USER, recordBegrotingStep, {
    step: "ontwerp_verzonden",
    procedureId: y27,
    date: "2026-05-04",
    aanbiedingOp: "2026-07-27",
  });
  await run(griffier("dronten"), submitBegrotingZienswijze, {
    soort: "zienswijze",
    procedureId: y27,
    participantId: participants.dronten.id,
    date: "2026-06-18",
    points: [{ onderwerp: "Reserve jeugdzorg", verwijzing: "Programma 3", tekst: "Bouw de reserve jeugdzorg af." }],
  });
  for (const slug of ["almere", "lelystad", "noordoostpolder", "urk"])
    await run(griffier(slug), submitBegrotingZienswijze, {
      soort: "geen",
      procedureId: y27,
      participantId: participants[slug].id,
      date: "2026-06-25",
    });
  await run(SECRETARIAAT_USER, answerBegrotingZienswijze, {
    procedureId: y27,
    participantId: participants.dronten.id,
    date: "2026-07-01",
    motivering: "De reserve wordt in 2027 met de helft verlaagd.",
  });
  await run(SECRETARIAAT_USER, recordBegrotingStep, {
    step: "begroting_vastgesteld",
    procedureId: y27,
    date: "2026-07-27",
  });
  saved.gs = await run(SECRETARIAAT_USER, recordBegrotingStep, {
    step: "naar_gs_verzonden",
    procedureId: y27,
    date: "2026-08-20",
  });

  // 2028: kaders sent and a planning with a planned aanbieding; Almere has a raad meeting in the window.
  const y28 = await start(2028);
  await run(SECRETARIAAT_USER, recordBegrotingStep, { step: "kaders_verzonden", procedureId: y28, date: "2027-04-15" });
  await run(SECRETARIAAT_USER, setBegrotingPlanning, {
    procedureId: y28,
    ontwerpOp: "2027-04-20",
    aanbiedingOp: "2027-07-13",
    vaststellingOp: "2027-07-13",
  });
  const body = await db.prisma.body.findFirstOrThrow({
    where: { kind: "RAAD", gemeenteId: participants.almere.gemeenteId },
  });
  await db.prisma.meeting.create({ data: { bodyId: body.id, kind: "RAAD", date: new Date("2027-06-24T00:00:00Z") } });

  // 2029: only planned (in voorbereiding), with its own planning: it must not displace 2028.
  const y29 = await start(2029);
  await run(SECRETARIAAT_USER, setBegrotingPlanning, {
    procedureId: y29,
    ontwerpOp: "2028-04-18",
    aanbiedingOp: "2028-07-11",
  });
});
afterAll(async () => db?.close());

describe("warnings after a save", () => {
  it("name only what that step produced; the cycle keeps them all", async () => {
    const kaders = "Kaders later dan 2026-04-30 naar de raden verzonden (Wgr art. 34b).";
    const gs = "Later dan twee weken na vaststelling verzonden aan GS (Wgr art. 34 lid 2).";
    expect(saved.kaders).toMatchObject({ waarschuwingen: [kaders] });
    expect(saved.ontwerp).toMatchObject({ waarschuwingen: [] });
    expect(saved.gs).toMatchObject({ waarschuwingen: [gs] });
    const data = await loadPublicBegrotingen(db.prisma, regelingId);
    expect(data.past[0].warnings).toEqual([kaders, gs]);
  });
});

describe("public regeling page: current cycle, other years and the planning", () => {
  it("shows 2028 (started) and not the planned 2029; 2027 as a past year; 2028's planning", async () => {
    const [data, n] = await countStatements((p) => loadPublicBegrotingen(p, regelingId));
    // Cycles with zienswijzen and points, the participants' gemeenten, the raad meetings of the planning's window.
    expect(n).toBe(3);
    expect(data.current).toMatchObject({ jaar: 2028, status: "kaders_verzonden" });
    expect(data.past.map((c) => c.jaar)).toEqual([2027]);
    expect(data.later.map((c) => c.jaar)).toEqual([2029]);
    const dronten = must(
      data.past[0].raden.find((r) => r.naam === "Dronten"),
      "dronten",
    );
    expect(dronten).toMatchObject({
      status: "beantwoord",
      zienswijze: { besluitdatum: "2026-06-18", points: [{ nummer: 1, verwijzing: "Programma 3" }] },
      antwoord: { datum: "2026-07-01" },
    });
    expect(data.past[0].raden.filter((r) => r.status === "geen_zienswijze")).toHaveLength(4);
    expect(data.planning?.jaar).toBe(2028);
    expect(data.planning?.planning).toMatchObject({ ontwerpSentOn: "2027-04-20", aanbiedingOn: "2027-07-13" });
    const [item] = must(data.planning, "planning").items;
    expect(item.lastDay).toBe("2027-07-12");
    expect(item.raden.map((r) => r.naam)).toEqual(["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk"]);
    expect(item.raden.find((r) => r.naam === "Almere")?.feasibility).toMatchObject({
      kind: "haalbaar",
      meeting: { date: "2027-06-24" },
    });
  });

  it("gemeente section: the current cycle for this raad, with the planned last day until the ontwerp arrives", async () => {
    const [rows, n] = await countStatements((p) => loadGemeenteBegrotingen(p, participants.almere.gemeenteId));
    expect(n).toBe(1);
    const own = await db.prisma.participant.findMany({
      where: { gemeenteId: participants.almere.gemeenteId },
      select: { regeling: { select: { slug: true } } },
    });
    expect(rows.map((r) => r.regeling.slug).sort()).toEqual(own.map((p) => p.regeling.slug).sort());
    expect(rows.find((r) => r.regeling.slug === REGELING)?.cycle).toEqual({
      jaar: 2028,
      statusLabel: "Kaders en voorlopige jaarrekening naar de raden",
      raadStatus: "nog_niet_ontvangen",
      raadStatusLabel: "Nog niet ontvangen",
      zienswijzeUiterlijk: "2027-07-12",
      gepland: true,
    });
    const others = rows.filter((r) => r.regeling.slug !== REGELING);
    expect(others.every((r) => r.cycle === null)).toBe(true);
  });

  it("once the ontwerp is sent the open zienswijze is current, with the raad's own window and its stand", async () => {
    await run(SECRETARIAAT_USER, recordBegrotingStep, {
      step: "ontwerp_verzonden",
      procedureId: cycleIds[2028],
      date: "2027-04-20",
      aanbiedingOp: "2027-07-13",
    });
    await run(griffier("urk"), submitBegrotingZienswijze, {
      soort: "geen",
      procedureId: cycleIds[2028],
      participantId: participants.urk.id,
      date: "2027-06-30",
    });
    const data = await loadPublicBegrotingen(db.prisma, regelingId);
    expect(data.current).toMatchObject({ jaar: 2028, status: "ontwerp_verzonden" });
    const rows = await loadGemeenteBegrotingen(db.prisma, participants.almere.gemeenteId);
    expect(rows.find((r) => r.regeling.slug === REGELING)?.cycle).toMatchObject({
      raadStatus: "ontvangen",
      zienswijzeUiterlijk: "2027-07-12",
      gepland: false,
    });
    const urk = await loadGemeenteBegrotingen(db.prisma, participants.urk.gemeenteId);
    expect(urk.find((r) => r.regeling.slug === REGELING)?.cycle).toMatchObject({
      raadStatus: "geen_zienswijze",
      zienswijzeUiterlijk: "2027-07-12",
    });
  });
  it("the gemeente section reads only the raad's own entry of each cycle, with the same result as the whole state", async () => {
    // Reference: every participation's cycles read whole through Prisma, the current one picked by the domain, this
    // raad's entry taken in JavaScript (the implementation before issue 18's narrowing, docs/performance.md).
    const gemeenten = await db.prisma.gemeente.findMany({ select: { id: true, slug: true } });
    for (const g of gemeenten) {
      const participations = await db.prisma.participant.findMany({
        where: { gemeenteId: g.id },
        select: {
          id: true,
          regeling: {
            select: {
              slug: true,
              procedures: {
                where: { kind: "BEGROTING_ZIENSWIJZE" },
                select: { regional: true },
                orderBy: [{ jaar: "desc" }, { titel: "asc" }],
              },
            },
          },
        },
      });
      const expected = participations.map(({ id, regeling }) => {
        const states = regeling.procedures.map((p) => p.regional as unknown as BegrotingState);
        const current = states[currentCycleIndex(states.map((s) => ({ jaar: s.year, status: s.status })))];
        const raad = current?.raden[id];
        return {
          slug: regeling.slug,
          geenPartij: !!current && !raad,
          jaar: raad ? current.year : null,
          raadStatus: raad?.status ?? null,
          deadlineEnd: raad?.deadline?.end ?? null,
        };
      });
      const rows = await loadGemeenteBegrotingen(db.prisma, g.id);
      const actual = rows.map((r) => ({
        slug: r.regeling.slug,
        geenPartij: r.geenPartij,
        jaar: r.cycle?.jaar ?? null,
        raadStatus: r.cycle?.raadStatus ?? null,
        deadlineEnd: r.cycle && !r.cycle.gepland ? r.cycle.zienswijzeUiterlijk : null,
      }));
      const bySlug = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
      expect(actual.sort(bySlug), g.slug).toEqual(expected.sort(bySlug));
    }
    // The seeded regio has a raad in the regeling with cycles (the data is not empty) and one that is not party.
    const all = (await Promise.all(gemeenten.map((g) => loadGemeenteBegrotingen(db.prisma, g.id)))).flat();
    expect(all.some((r) => r.cycle !== null)).toBe(true);
    expect(all.some((r) => r.geenPartij)).toBe(true);
  });
});

describe("API: GET /api/v1/gemeenten/{slug}/begrotingscycli (real HTTP)", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: "urn:gr-volg:openapi", components: openApiDocument.components }, "oa");
  const schema = (name: string) => must(ajv.getSchema(`urn:gr-volg:openapi#/components/schemas/${name}`), name);
  let server: Awaited<ReturnType<typeof startPublicApiServer>>;
  beforeAll(async () => {
    (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
    server = await startPublicApiServer((file) => PUBLIC_ROUTE_MODULES[file]());
  });
  afterAll(async () => server?.close());
  const call = (path: string, init: RequestInit = {}) => fetch(`${server.url}/api/v1${path}`, init);

  it("answers per regeling every cycle with only this gemeente's raad; one statement", async () => {
    const [, n] = await countStatements((p) => loadGemeenteBegrotingCycli(p, "dronten"));
    expect(n).toBe(1);
    expect(openApiDocument.paths["/gemeenten/{slug}/begrotingscycli"].get.responses["200"]).toBeTruthy();
    const res = await call("/gemeenten/dronten/begrotingscycli");
    expect(res.status).toBe(200);
    expect(res.headers.get("api-version")).toBe(API_VERSION);
    const body = await res.json();
    const check = schema("GemeenteBegrotingscycli");
    expect(check(body), JSON.stringify(check.errors)).toBe(true);
    expect(body._links.self.href).toBe("/api/v1/gemeenten/dronten/begrotingscycli");
    const gr = body.items.find((i: { regeling: string }) => i.regeling === REGELING);
    expect(gr.cycli.map((c: { jaar: number }) => c.jaar)).toEqual([2029, 2028, 2027]);
    expect(gr.cycli[2]).toMatchObject({
      stand: "naar_gs_verzonden",
      raad: {
        stand: "beantwoord",
        zienswijzeUiterlijk: "2026-07-26",
        zienswijze: { besluitdatum: "2026-06-18", punten: [{ nummer: 1, onderwerp: "Reserve jeugdzorg" }] },
        antwoord: { datum: "2026-07-01", motivering: "De reserve wordt in 2027 met de helft verlaagd." },
      },
    });
    expect(gr.cycli[1].raad).toMatchObject({ stand: "ontvangen", zienswijze: null, antwoord: null });

    // Urk's answer has nothing of Dronten's zienswijze: only the own raad.
    const urk = await (await call("/gemeenten/urk/begrotingscycli")).json();
    expect(JSON.stringify(urk)).not.toContain("Reserve jeugdzorg");
    const urkGr = urk.items.find((i: { regeling: string }) => i.regeling === REGELING);
    expect(urkGr.cycli[1].raad).toMatchObject({ stand: "geen_zienswijze" });

    const etag = must(res.headers.get("etag"), "etag");
    expect((await call("/gemeenten/dronten/begrotingscycli", { headers: { "If-None-Match": etag } })).status).toBe(304);
  });

  it("is a problem+json 404 for an unknown gemeente and 405 for a write", async () => {
    const missing = await call("/gemeenten/bestaat-niet/begrotingscycli");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
    expect(schema("Problem")((await missing.json()) as object)).toBe(true);
    expect((await call("/gemeenten/dronten/begrotingscycli", { method: "POST" })).status).toBe(405);
  });
});
