import type { Command } from "commander";

type SetExit = (code: number) => void;

export function registerReminderCommands(program: Command, setExit: SetExit) {
  const reminders = program.command("reminders").description("E-mailherinneringen");
  reminders
    .command("send")
    .description("Verstuur alle herinneringen die vandaag aan de beurt zijn (nooit twee keer dezelfde); voor een systeem-cron")
    .option("--vandaag <datum>", "rekenen vanaf deze datum (JJJJ-MM-DD); standaard vandaag")
    .action(async (opts: { vandaag?: string }) => {
      const { isIsoDate, dateInAmsterdam } = await import("@/lib/domain");
      const today = opts.vandaag ?? dateInAmsterdam(new Date().toISOString());
      if (!isIsoDate(today)) {
        console.error(`gr-volg: --vandaag moet een datum zijn als 2026-11-24 (gekregen: ${opts.vandaag}).`);
        return setExit(2);
      }
      const { smtpConfigFromEnv, createMailer } = await import("@/lib/mail/transport");
      const config = smtpConfigFromEnv();
      if (!config) {
        console.error("gr-volg: geen SMTP-server ingesteld. Zet SMTP_HOST (en zo nodig SMTP_PORT, SMTP_USER, SMTP_PASSWORD, MAIL_FROM).");
        return setExit(2);
      }
      const { getDb } = await import("@/lib/db/client");
      const { sendDueReminders } = await import("@/lib/services/reminders/send");
      const { describeDbError } = await import("@/lib/db/migrate");
      const db = await getDb();
      const mailer = createMailer(config);
      try {
        const r = await sendDueReminders(db.prisma, mailer, { today });
        console.log(`Herinneringen: ${r.due} aan de beurt, ${r.sent} verstuurd, ${r.alreadySent} al eerder verstuurd, ${r.failed} mislukt.`);
        if (r.failed > 0) setExit(1);
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
      } finally {
        mailer.close();
        await db.close();
      }
    });
}

export function registerDigestCommands(program: Command, setExit: SetExit) {
  program
    .command("digest")
    .description("Wekelijkse samenvatting voor wie regelingen volgt")
    .command("send")
    .description("Verstuur de wekelijkse samenvatting (hooguit één per gebruiker per week)")
    .option("--vandaag <datum>", "rekenen vanaf deze datum (JJJJ-MM-DD); standaard vandaag")
    .action(async (opts: { vandaag?: string }) => {
      const { isIsoDate, dateInAmsterdam } = await import("@/lib/domain");
      const today = opts.vandaag ?? dateInAmsterdam(new Date().toISOString());
      if (!isIsoDate(today)) {
        console.error(`gr-volg: --vandaag moet een datum zijn als 2026-11-24 (gekregen: ${opts.vandaag}).`);
        return setExit(2);
      }
      const { smtpConfigFromEnv, createMailer } = await import("@/lib/mail/transport");
      const config = smtpConfigFromEnv();
      if (!config) {
        console.error("gr-volg: geen SMTP-server ingesteld. Zet SMTP_HOST (en zo nodig SMTP_PORT, SMTP_USER, SMTP_PASSWORD, MAIL_FROM).");
        return setExit(2);
      }
      const { getDb } = await import("@/lib/db/client");
      const { sendWeeklyDigest } = await import("@/lib/services/digest");
      const { describeDbError } = await import("@/lib/db/migrate");
      const db = await getDb();
      const mailer = createMailer(config);
      try {
        const r = await sendWeeklyDigest(db.prisma, mailer, { today });
        console.log(`Samenvatting: ${r.subscribers} abonnees, ${r.sent} verstuurd, ${r.alreadySent} al eerder deze week, ${r.failed} mislukt.`);
        if (r.failed > 0) setExit(1);
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
      } finally {
        mailer.close();
        await db.close();
      }
    });
}
