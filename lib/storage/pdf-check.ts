import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream, type PDFObject } from "pdf-lib";

/*
 * Library choice: pdf-lib (pure JavaScript, no worker, loads in Node 20 and in the Next server
 * bundle as is). It parses the whole file (cross-reference tables and object streams included) and
 * gives every indirect object, so the check below walks ALL objects instead of asking for a few
 * known places: JavaScript or an attachment cannot hide in a form field, a page action or an
 * annotation we forgot. pdf-lib has had no release since 2021, but its parser is used very widely;
 * Mozilla's pdfjs-dist (maintained) was the alternative, but its current line needs Node >= 22.13,
 * the 5.x line runs here only through a worker/fake-worker setup inside Next's bundle, and its
 * API answers per category (getJSActions, getAttachments, per-page annotations), which is easier to
 * get incomplete. Swap the parser here if pdf-lib ever stops parsing real raadsbesluiten.
 */

export const NOT_A_PDF = "Het bestand is geen geldige pdf. Voeg het raadsbesluit toe als pdf-bestand.";
export const ACTIVE_CONTENT =
  "Het bestand bevat JavaScript of ingesloten bestanden; dat is niet toegestaan. Sla het raadsbesluit opnieuw op als gewone pdf (bijvoorbeeld via ‘Afdrukken als pdf’) en probeer het nog eens.";

const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** `%PDF-` at offset 0: stricter than the spec's "within 1024 bytes", so no polyglot file gets through. */
export function hasPdfHeader(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER.length && HEADER.every((b, i) => bytes[i] === b);
}

const name = (n: string) => PDFName.of(n);
const JS_KEYS = [name("JS"), name("JavaScript")];
const EMBEDDED_KEYS = [name("EmbeddedFiles"), name("EmbeddedFile")];

/** Why a dictionary is active content (JavaScript, an attachment), or null. */
function activeContentIn(dict: PDFDict): string | null {
  for (const k of JS_KEYS) if (dict.has(k)) return "JavaScript";
  for (const k of EMBEDDED_KEYS) if (dict.has(k)) return "ingesloten bestand";
  const s = dict.get(name("S"));
  if (s === name("JavaScript")) return "JavaScript";
  const type = dict.get(name("Type"));
  if (type === name("EmbeddedFile") || (type === name("Filespec") && dict.has(name("EF")))) return "ingesloten bestand";
  if (dict.get(name("Subtype")) === name("FileAttachment")) return "ingesloten bestand";
  return null;
}

/** Depth-first over direct objects (indirect ones are visited from the object table). */
function scan(obj: PDFObject | undefined, depth = 0): string | null {
  if (!obj || obj instanceof PDFRef || depth > 64) return null;
  const dict = obj instanceof PDFDict ? obj : obj instanceof PDFStream || obj instanceof PDFRawStream ? obj.dict : null;
  if (dict) {
    const found = activeContentIn(dict);
    if (found) return found;
    for (const [, value] of dict.entries()) {
      const inner = scan(value, depth + 1);
      if (inner) return inner;
    }
  } else if (obj instanceof PDFArray) {
    for (let i = 0; i < obj.size(); i++) {
      const inner = scan(obj.get(i), depth + 1);
      if (inner) return inner;
    }
  }
  return null;
}

export type PdfCheck = { ok: true; pages: number } | { ok: false; message: string; reason: string };

/**
 * A real PDF without active content: the header at offset 0, a document that parses with a trailer
 * pointing at a catalog with pages, and no JavaScript or embedded files anywhere in it.
 */
export async function checkPdf(bytes: Uint8Array): Promise<PdfCheck> {
  if (!hasPdfHeader(bytes)) return { ok: false, message: NOT_A_PDF, reason: "geen %PDF- aan het begin" };
  let doc: PDFDocument;
  let pages: number;
  try {
    // Encrypted files are refused too: their objects cannot be inspected.
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
    pages = doc.getPageCount();
  } catch (err) {
    return { ok: false, message: NOT_A_PDF, reason: `niet te lezen: ${(err as Error).message.slice(0, 120)}` };
  }
  if (!(doc.context.trailerInfo.Root instanceof PDFRef) || pages < 1)
    return { ok: false, message: NOT_A_PDF, reason: "geen catalogus of pagina's" };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    const found = scan(obj);
    if (found) return { ok: false, message: ACTIVE_CONTENT, reason: found };
  }
  return { ok: true, pages };
}
