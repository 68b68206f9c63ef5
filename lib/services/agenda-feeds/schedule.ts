import type { Db } from "@/lib/db/client";
import { getPrisma } from "@/lib/db/client";
import { syncCalendarSubscriptions } from "./sync";

/**
 * The time window a fetch belongs to ("2026-12-01T19:00Z/60" for hourly fetches): one fetch per
 * subscription per window, whichever instance comes first.
 */
export function feedWindow(now: Date, minutes: number): string {
  const start = Math.floor(now.getTime() / (minutes * 60_000)) * minutes * 60_000;
  return `${new Date(start).toISOString().slice(0, 16)}Z/${minutes}`;
}

/**
 * Claims the fetch of one subscription in one window: the primary key (subscriptionId, window) in
 * PostgreSQL lets exactly one instance insert it, so several instances never fetch the same feed twice.
 */
export async function claimFeedFetch(db: Db, subscriptionId: string, window: string): Promise<boolean> {
  const inserted = await db.$executeRaw`
    INSERT INTO "AgendaFeedClaim" ("subscriptionId", "window") VALUES (${subscriptionId}, ${window})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

/** One scheduled run: every subscription it can claim for the current window (old claims are cleared after a week). */
export async function runAgendaFeedTick(db: Db, now: Date, minutes: number, fetchImpl?: typeof fetch) {
  const window = feedWindow(now, minutes);
  await db.$executeRaw`DELETE FROM "AgendaFeedClaim" WHERE "claimedAt" < ${new Date(now.getTime() - 7 * 86_400_000)}`;
  return syncCalendarSubscriptions(db, { now, fetch: fetchImpl, claim: (id) => claimFeedFetch(db, id, window) });
}

/**
 * In-process schedule (besides `gr-volg agenda sync` for a system cron), in the style of the
 * reminder schedule. AGENDA_FEED_INTERVAL_MINUTES (default 60; 0 switches it off).
 */
export function startAgendaFeedSchedule(env: NodeJS.ProcessEnv = process.env): (() => void) | null {
  const minutes = Number(env.AGENDA_FEED_INTERVAL_MINUTES ?? 60);
  if (!(minutes > 0)) return null;
  const tick = async () => {
    try {
      const report = await runAgendaFeedTick(await getPrisma(), new Date(), minutes);
      for (const line of report)
        if (line.status === "fout") console.error(`[agenda] ${line.url}: ${line.reden}`);
        else if (line.changes)
          console.log(
            `[agenda] ${line.url}: ${line.changes.toegevoegd.length} toegevoegd, ${line.changes.verplaatst.length} verplaatst, ${line.changes.geannuleerd.length} geannuleerd`,
          );
    } catch (err) {
      console.error("[agenda] mislukt:", (err as Error).message);
    }
  };
  // A chain of timeouts rather than an interval: a slow fetch never overlaps the next run.
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(async () => {
      await tick();
      schedule(minutes * 60_000);
    }, ms);
    timer.unref();
  };
  schedule(45_000);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
