import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDb } from "./helpers/test-db";
import { seedFlevoland } from "@/lib/services/seed";
import { scenario } from "@/lib/scenario";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import * as raadCommands from "@/lib/services/griffie/raadsbesluiten";
import { byRunner } from "./helpers/by-runner";
import { recordRegionalStep } from "@/lib/services/secretariaat/regional-steps";
import { runCommand } from "@/lib/commands";
import { deriveRegelingState } from "@/lib/domain";
import type { GriffieUser } from "@/lib/services/griffie/common";
import { griffier } from "./griffie/helpers";
import { must } from "./helpers/must";

const registreerAgendering = byRunner(raadCommands.recordAgendering);
const registreerOntvangst = byRunner(raadCommands.recordOntvangst);
/**
 * Issue 13 point 4: the optimistic version is kept per track (and for the regional steps), so one
 * gemeente's registration does not make the open forms of the other gemeenten stale; two writes on
 * the SAME track still conflict (exactly one wins); a regional step is checked against the
 * regional version and evaluated on a consistent snapshot of all tracks (row lock).
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
const slugs: string[] = [];
const p: Record<string, string> = {};
const u: Record<string, GriffieUser> = {};
const secretariaat = { id: "u-secr", role: "SECRETARIAAT", gemeenteId: null } as const;
const CONFLICT = /Iemand anders heeft deze procedure net gewijzigd/;

const trackVersion = async (participantId: string) =>
  String(
    (
      await db.prisma.track.findUniqueOrThrow({
        where: { procedureId_participantId_kind: { procedureId, participantId, kind: "RAAD" } },
      })
    ).version,
  );
const regionalVersion = async () =>
  (await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } })).version;
const ontvangst = (g: string, expectedVersion: string) =>
  registreerOntvangst(db.prisma, u[g], {
    procedureId,
    participantId: p[g],
    expectedVersion,
    stap: "ontwerp",
    ontvangenOp: "2026-05-12",
  });

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  const gr = await scenario(db.prisma).regeling("gr-sociaal-domein-flevoland").through("zienswijzeprocedure_geopend");
  procedureId = gr.procedureId;
  // Only the parties to the regeling have tracks (Zeewolde's addendum makes it none: issue 20 point 3).
  const state = must(await loadGrProcedure(db.prisma, procedureId), "loadGrProcedure(…)").state;
  for (const [slug, participantId] of Object.entries(gr.participants)) {
    if (!state.raadTracks[participantId]) continue;
    p[slug] = participantId;
    slugs.push(slug);
    u[slug] = await griffier(db.prisma, slug);
  }
  expect(slugs.length).toBeGreaterThanOrEqual(5);
});
afterAll(async () => db?.close());

describe("concurrency per participant", () => {
  it("a form loaded before another gemeente's registration is not stale (gemeente B after A)", async () => {
    const [a, b] = slugs;
    const formB = await trackVersion(p[b]); // B opens the page
    const formA = await trackVersion(p[a]);
    expect(await ontvangst(a, formA)).toEqual({ ok: true }); // A registers first
    expect(await ontvangst(b, formB)).toEqual({ ok: true }); // B's form still holds
    expect(await trackVersion(p[a])).toBe("1");
    expect(await trackVersion(p[b])).toBe("1");
  });

  it("gemeenten registering at the same moment all succeed; the regional version is untouched", async () => {
    const rest = slugs.slice(2, -1); // all but the first two and the last (kept for the race below)
    const regionalBefore = await regionalVersion();
    const forms = await Promise.all(rest.map((g) => trackVersion(p[g])));
    const results = await Promise.all(rest.map((g, i) => ontvangst(g, forms[i])));
    expect(results).toEqual(rest.map(() => ({ ok: true })));
    expect(await regionalVersion()).toBe(regionalBefore);
    // The cached derived state equals the state derived from all tracks as they are now.
    const loaded = must(await loadGrProcedure(db.prisma, procedureId), "loadGrProcedure(…)");
    const row = await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    expect(row.derivedState).toBe(deriveRegelingState(loaded.state));
    for (const g of rest) expect(loaded.state.raadTracks[p[g]].status).toBe("ontvangen");
  });

  it("two writes on the same track: exactly one wins, the other gets the Dutch conflict message and writes nothing", async () => {
    const g = slugs[0];
    const form = await trackVersion(p[g]);
    const auditBefore = await db.prisma.auditEvent.count();
    const agendering = (raadDatum: string) =>
      registreerAgendering(db.prisma, u[g], {
        procedureId,
        participantId: p[g],
        expectedVersion: form,
        stap: "zienswijze",
        commissieDatum: "",
        raadDatum,
      });
    const results = await Promise.all([agendering("2026-06-25"), agendering("2026-06-26")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok);
    expect(lost && !lost.ok && lost.message).toMatch(CONFLICT);
    expect(await db.prisma.auditEvent.count()).toBe(auditBefore + 1);
    expect(await trackVersion(p[g])).toBe(String(Number(form) + 1));
    // A stale form on the same track (sequentially) is refused too.
    const stale = await agendering("2026-06-27");
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.message).toMatch(CONFLICT);
  });

  it("a regional step with a stale regional version is a conflict; with the current one it is evaluated on all tracks", async () => {
    const now = new Date("2026-11-24T10:00:00Z");
    const current = await regionalVersion();
    const before = await db.prisma.auditEvent.count();
    const stale = await runCommand(
      db.prisma,
      secretariaat,
      recordRegionalStep,
      { procedureId, step: "zienswijzeprocedure_gesloten", date: "2026-08-01" },
      { expectedVersion: current - 1, now },
    );
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/^Iemand anders heeft/) });
    if (!stale.ok) expect(stale.message).toMatch(CONFLICT);
    expect(await db.prisma.auditEvent.count()).toBe(before);

    // The last gemeente registers while the secretariat closes the zienswijzeprocedure with a form
    // that is still current. Whatever the order under the lock, the guard over all tracks holds:
    // the procedure is never closed while a raad has not received the ontwerp.
    const last = slugs[slugs.length - 1];
    const [close, reg] = await Promise.all([
      runCommand(
        db.prisma,
        secretariaat,
        recordRegionalStep,
        { procedureId, step: "zienswijzeprocedure_gesloten", date: "2026-08-01" },
        { expectedVersion: current, now },
      ),
      ontvangst(last, await trackVersion(p[last])),
    ]);
    expect(reg).toEqual({ ok: true });
    const loaded = must(await loadGrProcedure(db.prisma, procedureId), "loadGrProcedure(…)");
    if (close.ok) {
      expect(loaded.state.regional.status).not.toBe("zienswijzeprocedure_geopend");
      expect(Object.values(loaded.state.raadTracks).every((t) => t.status !== "nog_niet_ontvangen")).toBe(true);
    } else {
      expect(close.message).toMatch(/ontwerp nog niet ontvangen/);
      expect(loaded.state.regional.status).toBe("zienswijzeprocedure_geopend");
    }
    const row = await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    expect(row.derivedState).toBe(deriveRegelingState(loaded.state));
  });
});
