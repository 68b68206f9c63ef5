import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRETARIAAT_USER as secretariaat, openGrScenario, toestemmingByUrk } from "./helpers/gr-scenario";
import { testContext } from "./authz/fixture";
import { recordCollegeStep } from "@/lib/services/college-steps";
import { recordOntwerpVerzonden, recordRaadsledenoverleg } from "@/lib/services/secretariaat/records";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";
import { actionHandlers, UNREADABLE } from "@/lib/actions/handlers";
import { runCommand } from "@/lib/commands";

let db: Awaited<ReturnType<typeof openGrScenario>>["db"];
let procedureId: string;
let ids: Record<string, string>;
let gemeenteIds: Record<string, string>;
const now = new Date("2026-11-20T10:00:00Z");

beforeAll(async () => {
  const { db: opened, gr } = await openGrScenario(now, toestemmingByUrk);
  [db, procedureId, ids, gemeenteIds] = [opened, gr.procedureId, gr.participants, gr.gemeenten];
});
afterAll(async () => db?.close());

/** Everything a refused command must leave as it was. */
async function snapshot() {
  const [procedure, tracks, besluiten, audit] = await Promise.all([
    db.prisma.procedure.findUniqueOrThrow({ where: { id: procedureId }, select: { regional: true, version: true } }),
    db.prisma.track.findMany({
      where: { procedureId },
      select: { id: true, data: true, version: true },
      orderBy: { id: "asc" },
    }),
    db.prisma.besluit.count(),
    db.prisma.auditEvent.count(),
  ]);
  return { procedure, tracks, besluiten, audit };
}
const regional = async () => (await loadGrProcedure(db.prisma, procedureId))?.state.regional;
const regionalVersion = async () => (await loadGrProcedure(db.prisma, procedureId))?.version ?? -1;
const lastAudit = () => db.prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });

describe("ontwerp sent to the raden (Wgr art. 1 lid 2–3)", () => {
  const send = async (participantIds: unknown, date: string, user: unknown = secretariaat) =>
    runCommand(
      db.prisma,
      user as never,
      recordOntwerpVerzonden,
      { procedureId, participantIds, date },
      {
        now,
        expectedVersion: await regionalVersion(),
      },
    );

  it("refuses bad input, a date after the raad's receipt and another role, changing nothing", async () => {
    const before = await snapshot();
    const empty = await send([], "2026-03-15");
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.fieldErrors?.participantIds).toBe("Kies ten minste één raad.");
    expect((await send("alle", "2026-02-30")).ok).toBe(false);
    const late = await send("alle", "2026-03-17");
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.message).toMatch(/ontving het ontwerp al op 2026-03-16/);
    const griffier = { id: "u-griffier", role: "GRIFFIER" as const, gemeenteId: gemeenteIds.urk };
    expect((await send("alle", "2026-03-15", griffier)).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("records one raad, then all the others in one action, each audited", async () => {
    expect(await send(ids.urk, "2026-03-15")).toMatchObject({ ok: true });
    expect((await regional())?.ontwerpVerzonden).toEqual({ [ids.urk]: "2026-03-15" });
    expect((await lastAudit()).type).toBe("ontwerp_verzonden");
    expect(await send("alle", "2026-03-16")).toMatchObject({ ok: true });
    const sent = (await regional())?.ontwerpVerzonden ?? {};
    expect(sent[ids.urk]).toBe("2026-03-15");
    expect(sent[ids.almere]).toBe("2026-03-16");
    expect(Object.keys(sent).length).toBeGreaterThanOrEqual(5);
    const again = await send("alle", "2026-03-16");
    expect(again).toEqual({ ok: false, message: "Voor alle raden is de verzending van het ontwerp al geregistreerd." });
  });
});

describe("regional raadsledenoverleg (klankbord)", () => {
  const hold = async (input: Record<string, unknown>) =>
    runCommand(
      db.prisma,
      secretariaat,
      recordRaadsledenoverleg,
      { procedureId, ...input },
      {
        now,
        expectedVersion: await regionalVersion(),
      },
    );

  it("refuses missing notes and a date before the concept, changing nothing", async () => {
    const before = await snapshot();
    const noNotes = await hold({ date: "2026-04-02", notes: "  " });
    expect(noNotes.ok).toBe(false);
    if (!noNotes.ok) expect(noNotes.fieldErrors?.notes).toBe("Vul de aantekeningen in.");
    const early = await hold({ date: "2026-02-01", notes: "Te vroeg" });
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.message).toMatch(/vóór het opstellen van het concept/);
    expect(await snapshot()).toEqual(before);
  });

  it("records date and notes, audited", async () => {
    expect(await hold({ date: "2026-04-02", notes: "Vragen over sturing door de raden." })).toMatchObject({ ok: true });
    expect((await regional())?.raadsledenoverleggen).toEqual([
      { heldOn: "2026-04-02", notes: "Vragen over sturing door de raden." },
    ]);
    const audit = await lastAudit();
    expect(audit.type).toBe("raadsledenoverleg_gehouden");
    expect(audit.subjectId).toBe(procedureId);
  });

  it("the form's door: FormData without the version is unreadable, a stale version conflicts, nothing written", async () => {
    const fd = (version?: number) => {
      const f = new FormData();
      f.set("invoer", JSON.stringify({ procedureId, date: "2026-04-09", notes: "Tweede overleg." }));
      if (version !== undefined) f.set("expectedVersion", String(version));
      return f;
    };
    const ctx = testContext(db.prisma, secretariaat);
    const before = await snapshot();
    expect(await actionHandlers.raadsledenoverlegAction(ctx, fd())).toEqual({ ok: false, message: UNREADABLE });
    const stale = await actionHandlers.raadsledenoverlegAction(ctx, fd((await regionalVersion()) - 1));
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.message).toMatch(/net gewijzigd/);
    expect(await snapshot()).toEqual(before);
    expect(ctx.revalidated).toEqual([]);
    expect(await actionHandlers.raadsledenoverlegAction(ctx, fd(await regionalVersion()))).toMatchObject({ ok: true });
    expect((await regional())?.raadsledenoverleggen).toHaveLength(2);
  });
});

describe("voorgenomen collegebesluit (Wgr art. 1 lid 2)", () => {
  const voornemen = (participant: string, date: string, user: unknown) =>
    runCommand(
      db.prisma,
      user as never,
      recordCollegeStep,
      { step: "voorgenomen_besluit_genomen", procedureId, participantId: ids[participant], date, besluitnummer: "B-1" },
      { now },
    );
  const college = (slug: string) => ({
    id: `u-college-${slug}`,
    role: "COLLEGE" as const,
    gemeenteId: gemeenteIds[slug],
  });

  it("refuses another gemeente's college, a raad that already consented and a date before the version, changing nothing", async () => {
    const before = await snapshot();
    expect((await voornemen("almere", "2026-09-02", college("urk"))).ok).toBe(false);
    const consented = await voornemen("urk", "2026-09-02", college("urk"));
    expect(consented.ok).toBe(false);
    if (!consented.ok) expect(consented.message).toMatch(/al toestemming verleend/);
    const early = await voornemen("almere", "2026-06-01", college("almere"));
    expect(early.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("records the voornemen with the track, status unchanged, no Besluit row, audited", async () => {
    const besluiten = await db.prisma.besluit.count();
    expect(await voornemen("almere", "2026-09-02", college("almere"))).toMatchObject({ ok: true });
    const loaded = await loadGrProcedure(db.prisma, procedureId);
    const track = loaded?.state.collegeTracks[ids.almere];
    expect(track?.status).toBe("wacht_op_toestemming");
    expect(track?.voorgenomenBesluit).toMatchObject({ decidedOn: "2026-09-02", besluitnummer: "B-1", body: "college" });
    expect(await db.prisma.besluit.count()).toBe(besluiten);
    const audit = await lastAudit();
    expect(audit.type).toBe("voorgenomen_besluit_genomen");
    expect(audit.gemeenteId).toBe(gemeenteIds.almere);
  });
});
