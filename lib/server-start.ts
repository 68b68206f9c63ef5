import { parseDatabaseUrl, resolveDatabaseUrl } from "./db/url";
import { missingAuthSecret } from "./auth/secret";
import { startMemoryLog } from "./memory-log";

/** Node.js server start (instrumentation.ts): claim the embedded database, then the scheduled jobs (lib/jobs). */
export async function registerNodeServer() {
  refuseWithoutAuthSecret();
  await claimEmbeddedDatabase();
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  startMemoryLog();
  // Pages a command made stale are rendered again right after its commit (lib/public-cache/refresh-ahead.ts).
  const { publicCacheEnabled } = await import("./public-cache/serve");
  if (publicCacheEnabled()) (await import("./public-cache/refresh-ahead")).startRefreshAhead();
  const { startJobs } = await import("./jobs");
  try {
    await startJobs();
  } catch (err) {
    // The app serves without its jobs rather than not at all; `gr-volg jobs run-due` still works.
    console.error(`[taken] niet gestart: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * On the embedded database the server opens it (and so takes its single-owner lock, or takes it
 * over from the `gr-volg start` that spawned it) at start-up, not at the first request: a CLI
 * command run next to a freshly started server is refused from the first second, and a second
 * server on the same directory stops with a clear message.
 */
async function claimEmbeddedDatabase() {
  const target = parseDatabaseUrl(resolveDatabaseUrl());
  if (target.kind !== "pglite" || target.inMemory || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("./db/client");
  try {
    await getDb();
  } catch (err) {
    console.error(`gr-volg: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

/** Every instance must sign sessions with the same secret: stop at once when there is none. */
function refuseWithoutAuthSecret() {
  const problem = missingAuthSecret();
  if (!problem) return;
  console.error(`gr-volg: ${problem}`);
  process.exit(1);
}
