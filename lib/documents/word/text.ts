/**
 * Text from the database made fit for a document meant for the raad: the seed and the secretariat
 * mark where a fact comes from with a source code such as "(bron 000)" or "(bron 000, raadsvoorstel
 * bron 004)". Those codes are for the team, not for raadsleden.
 */
export function withoutSourceCodes(text: string): string {
  return text
    .replace(/\s*\((?:[^()]*\s)?bron\s+\d{3}[^()]*\)/gi, "")
    .replace(/\s+([.,;:])/g, "$1")
    .trim();
}
