import { todayInNetherlands } from "@/lib/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPublicFixture, REGELING, type PublicFixture } from "./fixtures";
import { req, ctx } from "./http";
import { loadConsensusMatrix } from "@/lib/services/consensus";
import { forecastRegeling } from "@/lib/services/forecast";
import * as regelingen from "@/app/api/v1/regelingen/route";
import * as gemeenten from "@/app/api/v1/gemeenten/route";
import * as documenten from "@/app/api/v1/documenten/route";
import * as besluiten from "@/app/api/v1/besluiten/route";
import * as zienswijzen from "@/app/api/v1/zienswijzen/route";
import * as deadlines from "@/app/api/v1/deadlines/route";
import * as icsGemeente from "@/app/ics/gemeenten/[slug]/route";
import * as icsRegeling from "@/app/ics/regelingen/[slug]/route";
import * as begrotingscycli from "@/app/api/v1/regelingen/[slug]/begrotingscycli/route";
import { runCommand } from "@/lib/commands";
import { recordBegrotingStep, startBegrotingCycle, submitBegrotingZienswijze } from "@/lib/services/begroting/commands";
import { setBegrotingPlanning } from "@/lib/services/begroting/planning";
import * as gemeenteBegrotingen from "@/app/api/v1/gemeenten/[slug]/begrotingscycli/route";
import { loadGemeenteBegrotingen, loadPublicBegrotingen } from "@/lib/services/begroting/public";

/**
 * Database statements per page for the secretariat's consensus matrix, the API list endpoints
 * and the iCalendar feeds: a fixed number, whatever the number of participants, rows on the page
 * or rows in the database (no N+1). Counted at the Prisma client (model operations and raw SQL).
 */
let f: PublicFixture;
let ops = 0;
type Holder = { __grVolgDb?: Promise<unknown> };
beforeAll(async () => {
  f = await openPublicFixture();
  const counting = f.prisma.$extends({
    query: {
      $allOperations: async ({ args, query }) => {
        ops++;
        return query(args);
      },
    },
  });
  // Route handlers take the process-wide client: point it at the counting one.
  (globalThis as unknown as Holder).__grVolgDb = Promise.resolve({ ...f.db, prisma: counting });
});
afterAll(async () => f?.db.close());

async function count(fn: () => Promise<unknown>): Promise<number> {
  ops = 0;
  await fn();
  return ops;
}

const countingDb = () =>
  (globalThis as unknown as { __grVolgDb: Promise<{ prisma: typeof f.prisma }> }).__grVolgDb.then((d) => d.prisma);

describe("queries per page", () => {
  it("consensus matrix: four statements (participants, procedures with raad tracks, the forecast's tracks and calendars)", async () => {
    const db = await countingDb();
    const n = await count(() => loadConsensusMatrix(db, REGELING, todayInNetherlands()));
    expect(n).toBe(4);
    // Adding meetings and recesses changes the data, not the number of statements.
    const urk = await f.prisma.body.findFirstOrThrow({ where: { gemeente: { slug: "urk" }, kind: "RAAD" } });
    for (let i = 1; i <= 12; i++) {
      await f.prisma.meeting.create({
        data: { bodyId: urk.id, kind: "RAAD", date: new Date(Date.UTC(2031, i - 1, 3)), titel: `Extra ${i}` },
      });
    }
    await f.prisma.recess.create({
      data: {
        bodyId: urk.id,
        label: "Zomerreces",
        from: new Date("2031-07-10T00:00:00Z"),
        to: new Date("2031-08-20T00:00:00Z"),
      },
    });
    expect(await count(() => loadConsensusMatrix(db, REGELING, todayInNetherlands()))).toBe(n);
    expect(await count(() => forecastRegeling(db, REGELING, { today: todayInNetherlands() }))).toBe(4);
  });

  it("API lists: two statements per page (total and page), for any page size and filter", async () => {
    const cases: [string, { GET: (r: Request, c: never) => Promise<Response> }][] = [
      ["/api/v1/regelingen", regelingen],
      ["/api/v1/gemeenten", gemeenten],
      ["/api/v1/documenten", documenten],
      ["/api/v1/besluiten", besluiten],
      ["/api/v1/zienswijzen", zienswijzen],
      ["/api/v1/deadlines", deadlines],
    ];
    for (const [path, route] of cases) {
      for (const query of ["?pageSize=1", "?pageSize=100", "?page=2&pageSize=2"]) {
        let status = 0;
        const n = await count(async () => (status = (await route.GET(req(path + query), undefined as never)).status));
        expect(status, path + query).toBe(200);
        expect(n, path + query).toBe(2);
      }
    }
    for (const query of [
      `?regeling=${REGELING}`,
      "?gemeente=urk",
      `?regeling=${REGELING}&gemeente=urk`,
      "?regeling=bestaat-niet",
    ]) {
      expect(await count(() => besluiten.GET(req(`/api/v1/besluiten${query}`), undefined as never)), query).toBe(2);
      expect(await count(() => zienswijzen.GET(req(`/api/v1/zienswijzen${query}`), undefined as never)), query).toBe(2);
      expect(
        await count(() => deadlines.GET(req(`/api/v1/deadlines${query}&vanaf=2026-01-01`), undefined as never)),
        query,
      ).toBe(2);
    }
  });

  it("begroting (issue 17 point 5): one statement per gemeente section and API resource, at most three per regeling", async () => {
    // The gemeente's participations with their regelingen' cycles (and, for the API, only its own zienswijzen).
    expect(
      await count(() =>
        gemeenteBegrotingen.GET(req("/api/v1/gemeenten/urk/begrotingscycli"), ctx({ slug: "urk" }) as never),
      ),
    ).toBe(1);
    const prisma = await countingDb();
    const urk = await f.prisma.gemeente.findUniqueOrThrow({ where: { slug: "urk" } });
    expect(await count(() => loadGemeenteBegrotingen(prisma, urk.id))).toBe(1);
    // Cycles with zienswijzen and points, and the participants' gemeenten only when there is a cycle; the raad
    // meetings only for a planned aanbieding (tests/integration/begroting/begroting-public.test.ts: three).
    const regeling = await f.prisma.regeling.findUniqueOrThrow({ where: { slug: REGELING } });
    expect(await count(() => loadPublicBegrotingen(prisma, regeling.id))).toBeLessThanOrEqual(3);
  });

  it("iCalendar feeds: four statements for a gemeente, six for a regeling", async () => {
    expect(await count(() => icsGemeente.GET(req("/ics/gemeenten/urk.ics"), ctx({ slug: "urk.ics" }) as never))).toBe(
      4,
    );
    expect(
      await count(() =>
        icsRegeling.GET(req(`/ics/regelingen/${REGELING}.ics`), ctx({ slug: `${REGELING}.ics` }) as never),
      ),
    ).toBe(6);
  });

  it("begroting cycles: the API and the regeling page read a fixed number of statements, whatever the number of years", async () => {
    const db = await countingDb();
    const regeling = await f.prisma.regeling.findUniqueOrThrow({
      where: { slug: REGELING },
      select: { id: true, participants: { select: { id: true, gemeenteId: true }, take: 1 } },
    });
    const secretariaat = { id: "u-secr", role: "SECRETARIAAT" as const, gemeenteId: null };
    const must = (r: { ok: boolean; message?: string }) => {
      if (!r.ok) throw new Error(r.message);
      return r as unknown as { procedureId: string };
    };
    // A cycle as the scale dataset has them: a planning, the ontwerp out, one raad's zienswijze in points.
    const addCycle = async (jaar: number) => {
      const { procedureId } = must(
        await runCommand(f.prisma, secretariaat, startBegrotingCycle, { regelingId: regeling.id, jaar }),
      );
      const planning = {
        procedureId,
        kadersOp: "2026-04-10",
        aanbiedingOp: "2026-09-01",
        vaststellingOp: "2026-09-01",
      };
      must(await runCommand(f.prisma, secretariaat, setBegrotingPlanning, planning));
      const sent = { procedureId, step: "ontwerp_verzonden", date: "2026-06-01", aanbiedingOp: "2026-09-01" };
      must(await runCommand(f.prisma, secretariaat, recordBegrotingStep, sent));
      const [p] = regeling.participants;
      const griffier = { id: "u-griffier", role: "GRIFFIER" as const, gemeenteId: p.gemeenteId };
      const points = [{ onderwerp: "Programma 1", verwijzing: "blz. 3", tekst: "Punt" }];
      const zienswijze = { procedureId, participantId: p.id, soort: "zienswijze", date: "2026-07-01", points };
      must(await runCommand(f.prisma, griffier, submitBegrotingZienswijze, zienswijze));
    };
    const api = async () => {
      const path = `/api/v1/regelingen/${REGELING}/begrotingscycli`;
      const res = await begrotingscycli.GET(req(path), ctx({ slug: REGELING }) as never);
      expect(res.status).toBe(200);
    };
    await addCycle(2031);
    const first = [await count(api), await count(() => loadPublicBegrotingen(db, regeling.id))];
    for (const jaar of [2032, 2033, 2034, 2035]) await addCycle(jaar);
    // The regeling, its cycles with their zienswijzen, their raden; the plannings, their raden and raad meetings.
    expect(first).toEqual([6, 3]);
    expect([await count(api), await count(() => loadPublicBegrotingen(db, regeling.id))]).toEqual(first);
    // The bounded page's read (no zienswijzen) is no more statements than the complete one.
    expect(await count(() => loadPublicBegrotingen(db, regeling.id, { summary: true }))).toBe(first[1]);
  });
});
