import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECRETARIAAT_USER, openGrScenario, toestemmingByUrk } from "./helpers/gr-scenario";
import { isPostgres } from "./helpers/test-db";
import { startTestSmtp } from "./helpers/smtp";
import { runCommand } from "@/lib/commands";
import { openDb } from "@/lib/db/client";
import { runDueJobs } from "@/lib/jobs";
import { plannedInForceOf } from "@/lib/read-models/planned-steps";
import { createMailer } from "@/lib/mail/transport";
import { movePlannedStep, planStep, realizeDuePlannedSteps, withdrawPlannedStep } from "@/lib/services/planned-steps";
import { recordRegionalStep } from "@/lib/services/secretariaat/regional-steps";
import { todayInNetherlands } from "@/lib/domain";
import type { GrScenario } from "@/lib/scenario";
import { recordCollegeStep } from "@/lib/services/college-steps";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";

let opened: Awaited<ReturnType<typeof openGrScenario>>;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
const december = new Date("2026-12-10T10:00:00Z");
const newYear = new Date("2027-01-01T08:00:00Z"); // 09:00 in the Netherlands

/** Every full participant's raad consents and its college signs: the bekendmaking can be registered. */
async function allSigned(gr: GrScenario) {
  await toestemmingByUrk(gr);
  const full = await gr.db.participant.findMany({
    where: { regelingId: gr.regelingId, scope: "FULL" },
    select: { id: true },
  });
  const fullIds = new Set(full.map((p) => p.id));
  for (const [slug, participantId] of Object.entries(gr.participants)) {
    if (!fullIds.has(participantId)) continue;
    if (slug !== "urk") {
      await gr.ontvangen(slug, "2026-09-02", "toestemmingsvoorstel");
      await gr.agenderen(slug, "2026-10-15");
      await gr.toestemmingVerleend(slug, "2026-10-15");
    }
    for (const [step, date] of [
      ["collegebesluit_genomen", "2026-10-20"],
      ["ondertekend", "2026-11-02"],
    ]) {
      const res = await runCommand(
        gr.db,
        SECRETARIAAT_USER,
        recordCollegeStep,
        { procedureId: gr.procedureId, participantId, step, date },
        { now: december },
      );
      if (!res.ok) throw new Error(`${slug} ${step}: ${res.message}`);
    }
  }
}

beforeAll(async () => {
  opened = await openGrScenario(december, allSigned);
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp?.close();
  await opened?.db.close();
});

const db = () => opened.db.prisma;
const procedureId = () => opened.gr.procedureId;
const as = <C extends Parameters<typeof runCommand>[2]>(
  command: C,
  input: object,
  now = december,
  expectedVersion?: number,
) => runCommand(db(), SECRETARIAAT_USER, command, input, { now, expectedVersion });
const active = () => db().plannedStep.findFirstOrThrow({ where: { procedureId: procedureId(), status: "GEPLAND" } });
const auditCount = (type: string) => db().auditEvent.count({ where: { type } });
const regional = async () =>
  await db().procedure.findUniqueOrThrow({
    where: { id: procedureId() },
    select: { regional: true, derivedState: true },
  });

const run = (client = db(), now = newYear) => {
  const mailer = createMailer(smtp.config);
  return realizeDuePlannedSteps(client, {
    now,
    today: todayInNetherlands(now),
    mailer,
    appUrl: "https://gr-volg.example",
  }).finally(() => mailer.close());
};

describe("planned meetings (issue 15 point 2): on its day the meeting is held, its decision is not", () => {
  it("plans a raadsvergadering of Urk and a BOSD meeting, refuses a raad outside the procedure, moves and withdraws with a reason", async () => {
    const urk = opened.gr.participants.urk ?? "";
    const raad = await as(planStep, {
      procedureId: procedureId(),
      step: "raadsvergadering",
      participantId: urk,
      plannedOn: "2026-12-15",
      legalBasis: "Vergaderplanning gemeenteraad Urk 2026",
    });
    expect(raad.ok ? "ok" : raad.message).toBe("ok");
    const noRaad = await as(planStep, {
      procedureId: procedureId(),
      step: "raadsvergadering",
      plannedOn: "2026-12-15",
      legalBasis: "x",
    });
    expect(noRaad.ok ? {} : noRaad.fieldErrors).toHaveProperty("participantId");
    const bosd = await as(planStep, {
      procedureId: procedureId(),
      step: "bosd_vergadering",
      plannedOn: "2026-12-17",
      legalBasis: "Vergaderschema BOSD",
    });
    expect(bosd.ok ? "ok" : bosd.message).toBe("ok");
    const today = await as(planStep, {
      procedureId: procedureId(),
      step: "bosd_vergadering",
      plannedOn: "2026-12-10",
      legalBasis: "x",
    });
    expect(today.ok).toBe(false);

    const raadStep = await db().plannedStep.findFirstOrThrow({ where: { step: "raadsvergadering" } });
    expect(raadStep.participantId).toBe(urk);
    const moved = await as(movePlannedStep, {
      plannedStepId: raadStep.id,
      plannedOn: "2026-12-16",
      reason: "Raad verplaatst",
    });
    expect(moved).toMatchObject({ ok: true });
    const bosdStep = await db().plannedStep.findFirstOrThrow({ where: { step: "bosd_vergadering" } });
    expect(await as(withdrawPlannedStep, { plannedStepId: bosdStep.id, reason: "Van de agenda" })).toMatchObject({
      ok: true,
    });
  });

  it("records on its day that the raadsvergadering was held — the raad's track and decisions unchanged — and mails the secretariat", async () => {
    const urk = opened.gr.participants.urk ?? "";
    const before = await db().track.findFirst({
      where: { procedureId: procedureId(), participantId: urk, kind: "RAAD" },
    });
    const report = await run(db(), new Date("2026-12-16T09:00:00Z"));
    expect(report).toMatchObject({ due: 1, realized: 1, refused: 0 });
    const held = await db().auditEvent.findFirstOrThrow({ where: { type: "vergadering_gehouden" } });
    expect(held.payload).toMatchObject({ body: "raad", participantId: urk, heldOn: "2026-12-16" });
    const state = (await loadGrProcedure(db(), procedureId()))?.state;
    expect(state?.regional.vergaderingen).toEqual([{ body: "raad", participantId: urk, heldOn: "2026-12-16" }]);
    expect(
      await db().track.findFirst({ where: { procedureId: procedureId(), participantId: urk, kind: "RAAD" } }),
    ).toEqual(before);
    expect(await db().plannedStep.count({ where: { status: "GEPLAND" } })).toBe(0);
    expect(smtp.messages.some((m) => m.subject.startsWith("Raadsvergadering gehouden"))).toBe(true);
  });
});

describe("planned inwerkingtreding (issue 15)", () => {
  it("plans the in-force date named at the bekendmaking, while the fact itself stays refused until that day", async () => {
    const published = await as(recordRegionalStep, {
      step: "bekendmaking_geregistreerd",
      procedureId: procedureId(),
      date: "2026-12-10",
      reference: "Gemeenteblad 2026, 4711",
      plannedInForceOn: "2027-01-01",
    });
    expect(published.ok ? "ok" : published.message).toBe("ok");
    const step = await active();
    expect(step.plannedOn.toISOString().slice(0, 10)).toBe("2027-01-01");
    expect(step.legalBasis).toMatch(/Gemeenteblad 2026, 4711.*2027-01-01/);
    expect(await db().auditEvent.count({ where: { type: "stap_gepland", subjectId: step.id } })).toBe(1);
    expect(await plannedInForceOf(db(), opened.gr.regelingId)).toBe("2027-01-01");

    const fact = await as(recordRegionalStep, {
      step: "inwerkingtreding_geregistreerd",
      procedureId: procedureId(),
      date: "2027-01-01",
    });
    expect(fact.ok).toBe(false);
    if (!fact.ok) expect(fact.message).toMatch(/toekomst/);
  });

  it("refuses a second plan, and a date on the day of bekendmaking (Awb 3:40)", async () => {
    const again = await as(planStep, { procedureId: procedureId(), plannedOn: "2027-02-01", legalBasis: "x" });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.message).toMatch(/al gepland/);
  });

  it("moves the planned step with a reason (audited), refusing a stale version", async () => {
    const step = await active();
    const stale = await as(
      movePlannedStep,
      { plannedStepId: step.id, plannedOn: "2027-01-05", reason: "r" },
      december,
      step.version + 1,
    );
    expect(stale.ok).toBe(false);
    const moved = await as(
      movePlannedStep,
      { plannedStepId: step.id, plannedOn: "2027-01-05", reason: "Rectificatie in het Gemeenteblad" },
      december,
      step.version,
    );
    expect(moved).toMatchObject({ ok: true });
    expect((await active()).plannedOn.toISOString().slice(0, 10)).toBe("2027-01-05");
    const event = await db().auditEvent.findFirstOrThrow({
      where: { type: "geplande_stap_verplaatst", subjectId: step.id },
    });
    expect(event.reason).toBe("Rectificatie in het Gemeenteblad");
  });

  it("withdraws it with a reason; a withdrawn plan cannot be moved; the secretariat plans again", async () => {
    const step = await active();
    expect(await as(withdrawPlannedStep, { plannedStepId: step.id, reason: "Datum vervalt" })).toMatchObject({
      ok: true,
    });
    const late = await as(movePlannedStep, { plannedStepId: step.id, plannedOn: "2027-01-02", reason: "r" });
    expect(late.ok).toBe(false);
    expect(await db().auditEvent.count({ where: { type: "geplande_stap_ingetrokken", subjectId: step.id } })).toBe(1);
    const planned = await as(planStep, {
      procedureId: procedureId(),
      plannedOn: "2027-01-01",
      legalBasis: "Bekendmaking: treedt in werking met ingang van 1 januari 2027",
    });
    expect(planned).toMatchObject({ ok: true });
  });

  it("does nothing before the day", async () => {
    const report = await run(db(), new Date("2026-12-31T22:30:00Z")); // 23:30 on 31 December in the Netherlands
    expect(report).toMatchObject({ due: 0, realized: 0 });
    expect((await regional()).derivedState).not.toMatch(/in_werking/);
  });

  it("records the fact once on its day, from two instances at once, with one audit event and one mail per secretariat account", async () => {
    const second = isPostgres() ? await openDb(opened.db.url) : null;
    try {
      const reports = await Promise.all([run(db()), run(second?.prisma ?? db())]);
      expect(reports.reduce((n, r) => n + r.realized, 0)).toBe(1);
    } finally {
      await second?.close();
    }
    expect((await regional()).derivedState).toBe("in_werking");
    const fact = await db().auditEvent.findFirstOrThrow({ where: { type: "inwerkingtreding_geregistreerd" } });
    expect(fact.payload).toMatchObject({ effectiveOn: "2027-01-01" });
    expect(await auditCount("inwerkingtreding_geregistreerd")).toBe(1);
    const realized = await db().plannedStep.findFirstOrThrow({
      where: { status: "UITGEVOERD", step: "inwerkingtreding" },
    });
    expect(await db().auditEvent.count({ where: { type: "geplande_stap_uitgevoerd", subjectId: realized.id } })).toBe(
      1,
    );
    expect(await plannedInForceOf(db(), opened.gr.regelingId)).toBeNull();
    expect(realized.realizedAt).not.toBeNull();
    const mails = smtp.messages.filter((m) => m.subject.includes("Inwerkingtreding geregistreerd"));
    const secretariat = await db().user.findMany({
      where: { role: "SECRETARIAAT", actief: true },
      select: { email: true },
    });
    expect(secretariat.length).toBeGreaterThan(0);
    expect(mails.flatMap((m) => m.to).sort()).toEqual(secretariat.map((u) => u.email).sort());
  });

  it("runs again through the job list (gr-volg jobs run-due) without doubling anything", async () => {
    const before = smtp.messages.length;
    const results = await runDueJobs(db(), {
      now: newYear,
      env: { NODE_ENV: "test", SMTP_HOST: smtp.config.host, SMTP_PORT: String(smtp.config.port) },
      only: "geplande-stappen",
    });
    expect(results).toEqual([{ name: "geplande-stappen", ok: true, message: null }]);
    expect(smtp.messages.length).toBe(before);
    expect(await auditCount("inwerkingtreding_geregistreerd")).toBe(1);
  });
});
