// Runs once when a Next.js server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await claimEmbeddedDatabase();
  const { startReminderSchedule } = await import("./lib/services/reminders/schedule");
  startReminderSchedule();
}

/**
 * On the embedded database the server opens it (and so takes its single-owner lock) at start-up,
 * not at the first request: a CLI command run next to a freshly started server is refused from
 * the first second, and a second server on the same directory stops with a clear message.
 */
async function claimEmbeddedDatabase() {
  const { parseDatabaseUrl, resolveDatabaseUrl } = await import("./lib/db/url");
  const target = parseDatabaseUrl(resolveDatabaseUrl());
  if (target.kind !== "pglite" || target.inMemory || process.env.NEXT_PHASE === "phase-production-build") return;
  const { getDb } = await import("./lib/db/client");
  try {
    await getDb();
  } catch (err) {
    console.error(`gr-volg: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
