import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { openTestDb } from "./helpers/test-db";
import { openSeededGr } from "./helpers/gr-scenario";
import { recordRegionalStep, availableRegionalSteps } from "@/lib/services/secretariaat/regional-steps";
import { runCommand } from "@/lib/commands";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import { must } from "./helpers/must";
import { actionHandlers } from "@/lib/actions/handlers";
import { fingerprint, testContext } from "./authz/fixture";

let db: Awaited<ReturnType<typeof openTestDb>>;
let procedureId: string;
let versionId: string;
let otherVersionId: string;
const secretariaat = { id: "u-secr", role: "SECRETARIAAT" as const, gemeenteId: null };
const now = new Date("2026-06-01T10:00:00Z");

beforeAll(async () => {
  ({ db, procedureId, versionId } = await openSeededGr());
  otherVersionId = (
    await db.prisma.documentVersion.findFirstOrThrow({ where: { document: { slug: "regiovisie-jeugd" } } })
  ).id;
});
afterAll(async () => db?.close());

const step = (input: Record<string, unknown>, user: unknown = secretariaat) =>
  runCommand(db.prisma, user as never, recordRegionalStep, { procedureId, ...input }, { now });

describe("secretariat procedure control", () => {
  it("offers only the steps the domain allows from the current state", async () => {
    const loaded = await loadGrProcedure(db.prisma, procedureId);
    expect(availableRegionalSteps(must(loaded, "loaded").state.regional.status)).toEqual(["concept_opgesteld"]);
  });

  it("records concept, BOSD akkoord (with its besluit) and opens the zienswijzeprocedure", async () => {
    expect(await step({ step: "concept_opgesteld", versionId, date: "2026-04-01" })).toMatchObject({ ok: true });
    expect(
      await step({ step: "bosd_akkoord", versionId, date: "2026-04-20", besluitnummer: "BOSD-2026-07" }),
    ).toMatchObject({ ok: true });
    expect(await step({ step: "zienswijzeprocedure_geopend", versionId, date: "2026-05-01" })).toMatchObject({
      ok: true,
    });
    const besluit = await db.prisma.besluit.findFirstOrThrow({
      where: { procedureId, type: "BOSD_AKKOORD" },
      include: { body: true },
    });
    expect(besluit.body.afkorting).toBe("BOSD");
    expect(besluit.besluitnummer).toBe("BOSD-2026-07");
    const proc = await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    expect(proc.derivedState).toBe("zienswijzeprocedure");
  });

  it("refuses a step the law does not allow yet, with the domain's Dutch reason, writing nothing", async () => {
    const before = await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    const audit = await db.prisma.auditEvent.count();
    const r = await step({ step: "zienswijzeprocedure_gesloten", date: "2026-05-20" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/nog open|nog niet/);
    const tooEarly = await step({ step: "inwerkingtreding_geregistreerd", date: "2026-05-20" });
    expect(tooEarly.ok).toBe(false);
    const after = await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    expect(after.version).toBe(before.version);
    expect(await db.prisma.auditEvent.count()).toBe(audit);
  });

  it("refuses bad input, a version of another document, other roles and stale versions", async () => {
    const cases: [Record<string, unknown>, unknown, RegExp][] = [
      [{ step: "onbekende_stap", date: "2026-05-20" }, secretariaat, /Controleer/],
      [{ step: "bekendmaking_geregistreerd", date: "2026-02-30" }, secretariaat, /Controleer/],
      [
        { step: "definitieve_versie_vastgesteld", versionId: otherVersionId, date: "2026-05-20" },
        secretariaat,
        /hoort niet bij/,
      ],
      [
        { step: "zienswijzeprocedure_gesloten", date: "2026-05-20" },
        { id: "g", role: "GRIFFIER", gemeenteId: "x" },
        /geen toestemming/,
      ],
      [{ step: "zienswijzeprocedure_gesloten", date: "2026-05-20" }, null, /ingelogd/],
    ];
    for (const [input, user, message] of cases) {
      const r = await step(input, user);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    }
    const stale = await runCommand(
      db.prisma,
      secretariaat,
      recordRegionalStep,
      { procedureId, step: "zienswijzeprocedure_gesloten", date: "2026-05-20" },
      { expectedVersion: 0, now },
    );
    expect(stale).toMatchObject({ ok: false, message: expect.stringMatching(/^Iemand anders heeft/) });
  });

  it("refuses a far-reaching step from a form without the confirmation, writing nothing (issue 16 point 5)", async () => {
    const { version } = await db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId } });
    const post = (input: Record<string, unknown>) => {
      const fd = new FormData();
      fd.set(
        "invoer",
        JSON.stringify({ procedureId, step: "zienswijzeprocedure_gesloten", date: "2026-05-20", ...input }),
      );
      fd.set("expectedVersion", String(version));
      return actionHandlers.regionalStepAction(testContext(db.prisma, secretariaat), fd);
    };
    const before = await fingerprint(db.prisma);
    for (const missing of [{}, { bevestigd: false }, { bevestigd: "true" }]) {
      const r = await post(missing);
      expect(r).toMatchObject({ ok: false, message: "Vink aan dat u de gevolgen van deze stap begrijpt." });
    }
    expect(await fingerprint(db.prisma)).toEqual(before);
    // With the box ticked the runner goes on to the domain (which has its own say); the API/CLI door, without a form,
    // is an explicit operator call and is not asked for it (the earlier tests ran this step without it).
    const confirmed = await post({ bevestigd: true });
    if (!confirmed.ok) expect(confirmed.message).not.toMatch(/Vink aan/);
    const api = await step({ step: "zienswijzeprocedure_gesloten", date: "2026-05-20" });
    if (!api.ok) expect(api.message).not.toMatch(/Vink aan/);
  });
});
