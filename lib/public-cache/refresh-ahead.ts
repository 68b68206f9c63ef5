import { performance } from "node:perf_hooks";
import { onCommitted } from "@/lib/commands/after-commit";
import { getPrisma } from "@/lib/db/client";
import { canonicalPublicHost, publicBaseUrl } from "@/lib/public-url";
import { hasKeptPage } from "./serve";
import { sharedCacheEnabled } from "./shared-cache";

/**
 * Refresh-ahead of the public pages (issue 18): right after a command commits, the instance that ran it
 * renders again the public regeling and gemeente pages whose data versions the command moved, so the
 * next visitor — on this instance or, through the shared level (shared-cache.ts), on any other — finds
 * the page at its new version instead of waiting for a render. Without it every write left its pages
 * stale until a visitor paid the render (~85 ms of server CPU for a regeling page after a register
 * entry), and pages that went stale while nobody looked piled up into a backlog of misses.
 *
 * It never changes what a visitor sees: the page is rendered through the normal path (an anonymous GET of
 * this server, as a visitor on the public host would send it), at the version it reads after the commit;
 * a visitor arriving earlier renders it the normal way (the in-flight render is shared). Only pages that
 * were kept (a row in the shared level, or in this instance's memory without it) are refreshed: a page
 * nobody looked at within the maximum age is not worth the CPU. One render at a time, off the request
 * that wrote; at most MAX_PENDING waiting (more are dropped: they are rendered on their next visit).
 *
 * In-process rather than through the pg-boss queue: the render must run on a server (it is an HTTP request
 * to one), a lost refresh costs only one render on the next visit, and a queue round trip per write would
 * add to every writer's time. The CLI and tests run commands without a listener: nothing is refreshed.
 * `PUBLIC_CACHE_VOORUIT=uit` switches it off.
 *
 * Spare capacity only (session 19): before each render the lane watches this process's event loop for
 * IDLE_WINDOW_MS and renders only when it was busy less than BUSY_UTILIZATION of that time; otherwise it
 * waits and looks again. A refresh is background work: on a saturated server it rendered every written page,
 * read or not, with CPU the visitors needed (the mixed benchmark at 5 register entries/s: the pages no write
 * touches at 0.53 × their no-write throughput with refresh-ahead, 0.85 × without, docs/performance.md). On a
 * busy server a stale page is now rendered by its next visitor, once, or by the refresh when the load drops
 * (which costs only a cache hit if a visitor was first: the refresh is a GET through the cache).
 */
const MAX_PENDING = 500;
/** How long the lane watches the event loop before each render. */
export const IDLE_WINDOW_MS = 100;
/** The share of IDLE_WINDOW_MS above which the loop counts as busy and the render waits. */
export const BUSY_UTILIZATION = 0.5;

/**
 * Waits until this process's event loop was busy less than BUSY_UTILIZATION of one IDLE_WINDOW_MS
 * (`performance.eventLoopUtilization`: the share of time the loop was not waiting for I/O).
 */
export async function waitForSpareCapacity(
  window = IDLE_WINDOW_MS,
  busy = BUSY_UTILIZATION,
  stillWanted: () => boolean = () => true,
): Promise<boolean> {
  while (stillWanted()) {
    const start = performance.eventLoopUtilization();
    await new Promise((resolve) => setTimeout(resolve, window));
    if (performance.eventLoopUtilization(start).utilization < busy) return true;
  }
  return false;
}

/** On unless switched off, and only with a known public host (the pages are kept per host). */
export function refreshAheadEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PUBLIC_CACHE_VOORUIT !== "uit" && canonicalPublicHost(env) !== null;
}

/** The regelingen and gemeenten whose own rows a command moved ("register:" and "regeling:" ids, "gemeente:" ids). */
export function refreshTargets(subjects: readonly string[]): { regelingen: string[]; gemeenten: string[] } {
  const ids = (prefixes: string[]) => [
    ...new Set(subjects.flatMap((s) => prefixes.flatMap((p) => (s.startsWith(p) ? [s.slice(p.length)] : [])))),
  ];
  return { regelingen: ids(["regeling:", "register:"]), gemeenten: ids(["gemeente:"]) };
}

interface RefreshState {
  pending: Set<string>;
  running: boolean;
  /** Commits whose pages are being looked up (keptPaths). */
  scheduling: number;
  stop?: () => void;
}
const holder = globalThis as unknown as { __grVolgRefreshAhead?: RefreshState };
const state = (): RefreshState => {
  holder.__grVolgRefreshAhead ??= { pending: new Set(), running: false, scheduling: 0 };
  return holder.__grVolgRefreshAhead;
};

/**
 * Starts listening to committed commands, once per process (lib/server-start.ts, when the public cache is on).
 * Returns the function that stops it.
 */
export function startRefreshAhead(): () => void {
  const s = state();
  if (!s.stop && refreshAheadEnabled()) {
    const off = onCommitted((subjects) => {
      void schedule(subjects).catch((e) =>
        console.error("Vooruit verversen mislukt", e instanceof Error ? e.message : e),
      );
    });
    s.stop = () => {
      off();
      s.stop = undefined;
    };
  }
  return () => s.stop?.();
}

async function schedule(subjects: readonly string[]): Promise<void> {
  const { regelingen, gemeenten } = refreshTargets(subjects);
  if (regelingen.length === 0 && gemeenten.length === 0) return;
  const host = canonicalPublicHost();
  if (!host) return;
  const s = state();
  s.scheduling++;
  try {
    for (const path of await keptPaths(host, regelingen, gemeenten))
      if (s.pending.size < MAX_PENDING) s.pending.add(path);
  } finally {
    s.scheduling--;
  }
  void drain(host);
}

/** The public paths of these regelingen and gemeenten that are kept for the public host (see above). */
async function keptPaths(host: string, regelingen: string[], gemeenten: string[]): Promise<string[]> {
  const db = await getPrisma();
  const shared = sharedCacheEnabled();
  const prefix = `html|${host}`;
  const rows = await db.$queryRaw<{ path: string }[]>`
    SELECT path FROM (
      SELECT '/regelingen/' || slug AS path FROM "Regeling" WHERE id = ANY(${regelingen}::text[])
      UNION SELECT '/gemeenten/' || slug FROM "Gemeente" WHERE id = ANY(${gemeenten}::text[])
    ) AS p
    WHERE NOT ${shared} OR EXISTS (SELECT 1 FROM "PublicCacheEntry" e WHERE e.key = ${prefix} || p.path)`;
  const paths = rows.map((r) => r.path);
  return shared ? paths : paths.filter((path) => hasKeptPage(`${host}${path}`));
}

async function drain(host: string): Promise<void> {
  const s = state();
  if (s.running) return;
  s.running = true;
  try {
    for (let path = first(s.pending); path !== undefined; path = first(s.pending)) {
      // Stopped while waiting: nothing listens any more, so the waiting paths are dropped.
      if (!(await waitForSpareCapacity(IDLE_WINDOW_MS, BUSY_UTILIZATION, () => s.stop !== undefined))) {
        s.pending.clear();
        break;
      }
      s.pending.delete(path);
      await render(host, path);
    }
  } finally {
    s.running = false;
  }
}

const first = (set: Set<string>): string | undefined => set.values().next().value;

/** One anonymous GET of the page as a visitor on the public host: it goes through the HTML cache (serve.ts). */
async function render(host: string, path: string): Promise<void> {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  const proto = new URL(publicBaseUrl() ?? "http://x").protocol.replace(":", "");
  try {
    const res = await fetch(new URL(path, origin), {
      headers: {
        accept: "text/html",
        "accept-encoding": "identity",
        "x-forwarded-host": host,
        "x-forwarded-proto": proto,
      },
      redirect: "manual",
      cache: "no-store",
    });
    await res.arrayBuffer();
  } catch (e) {
    console.error("Vooruit verversen mislukt", path, e instanceof Error ? e.message : e);
  }
}

/** The paths waiting and whether a render is running (tests wait for it to be idle). */
export function refreshAheadQueue(): { pending: string[]; running: boolean; scheduling: number } {
  const s = state();
  return { pending: [...s.pending], running: s.running, scheduling: s.scheduling };
}
