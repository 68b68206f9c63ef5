import type { Command } from "commander";
import type { Db } from "@/lib/db/client";
import type { Mailer } from "@/lib/mail/transport";

type SetExit = (code: number) => void;

/**
 * Shared frame of the mail commands: parse --vandaag, require SMTP settings, open the database and
 * a mailer, run, print a Dutch summary, close everything. Exit 2 for bad input, 1 for failures.
 */
async function runMailJob(
  opts: { vandaag?: string },
  setExit: SetExit,
  job: (db: Db, mailer: Mailer, today: string) => Promise<{ summary: string; failed: number }>,
) {
  const { isIsoDate, todayInNetherlands } = await import("@/lib/domain");
  const today = opts.vandaag ?? todayInNetherlands();
  if (!isIsoDate(today)) {
    console.error(`gr-volg: --vandaag moet een datum zijn als 2026-11-24 (gekregen: ${opts.vandaag}).`);
    return setExit(2);
  }
  const { smtpConfigFromEnv, createMailer } = await import("@/lib/mail/transport");
  const config = smtpConfigFromEnv();
  if (!config) {
    console.error(
      "gr-volg: geen SMTP-server ingesteld. Zet SMTP_HOST (en zo nodig SMTP_PORT, SMTP_USER, SMTP_PASSWORD, MAIL_FROM).",
    );
    return setExit(2);
  }
  const { getDb } = await import("@/lib/db/client");
  const { describeDbError } = await import("@/lib/db/migrate");
  const db = await getDb();
  const mailer = createMailer(config);
  try {
    const r = await job(db.prisma, mailer, today);
    console.log(r.summary);
    if (r.failed > 0) setExit(1);
  } catch (err) {
    console.error(`gr-volg: ${describeDbError(err)}`);
    setExit(1);
  } finally {
    mailer.close();
    await db.close();
  }
}

const TODAY_OPTION = ["--vandaag <datum>", "rekenen vanaf deze datum (JJJJ-MM-DD); standaard vandaag"] as const;

export function registerReminderCommands(program: Command, setExit: SetExit) {
  program
    .command("reminders")
    .description("E-mailherinneringen")
    .command("send")
    .description(
      "Verstuur alle herinneringen die vandaag aan de beurt zijn (nooit twee keer dezelfde); voor een systeem-cron",
    )
    .option(...TODAY_OPTION)
    .action((opts: { vandaag?: string }) =>
      runMailJob(opts, setExit, async (db, mailer, today) => {
        const { sendDueReminders } = await import("@/lib/services/reminders/send");
        const r = await sendDueReminders(db, mailer, { today });
        return {
          summary: `Herinneringen: ${r.due} aan de beurt, ${r.sent} verstuurd, ${r.alreadySent} al eerder verstuurd, ${r.failed} mislukt.`,
          failed: r.failed,
        };
      }),
    );
}

export function registerDigestCommands(program: Command, setExit: SetExit) {
  program
    .command("digest")
    .description("Wekelijkse samenvatting voor wie regelingen volgt")
    .command("send")
    .description("Verstuur de wekelijkse samenvatting (hooguit één per gebruiker per week)")
    .option(...TODAY_OPTION)
    .action((opts: { vandaag?: string }) =>
      runMailJob(opts, setExit, async (db, mailer, today) => {
        const { sendWeeklyDigest } = await import("@/lib/services/digest");
        const r = await sendWeeklyDigest(db, mailer, { today });
        return {
          summary: `Samenvatting: ${r.subscribers} abonnees, ${r.sent} verstuurd, ${r.alreadySent} al eerder deze week, ${r.failed} mislukt.`,
          failed: r.failed,
        };
      }),
    );
}
