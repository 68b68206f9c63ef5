import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPdfUpload, discardUpload, isPdf, uploadMaxBytes, writeUpload } from "@/lib/storage/files";
import { PDF, filesIn, useTempStorage } from "./helpers";

describe("PDF uploads", () => {
  it("recognises a PDF by its content, not its name", () => {
    expect(isPdf(PDF)).toBe(true);
    expect(isPdf(new TextEncoder().encode("GIF89a...%PDF-"))).toBe(true); // header within the first 1024 bytes (PDF spec)
    expect(isPdf(new TextEncoder().encode("<html>%PD F-</html>"))).toBe(false);
    expect(checkPdfUpload({ bestandsnaam: "besluit.pdf", bytes: new TextEncoder().encode("geen pdf") })).toBe("Het bestand is geen pdf. Voeg het raadsbesluit toe als pdf-bestand.");
    expect(checkPdfUpload(null)).toBe("Voeg het ondertekende raadsbesluit toe als pdf-bestand.");
  });

  it("enforces UPLOAD_MAX_BYTES (default 10 MB)", () => {
    expect(uploadMaxBytes({})).toBe(10 * 1024 * 1024);
    expect(uploadMaxBytes({ UPLOAD_MAX_BYTES: "100" })).toBe(100);
    expect(checkPdfUpload({ bestandsnaam: "a.pdf", bytes: PDF }, 100)).toMatch(/te groot/);
    expect(checkPdfUpload({ bestandsnaam: "a.pdf", bytes: PDF })).toBeNull();
  });

  it("stores the bytes under a random key in STORAGE_DIR with their sha256", async () => {
    const dir = useTempStorage();
    const a = await writeUpload({ bestandsnaam: "../../etc/raadsbesluit.pdf", bytes: PDF });
    const b = await writeUpload({ bestandsnaam: "raadsbesluit.pdf", bytes: PDF });
    expect(a.storageKey).not.toBe(b.storageKey);
    expect(a.bestandsnaam).toBe("raadsbesluit.pdf");
    expect(a.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect(new Uint8Array(await readFile(join(dir, a.storageKey)))).toEqual(PDF);
    await discardUpload(a.storageKey);
    expect(await filesIn(dir)).toBe(1);
  });
});
