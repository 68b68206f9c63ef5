import type { Db } from "@/lib/db/client";
import { type JobDefinition, JOBS } from "./definitions";

export interface JobRunResult {
  name: string;
  ok: boolean;
  message: string | null;
}

/** Runs one job now and logs what it did; a failure is logged and reported, never thrown. */
export async function runJob(job: JobDefinition, db: Db, now: Date, env: NodeJS.ProcessEnv): Promise<JobRunResult> {
  try {
    const message = await job.run({ db, now, env });
    if (message) console.log(`[${job.label}] ${message}`);
    return { name: job.name, ok: true, message };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    console.error(`[${job.label}] mislukt: ${message}`);
    return { name: job.name, ok: false, message };
  }
}

/** The jobs switched on in this environment (a job whose interval is null is off). */
export function enabledJobs(env: NodeJS.ProcessEnv): { job: JobDefinition; minutes: number }[] {
  return JOBS.flatMap((job) => {
    const minutes = job.everyMinutes(env);
    return minutes === null ? [] : [{ job, minutes }];
  });
}

/**
 * `gr-volg jobs run-due`, for a system cron: runs every available job once, now (also one whose
 * interval is 0, i.e. left to the system cron). Safe next to running
 * servers: each handler is idempotent in the database (claimed keys, unique buckets, locked rows).
 */
export async function runDueJobs(
  db: Db,
  opts: { now?: Date; env?: NodeJS.ProcessEnv; only?: string } = {},
): Promise<JobRunResult[]> {
  const env = opts.env ?? process.env;
  const now = opts.now ?? new Date();
  const results: JobRunResult[] = [];
  for (const job of JOBS) {
    if (!job.available(env) || (opts.only && job.name !== opts.only)) continue;
    results.push(await runJob(job, db, now, env));
  }
  return results;
}
