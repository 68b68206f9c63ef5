import type { NotaView } from "@/lib/services/nota";
import { changedArticleLabel, dispositionLabel, notaGroupLabel } from "@/lib/presentation/nota";
import { type Block, heading, paragraphs, table, wordDocument } from "./builder";

export interface NotaDocumentInput {
  nota: NotaView;
  /** The regio that answers (header). */
  regio: string;
  /** Document date (ISO). */
  date: string;
  /** The label of the newest version of the document, if any. */
  versionLabel: string | null;
}

/** The nota van beantwoording: a table of contents, a summary per gemeente, then per article the points and answers. */
export function renderNotaDocument({ nota, regio, date, versionLabel }: NotaDocumentInput): Promise<Buffer> {
  const points = nota.groups.flatMap((g) => g.points);
  const perGemeente = new Map<string, { total: number; answered: number }>();
  for (const p of points) {
    const row = perGemeente.get(p.gemeente) ?? { total: 0, answered: 0 };
    row.total++;
    if (p.antwoord && p.disposition) row.answered++;
    perGemeente.set(p.gemeente, row);
  }
  const body: Block[] = [
    heading(1, "Inleiding"),
    ...paragraphs(
      `Deze nota beantwoordt de zienswijzen die de gemeenteraden hebben vastgesteld over ${nota.titel}.`,
      versionLabel ? `De antwoorden verwijzen naar de nieuwste versie: ${versionLabel}.` : null,
      `${nota.answered} van de ${nota.total} zienswijzepunten zijn beantwoord.`,
      "Bij elk punt staat of het is overgenomen, deels overgenomen of niet overgenomen, en welk artikel daardoor is gewijzigd.",
    ),
    heading(2, "Overzicht per gemeente"),
  ];
  if (perGemeente.size === 0) body.push(...paragraphs("Er zijn nog geen vastgestelde zienswijzen."));
  else
    body.push(
      table(
        ["Gemeente", "Punten", "Beantwoord"],
        [...perGemeente.entries()]
          .sort(([a], [b]) => a.localeCompare(b, "nl"))
          .map(([gemeente, r]) => [gemeente, String(r.total), String(r.answered)]),
        [50, 25, 25],
      ),
    );
  body.push(heading(1, "Zienswijzen en antwoorden"));
  for (const g of nota.groups) {
    body.push(
      heading(2, notaGroupLabel(g.article)),
      table(
        ["Gemeente en punt", "Zienswijze", "Antwoord", "Verwerking"],
        g.points.map((p) => [
          `${p.gemeente}, punt ${p.nummer}`,
          `${p.onderwerp}: ${p.tekst}`,
          p.antwoord ?? "Nog niet beantwoord",
          [dispositionLabel(p.disposition), changedArticleLabel(p.changedArticle)]
            .filter(Boolean)
            .join("\nGewijzigd: "),
        ]),
        [16, 34, 34, 16],
      ),
    );
  }
  return wordDocument({
    title: "Nota van beantwoording",
    subtitle: nota.titel,
    organisation: regio,
    date,
    tableOfContents: true,
    keywords: ["nota van beantwoording", "zienswijze", "gemeenschappelijke regeling"],
    body,
  });
}
