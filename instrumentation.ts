// Runs once when a Next.js server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startReminderSchedule } = await import("./lib/services/reminders/schedule");
  startReminderSchedule();
  const { startAuditCheckpointSchedule } = await import("./lib/services/audit-checkpoint-schedule");
  startAuditCheckpointSchedule();
}
