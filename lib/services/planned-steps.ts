import type { z } from "zod";
import type { CommandSpec } from "@/lib/commands/define";
import {
  SYSTEM_SECRETARIAAT,
  ConflictError,
  Refusal,
  applyGrStep,
  defineCommand,
  runCommand,
  type Tx,
} from "@/lib/commands";
import type { Db } from "@/lib/db/client";
import {
  checkMovePlannedStep,
  checkPlanInwerkingtreding,
  checkPlanMeeting,
  checkWithdrawPlannedStep,
  isPlannedMeeting,
  isPlannedStepDue,
  isWithinScope,
  type IsoDate,
  type PlannedStepKind,
  type PlannedStepStatus,
  type RegionalEvent,
} from "@/lib/domain";
import { formatDutchDate } from "@/lib/presentation/dates";
import type { Mailer } from "@/lib/mail/transport";
import {
  changePlannedStepSchema,
  movePlannedStepSchema,
  planStepSchema,
  realizePlannedStepSchema,
  withdrawPlannedStepSchema,
} from "@/lib/validation/planned-step";
import { appendAudit } from "./audit";
import { loadGrProcedure } from "./gr-procedure-store";
import { claim } from "./reminders/send";

const dateOf = (d: Date): IsoDate => d.toISOString().slice(0, 10);
const dbDate = (d: IsoDate) => new Date(`${d}T00:00:00Z`);

/** The secretariat's commands on planned steps (also run by the job and the CLI as its system actor). */
function bySecretariaat<S extends z.ZodType, T extends object>(
  spec: Pick<CommandSpec<S, T, "person-or-system">, "name" | "input" | "run">,
) {
  return defineCommand({ ...spec, permission: "procedure.beheren", target: "regio", actors: "person-or-system" });
}

type Row = {
  id: string;
  procedureId: string;
  step: string;
  participantId: string | null;
  plannedOn: Date;
  status: string;
  version: number;
};

/** Locks the procedure row: planning, moving and the job's run on one procedure go one at a time. */
async function lockedPlanningContext(tx: Tx, procedureId: string, today: IsoDate) {
  await tx.$queryRaw`SELECT id FROM "Procedure" WHERE id = ${procedureId} FOR UPDATE`;
  const loaded = await loadGrProcedure(tx, procedureId);
  if (!loaded) throw new Refusal("Deze procedure bestaat niet of is geen GR-procedure.");
  const regional = loaded.state.regional;
  return {
    today,
    publishedOn: regional.bekendmaking?.publishedOn,
    inForceOn: regional.inwerkingtreding?.effectiveOn,
    state: loaded.state,
  };
}

async function lockedStep(tx: Tx, plannedStepId: string, expectedVersion?: number): Promise<Row> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT id, "procedureId", step, "participantId", "plannedOn", status, version FROM "PlannedStep" WHERE id = ${plannedStepId} FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new Refusal("Deze geplande stap bestaat niet (meer).");
  if (expectedVersion !== undefined && expectedVersion !== row.version) throw new ConflictError();
  return row;
}

const view = (row: Row) => ({
  status: row.status as PlannedStepStatus,
  plannedOn: dateOf(row.plannedOn),
  step: row.step as PlannedStepKind,
});

function auditOf(
  user: { id: string | null; role: string },
  type: "stap_gepland" | "geplande_stap_verplaatst" | "geplande_stap_ingetrokken" | "geplande_stap_uitgevoerd",
  row: { id: string; procedureId: string; step: string; participantId?: string | null },
  fromState: string | null,
  toState: string,
  payload: Record<string, unknown>,
  reason?: string,
) {
  return {
    type,
    actorId: user.id,
    actorRole: user.role,
    gemeenteId: null,
    subjectKind: "planned_step",
    subjectId: row.id,
    fromState,
    toState,
    payload: {
      procedureId: row.procedureId,
      step: row.step,
      ...(row.participantId ? { participantId: row.participantId } : {}),
      ...payload,
    },
    reason: reason ?? null,
  };
}

type PlanInput = {
  procedureId: string;
  step: PlannedStepKind;
  participantId?: string | undefined;
  plannedOn: IsoDate;
  legalBasis: string;
};

/** The domain's refusal of planning this step (lib/domain planned.ts), from the locked procedure. */
async function planRefusal(tx: Tx, today: IsoDate, data: PlanInput) {
  const ctx = await lockedPlanningContext(tx, data.procedureId, today);
  if (!isPlannedMeeting(data.step)) {
    const active = await tx.plannedStep.findFirst({
      where: { procedureId: data.procedureId, step: data.step, status: "GEPLAND" },
    });
    const planned = active ? { status: "GEPLAND" as const, plannedOn: dateOf(active.plannedOn) } : undefined;
    return checkPlanInwerkingtreding(data.plannedOn, { ...ctx, active: planned });
  }
  const participantId = data.step === "raadsvergadering" ? (data.participantId ?? null) : null;
  const duplicate = await tx.plannedStep.count({
    where: {
      procedureId: data.procedureId,
      step: data.step,
      participantId,
      plannedOn: dbDate(data.plannedOn),
      status: "GEPLAND",
    },
  });
  const participant = participantId ? ctx.state.participants.find((p) => p.id === participantId) : undefined;
  return checkPlanMeeting(data.step, data.plannedOn, {
    today,
    inForceOn: ctx.inForceOn,
    participantInScope: participant ? isWithinScope(participant, ctx.state.topics) : false,
    duplicate: duplicate > 0,
  });
}

/** Plans one step in the caller's transaction (the plan command, and the bekendmaking that names the date). */
export async function planInTx(tx: Tx, user: { id: string | null; role: string }, today: IsoDate, data: PlanInput) {
  const refusal = await planRefusal(tx, today, data);
  if (refusal)
    throw new Refusal(
      refusal.message,
      refusal.code === "buiten_reikwijdte" ? { participantId: refusal.message } : { plannedOn: refusal.message },
    );
  const participantId = data.step === "raadsvergadering" ? (data.participantId ?? null) : null;
  const row = await tx.plannedStep.create({
    data: {
      procedureId: data.procedureId,
      step: data.step,
      participantId,
      plannedOn: dbDate(data.plannedOn),
      legalBasis: data.legalBasis,
      createdById: user.id,
    },
  });
  const payload = { plannedOn: data.plannedOn, legalBasis: data.legalBasis };
  await appendAudit(tx, [auditOf(user, "stap_gepland", row, null, "GEPLAND", payload)]);
  return { id: row.id, version: row.version };
}

/** Issue 15: the secretariat plans the inwerkingtreding the bekendmaking names (Awb 3:40). */
export const planStep = bySecretariaat({
  name: "planStep",
  input: planStepSchema,
  run: ({ tx, data, user, today }) => planInTx(tx, user, today, data),
});

export const movePlannedStep = bySecretariaat({
  name: "movePlannedStep",
  input: movePlannedStepSchema,
  async run({ tx, data, user, today, expectedVersion }) {
    const before = await lockedStep(tx, data.plannedStepId, expectedVersion);
    const ctx = await lockedPlanningContext(tx, before.procedureId, today);
    const refusal = checkMovePlannedStep(view(before), data.plannedOn, ctx);
    if (refusal) throw new Refusal(refusal.message, { plannedOn: refusal.message });
    const row = await tx.plannedStep.update({
      where: { id: before.id },
      data: { plannedOn: dbDate(data.plannedOn), reason: data.reason, version: { increment: 1 }, lastError: null },
    });
    const previousOn = dateOf(before.plannedOn);
    await appendAudit(tx, [
      auditOf(
        user,
        "geplande_stap_verplaatst",
        row,
        previousOn,
        data.plannedOn,
        { plannedOn: data.plannedOn, previousOn, reason: data.reason },
        data.reason,
      ),
    ]);
    return { id: row.id, version: row.version };
  },
});

export const withdrawPlannedStep = bySecretariaat({
  name: "withdrawPlannedStep",
  input: withdrawPlannedStepSchema,
  async run({ tx, data, user, expectedVersion }) {
    const before = await lockedStep(tx, data.plannedStepId, expectedVersion);
    const refusal = checkWithdrawPlannedStep(view(before));
    if (refusal) throw new Refusal(refusal.message);
    const row = await tx.plannedStep.update({
      where: { id: before.id },
      data: { status: "INGETROKKEN", reason: data.reason, version: { increment: 1 } },
    });
    await appendAudit(tx, [
      auditOf(
        user,
        "geplande_stap_ingetrokken",
        row,
        "GEPLAND",
        "INGETROKKEN",
        { plannedOn: dateOf(before.plannedOn), reason: data.reason },
        data.reason,
      ),
    ]);
    return { id: row.id, version: row.version };
  },
});

/** The secretariat's form (one server action): plan, move or withdraw, by the same commands as the CLI. */
export const changePlannedStep = bySecretariaat({
  name: "changePlannedStep",
  input: changePlannedStepSchema,
  run(ctx): Promise<{ id: string; version: number }> {
    const { data } = ctx;
    if (data.change === "plannen") return planStep.run({ ...ctx, data });
    if (data.change === "verplaatsen") return movePlannedStep.run({ ...ctx, data });
    return withdrawPlannedStep.run({ ...ctx, data });
  },
});

/**
 * The job's command: on its day the planned inwerkingtreding becomes the fact, through the same GR
 * transition the secretariat would use (so the domain's own date checks still apply). The step row is
 * locked and must still be GEPLAND, so two instances running the job at once record it exactly once.
 */
export const realizePlannedStep = bySecretariaat({
  name: "realizePlannedStep",
  input: realizePlannedStepSchema,
  async run(ctx) {
    const { tx, data, user, today } = ctx;
    const before = await lockedStep(tx, data.plannedStepId);
    if (!isPlannedStepDue(view(before), today)) throw new Refusal("Deze stap is niet (meer) aan de beurt.");
    const plannedOn = dateOf(before.plannedOn);
    await applyGrStep(ctx, {
      procedureId: before.procedureId,
      command: { track: "regional", event: factOf(before, plannedOn) },
      actor: { userId: user.id, role: user.role, gemeenteId: null },
      // The job acts on the procedure as it is now, not on a version a form saw.
      expectedVersion: undefined,
    });
    const row = await tx.plannedStep.update({
      where: { id: before.id },
      data: { status: "UITGEVOERD", realizedAt: ctx.now, version: { increment: 1 }, lastError: null },
    });
    await appendAudit(tx, [auditOf(user, "geplande_stap_uitgevoerd", row, "GEPLAND", "UITGEVOERD", { plannedOn })]);
    return { id: row.id, procedureId: row.procedureId, plannedOn };
  },
});

/**
 * The fact a planned step becomes on its day (lib/domain planned.ts): the inwerkingtreding itself; for a meeting only
 * that it was held — the raadsbesluit or BOSD-akkoord taken in it is registered as a besluit by whoever takes it.
 */
function factOf(row: Row, on: IsoDate): RegionalEvent {
  if (row.step === "raadsvergadering")
    return { type: "vergadering_gehouden", body: "raad", participantId: row.participantId ?? "", heldOn: on };
  if (row.step === "bosd_vergadering") return { type: "vergadering_gehouden", body: "bosd", heldOn: on };
  return { type: "inwerkingtreding_geregistreerd", effectiveOn: on };
}

export interface PlannedStepRunReport {
  due: number;
  realized: number;
  refused: number;
  mailed: number;
}

/**
 * The scheduled job: records every due planned step as its fact (as the system actor of the
 * secretariat) and mails the secretariat once per step (claimed by key, as reminders are). A step
 * the domain refuses stays planned with the reason in `lastError`, and is tried again on the next run.
 */
export async function realizeDuePlannedSteps(
  db: Db,
  opts: { now: Date; today: IsoDate; mailer?: Mailer | null; appUrl?: string },
): Promise<PlannedStepRunReport> {
  const due = await db.plannedStep.findMany({
    where: { status: "GEPLAND", plannedOn: { lte: dbDate(opts.today) } },
    select: { id: true },
    orderBy: { plannedOn: "asc" },
  });
  const report: PlannedStepRunReport = { due: due.length, realized: 0, refused: 0, mailed: 0 };
  for (const { id } of due) {
    const res = await runCommand(db, SYSTEM_SECRETARIAAT, realizePlannedStep, { plannedStepId: id }, { now: opts.now });
    if (res.ok) {
      report.realized++;
    } else {
      report.refused++;
      await db.plannedStep.updateMany({ where: { id, status: "GEPLAND" }, data: { lastError: res.message } });
    }
  }
  if (opts.mailer) report.mailed = await mailRealizedSteps(db, opts.mailer, opts.appUrl);
  return report;
}

/** The secretariat's mail per kind of realized step (a meeting: its decision still has to be registered). */
const REALIZED_MAIL: Record<PlannedStepKind, { subject: string; fact: string; next: string }> = {
  inwerkingtreding: { subject: "Inwerkingtreding geregistreerd", fact: "De geplande inwerkingtreding", next: "" },
  raadsvergadering: {
    subject: "Raadsvergadering gehouden",
    fact: "De geplande raadsvergadering",
    next: " Het raadsbesluit registreert de griffie apart, zodra het is genomen.",
  },
  bosd_vergadering: {
    subject: "Vergadering van het BOSD gehouden",
    fact: "De geplande vergadering van het BOSD",
    next: " Registreer het akkoord van het BOSD apart, met het besluit.",
  },
};

/** Tells every active secretariat account, once per realized step (a failed mail is retried on a later run). */
async function mailRealizedSteps(db: Db, mailer: Mailer, appUrl?: string): Promise<number> {
  const steps = await db.plannedStep.findMany({
    where: { status: "UITGEVOERD", realizedAt: { not: null } },
    select: { id: true, procedureId: true, plannedOn: true, step: true },
  });
  if (steps.length === 0) return 0;
  const recipients = await db.user.findMany({
    where: { role: "SECRETARIAAT", actief: true },
    select: { id: true, email: true },
  });
  const base = (appUrl ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  let sent = 0;
  for (const step of steps) {
    const procedure = await db.procedure.findUnique({ where: { id: step.procedureId }, select: { titel: true } });
    const on = formatDutchDate(dateOf(step.plannedOn));
    const what = REALIZED_MAIL[step.step as PlannedStepKind] ?? REALIZED_MAIL.inwerkingtreding;
    const subject = `${what.subject}: ${procedure?.titel ?? "regeling"}`;
    const link = `${base}/secretariaat/procedures/${step.procedureId}`;
    const text = `${what.fact} op ${on} is vandaag automatisch geregistreerd voor "${procedure?.titel ?? ""}".${what.next}\n\nBekijk de procedure: ${link}`;
    const html = `<p>${what.fact} op ${on} is automatisch geregistreerd.${what.next}</p><p><a href="${link}">Bekijk de procedure</a></p>`;
    for (const user of recipients) {
      const key = `gepland:${step.id}:${user.id}`;
      if (!(await claim(db, key, "geplande_stap", user.email, subject, 5))) continue;
      try {
        await mailer.send({ to: user.email, subject, text, html });
        await db.sentReminder.update({ where: { key }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
        sent++;
      } catch (err) {
        await db.sentReminder.update({
          where: { key },
          data: { status: "FAILED", lastError: String((err as Error).message).slice(0, 500) },
        });
      }
    }
  }
  return sent;
}
