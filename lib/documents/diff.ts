import { diffWordsWithSpace } from "diff";

/** One article as it stands in a version. */
export interface DiffArticle {
  key: string;
  nummer: string;
  titel: string;
  tekst: string;
  position: number;
}

export type ArticleChange = "toegevoegd" | "verwijderd" | "gewijzigd" | "ongewijzigd";

export interface TextPart {
  kind: "gelijk" | "toegevoegd" | "verwijderd";
  text: string;
}

export interface ArticleDiff {
  key: string;
  change: ArticleChange;
  before?: Pick<DiffArticle, "nummer" | "titel">;
  after?: Pick<DiffArticle, "nummer" | "titel">;
  /** Word-level diff of title and text (empty when unchanged). */
  titel: TextPart[];
  tekst: TextPart[];
}

const parts = (a: string, b: string): TextPart[] =>
  diffWordsWithSpace(a, b).map((p) => ({
    kind: p.added ? "toegevoegd" : p.removed ? "verwijderd" : "gelijk",
    text: p.value,
  }));

/**
 * Article-level diff between two versions of a document. Articles are matched by their stable
 * key (so renumbering shows as a change of `nummer`, not as delete + add), in the order of the
 * newer version with removed articles at their old place.
 */
export function diffVersions(older: DiffArticle[], newer: DiffArticle[]): ArticleDiff[] {
  const oldByKey = new Map(older.map((a) => [a.key, a]));
  const newKeys = new Set(newer.map((a) => a.key));
  const out: ArticleDiff[] = [];
  const removed = [...older].filter((a) => !newKeys.has(a.key)).sort((a, b) => a.position - b.position);
  let next = 0; // removed articles before `next` are already placed
  for (const a of [...newer].sort((x, y) => x.position - y.position)) {
    for (; next < removed.length && removed[next].position <= a.position; next++) out.push(removedDiff(removed[next]));
    const o = oldByKey.get(a.key);
    if (!o) {
      out.push({
        key: a.key,
        change: "toegevoegd",
        after: { nummer: a.nummer, titel: a.titel },
        titel: parts("", a.titel),
        tekst: parts("", a.tekst),
      });
      continue;
    }
    const same = o.nummer === a.nummer && o.titel === a.titel && o.tekst === a.tekst;
    out.push({
      key: a.key,
      change: same ? "ongewijzigd" : "gewijzigd",
      before: { nummer: o.nummer, titel: o.titel },
      after: { nummer: a.nummer, titel: a.titel },
      titel: same ? [] : parts(o.titel, a.titel),
      tekst: same ? [] : parts(o.tekst, a.tekst),
    });
  }
  for (const r of removed.slice(next)) out.push(removedDiff(r));
  return out;
}

function removedDiff(r: DiffArticle): ArticleDiff {
  return {
    key: r.key,
    change: "verwijderd",
    before: { nummer: r.nummer, titel: r.titel },
    titel: parts(r.titel, ""),
    tekst: parts(r.tekst, ""),
  };
}
