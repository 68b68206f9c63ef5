import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";

/**
 * A draft raadsvoorstel as a Word document, in the layout of the region's raadsvoorstellen
 * (seed 004): Onderwerp, Samenvatting, Voorstel ("De raad besluit:"), Inleiding,
 * Communicatie en vervolgproces, Bevoegdheid gemeenteraad, Bijlagen, signatures. It is a
 * starting point for the griffie and the college: every generated text says where it comes from.
 */
export interface RaadsvoorstelData {
  gemeente: string;
  onderwerp: string;
  samenvatting: string[];
  besluitpunten: string[];
  inleiding: string[];
  vervolg: string[];
  bevoegdheid: string;
  bijlagen: string[];
}

const heading = (text: string) =>
  new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 240, after: 80 } });
const para = (text: string) => new Paragraph({ children: [new TextRun(text)], spacing: { after: 120 } });
const numbered = (items: string[]) =>
  items.map(
    (t, i) =>
      new Paragraph({ children: [new TextRun(`${i + 1}. ${t}`)], indent: { left: 360 }, spacing: { after: 80 } }),
  );

export async function renderRaadsvoorstel(d: RaadsvoorstelData): Promise<Buffer> {
  const doc = new Document({
    creator: "GR-volg",
    title: `Raadsvoorstel ${d.onderwerp} — ${d.gemeente}`,
    description: "Concept-raadsvoorstel, gegenereerd door GR-volg",
    styles: { default: { document: { run: { font: "Arial", size: 22 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            children: [new TextRun({ text: `Gemeente ${d.gemeente} — concept-raadsvoorstel`, italics: true })],
          }),
          heading("Onderwerp"),
          para(d.onderwerp),
          heading("Samenvatting"),
          ...d.samenvatting.map(para),
          heading("Voorstel"),
          para("De raad besluit:"),
          ...numbered(d.besluitpunten),
          heading("Inleiding"),
          ...d.inleiding.map(para),
          heading("Communicatie en vervolgproces"),
          ...d.vervolg.map(para),
          heading("Bevoegdheid gemeenteraad"),
          para(d.bevoegdheid),
          heading("Bijlagen"),
          para("Bijlage(n) bij dit voorstel:"),
          ...numbered(d.bijlagen),
          new Paragraph({
            children: [new TextRun("De Secretaris,"), new TextRun({ text: "\tDe Burgemeester,", break: 0 })],
            spacing: { before: 480 },
            alignment: AlignmentType.LEFT,
            tabStops: [{ type: "left", position: 6000 }],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
