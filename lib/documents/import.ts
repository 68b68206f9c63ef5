/**
 * Import of a document's text from a structured plain-text file. Each article starts with a
 * heading line:
 *
 *   Artikel 1 – Begripsbepalingen        (also "Artikel 2a: Titel", "# Artikel 3 - Titel")
 *   Bijlage – Wettelijke taken en plustaken
 *
 * Everything up to the next heading is the article's text. Keys are stable across versions
 * ("art-2a", "bijlage" / "bijlage-2"), so a new version diffs per article against the old one.
 * Written by hand: the format is ours and tiny; no library parses it.
 */
export interface ImportedArticle {
  key: string;
  nummer: string;
  titel: string;
  tekst: string;
}

export class ImportError extends Error {}

const HEADING = /^\s*#*\s*(Artikel\s+([0-9]+[a-z]?)|Bijlage(?:\s+([0-9IVX]+))?)\s*(?:[–—:-]\s*(.*))?$/i;

export function parseStructuredText(input: string): ImportedArticle[] {
  const lines = input.replace(/\r\n?/g, "\n").split("\n");
  const out: (ImportedArticle & { lines: string[] })[] = [];
  for (const [i, line] of lines.entries()) {
    const m = HEADING.exec(line);
    if (m) {
      const isBijlage = !m[2];
      const nummer = isBijlage ? (m[3] ? `Bijlage ${m[3]}` : "Bijlage") : m[2];
      const key = isBijlage ? (m[3] ? `bijlage-${m[3].toLowerCase()}` : "bijlage") : `art-${m[2].toLowerCase()}`;
      if (out.some((a) => a.key === key))
        throw new ImportError(`Regel ${i + 1}: "${line.trim()}" komt twee keer voor.`);
      out.push({ key, nummer, titel: (m[4] ?? "").trim() || nummer, tekst: "", lines: [] });
    } else if (out.length) {
      out[out.length - 1].lines.push(line);
    } else if (line.trim()) {
      throw new ImportError(
        `Regel ${i + 1}: tekst vóór het eerste artikel. Begin met een kop als "Artikel 1 – Titel".`,
      );
    }
  }
  if (out.length === 0)
    throw new ImportError(
      'Geen artikelen gevonden. Begin elk artikel met een kop als "Artikel 1 – Titel" of "Bijlage – Titel".',
    );
  return out.map(({ lines: body, ...a }) => {
    const tekst = body.join("\n").trim();
    if (!tekst)
      throw new ImportError(
        `${a.nummer === "Bijlage" || a.nummer.startsWith("Bijlage") ? a.nummer : `Artikel ${a.nummer}`} heeft geen tekst.`,
      );
    return { ...a, tekst };
  });
}
