import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { formatDutchDate } from "@/lib/presentation/dates";
import { STYLE, stylesXml } from "./styles";

/**
 * The one builder of GR-volg's Word documents: every DOCX export goes through `wordDocument`, so
 * every export has the same styles (lib/documents/word/styles.ts), header (who it is for and its
 * date), footer (page numbers) and Dutch metadata. Blocks below are the only way to add content.
 */
export type Block = Paragraph | Table | TableOfContents;

export interface WordDocumentSpec {
  /** Document title: the Title paragraph and the file's title property. */
  title: string;
  /** A line under the title (e.g. "Concept-raadsvoorstel"). */
  subtitle?: string;
  /** Whom the document is for: the gemeente's name, or the regio for a regional document. */
  organisation: string;
  /** The document's date (ISO yyyy-mm-dd, Europe/Amsterdam), shown in the header and under the title. */
  date: string;
  /** Add a table of contents (Heading 1–3) after the title. */
  tableOfContents?: boolean;
  subject?: string;
  description?: string;
  keywords?: string[];
  body: Block[];
}

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A heading of level 1–3 (its style carries the outline level). */
export function heading(level: 1 | 2 | 3, text: string): Paragraph {
  return new Paragraph({ text, heading: HEADING_LEVELS[level - 1] });
}

/** A body paragraph; empty text gives nothing, so optional sentences can be passed as they are. */
export function paragraphs(...texts: (string | null | undefined | false)[]): Paragraph[] {
  return texts.filter((t): t is string => Boolean(t)).map((text) => new Paragraph({ text }));
}

/** A paragraph with a bold lead-in ("Antwoord: …"). */
export function labelled(label: string, text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(text)] });
}

/** A numbered list written out as "1.", "2.", … (stays correct when the text is copied into another document). */
export function numbered(items: string[], start = 1): Paragraph[] {
  return items.map(
    (text, i) =>
      new Paragraph({
        children: [new TextRun(`${start + i}.`), new Tab(), new TextRun(text)],
        indent: { left: 425, hanging: 425 },
        tabStops: [{ type: "left", position: 425 }],
      }),
  );
}

/** A table in the document's table style, with a header row that repeats on every page. */
export function table(head: string[], rows: string[][], columnWidths?: number[]): Table {
  const cell = (text: string, width?: number) =>
    new TableCell({
      children: text.split("\n").map((line) => new Paragraph({ text: line })),
      ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}),
    });
  return new Table({
    style: STYLE.table,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, columnWidths?.[i])) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, columnWidths?.[i])) })),
    ],
  });
}

/** The signature lines of a raadsvoorstel or raadsbesluit. */
export function signatures(left: string, right: string): Paragraph {
  return new Paragraph({
    children: [new TextRun(left), new Tab(), new TextRun(right)],
    spacing: { before: 480 },
    tabStops: [{ type: "left", position: 5000 }],
  });
}

/** Builds the .docx: styles, header, footer, metadata and the body. */
export function wordDocument(spec: WordDocumentSpec): Promise<Buffer> {
  const datum = formatDutchDate(spec.date);
  const front: Block[] = [new Paragraph({ text: spec.title, heading: HeadingLevel.TITLE })];
  if (spec.subtitle) front.push(new Paragraph({ text: spec.subtitle, style: STYLE.subtitle }));
  front.push(new Paragraph({ text: `${spec.organisation}, ${datum}`, style: STYLE.subtitle }));
  if (spec.tableOfContents)
    front.push(
      new Paragraph({ text: "Inhoud", style: "TOCHeading" }),
      // Word fills the field on opening (updateFields below); LibreOffice on Extra > Bijwerken.
      new TableOfContents("Inhoud", { hyperlink: true, headingStyleRange: "1-3" }),
    );
  const doc = new Document({
    creator: "GR-volg",
    lastModifiedBy: "GR-volg",
    title: spec.title,
    subject: spec.subject ?? spec.title,
    description: spec.description ?? `${spec.title}, ${spec.organisation}, ${datum}`,
    keywords: (spec.keywords ?? []).join(", "),
    externalStyles: stylesXml(),
    features: spec.tableOfContents ? { updateFields: true } : undefined,
    sections: [
      {
        properties: { page: { margin: { top: 1417, bottom: 1417, left: 1417, right: 1417 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: STYLE.header,
                children: [new TextRun(spec.organisation), new Tab(), new TextRun(datum)],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: STYLE.footer,
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ["Pagina ", PageNumber.CURRENT, " van ", PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [...front, ...spec.body],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
