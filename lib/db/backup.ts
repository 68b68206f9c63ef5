import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseDatabaseUrl, type DatabaseTarget } from "./url";
import { ensureDatabaseExists } from "./migrate";
import { lockPgliteDirectory, openPglite } from "./pglite-open";

/**
 * Backups with the tools each engine ships: pg_dump / pg_restore (custom format) for PostgreSQL,
 * PGlite's own data-directory dump (a gzipped tarball) for the embedded database. Both take the
 * embedded directory's single-owner lock, so they refuse while the app runs on it.
 */
export interface BackupResult {
  file: string;
  bytes: number;
  engine: DatabaseTarget["kind"];
}

type PgTarget = Extract<DatabaseTarget, { kind: "postgres" }>;

function pgEnv(t: PgTarget): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PGHOST: t.host,
    PGPORT: String(t.port),
    PGUSER: t.user,
    PGPASSWORD: t.password,
    PGDATABASE: t.database,
  };
}

function runTool(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((res, rej) => {
    const child = spawn(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    child.on("error", (e) =>
      rej(
        new Error(
          `${cmd} kon niet worden gestart (${(e as NodeJS.ErrnoException).code ?? e.message}). Installeer de PostgreSQL-clientprogramma's.`,
        ),
      ),
    );
    child.on("exit", (code) =>
      code === 0 ? res() : rej(new Error(`${cmd} is mislukt (code ${code}): ${stderr.trim().slice(0, 500)}`)),
    );
  });
}

export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
  const target = parseDatabaseUrl(url);
  const out = resolve(file);
  await mkdir(dirname(out), { recursive: true });
  if (target.kind === "postgres") {
    // --no-unlogged-table-data: the shared page cache ("PublicCacheEntry", lib/public-cache/shared-cache.ts) is
    // a cache of up to ~100 MB at national scale; a restore moves every data version anyway, so no row could match.
    await runTool(
      "pg_dump",
      ["--format=custom", "--no-owner", "--no-privileges", "--no-unlogged-table-data", "--file", out],
      pgEnv(target),
    );
  } else {
    if (target.inMemory) throw new Error("Een database in het geheugen kan niet worden geback-upt.");
    if (!existsSync(target.dataDir)) throw new Error(`Geen ingebouwde database gevonden in ${target.dataDir}.`);
    // Under the directory's lock: refused while the app (or another command) has it open.
    const db = await openPglite(target.dataDir); // resolves only when ready (dumpDataDir needs that)
    try {
      const dump = await db.pglite.dumpDataDir("gzip");
      await writeFile(out, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  }
  return { file: out, bytes: (await stat(out)).size, engine: target.kind };
}

/** Replaces the database's contents with the backup's. */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  const target = parseDatabaseUrl(url);
  const src = resolve(file);
  if (!existsSync(src)) throw new Error(`Backupbestand niet gevonden: ${src}`);
  if (target.kind === "postgres") {
    await ensureDatabaseExists(url);
    await runTool(
      "pg_restore",
      ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--exit-on-error", "--dbname", target.database, src],
      pgEnv(target),
    );
    return;
  }
  if (target.inMemory) throw new Error("Terugzetten in een database in het geheugen kan niet.");
  const bytes = await readFile(src);
  // Hold the directory's lock from before the delete until the restored directory is closed, so
  // no other process can open a half-restored directory (and a running app makes this refuse).
  const lock = lockPgliteDirectory(target.dataDir);
  try {
    await rm(target.dataDir, { recursive: true, force: true });
    await mkdir(dirname(resolve(target.dataDir)), { recursive: true });
    // PGlite decides by the blob type whether to gunzip: without it, it reads the tarball as raw and hangs.
    const db = await openPglite(target.dataDir, { loadDataDir: new Blob([bytes], { type: "application/x-gzip" }) });
    await db.close();
  } finally {
    lock?.release();
  }
}
