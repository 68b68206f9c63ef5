import type { Command } from "commander";

type SetExit = (code: number) => void;

/** `gr-volg agenda sync`: fetch the subscribed raad calendars once now (for a system cron). */
export function registerAgendaCommands(program: Command, setExit: SetExit) {
  const agenda = program
    .command("agenda")
    .description("Vergaderkalenders van de raden (abonnementen op iCalendar-agenda's)");
  agenda
    .command("sync")
    .description("Haal de geabonneerde vergaderkalenders nu op en verwerk de wijzigingen")
    .option("--abonnement <id>", "alleen dit abonnement")
    .action(async (opts: { abonnement?: string }) => {
      const { getDb } = await import("@/lib/db/client");
      const { describeDbError } = await import("@/lib/db/migrate");
      const { syncCalendarSubscriptions } = await import("@/lib/services/agenda-feeds/sync");
      const db = await getDb();
      try {
        const report = await syncCalendarSubscriptions(db.prisma, {
          subscriptionIds: opts.abonnement ? [opts.abonnement] : undefined,
        });
        if (report.length === 0) console.log("Geen abonnementen op vergaderkalenders.");
        for (const line of report) {
          const c = line.changes;
          const what =
            line.status === "fout"
              ? `mislukt: ${line.reden}`
              : c
                ? `${c.toegevoegd.length} toegevoegd, ${c.verplaatst.length} verplaatst, ${c.gewijzigd.length} gewijzigd, ${c.geannuleerd.length} geannuleerd, ${c.overgeslagen.length} overgeslagen`
                : line.status;
          console.log(`${line.url}: ${what}`);
        }
        if (report.some((l) => l.status === "fout")) setExit(1);
      } catch (err) {
        console.error(`gr-volg: ${describeDbError(err)}`);
        setExit(1);
      } finally {
        await db.close();
      }
    });
}
