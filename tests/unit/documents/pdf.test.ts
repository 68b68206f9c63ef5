import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PDF_FAILED_MESSAGE, PDF_UNAVAILABLE_MESSAGE, docxToPdf, findPdfConverter } from "@/lib/documents/word/pdf";
import { renderRaadsvoorstel } from "@/lib/documents/word/raadsvoorstel";
import { MINIMAL_RAADSVOORSTEL } from "../../helpers/docx";

const sample = () => renderRaadsvoorstel(MINIMAL_RAADSVOORSTEL);

describe("PDF through LibreOffice (optional)", () => {
  it("without LibreOffice: a Dutch message, no exception", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "no-soffice-"));
    expect(await findPdfConverter({ PATH: empty })).toBeNull();
    const r = await docxToPdf(await sample(), { env: { PATH: empty } });
    expect(r).toEqual({ ok: false, message: PDF_UNAVAILABLE_MESSAGE });
    expect(PDF_UNAVAILABLE_MESSAGE).toMatch(/LibreOffice is niet geïnstalleerd/);
  });

  it("finds soffice on PATH, and reports a converter that fails without throwing", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "fake-soffice-"));
    const fake = path.join(dir, "soffice");
    await writeFile(fake, "#!/bin/sh\nexit 3\n");
    await chmod(fake, 0o755);
    expect(await findPdfConverter({ PATH: dir })).toBe(fake);
    expect(await docxToPdf(await sample(), { env: { PATH: dir } })).toEqual({ ok: false, message: PDF_FAILED_MESSAGE });
  });

  const installed = (process.env.PATH ?? "")
    .split(path.delimiter)
    .some((d) => d && existsSync(path.join(d, "soffice")));
  it.skipIf(!installed)(
    "with LibreOffice installed: a real PDF",
    async () => {
      const r = await docxToPdf(await sample());
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    120_000,
  );
});
