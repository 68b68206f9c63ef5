import { getPrisma } from "@/lib/db/client";
import { createMailer, smtpConfigFromEnv } from "@/lib/mail/transport";
import { todayInNetherlands } from "@/lib/domain";
import { sendDueReminders } from "./send";
import { sendWeeklyDigest } from "../digest";

/**
 * In-process schedule (besides `gr-volg reminders send` for a system cron). Safe on several
 * instances at once: every reminder is claimed by its unique key in PostgreSQL before sending.
 */
export function startReminderSchedule(env: NodeJS.ProcessEnv = process.env): (() => void) | null {
  const config = smtpConfigFromEnv(env);
  const minutes = Number(env.REMINDERS_INTERVAL_MINUTES ?? 60);
  if (!config || !(minutes > 0)) return null;
  const tick = async () => {
    const mailer = createMailer(config);
    try {
      const today = todayInNetherlands();
      const report = await sendDueReminders(await getPrisma(), mailer, { today });
      if (report.sent || report.failed)
        console.log(`[herinneringen] ${report.sent} verstuurd, ${report.failed} mislukt`);
      // The weekly digest is claimed per user per week, so checking it on every tick is safe.
      const digest = await sendWeeklyDigest(await getPrisma(), mailer, { today });
      if (digest.sent || digest.failed)
        console.log(`[samenvatting] ${digest.sent} verstuurd, ${digest.failed} mislukt`);
    } catch (err) {
      console.error("[herinneringen] mislukt:", (err as Error).message);
    } finally {
      mailer.close();
    }
  };
  const first = setTimeout(tick, 30_000);
  const timer = setInterval(tick, minutes * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
