import type { Db } from "@/lib/db/client";
import { todayInNetherlands } from "@/lib/domain";
import { createMailer, smtpConfigFromEnv } from "@/lib/mail/transport";
import { resolveCheckpointKey } from "@/lib/services/audit-checkpoint-key";

/** What a job's handler gets: the database, the clock of this run and the environment. */
export interface JobContext {
  db: Db;
  now: Date;
  env: NodeJS.ProcessEnv;
}

/**
 * One scheduled job: a name, how often it runs (minutes; null = off in this environment, with the
 * reason logged) and its handler. Handlers are idempotent in PostgreSQL on their own (claimed keys,
 * unique buckets, row locks), so a run from `gr-volg jobs run-due` next to the queue never doubles anything.
 */
export interface JobDefinition {
  name: string;
  /** Dutch log prefix. */
  label: string;
  everyMinutes(env: NodeJS.ProcessEnv): number | null;
  /** Whether the job can run at all here (SMTP set, a key present); `jobs run-due` runs it even at interval 0. */
  available(env: NodeJS.ProcessEnv): boolean;
  run(ctx: JobContext): Promise<string | null>;
}

const minutesFrom = (value: string | undefined, fallback: number): number | null => {
  const minutes = Number(value ?? fallback);
  return minutes > 0 ? minutes : null;
};

/** Reminders, the weekly digest and the weekly agenda e-mail (REMINDERS_INTERVAL_MINUTES, default 60; only with SMTP configured). */
const reminders: JobDefinition = {
  name: "herinneringen",
  label: "herinneringen",
  everyMinutes: (env) => (smtpConfigFromEnv(env) ? minutesFrom(env.REMINDERS_INTERVAL_MINUTES, 60) : null),
  available: (env) => smtpConfigFromEnv(env) !== null,
  async run({ db, now, env }) {
    const config = smtpConfigFromEnv(env);
    if (!config) return null;
    const { sendDueReminders } = await import("@/lib/services/reminders/send");
    const { sendWeeklyDigest } = await import("@/lib/services/digest");
    const { sendWeeklyAgendaMail } = await import("@/lib/services/griffie/agenda-mail");
    const mailer = createMailer(config);
    try {
      const today = todayInNetherlands(now);
      // Links in the mails point at this environment's address (undefined: the process's own).
      const appUrl = env.PUBLIC_URL ?? env.NEXTAUTH_URL;
      const report = await sendDueReminders(db, mailer, { today });
      // The weekly digest is claimed per user per week, so checking it on every run is safe.
      const digest = await sendWeeklyDigest(db, mailer, { today, appUrl });
      // The griffie agenda e-mail (issue 17 point 4) is claimed per griffier per week the same way.
      const agenda = await sendWeeklyAgendaMail(db, mailer, { today, appUrl });
      const none = (r: { sent: number; failed: number }) => !r.sent && !r.failed;
      if (none(report) && none(digest) && none(agenda)) return null;
      return `${report.sent} herinneringen verstuurd, ${report.failed} mislukt; ${digest.sent} samenvattingen verstuurd, ${digest.failed} mislukt; ${agenda.sent} agenda-e-mails verstuurd, ${agenda.failed} mislukt`;
    } finally {
      mailer.close();
    }
  },
};

/** Audit checkpoints (AUDIT_CHECKPOINT_INTERVAL_MINUTES, default 60; only with a signing key). */
const auditCheckpoints: JobDefinition = {
  name: "controlepunten",
  label: "controlepunten",
  everyMinutes: (env) =>
    resolveCheckpointKey(env).key === null ? null : minutesFrom(env.AUDIT_CHECKPOINT_INTERVAL_MINUTES, 60),
  available: (env) => resolveCheckpointKey(env).key !== null,
  async run({ db, now, env }) {
    const { runAuditCheckpoint } = await import("@/lib/services/audit-checkpoint-schedule");
    return runAuditCheckpoint(db, now, env);
  },
};

/** Planned steps become facts on their day (PLANNED_STEPS_INTERVAL_MINUTES, default 60). */
const plannedSteps: JobDefinition = {
  name: "geplande-stappen",
  label: "geplande stappen",
  everyMinutes: (env) => minutesFrom(env.PLANNED_STEPS_INTERVAL_MINUTES, 60),
  available: () => true,
  async run({ db, now, env }) {
    const { realizeDuePlannedSteps } = await import("@/lib/services/planned-steps");
    const config = smtpConfigFromEnv(env);
    const mailer = config ? createMailer(config) : null;
    try {
      const report = await realizeDuePlannedSteps(db, { now, today: todayInNetherlands(now), mailer });
      if (!report.due && !report.mailed) return null;
      return `${report.realized} geregistreerd, ${report.refused} geweigerd, ${report.mailed} e-mails`;
    } finally {
      mailer?.close();
    }
  },
};

/** Subscribed raad calendars (AGENDA_FEED_INTERVAL_MINUTES, default 60): one fetch per feed per window. */
const agendaFeeds: JobDefinition = {
  name: "agenda-abonnementen",
  label: "agenda",
  everyMinutes: (env) => minutesFrom(env.AGENDA_FEED_INTERVAL_MINUTES, 60),
  available: () => true,
  async run({ db, now, env }) {
    const { runAgendaFeedTick, agendaFeedReport } = await import("@/lib/services/agenda-feeds/schedule");
    const minutes = minutesFrom(env.AGENDA_FEED_INTERVAL_MINUTES, 60) ?? 60;
    return agendaFeedReport(await runAgendaFeedTick(db, now, minutes));
  },
};

/**
 * The bound of the shared public cache's table (PUBLIC_CACHE_L2_PRUNE_MINUTES, default 10; PUBLIC_CACHE_L2_MAX_ROWS,
 * default 20,000): expired rows and the oldest beyond the limit (lib/public-cache/shared-cache.ts, pruneShared).
 * Between two runs the table can grow by at most what the instances render in that time, and only canonical keys.
 */
const sharedCachePrune: JobDefinition = {
  name: "gedeelde-cache-opruimen",
  label: "gedeelde cache",
  everyMinutes: (env) => minutesFrom(env.PUBLIC_CACHE_L2_PRUNE_MINUTES, 10),
  available: () => true,
  async run({ db, env }) {
    const { pruneShared, sharedMaxRows } = await import("@/lib/public-cache/shared-cache");
    const { expired, overLimit } = await pruneShared(db, sharedMaxRows(env));
    if (!expired && !overLimit) return null;
    return `${expired} verlopen en ${overLimit} boven de grens verwijderd`;
  },
};

/** THE list of scheduled jobs. */
export const JOBS: readonly JobDefinition[] = [
  reminders,
  auditCheckpoints,
  plannedSteps,
  agendaFeeds,
  sharedCachePrune,
];
