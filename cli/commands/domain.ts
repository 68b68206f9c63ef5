import type { Command } from "commander";

type SetExit = (code: number) => void;

/** Domain commands: deadline arithmetic (pure) and the forecast of a regeling (from the database). */
export function registerDomainCommands(program: Command, setExit: SetExit) {
  program
    .command("deadline")
    .description("Bereken een termijn (Algemene termijnenwet voor wettelijke termijnen) en toon de herleiding als JSON")
    .option("--start <datum>", "startdatum, JJJJ-MM-DD (bij een ontwerp: de dag van ontvangst door de raad)")
    .option("--period <duur>", "ISO 8601-duur, bijvoorbeeld P8W, P12W, P3D, P2M; -P2W telt terug")
    .option(
      "--kind <soort>",
      "statutory (wettelijk, Atw van toepassing) of agreed (afgesproken, nooit verlengd)",
      "statutory",
    )
    .option("--direction <richting>", "after (na de start) of before (terugrekenen)")
    .action(async (opts: { start?: string; period?: string; kind?: string; direction?: string }) => {
      const { runDeadlineCommand } = await import("./deadline");
      const out = runDeadlineCommand(opts);
      if (out.stdout) process.stdout.write(out.stdout.endsWith("\n") ? out.stdout : `${out.stdout}\n`);
      if (out.stderr) process.stderr.write(out.stderr.endsWith("\n") ? out.stderr : `${out.stderr}\n`);
      setExit(out.exitCode);
    });
}

export function registerForecastCommand(program: Command, setExit: SetExit) {
  program
    .command("forecast")
    .description(
      "Prognose: eerst het oordeel in woorden (is de beoogde inwerkingtreding haalbaar, en zo niet de vroegst haalbare datum en waarom), dan per deelnemer de vroegst haalbare datum van elke stap, de speling, het kritieke pad en de uiterlijke data per gemeente",
    )
    .requiredOption("--regeling <slug>", "de regeling, bijvoorbeeld gr-sociaal-domein-flevoland")
    .option("--json", "uitvoer als JSON")
    .option("--vandaag <datum>", "rekenen vanaf deze datum (JJJJ-MM-DD); standaard vandaag")
    .option("--aanhouden <gemeente>", "wat-als: deze gemeente houdt het besluit aan tot de volgende vergadering")
    .option("--keer <aantal>", "met --aanhouden: hoe vaak", "1")
    .action(async (opts: { regeling: string; json?: boolean; vandaag?: string; aanhouden?: string; keer: string }) => {
      const { isIsoDate, todayInNetherlands, formatForecastTable } = await import("@/lib/domain");
      const today = opts.vandaag ?? todayInNetherlands();
      if (!isIsoDate(today)) {
        console.error(`gr-volg: --vandaag moet een datum zijn als 2026-11-24 (gekregen: ${opts.vandaag}).`);
        setExit(2);
        return;
      }
      const times = Number(opts.keer);
      if (!Number.isInteger(times) || times < 1 || times > 12) {
        console.error("gr-volg: --keer moet een geheel getal van 1 tot en met 12 zijn.");
        setExit(2);
        return;
      }
      const { getDb } = await import("@/lib/db/client");
      const { forecastRegeling, NotFoundError } = await import("@/lib/services/forecast");
      const { describeDbError } = await import("@/lib/db/migrate");
      const db = await getDb();
      try {
        const result = await forecastRegeling(db.prisma, opts.regeling, {
          today,
          holdOver: opts.aanhouden ? { gemeenteSlug: opts.aanhouden, times } : undefined,
        });
        console.log(opts.json ? JSON.stringify(result, null, 2) : formatForecastTable(result));
      } catch (err) {
        console.error(`gr-volg: ${err instanceof NotFoundError ? err.message : describeDbError(err)}`);
        setExit(err instanceof NotFoundError ? 2 : 1);
      } finally {
        await db.close();
      }
    });
}
