import { getPrisma } from "@/lib/db/client";
import { parseDatabaseUrl, resolveDatabaseUrl } from "@/lib/db/url";
import { enabledJobs, runJob } from "./run";

export { JOBS, type JobDefinition } from "./definitions";
export { runDueJobs, enabledJobs, type JobRunResult } from "./run";

/**
 * Starts the scheduled jobs of this server (lib/server-start.ts). On PostgreSQL: the pg-boss queue
 * (once per slot across all instances). On the embedded PGlite database: a simple in-process runner
 * over the same job definitions — pg-boss cannot share PGlite's one in-process connection with
 * Prisma (its queries would interleave with Prisma's open transactions), and an embedded database has
 * exactly one server (its single-owner lock), so "once across instances" holds by construction.
 * Returns a stop function.
 */
export async function startJobs(env: NodeJS.ProcessEnv = process.env): Promise<() => Promise<void>> {
  const target = parseDatabaseUrl(resolveDatabaseUrl(env));
  const db = await getPrisma();
  if (target.kind === "postgres") {
    const { startQueue } = await import("./queue");
    const boss = await startQueue(target.url, db, env);
    return () => boss.stop({ graceful: true });
  }
  return startInProcessRunner(db, env);
}

/** The embedded database's runner: each enabled job on its own interval (first run after 30 s). */
export function startInProcessRunner(
  db: Awaited<ReturnType<typeof getPrisma>>,
  env: NodeJS.ProcessEnv,
): () => Promise<void> {
  const timers = enabledJobs(env).flatMap(({ job, minutes }) => {
    let running = false;
    const tick = async () => {
      if (running) return; // never two runs of one job at once in this process
      running = true;
      await runJob(job, db, new Date(), env).finally(() => {
        running = false;
      });
    };
    const first = setTimeout(tick, 30_000);
    const every = setInterval(tick, minutes * 60_000);
    first.unref();
    every.unref();
    return [first, every];
  });
  return async () => {
    for (const t of timers) clearTimeout(t);
  };
}
