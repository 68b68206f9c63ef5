import { createHash, randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { checkPdf } from "./pdf-check";
import { tooLargeMessage, uploadMaxBytes } from "./limits";

/**
 * Uploaded files live in the database (StoredFile + StoredFileContent), written in the same
 * transaction as the registration that references them: a crash can leave neither an orphan nor
 * a dangling reference, every instance serves the same bytes, and `gr-volg db backup` carries them.
 * STORAGE_DIR is only read once, to import files uploaded before this (lib/storage/import.ts).
 */

/** Where files uploaded before the move into the database live: STORAGE_DIR (default ./.data/bestanden). */
export function storageDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.STORAGE_DIR?.trim() || "./.data/bestanden");
}

export { tooLargeMessage, uploadMaxBytes } from "./limits";

export interface Upload {
  bestandsnaam: string;
  bytes: Uint8Array;
}

export interface StoredUpload {
  sha256: string;
  size: number;
  mimeType: "application/pdf";
  bestandsnaam: string;
  storageKey: string;
  content: Uint8Array;
}

export const MISSING_PDF = "Voeg het ondertekende raadsbesluit toe als pdf-bestand.";

/** Dutch message when the upload is not acceptable (missing, too large, not a clean PDF), otherwise null. */
export async function checkPdfUpload(
  upload: Upload | undefined | null,
  maxBytes = uploadMaxBytes(),
): Promise<string | null> {
  if (!upload || upload.bytes.length === 0) return MISSING_PDF;
  if (upload.bytes.length >= maxBytes) return tooLargeMessage(maxBytes, upload.bytes.length);
  const pdf = await checkPdf(upload.bytes);
  return pdf.ok ? null : pdf.message;
}

/** Only the last path segment, letters/digits/._- and spaces; never empty. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return (
    base
      .replace(/[^\p{L}\p{N}._ -]/gu, "_")
      .slice(0, 200)
      .trim() || "bestand.pdf"
  );
}

/** The row to write (with its bytes) for a checked upload; nothing touches the disk. */
export function prepareUpload(upload: Upload): StoredUpload {
  return {
    sha256: createHash("sha256").update(upload.bytes).digest("hex"),
    size: upload.bytes.length,
    mimeType: "application/pdf",
    bestandsnaam: safeName(upload.bestandsnaam),
    storageKey: `db/${randomBytes(16).toString("hex")}`,
    content: upload.bytes,
  };
}
