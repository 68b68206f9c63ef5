import type { Db } from "@/lib/db/client";
import { Prisma } from "@/generated/prisma/client";
import { dueReminders, isWithinScope, type DueReminder, type IsoDate, type ReminderRulesInput } from "@/lib/domain";
import type { MailMessage, Mailer } from "@/lib/mail/transport";
import { renderReminder } from "@/lib/mail/reminder-templates";
import { loadGrProcedure } from "../gr-procedure-store";
import { forecastRegeling } from "../forecast";

export interface ReminderRunOptions {
  today: IsoDate;
  leadDays?: number[];
  announceWithinDays?: number;
  appUrl?: string;
  maxAttempts?: number;
}

export interface ReminderRunReport {
  due: number;
  sent: number;
  alreadySent: number;
  failed: number;
  noRecipient: number;
}

const RAAD_OPEN = new Set(["ontvangen", "geagendeerd"]);

/** Gathers the rules' input from the database: every GR procedure, its tracks and the forecast. */
async function rulesInput(
  db: Db,
  opts: ReminderRunOptions,
): Promise<ReminderRulesInput & { gemeenteOf: Record<string, string> }> {
  const rows = await db.procedure.findMany({
    where: { kind: { in: ["GR_TREFFEN", "GR_WIJZIGEN", "GR_OPHEFFEN"] } },
    select: { id: true, regeling: { select: { slug: true } } },
  });
  const procedures: ReminderRulesInput["procedures"] = [];
  const gemeenteOf: Record<string, string> = {};
  for (const row of rows) {
    const loaded = await loadGrProcedure(db, row.id);
    if (!loaded) continue;
    Object.assign(gemeenteOf, loaded.gemeenteOf);
    const { state } = loaded;
    const fc = await forecastRegeling(db, row.regeling.slug, { today: opts.today });
    const statusOf = new Map(fc.participants.map((p) => [p.id, p.status]));
    const openings: ReminderRulesInput["procedures"][number]["openings"] = [];
    if (state.regional.zienswijzeprocedure)
      openings.push({ step: "zienswijzeprocedure", openedOn: state.regional.zienswijzeprocedure.openedOn });
    if (state.regional.toestemmingsprocedure)
      openings.push({ step: "toestemmingsprocedure", openedOn: state.regional.toestemmingsprocedure.openedOn });
    procedures.push({
      id: state.id,
      title: state.title,
      openings,
      participants: state.participants.map((p) => {
        const raad = state.raadTracks[p.id];
        const end = raad?.zienswijze?.deadline?.end;
        return {
          id: p.id,
          name: p.name,
          inScope: isWithinScope(p, state.topics),
          open: Boolean(raad && RAAD_OPEN.has(raad.status)),
          deadline: end ? { label: "Zienswijze op het ontwerp (Wgr art. 1 lid 3)", end } : undefined,
          forecastStatus: statusOf.get(p.id),
        };
      }),
    });
  }
  return {
    today: opts.today,
    leadDays: opts.leadDays ?? [14, 3],
    announceWithinDays: opts.announceWithinDays ?? 7,
    procedures,
    gemeenteOf,
  };
}

async function recipientsFor(db: Db, r: DueReminder, gemeenteOf: Record<string, string>) {
  if (r.audience === "secretariaat") {
    return db.user.findMany({ where: { role: "SECRETARIAAT", actief: true }, select: { id: true, email: true } });
  }
  const gemeenteId = gemeenteOf[r.audience.participantId];
  if (!gemeenteId) return [];
  return db.user.findMany({ where: { role: "GRIFFIER", actief: true, gemeenteId }, select: { id: true, email: true } });
}

/**
 * Sends every due reminder exactly once per recipient. A reminder is claimed by inserting its key
 * (unique in PostgreSQL) before it is sent, so concurrent runs on several instances, the CLI and
 * the in-process schedule never send the same reminder twice. Failed sends are retried later.
 */
export async function sendDueReminders(db: Db, mailer: Mailer, opts: ReminderRunOptions): Promise<ReminderRunReport> {
  const input = await rulesInput(db, opts);
  const due = dueReminders(input);
  const report: ReminderRunReport = { due: due.length, sent: 0, alreadySent: 0, failed: 0, noRecipient: 0 };
  const maxAttempts = opts.maxAttempts ?? 5;
  for (const reminder of due) {
    const recipients = await recipientsFor(db, reminder, input.gemeenteOf);
    if (recipients.length === 0) report.noRecipient++;
    const message = renderReminder(reminder, opts.appUrl ?? process.env.NEXTAUTH_URL ?? "http://localhost:3000");
    for (const user of recipients) {
      const claimOf = { key: `${reminder.key}:${user.id}`, kind: reminder.kind, maxAttempts };
      await sendOnce(db, mailer, claimOf, { to: user.email, ...message }, report);
    }
  }
  return report;
}

/**
 * Claims the key, sends the mail and records SENT or FAILED (a failed one is retried by a later
 * run, up to maxAttempts); the outcome is counted in `report`.
 */
export async function sendOnce(
  db: Db,
  mailer: Mailer,
  { key, kind, maxAttempts }: { key: string; kind: string; maxAttempts: number },
  mail: MailMessage,
  report: { sent: number; alreadySent: number; failed: number },
): Promise<void> {
  if (!(await claim(db, key, kind, mail.to, mail.subject, maxAttempts))) {
    report.alreadySent++;
    return;
  }
  try {
    await mailer.send(mail);
    await db.sentReminder.update({ where: { key }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
    report.sent++;
  } catch (err) {
    await db.sentReminder.update({
      where: { key },
      data: { status: "FAILED", lastError: String((err as Error).message).slice(0, 500) },
    });
    report.failed++;
  }
}

/** Insert the key (first time) or take over a FAILED attempt; false when it is sent or being sent. */
export async function claim(
  db: Db,
  key: string,
  kind: string,
  recipient: string,
  subject: string,
  maxAttempts: number,
): Promise<boolean> {
  try {
    await db.sentReminder.create({ data: { key, kind, recipient, subject, attempts: 1 } });
    return true;
  } catch (err) {
    if (!(err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002")) throw err;
  }
  const retried = await db.sentReminder.updateMany({
    where: { key, status: "FAILED", attempts: { lt: maxAttempts } },
    data: { status: "PENDING", attempts: { increment: 1 } },
  });
  return retried.count === 1;
}
