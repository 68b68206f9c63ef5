import { describe, expect, it } from "vitest";
import { renderNotaDocument } from "@/lib/documents/word/nota";
import { renderRaadsvoorstel } from "@/lib/documents/word/raadsvoorstel";
import { withoutSourceCodes } from "@/lib/documents/word/text";
import { notaGroupLabel } from "@/lib/presentation/nota";
import type { NotaView } from "@/lib/services/nota";
import { MINIMAL_RAADSVOORSTEL, docxParts, outlineLevelOfStyle, styleOfParagraph } from "../../helpers/docx";

const point = (gemeente: string, nummer: number, over: Partial<NotaView["groups"][number]["points"][number]> = {}) => ({
  id: `${gemeente}-${nummer}`,
  zienswijzeId: `zw-${gemeente}`,
  gemeente,
  gemeenteId: gemeente,
  participantId: gemeente,
  nummer,
  onderwerp: "Taken",
  tekst: `Tekst van ${gemeente} ${nummer}`,
  antwoord: null,
  disposition: null,
  changedArticle: null,
  ...over,
});

const nota: NotaView = {
  procedureId: "p1",
  titel: "Treffen Gemeenschappelijke Regeling Sociaal Domein Flevoland",
  groups: [
    { article: null, points: [point("Urk", 2)] },
    { article: { key: "regeling", nummer: "GR", titel: "De regeling" }, points: [point("Almere", 1)] },
    {
      article: { key: "bijlage", nummer: "Bijlage", titel: "Wettelijke taken en plustaken" },
      points: [
        point("Urk", 1, {
          antwoord: "Crisishulp is toegevoegd.",
          disposition: "OVERGENOMEN",
          changedArticle: { id: "a", nummer: "Bijlage", titel: "t", versionLabel: "Definitieve GR (versie 2)" },
        }),
      ],
    },
  ],
  total: 3,
  answered: 1,
  complete: false,
  basis: "b1",
};

const render = () =>
  renderNotaDocument({ nota, regio: "Regio Flevoland", date: "2026-09-14", versionLabel: "Concept-GR, versie 2" });

describe("the shared Word builder", () => {
  it("defines Title and Heading 1–3 with outline levels 0–2, a table style and Dutch as the language", async () => {
    const { styles } = await docxParts(await render());
    expect(outlineLevelOfStyle(styles, "Heading1")).toBe(0);
    expect(outlineLevelOfStyle(styles, "Heading2")).toBe(1);
    expect(outlineLevelOfStyle(styles, "Heading3")).toBe(2);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Title">/);
    expect(styles).toMatch(/<w:style(?=[^>]*w:styleId="Normal")(?=[^>]*w:default="1")[^>]*>/);
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="GRVolgTabel">/);
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="nl-NL"/);
  });

  it("uses those styles in the document: title, headings, tables", async () => {
    const { document } = await docxParts(await render());
    expect(styleOfParagraph(document, "Nota van beantwoording")).toBe("Title");
    expect(styleOfParagraph(document, "Inleiding")).toBe("Heading1");
    expect(styleOfParagraph(document, "Zienswijzen en antwoorden")).toBe("Heading1");
    expect(styleOfParagraph(document, "GR – De regeling")).toBe("Heading2");
    expect(document).toContain('<w:tblStyle w:val="GRVolgTabel"/>');
    expect(document).toContain("<w:tblHeader/>");
  });

  it("puts the organisation and the date in the header, page numbers in the footer, and metadata in the file", async () => {
    const parts = await docxParts(await render());
    const header = parts.headers.join("");
    expect(header).toContain("Regio Flevoland");
    expect(header).toContain("14 september 2026");
    const footer = parts.footers.join("");
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(parts.core).toContain("<dc:title>Nota van beantwoording</dc:title>");
  });

  it("gives the nota a table of contents of Heading 1–3 that Word fills on opening", async () => {
    const parts = await docxParts(await render());
    expect(parts.document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-3&quot;/);
    expect(parts.settings).toMatch(/<w:updateFields( w:val="(true|1)")?\/>/);
  });

  it("labels the nota's groups as the app's page does, never 'Artikel GR —'", async () => {
    const { text } = await docxParts(await render());
    expect(text).toContain("GR – De regeling");
    expect(text).toContain("Bijlage – Wettelijke taken en plustaken");
    expect(text).toContain("Het document als geheel");
    expect(text).not.toMatch(/Artikel (GR|Bijlage)/);
    expect(text).toContain("Gewijzigd: Bijlage (Definitieve GR (versie 2))");
    expect(notaGroupLabel({ nummer: "3", titel: "Taken" })).toBe("Artikel 3 – Taken");
  });

  it("has no table of contents in a raadsvoorstel (short document), but the same header and styles", async () => {
    const parts = await docxParts(await renderRaadsvoorstel(MINIMAL_RAADSVOORSTEL));
    expect(parts.document).not.toContain("TOC \\o");
    expect(parts.headers.join("")).toContain("Gemeente Urk");
    expect(styleOfParagraph(parts.document, "Bevoegdheid gemeenteraad")).toBe("Heading1");
  });
});

describe("text for the raad", () => {
  it("drops internal source codes", () => {
    expect(withoutSourceCodes("Inkoop van jeugdhulp (bron 000).")).toBe("Inkoop van jeugdhulp.");
    expect(withoutSourceCodes("Vastgesteld in 2021 (bron 000, raadsvoorstel bron 004), daarna gewijzigd.")).toBe(
      "Vastgesteld in 2021, daarna gewijzigd.",
    );
    expect(withoutSourceCodes("Artikel 3 (zie bijlage) blijft.")).toBe("Artikel 3 (zie bijlage) blijft.");
  });
});
