import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { PGlite, PGliteOptions } from "@electric-sql/pglite";
import { ADOPT_ENV, acquirePgliteLock, displayDir, type PgliteLock } from "./pglite-lock";

/**
 * The one place that opens an embedded PGlite database (the app, the CLI, migrations, backups).
 * A data directory is opened only under its single-owner lock (lib/db/pglite-lock.ts); memory://
 * databases live inside one process and need none.
 */
export interface OpenedPglite {
  pglite: PGlite;
  /** Closes the database, then gives the lock back. Idempotent. */
  close(): Promise<void>;
}

export const isPgliteDirectory = (dataDir: string) => !dataDir.startsWith("memory://") && !dataDir.includes("://");

/** The directory exists but PGlite cannot start on it (damaged files, a crashed foreign opener). */
export class DatabaseDamagedError extends Error {
  constructor(dataDir: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(
      `de ingebouwde database in ${displayDir(dataDir)} kan niet worden geopend (melding van PGlite: ${why
        .split("\n")[0]
        .replace(/ Build with -sASSERTIONS.*$/, "")
        .slice(0, 160)}). ` +
        `Mogelijk is de map beschadigd: zet de laatste backup terug met \`gr-volg db restore <bestand>\` (zie docs/recovery.md).`,
      { cause },
    );
    this.name = "DatabaseDamagedError";
  }
}

/** Takes the directory's lock for a caller that opens or deletes it by other means (reset, restore). */
export function lockPgliteDirectory(dataDir: string): PgliteLock | null {
  if (!isPgliteDirectory(dataDir)) return null;
  // `next build` must never open the embedded database (no page is prerendered from data).
  if (process.env.NEXT_PHASE === "phase-production-build") {
    throw new Error(
      "next build opent de ingebouwde database niet; een pagina die data leest moet dynamisch zijn (connection()).",
    );
  }
  // PGlite's own mkdir is not recursive, and the lock file lives beside the directory.
  mkdirSync(dirname(resolve(dataDir)), { recursive: true });
  return acquirePgliteLock(dataDir, { adoptToken: process.env[ADOPT_ENV] });
}

export async function openPglite(dataDir: string, options: PGliteOptions = {}): Promise<OpenedPglite> {
  const lock = lockPgliteDirectory(dataDir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    let pglite: PGlite;
    try {
      pglite = new PGlite(dataDir, options);
      await pglite.waitReady;
    } catch (e) {
      throw lock ? new DatabaseDamagedError(dataDir, e) : e;
    }
    let closing: Promise<void> | null = null;
    return {
      pglite,
      close() {
        closing ??= (async () => {
          try {
            if (!pglite.closed) await pglite.close();
          } finally {
            lock?.release();
          }
        })();
        return closing;
      },
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}
