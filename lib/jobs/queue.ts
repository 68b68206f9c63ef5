import PgBoss from "pg-boss";
import type { Db } from "@/lib/db/client";
import { cronForMinutes } from "./cron";
import { JOBS } from "./definitions";
import { enabledJobs, runJob } from "./run";

/** pg-boss keeps its queue, schedules and job history in this schema (not in prisma/schema.prisma). */
export const PGBOSS_SCHEMA = "pgboss";

/**
 * The job queue on PostgreSQL: pg-boss stores the schedules and jobs in the database, and its cron
 * monitor creates one job per cron slot across all instances (singleton per slot); a job is fetched
 * by exactly one worker (SKIP LOCKED). Every instance is a worker, so a job runs on whichever
 * instance is free, once.
 */
export async function startQueue(
  connectionString: string,
  db: Db,
  env: NodeJS.ProcessEnv = process.env,
  opts: { now?: () => Date; pollingIntervalSeconds?: number } = {},
): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString, schema: PGBOSS_SCHEMA, application_name: "gr-volg-jobs", max: 2 });
  boss.on("error", (err) => console.error("[taken] wachtrij:", err.message));
  await boss.start();
  const enabled = enabledJobs(env);
  for (const job of JOBS) {
    await boss.createQueue(job.name).catch(() => undefined);
    const on = enabled.find((e) => e.job === job);
    if (!on) {
      await boss.unschedule(job.name);
      continue;
    }
    await boss.schedule(job.name, cronForMinutes(on.minutes), {}, { tz: "Europe/Amsterdam", retryLimit: 0 });
    await boss.work(job.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 30 }, async () => {
      const result = await runJob(job, db, opts.now?.() ?? new Date(), env);
      if (!result.ok) throw new Error(result.message ?? "mislukt");
    });
  }
  return boss;
}
