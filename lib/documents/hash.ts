import { createHash } from "node:crypto";

export interface HashableArticle {
  key: string;
  nummer: string;
  titel: string;
  tekst: string;
}

/** SHA-256 of one article; unit separators keep "ab"+"c" and "a"+"bc" apart. */
export function articleHash(a: HashableArticle): string {
  return createHash("sha256").update([a.key, a.nummer, a.titel, a.tekst].join("\u001f")).digest("hex");
}

/** SHA-256 over the ordered article hashes: equal hashes mean councils decided on the same text. */
export function versionHash(articles: HashableArticle[]): string {
  const h = createHash("sha256");
  for (const a of articles) h.update(articleHash(a)).update("\u001e");
  return h.digest("hex");
}
