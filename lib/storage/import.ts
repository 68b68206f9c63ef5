import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve, sep } from "node:path";
import type { Db } from "@/lib/db/client";
import { storageDir } from "./files";

export interface ImportReport {
  imported: string[];
  /** Rows whose file is not (or no longer) in STORAGE_DIR: listed, left without content. */
  missing: string[];
  /** Files whose bytes no longer match the sha256 recorded at upload: not imported. */
  changed: string[];
}

/**
 * One-time move of files uploaded before the contents lived in the database: for every StoredFile
 * row without content, read its bytes from STORAGE_DIR and store them. A migration (plain SQL)
 * cannot read files, so `gr-volg db migrate` (and `gr-volg start`) run this after the migrations.
 * Idempotent: rows that have content are skipped, so a second run does nothing.
 */
export async function importFilesFromStorageDir(db: Db, dir = storageDir()): Promise<ImportReport> {
  const report: ImportReport = { imported: [], missing: [], changed: [] };
  const rows = await db.storedFile.findMany({
    where: { content: null },
    select: { id: true, storageKey: true, sha256: true },
    orderBy: { createdAt: "asc" },
  });
  const root = resolve(dir);
  for (const row of rows) {
    const path = resolve(root, row.storageKey);
    // The key came from our own writer, but never read outside STORAGE_DIR.
    if (!path.startsWith(root + sep)) {
      report.missing.push(row.storageKey);
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      report.missing.push(row.storageKey);
      continue;
    }
    if (createHash("sha256").update(bytes).digest("hex") !== row.sha256) {
      report.changed.push(row.storageKey);
      continue;
    }
    await db.storedFileContent.create({ data: { fileId: row.id, content: new Uint8Array(bytes) } });
    report.imported.push(row.storageKey);
  }
  return report;
}

/** Dutch lines for the CLI; empty when there was nothing to do. */
export function describeImport(r: ImportReport, dir = storageDir()): string[] {
  const lines: string[] = [];
  if (r.imported.length) lines.push(`Bestanden uit ${dir} overgezet naar de database: ${r.imported.length}.`);
  if (r.missing.length)
    lines.push(`Niet gevonden in ${dir} (het besluit blijft zonder downloadbaar bestand): ${r.missing.join(", ")}.`);
  if (r.changed.length)
    lines.push(
      `Niet overgezet omdat de inhoud niet meer overeenkomt met de vastgelegde sha256: ${r.changed.join(", ")}.`,
    );
  return lines;
}
