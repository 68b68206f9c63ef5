import type { NotaView } from "@/lib/services/nota";
import { changedArticleLabel, dispositionLabel, notaGroupLabel } from "@/lib/presentation/nota";
import { toSafeCsv } from "./csv";

/** CSV (semicolon-separated, as Dutch spreadsheet software expects, formula-safe), one row per zienswijzepunt. */
export function notaCsv(nota: NotaView): string {
  const rows = nota.groups.flatMap((g) =>
    g.points.map((p) => [
      notaGroupLabel(g.article),
      p.gemeente,
      p.nummer,
      p.onderwerp,
      p.tekst,
      p.antwoord ?? "",
      dispositionLabel(p.disposition),
      changedArticleLabel(p.changedArticle),
    ]),
  );
  return toSafeCsv([
    ["Artikel", "Gemeente", "Punt", "Onderwerp", "Zienswijze", "Antwoord", "Verwerking", "Gewijzigd artikel"],
    ...rows,
  ]);
}
