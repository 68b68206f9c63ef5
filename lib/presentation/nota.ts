import { DISPOSITION_LABELS } from "./labels";

/**
 * How the nota van beantwoording names a group of points: "Artikel 3 – Taken" for a numbered
 * article, "GR – …" / "Bijlage – …" when the "number" is a part's name, "Het document als
 * geheel" for points about the whole document. One function for the page, the DOCX and the CSV.
 */
export function notaGroupLabel(article: { nummer: string; titel: string } | null): string {
  if (!article) return "Het document als geheel";
  return `${articleNumberLabel(article.nummer)} – ${article.titel}`;
}

/** "Artikel 3" for a numbered article, the name itself ("GR", "Bijlage") otherwise. */
export function articleNumberLabel(nummer: string): string {
  return /^\d/.test(nummer) ? `Artikel ${nummer}` : nummer;
}

/** "Overgenomen", …, or "Nog niet beantwoord". */
export function dispositionLabel(disposition: keyof typeof DISPOSITION_LABELS | null): string {
  return disposition ? DISPOSITION_LABELS[disposition] : "Nog niet beantwoord";
}

/** "Bijlage (Definitieve GR (versie 2))": the article a point's answer changed, with its version. */
export function changedArticleLabel(changed: { nummer: string; versionLabel: string } | null): string {
  return changed ? `${articleNumberLabel(changed.nummer)} (${changed.versionLabel})` : "";
}
