import type { Command } from "commander";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { resolve } from "node:path";
import { openDb } from "@/lib/db/client";
import { parseDatabaseUrl, resolveDatabaseUrl } from "@/lib/db/url";
import { lockPgliteDirectory } from "@/lib/db/pglite-open";
import { displayDir } from "@/lib/db/pglite-lock";
import {
  checkDrift,
  createMigration,
  deployMigrations,
  describeDbError,
  dropDatabase,
  ensureDatabaseExists,
  migrationStatus,
} from "@/lib/db/migrate";
import { seedFlevoland } from "@/lib/services/seed";
import { resetAllDataVersions } from "@/lib/public-cache/data-version";
import { clearShared } from "@/lib/public-cache/shared-cache";
import { describeImport, importFilesFromStorageDir } from "@/lib/storage/import";
import { PATHS } from "../paths";
import { guaranteed } from "@/lib/domain/invariant";

type SetExit = (code: number) => void;

/** Apply pending migrations to DATABASE_URL (PostgreSQL, or the embedded PGlite directory). */
export async function migrateDatabase(url = resolveDatabaseUrl()): Promise<string[]> {
  const target = parseDatabaseUrl(url);
  if (target.kind === "postgres") await ensureDatabaseExists(url);
  const { applied } = await deployMigrations({
    databaseUrl: url,
    migrationsDir: PATHS.migrations,
    schemaPath: PATHS.schema,
  });
  // An in-memory PGlite lives only in this process's migration run: nothing to import there.
  if (target.kind === "postgres" || !target.inMemory) await importStoredFiles(url);
  return applied;
}

/** Files uploaded before they lived in the database: moved in once from STORAGE_DIR (lib/storage/import.ts). */
async function importStoredFiles(url: string): Promise<void> {
  const db = await openDb(url);
  try {
    for (const line of describeImport(await importFilesFromStorageDir(db.prisma))) console.log(line);
  } finally {
    await db.close();
  }
}

/**
 * Seed, scale generator and restore write around the command runner: afterwards every data
 * version moves, so no instance serves a page cached before (lib/public-cache/data-version.ts),
 * and the shared page cache in PostgreSQL is emptied (lib/public-cache/shared-cache.ts).
 * A restored backup from before the versions existed has no such table yet; migrating adds it.
 */
async function afterBulkWrite(url: string): Promise<void> {
  const db = await openDb(url);
  try {
    const exists = await db.prisma.$queryRaw<{ t: string | null; shared: string | null }[]>`
      SELECT to_regclass('"DataVersion"')::text AS t, to_regclass('"PublicCacheEntry"')::text AS shared`;
    if (exists[0]?.t) await resetAllDataVersions(db.prisma);
    // The moved versions already make every shared copy unusable; emptying the table gives the space back.
    if (exists[0]?.shared) await clearShared(db.prisma);
  } finally {
    await db.close();
  }
}

export async function seedDatabase(url = resolveDatabaseUrl()) {
  const db = await openDb(url);
  try {
    const summary = await seedFlevoland(db.prisma);
    await resetAllDataVersions(db.prisma);
    return summary;
  } finally {
    await db.close();
  }
}

export async function resetDatabase(url = resolveDatabaseUrl()): Promise<void> {
  const target = parseDatabaseUrl(url);
  if (target.kind === "postgres") {
    await dropDatabase(url);
    await migrateDatabase(url);
    await seedDatabase(url);
    return;
  }
  // Hold the directory's lock across delete, migrate and seed (refused while the app runs on it).
  const lock = lockPgliteDirectory(target.dataDir);
  try {
    if (lock) await rm(resolve(target.dataDir), { recursive: true, force: true });
    await migrateDatabase(url);
    await seedDatabase(url);
  } finally {
    lock?.release();
  }
}

async function pingPostgres(target: { host: string; port: number; user: string; password: string; database: string }) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ ...target, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    await client.end().catch(() => {});
  }
}

export interface DbCheckResult {
  /** 0 opens and up to date, 2 opens but migrations not current, 1 cannot be opened. */
  code: 0 | 1 | 2;
  lines: string[];
}

/**
 * Opens DATABASE_URL (under the embedded directory's lock), runs a trivial query and compares the
 * applied migrations with prisma/migrations. Never creates anything: a missing directory is an error.
 */
export async function checkDatabase(url = resolveDatabaseUrl()): Promise<DbCheckResult> {
  const target = parseDatabaseUrl(url);
  const where =
    target.kind === "postgres"
      ? `PostgreSQL-database '${target.database}' op ${target.host}:${target.port}`
      : `ingebouwde database in ${target.inMemory ? "het geheugen" : displayDir(target.dataDir)}`;
  if (target.kind === "pglite" && !target.inMemory && !existsSync(resolve(target.dataDir, "PG_VERSION"))) {
    return {
      code: 1,
      lines: [
        `gr-volg: geen ingebouwde database gevonden in ${displayDir(target.dataDir)} (PG_VERSION ontbreekt). Maak er een met \`gr-volg db migrate\` of zet een backup terug (zie docs/recovery.md).`,
      ],
    };
  }
  let db: Awaited<ReturnType<typeof openDb>>;
  try {
    if (target.kind === "postgres") await pingPostgres(target); // Prisma connects lazily: ask pg directly for a clear message
    db = await openDb(url);
  } catch (err) {
    return { code: 1, lines: [`gr-volg: ${describeDbError(err, target.kind === "postgres" ? target : undefined)}`] };
  }
  try {
    try {
      await db.prisma.$queryRawUnsafe("SELECT 1");
    } catch (err) {
      return {
        code: 1,
        lines: [
          `gr-volg: de ${where} opent, maar een eenvoudige query mislukt (${describeDbError(err)}). Zie docs/recovery.md.`,
        ],
      };
    }
    const s = await migrationStatus({
      migrationsDir: PATHS.migrations,
      schemaPath: PATHS.schema,
      ...(db.pglite ? { pglite: db.pglite } : { databaseUrl: url }),
    });
    const lines = [
      `De ${where} opent en antwoordt.`,
      `Migraties uitgevoerd: ${s.applied.length}; open: ${s.pending.length ? s.pending.join(", ") : "geen"}.`,
    ];
    if (s.failed.length) lines.push(`Mislukt: ${s.failed.join(", ")}`);
    if (s.edited.length) lines.push(`Gewijzigd na uitvoeren: ${s.edited.join(", ")}`);
    if (s.missingLocally.length)
      lines.push(`Alleen in de database, niet in prisma/migrations: ${s.missingLocally.join(", ")}`);
    if (!s.upToDate) {
      lines.push("De database is niet bij: voer `gr-volg db migrate` uit.");
      return { code: 2, lines };
    }
    lines.push("In orde.");
    return { code: 0, lines };
  } catch (err) {
    return { code: 1, lines: [`gr-volg: ${describeDbError(err)}`] };
  } finally {
    await db.close().catch(() => {});
  }
}

async function guarded(setExit: SetExit, fn: () => Promise<void>) {
  try {
    await fn();
  } catch (err) {
    console.error(`gr-volg: ${describeDbError(err)}`);
    setExit(1);
  }
}

export function registerDbCommands(program: Command, setExit: SetExit) {
  const db = program.command("db").description("Database: migreren, vullen, herstellen");

  db.command("migrate")
    .description("Voer openstaande migraties uit op DATABASE_URL (standaard de ingebouwde PGlite-database)")
    .action(() =>
      guarded(setExit, async () => {
        const applied = await migrateDatabase();
        console.log(
          applied.length
            ? `Migraties uitgevoerd: ${applied.join(", ")}`
            : "De database is bijgewerkt; geen migraties open.",
        );
      }),
    );

  db.command("cache-legen")
    .description(
      "Na een wijziging buiten de app om (los SQL): alle gecachte pagina's op elke instantie opnieuw laten opbouwen",
    )
    .action(() =>
      guarded(setExit, async () => {
        await afterBulkWrite(resolveDatabaseUrl());
        console.log(
          "Alle gegevensversies zijn verhoogd en de gedeelde cache is geleegd: elke instantie bouwt haar pagina's bij het volgende verzoek opnieuw op.",
        );
      }),
    );

  db.command("migrate:create")
    .argument("<naam>", "korte naam, bijvoorbeeld add_recesses")
    .description("Maak een nieuwe migratie uit het verschil tussen de migraties en prisma/schema.prisma")
    .action((naam: string) =>
      guarded(setExit, async () => {
        if (!/^[a-z0-9_]+$/.test(naam)) throw new Error("De naam mag alleen kleine letters, cijfers en _ bevatten.");
        const { created } = await createMigration({
          schemaPath: PATHS.schema,
          migrationsDir: PATHS.migrations,
          name: naam,
        });
        console.log(
          created ? `Nieuwe migratie: ${created}` : "Geen verschil met schema.prisma: geen migratie gemaakt.",
        );
      }),
    );

  db.command("status")
    .description("Toon welke migraties zijn uitgevoerd en welke nog openstaan")
    .action(() =>
      guarded(setExit, async () => {
        const s = await migrationStatus({ migrationsDir: PATHS.migrations, schemaPath: PATHS.schema });
        console.log(`Uitgevoerd: ${s.applied.length ? s.applied.join(", ") : "geen"}`);
        console.log(`Open: ${s.pending.length ? s.pending.join(", ") : "geen"}`);
        if (s.failed.length) console.log(`Mislukt: ${s.failed.join(", ")}`);
        if (!s.upToDate) setExit(2);
      }),
    );

  db.command("check")
    .description(
      "Controleer dat de database opent, antwoordt en alle migraties heeft (0 in orde, 2 niet bij, 1 opent niet)",
    )
    .action(async () => {
      const r = await checkDatabase();
      for (const line of r.lines) (r.code === 1 ? console.error : console.log)(line);
      if (r.code !== 0) setExit(r.code);
    });

  db.command("drift")
    .description("Controleer dat de migraties precies schema.prisma opleveren")
    .action(() =>
      guarded(setExit, async () => {
        const { inSync, sql } = await checkDrift({ migrationsDir: PATHS.migrations, schemaPath: PATHS.schema });
        if (inSync) console.log("Geen verschil: de migraties leveren precies schema.prisma op.");
        else {
          console.error(`Verschil gevonden tussen migraties en schema.prisma:\n${sql}`);
          setExit(2);
        }
      }),
    );

  db.command("seed")
    .description(
      "Demodata laden: de regio Flevoland uit de brondocumenten en de demo-accounts; zet de database in demomodus (idempotent, heractiveert geen gedeactiveerd account)",
    )
    .action(() =>
      guarded(setExit, async () => {
        const s = await seedDatabase();
        console.log(
          `Flevoland geladen: ${s.gemeenten} gemeenten, ${s.documents} documenten, ${s.procedures} procedures, ${s.users} demo-accounts.`,
        );
      }),
    );

  db.command("reset")
    .description("Wis de database, migreer opnieuw en vul met Flevoland (alle registraties gaan verloren)")
    .option("--ja", "bevestig zonder vraag", false)
    .action((opts: { ja: boolean }) =>
      guarded(setExit, async () => {
        if (!opts.ja && process.env.CI !== "true" && process.stdin.isTTY) {
          const { createInterface } = await import("node:readline/promises");
          const rl = createInterface({ input: process.stdin, output: process.stdout });
          const answer = await rl.question("Alle gegevens in de database worden gewist. Doorgaan? (ja/nee) ");
          rl.close();
          if (answer.trim().toLowerCase() !== "ja") {
            console.log("Afgebroken.");
            return;
          }
        }
        await resetDatabase();
        console.log("Database gewist, gemigreerd en gevuld met Flevoland.");
      }),
    );
}

export function registerBackupCommands(program: Command, setExit: SetExit) {
  const db = guaranteed(
    program.commands.find((c) => c.name() === "db"),
    "the db command (registered before)",
  );
  db.command("backup")
    .argument("<bestand>", "waar de backup komt, bijvoorbeeld backups/gr-volg-2026-11-24.dump")
    .description("Maak een backup van DATABASE_URL (pg_dump, of de map van de ingebouwde database)")
    .action((bestand: string) =>
      guarded(setExit, async () => {
        const { backupDatabase } = await import("@/lib/db/backup");
        const r = await backupDatabase(resolveDatabaseUrl(), bestand);
        console.log(
          `Backup gemaakt: ${r.file} (${r.bytes} bytes, ${r.engine === "postgres" ? "PostgreSQL" : "ingebouwde database"}).`,
        );
      }),
    );
  db.command("restore")
    .argument("<bestand>", "een backup van `gr-volg db backup`")
    .option("--ja", "bevestig zonder vraag", false)
    .description("Zet een backup terug in DATABASE_URL (de huidige inhoud wordt vervangen; stop de app eerst)")
    .action((bestand: string, opts: { ja: boolean }) =>
      guarded(setExit, async () => {
        if (!opts.ja && process.stdin.isTTY && process.env.CI !== "true") {
          const { createInterface } = await import("node:readline/promises");
          const rl = createInterface({ input: process.stdin, output: process.stdout });
          const answer = await rl.question("De huidige inhoud van de database wordt vervangen. Doorgaan? (ja/nee) ");
          rl.close();
          if (answer.trim().toLowerCase() !== "ja") return void console.log("Afgebroken.");
        }
        const { restoreDatabase } = await import("@/lib/db/backup");
        await restoreDatabase(resolveDatabaseUrl(), bestand);
        await afterBulkWrite(resolveDatabaseUrl());
        console.log(`Backup teruggezet uit ${bestand}.`);
      }),
    );
}

/** `--jaren 2025-2027` (or one year, or "geen"): the begrotingsjaren of the generated begroting cycles. */
function begrotingsjaren(value: string): number[] {
  if (value.trim() === "geen") return [];
  const m = /^\s*(\d{4})\s*(?:-\s*(\d{4}))?\s*$/.exec(value);
  const from = Number(m?.[1]);
  const to = Number(m?.[2] ?? m?.[1]);
  if (!m || from < 2000 || to > 2199 || to < from || to - from > 20)
    throw new Error(
      "--jaren is een jaar of een reeks van jaren (bijvoorbeeld 2025-2027, hoogstens 21 jaren), of 'geen'.",
    );
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

export function registerScaleCommand(program: Command, setExit: SetExit) {
  const db = guaranteed(
    program.commands.find((c) => c.name() === "db"),
    "the db command (registered before)",
  );
  db.command("generate-scale")
    .description("Vul een (lege) database met een landelijke synthetische dataset voor prestatietests (demodata)")
    .option("--seed <getal>", "startwaarde: dezelfde waarde geeft dezelfde data", "2027")
    .option("--gemeenten <aantal>", "aantal gemeenten", "342")
    .option("--regelingen <aantal>", "aantal regelingen", "1200")
    .option(
      "--jaren <jaren>",
      "begrotingsjaren met een begrotingscyclus per regeling (van-tot, of 'geen')",
      "2025-2027",
    )
    .action((opts: { seed: string; gemeenten: string; regelingen: string; jaren: string }) =>
      guarded(setExit, async () => {
        const n = (v: string, name: string, max: number) => {
          const x = Number(v);
          if (!Number.isInteger(x) || x < 1 || x > max)
            throw new Error(`--${name} moet een geheel getal van 1 tot en met ${max} zijn.`);
          return x;
        };
        const options = {
          seed: n(opts.seed, "seed", 2 ** 31),
          gemeenten: n(opts.gemeenten, "gemeenten", 5000),
          regelingen: n(opts.regelingen, "regelingen", 20000),
          jaren: begrotingsjaren(opts.jaren),
        };
        const url = resolveDatabaseUrl();
        await migrateDatabase(url);
        const opened = await openDb(url);
        try {
          if ((await opened.prisma.regeling.count({ where: { slug: { startsWith: "schaalregeling-" } } })) > 0) {
            throw new Error(
              "Deze database bevat al een gegenereerde dataset; gebruik een lege database (of gr-volg db reset).",
            );
          }
          const { generateScale } = await import("@/lib/scale/generate");
          const r = await generateScale(opened.prisma, { ...options, log: (m) => console.log(`  ${m}`) });
          await resetAllDataVersions(opened.prisma);
          console.log(JSON.stringify(r, null, 2));
        } finally {
          await opened.close();
        }
      }),
    );
}
