import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { NotaView } from "@/lib/services/nota";
import { DISPOSITION_LABELS } from "@/lib/validation/nota";
import { toSafeCsv } from "./csv";

const articleLabel = (g: NotaView["groups"][number]) =>
  g.article ? `Artikel ${g.article.nummer} — ${g.article.titel}` : "De regeling als geheel";
const dispositionLabel = (d: string | null) =>
  d ? DISPOSITION_LABELS[d as keyof typeof DISPOSITION_LABELS] : "Nog niet beantwoord";

/** CSV (semicolon-separated, as Dutch spreadsheet software expects, formula-safe), one row per zienswijzepunt. */
export function notaCsv(nota: NotaView): string {
  const rows = nota.groups.flatMap((g) =>
    g.points.map((p) => [
      articleLabel(g),
      p.gemeente,
      p.nummer,
      p.onderwerp,
      p.tekst,
      p.antwoord ?? "",
      dispositionLabel(p.disposition),
      p.changedArticle ? `Artikel ${p.changedArticle.nummer} (${p.changedArticle.versionLabel})` : "",
    ]),
  );
  return toSafeCsv([
    ["Artikel", "Gemeente", "Punt", "Onderwerp", "Zienswijze", "Antwoord", "Verwerking", "Gewijzigd artikel"],
    ...rows,
  ]);
}

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

/** The nota van beantwoording as a Word document: per article a table of points and answers. */
export function notaDocx(nota: NotaView): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `Nota van beantwoording — ${nota.titel}`, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: `${nota.answered} van ${nota.total} zienswijzepunten beantwoord.` }),
  ];
  for (const g of nota.groups) {
    children.push(new Paragraph({ text: articleLabel(g), heading: HeadingLevel.HEADING_2 }));
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: ["Gemeente", "Zienswijze", "Antwoord", "Verwerking"].map((h) => cell(h, true)),
          }),
          ...g.points.map(
            (p) =>
              new TableRow({
                children: [
                  cell(`${p.gemeente}, punt ${p.nummer}`),
                  cell(`${p.onderwerp}: ${p.tekst}`),
                  cell(p.antwoord ?? "—"),
                  cell(
                    dispositionLabel(p.disposition) +
                      (p.changedArticle
                        ? ` (artikel ${p.changedArticle.nummer}, ${p.changedArticle.versionLabel})`
                        : ""),
                  ),
                ],
              }),
          ),
        ],
      }),
    );
  }
  return Packer.toBuffer(
    new Document({ creator: "GR-volg", title: `Nota van beantwoording — ${nota.titel}`, sections: [{ children }] }),
  );
}
