import type { Db } from "@/lib/db/client";
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

/** The job's log line: failures and changes per feed, or null when nothing happened. */
export function agendaFeedReport(report: Awaited<ReturnType<typeof runAgendaFeedTick>>): string | null {
  const lines = report.flatMap((line) => {
    if (line.status === "fout") return [`${line.url}: ${line.reden}`];
    if (!line.changes) return [];
    const { toegevoegd, verplaatst, geannuleerd } = line.changes;
    return [
      `${line.url}: ${toegevoegd.length} toegevoegd, ${verplaatst.length} verplaatst, ${geannuleerd.length} geannuleerd`,
    ];
  });
  return lines.length ? lines.join("; ") : null;
}
