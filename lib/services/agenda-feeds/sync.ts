import type { Db } from "@/lib/db/client";
import { runCommand, SYSTEM_SECRETARIAAT } from "@/lib/commands";
import type { z } from "zod";
import { applyAgendaFeed, type applyAgendaFeedSchema, type FeedChanges } from "./commands";
import { FeedError, fetchFeed } from "./fetch";
import { parseFeedEvents } from "./parse";

export interface SyncOptions {
  now?: Date;
  fetch?: typeof fetch;
  env?: NodeJS.ProcessEnv;
  /** Only these subscriptions (default: all). */
  subscriptionIds?: string[];
  /** Decides per subscription whether this run fetches it (the schedule claims it in PostgreSQL). */
  claim?: (subscriptionId: string) => Promise<boolean>;
  maxBytes?: number;
  timeoutMs?: number;
}

export interface SyncReportLine {
  subscriptionId: string;
  url: string;
  status: "ok" | "ongewijzigd" | "fout" | "overgeslagen";
  reden?: string;
  changes?: FeedChanges;
}

/**
 * Fetches every subscribed raad calendar and applies it through the applyAgendaFeed command (the
 * one path for changes; the fetch itself happens outside any transaction). A feed that cannot be
 * fetched or read is recorded as an error and changes nothing.
 */
export async function syncCalendarSubscriptions(db: Db, opts: SyncOptions = {}): Promise<SyncReportLine[]> {
  const subs = await db.agendaFeedSubscription.findMany({
    where: opts.subscriptionIds ? { id: { in: opts.subscriptionIds } } : {},
    orderBy: { createdAt: "asc" },
  });
  const report: SyncReportLine[] = [];
  for (const sub of subs) {
    if (opts.claim && !(await opts.claim(sub.id))) {
      report.push({ subscriptionId: sub.id, url: sub.url, status: "overgeslagen", reden: "al opgehaald" });
      continue;
    }
    let outcome: z.input<typeof applyAgendaFeedSchema>["outcome"];
    try {
      const result = await fetchFeed(sub.url, {
        fetch: opts.fetch,
        env: opts.env,
        etag: sub.etag,
        lastModified: sub.lastModified,
        maxBytes: opts.maxBytes,
        timeoutMs: opts.timeoutMs,
      });
      if (result.kind === "unchanged") outcome = { kind: "unchanged" };
      else {
        if (!/BEGIN:VCALENDAR/i.test(result.text.slice(0, 2000)))
          throw new FeedError("Het adres geeft geen iCalendar-agenda (BEGIN:VCALENDAR ontbreekt).");
        let events: ReturnType<typeof parseFeedEvents>;
        try {
          events = parseFeedEvents(result.text);
        } catch {
          throw new FeedError("De agenda kon niet worden gelezen (geen geldig iCalendar-bestand).");
        }
        outcome = {
          kind: "changed",
          etag: result.etag,
          lastModified: result.lastModified,
          events: events.map((e) => ({
            ...e,
            startsAt: e.startsAt?.toISOString() ?? null,
            endsAt: e.endsAt?.toISOString() ?? null,
          })),
        };
      }
    } catch (err) {
      if (!(err instanceof FeedError)) throw err;
      outcome = { kind: "error", reden: err.message.slice(0, 500) };
    }
    const applied = await runCommand(
      db,
      SYSTEM_SECRETARIAAT,
      applyAgendaFeed,
      { subscriptionId: sub.id, outcome },
      {
        now: opts.now,
      },
    );
    const line: SyncReportLine = { subscriptionId: sub.id, url: sub.url, status: "ok" };
    if (!applied.ok) Object.assign(line, { status: "fout", reden: applied.message });
    else if (outcome.kind === "unchanged") line.status = "ongewijzigd";
    else if (outcome.kind === "error") Object.assign(line, { status: "fout", reden: outcome.reden });
    else line.changes = applied.changes ?? undefined;
    report.push(line);
  }
  return report;
}
