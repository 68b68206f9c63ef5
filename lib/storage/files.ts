import { createHash, randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

/** Where uploaded files live: STORAGE_DIR (default ./.data/bestanden). */
export function storageDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.STORAGE_DIR?.trim() || "./.data/bestanden");
}

/** UPLOAD_MAX_BYTES (default 10 MB). */
export function uploadMaxBytes(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.UPLOAD_MAX_BYTES);
  return Number.isInteger(n) && n > 0 ? n : 10 * 1024 * 1024;
}

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
}

/** A PDF is recognised by its content (the %PDF- header), never by its name or declared type. */
export function isPdf(bytes: Uint8Array): boolean {
  const magic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
  // The PDF specification allows the header within the first 1024 bytes.
  const limit = Math.min(bytes.length - magic.length, 1024);
  for (let i = 0; i <= limit; i++) {
    if (magic.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/** Dutch message when the upload is not acceptable, otherwise null. */
export function checkPdfUpload(upload: Upload | undefined | null, maxBytes = uploadMaxBytes()): string | null {
  if (!upload || upload.bytes.length === 0) return "Voeg het ondertekende raadsbesluit toe als pdf-bestand.";
  if (upload.bytes.length > maxBytes) {
    return `Het bestand is te groot (${Math.ceil(upload.bytes.length / 1024)} kB); het maximum is ${Math.floor(maxBytes / 1024 / 1024)} MB.`;
  }
  if (!isPdf(upload.bytes)) return "Het bestand is geen pdf. Voeg het raadsbesluit toe als pdf-bestand.";
  return null;
}

function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "bestand.pdf";
  return base.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 200) || "bestand.pdf";
}

/** Writes the bytes under a random storage key; the caller records the StoredFile row. */
export async function writeUpload(upload: Upload, dir = storageDir()): Promise<StoredUpload> {
  const storageKey = `${new Date().toISOString().slice(0, 7)}/${randomBytes(16).toString("hex")}.pdf`;
  const path = join(dir, storageKey);
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, upload.bytes, { flag: "wx" });
  return {
    sha256: createHash("sha256").update(upload.bytes).digest("hex"),
    size: upload.bytes.length,
    mimeType: "application/pdf",
    bestandsnaam: safeName(upload.bestandsnaam),
    storageKey,
  };
}

/** Removes bytes whose database record was never committed. */
export async function discardUpload(storageKey: string, dir = storageDir()): Promise<void> {
  await rm(join(dir, storageKey), { force: true });
}
