import { mkdtempSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "@/lib/db/client";
import type { GriffieUser } from "@/lib/services/griffie/common";

/** A tiny but real PDF (header, one empty page, trailer). */
export const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
export const pdfUpload = () => ({ bestandsnaam: "raadsbesluit.pdf", bytes: PDF });

export function useTempStorage(): string {
  const dir = mkdtempSync(join(tmpdir(), "grv-bestanden-"));
  process.env.STORAGE_DIR = dir;
  return dir;
}

export async function filesIn(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).length;
}

export async function griffier(db: Db, gemeente: string): Promise<GriffieUser> {
  const u = await db.user.findUniqueOrThrow({ where: { email: `griffier.${gemeente}@demo.gr-volg.nl` } });
  return { id: u.id, role: "GRIFFIER", gemeenteId: u.gemeenteId };
}

/** Counts of everything a registration could write; equal before/after means nothing was written. */
export async function snapshot(db: Db) {
  const [audit, besluiten, moties, files, zienswijzen, points, procedures] = await Promise.all([
    db.auditEvent.count(),
    db.besluit.count(),
    db.motie.count(),
    db.storedFile.count(),
    db.zienswijze.count(),
    db.zienswijzePoint.count(),
    db.procedure.findMany({ select: { id: true, version: true }, orderBy: { id: "asc" } }),
  ]);
  const tracks = await db.track.findMany({ select: { id: true, version: true, status: true }, orderBy: { id: "asc" } });
  return { audit, besluiten, moties, files, zienswijzen, points, procedures, tracks };
}
