import { execFile } from "node:child_process";
import { access, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { constants } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fail, type Result } from "@/lib/result";

/**
 * Optional PDF output: LibreOffice converts the DOCX exports on the server when it is installed
 * (`soffice --headless --convert-to pdf`). Not a dependency of the app: when it is absent, the
 * caller gets a Dutch message for the user instead of an error. SOFFICE_PATH points at another
 * binary; otherwise `soffice` or `libreoffice` is looked up on PATH.
 */
export const PDF_UNAVAILABLE_MESSAGE =
  "Een PDF maken kan op deze server niet: LibreOffice is niet geïnstalleerd. Download het Word-document en bewaar het als PDF, of vraag de beheerder LibreOffice te installeren.";
export const PDF_FAILED_MESSAGE =
  "Het omzetten naar PDF is niet gelukt. Download het Word-document en bewaar het als PDF, of probeer het later opnieuw.";

const CONVERT_TIMEOUT_MS = 60_000;

/** The environment variables the lookup reads. */
export type ConverterEnv = { PATH?: string; SOFFICE_PATH?: string };

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The LibreOffice binary to use, or null when there is none. */
export async function findPdfConverter(
  env: ConverterEnv = { PATH: process.env.PATH, SOFFICE_PATH: process.env.SOFFICE_PATH },
): Promise<string | null> {
  if (env.SOFFICE_PATH) return (await isExecutable(env.SOFFICE_PATH)) ? env.SOFFICE_PATH : null;
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean))
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = path.join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  return null;
}

function run(file: string, args: string[], timeout: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout, killSignal: "SIGKILL", maxBuffer: 1024 * 1024 }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

/** DOCX → PDF with LibreOffice, each conversion in its own temp dir and LibreOffice profile (so two can run at once). */
export async function docxToPdf(
  docx: Buffer,
  opts: { env?: ConverterEnv; timeoutMs?: number } = {},
): Promise<Result<{ pdf: Buffer }>> {
  const converter = await findPdfConverter(opts.env);
  if (!converter) return fail(PDF_UNAVAILABLE_MESSAGE);
  const dir = await mkdtemp(path.join(tmpdir(), "gr-volg-pdf-"));
  try {
    const input = path.join(dir, "document.docx");
    await writeFile(input, docx);
    await run(
      converter,
      [
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        input,
      ],
      opts.timeoutMs ?? CONVERT_TIMEOUT_MS,
    );
    const pdf = await readFile(path.join(dir, "document.pdf"));
    if (pdf.subarray(0, 5).toString("latin1") !== "%PDF-") return fail(PDF_FAILED_MESSAGE);
    return { ok: true, pdf };
  } catch (e) {
    console.error("PDF-conversie mislukt", e);
    return fail(PDF_FAILED_MESSAGE);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
