import { PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { ACTIVE_CONTENT, NOT_A_PDF, checkPdf, hasPdfHeader } from "@/lib/storage/pdf-check";
import { checkPdfUpload, prepareUpload, safeName } from "@/lib/storage/files";
import { tooLargeMessage, transportMaxBytes, uploadMaxBytes } from "@/lib/storage/limits";

/** Small real PDFs, made here with pdf-lib, with and without active content. */
async function plainPdf(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText("Raadsbesluit", { x: 20, y: 100, size: 12 });
  return doc;
}
const bytesOf = (doc: PDFDocument) => doc.save({ useObjectStreams: false });

async function withOpenActionJs(): Promise<Uint8Array> {
  const doc = await plainPdf();
  const action = doc.context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of("app.alert('x')") });
  doc.catalog.set(PDFName.of("OpenAction"), doc.context.register(action));
  return bytesOf(doc);
}

async function withNamesJavaScript(): Promise<Uint8Array> {
  const doc = await plainPdf();
  // The document-level JavaScript name tree, in an object stream this time.
  const js = doc.context.register(doc.context.obj({ S: "JavaScript", JS: PDFString.of("this.print()") }));
  const tree = doc.context.register(doc.context.obj({ Names: [PDFString.of("init"), js] }));
  doc.catalog.set(PDFName.of("Names"), doc.context.obj({ JavaScript: tree }));
  return doc.save({ useObjectStreams: true });
}

async function withPageAaLaunch(): Promise<Uint8Array> {
  const doc = await plainPdf();
  const page = doc.getPage(0).node;
  page.set(PDFName.of("AA"), doc.context.obj({ O: { S: "JavaScript", JS: PDFString.of("1") } }));
  return bytesOf(doc);
}

async function withAttachment(): Promise<Uint8Array> {
  const doc = await plainPdf();
  await doc.attach(new TextEncoder().encode("geheim"), "bijlage.txt", { mimeType: "text/plain" });
  return bytesOf(doc);
}

async function withFileAttachmentAnnotation(): Promise<Uint8Array> {
  const doc = await plainPdf();
  const annot = doc.context.register(
    doc.context.obj({ Type: "Annot", Subtype: "FileAttachment", Rect: [0, 0, 10, 10], Contents: PDFString.of("x") }),
  );
  doc.getPage(0).node.set(PDFName.of("Annots"), doc.context.obj([annot]));
  return bytesOf(doc);
}

describe("PDF check (pdf-lib)", () => {
  it("accepts a plain PDF, with or without object streams", async () => {
    expect(await checkPdf(await bytesOf(await plainPdf()))).toEqual({ ok: true, pages: 1 });
    expect((await checkPdf(await (await plainPdf()).save({ useObjectStreams: true }))).ok).toBe(true);
  });

  it("requires %PDF- at offset 0", async () => {
    const pdf = await bytesOf(await plainPdf());
    const shifted = new Uint8Array([...new TextEncoder().encode("GIF89a"), ...pdf]);
    expect(hasPdfHeader(pdf)).toBe(true);
    expect(hasPdfHeader(shifted)).toBe(false);
    expect(await checkPdf(shifted)).toMatchObject({ ok: false, message: NOT_A_PDF });
    expect(await checkPdf(new TextEncoder().encode("<html>geen pdf</html>"))).toMatchObject({
      ok: false,
      message: NOT_A_PDF,
    });
    expect(await checkPdf(new Uint8Array())).toMatchObject({ ok: false, message: NOT_A_PDF });
  });

  it("refuses a %PDF- header followed by garbage, or a trailer without a catalog", async () => {
    expect(
      await checkPdf(new TextEncoder().encode("%PDF-1.7\nditisgeenpdf\x00\x01\x02 garbage garbage\n%%EOF\n")),
    ).toMatchObject({ ok: false, message: NOT_A_PDF });
    expect(await checkPdf(new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"))).toMatchObject(
      { ok: false, message: NOT_A_PDF },
    );
  });

  it.each([
    ["an OpenAction with JavaScript", withOpenActionJs],
    ["a Names/JavaScript tree (in an object stream)", withNamesJavaScript],
    ["a page additional action (AA) with JavaScript", withPageAaLaunch],
    ["an embedded file (EmbeddedFiles name tree)", withAttachment],
    ["a FileAttachment annotation", withFileAttachmentAnnotation],
  ])("refuses %s", async (_label, make) => {
    expect(await checkPdf(await make())).toMatchObject({ ok: false, message: ACTIVE_CONTENT });
  });
});

describe("upload checks", () => {
  it("refuses an upload at or above UPLOAD_MAX_BYTES with the Dutch 'te groot' message", async () => {
    const pdf = await bytesOf(await plainPdf());
    expect(await checkPdfUpload({ bestandsnaam: "a.pdf", bytes: pdf }, pdf.length + 1)).toBeNull();
    expect(await checkPdfUpload({ bestandsnaam: "a.pdf", bytes: pdf }, pdf.length)).toMatch(/^Het bestand is te groot/);
    expect(await checkPdfUpload(null)).toBe("Voeg het ondertekende raadsbesluit toe als pdf-bestand.");
    expect(await checkPdfUpload({ bestandsnaam: "a.pdf", bytes: await withAttachment() })).toBe(ACTIVE_CONTENT);
  });

  it("keeps the transport limit well above UPLOAD_MAX_BYTES", () => {
    expect(uploadMaxBytes({})).toBe(10 * 1024 * 1024);
    expect(uploadMaxBytes({ UPLOAD_MAX_BYTES: "100" })).toBe(100);
    expect(transportMaxBytes({})).toBeGreaterThan(12 * 1024 * 1024);
    expect(tooLargeMessage(10 * 1024 * 1024)).toBe("Het bestand is te groot; het moet kleiner zijn dan 10 MB.");
  });

  it("prepares the row in memory: sha256, a random key, a safe name, the bytes", async () => {
    const pdf = await bytesOf(await plainPdf());
    const a = prepareUpload({ bestandsnaam: "../../etc/raadsbesluit.pdf", bytes: pdf });
    const b = prepareUpload({ bestandsnaam: "raadsbesluit.pdf", bytes: pdf });
    expect(a.storageKey).not.toBe(b.storageKey);
    expect(a.bestandsnaam).toBe("raadsbesluit.pdf");
    expect(a.content).toBe(pdf);
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(safeName("")).toBe("bestand.pdf");
  });
});
