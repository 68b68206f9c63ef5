import { expect } from "vitest";
import JSZip from "jszip";

/** The XML parts of a generated .docx that the tests look into. */
export async function docxParts(buf: Buffer) {
  const zip = await JSZip.loadAsync(buf);
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} ontbreekt in het document`);
    return file.async("string");
  };
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
  const footerNames = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  const document = await part("word/document.xml");
  return {
    document,
    styles: await part("word/styles.xml"),
    settings: await part("word/settings.xml"),
    core: await part("docProps/core.xml"),
    headers: await Promise.all(headerNames.map(part)),
    footers: await Promise.all(footerNames.map(part)),
    /** The document's text, one line per paragraph. */
    text: plainText(document),
  };
}

export function plainText(xml: string): string {
  return xml
    .replace(/<w:p[ >]/g, "\n$&")
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** The style id of each paragraph whose text is `text` (the paragraph's w:pStyle). */
export function styleOfParagraph(documentXml: string, text: string): string | null {
  for (const p of documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []) {
    if (plainText(p).trim() !== text) continue;
    return /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null;
  }
  return null;
}

/** The outline level (0-based) a style sets, or null. */
export function outlineLevelOfStyle(stylesXml: string, styleId: string): number | null {
  const style = new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>([\\s\\S]*?)</w:style>`).exec(stylesXml);
  const level = style ? /<w:outlineLvl w:val="(\d)"\/>/.exec(style[1]) : null;
  return level ? Number(level[1]) : null;
}

/** The smallest raadsvoorstel: for tests of the builder, the PDF step and the download response. */
export const MINIMAL_RAADSVOORSTEL = {
  gemeente: "Urk",
  date: "2026-05-20",
  onderwerp: "Zienswijze",
  samenvatting: ["S"],
  besluitpunten: ["B"],
  inleiding: [],
  zienswijze: null,
  vervolg: [],
  bevoegdheid: [],
  bijlagen: [],
} as const satisfies import("@/lib/documents/word/raadsvoorstel").RaadsvoorstelData;

/** Every one of `parts` occurs in `text` (one failure message per missing part). */
export function containsAll(text: string, parts: readonly string[]): void {
  for (const part of parts) expect(text, `"${part}" ontbreekt`).toContain(part);
}
