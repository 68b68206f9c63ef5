/**
 * Which raadsbesluiten must be registered with their (signed) PDF.
 *
 * The law asks a raadsbesluit only where the Wgr makes the raad decide on the ontwerp: the zienswijze (Wgr art. 1
 * lid 3) and the toestemming, granted or refused (art. 1 lid 4; the signed besluit, Gemeentewet art. 32a). Holding a
 * decision over (aanhouden), deciding to give no zienswijze and putting an item on the agenda are recorded facts
 * without a besluit the Wgr needs, so their PDF is optional — unless the regio agreed to keep every raadsbesluit
 * (the regeling's setting "ALLE").
 */
export type PdfPolicy = "BESLUITEN" | "ALLE";

export type RaadsbesluitKind =
  | "zienswijze"
  | "geen_zienswijze"
  | "toestemming_verleend"
  | "toestemming_geweigerd"
  | "toestemming_aangehouden";

/** The raadsbesluiten the Wgr itself asks for (art. 1 lid 3 and 4). */
const WGR_BESLUITEN: readonly RaadsbesluitKind[] = ["zienswijze", "toestemming_verleend", "toestemming_geweigerd"];

export function pdfRequired(policy: PdfPolicy, kind: RaadsbesluitKind): boolean {
  return policy === "ALLE" || WGR_BESLUITEN.includes(kind);
}
