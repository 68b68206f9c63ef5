import { toSafeCsv } from "./csv";
import { RISK_LABELS, upperFirst } from "@/lib/presentation/labels";
import type { ConsensusMatrix } from "@/lib/services/consensus";

/** Status overview: one row per procedure × participant (semicolon-separated, with BOM for spreadsheets, formula-safe). */
export function statusCsv(m: ConsensusMatrix): string {
  const participants = new Map(m.participants.map((p) => [p.id, p]));
  const rows = m.rows.flatMap((r) =>
    r.cells.map((c) => {
      const p = participants.get(c.participantId);
      // Every cell is built from the matrix's own participants.
      if (!p) throw new Error(`Deelnemer ${c.participantId} ontbreekt in de matrix.`);
      return [
        m.regeling.naam,
        r.document,
        r.stateLabel,
        p.naam,
        p.scope === "FULL" ? "Volledig" : "Addendum",
        c.label,
        c.deadline ?? "",
        c.risk === "niet_van_toepassing" ? "" : upperFirst(RISK_LABELS[c.risk] ?? ""),
        // Appended after the original columns (a stable interface): the college track beside the raad's.
        c.college?.label ?? "",
        c.college?.collegebesluitOn ?? "",
        c.college?.signedOn ?? "",
        c.college?.publishedOn ?? "",
      ];
    }),
  );
  return toSafeCsv([
    [
      "Regeling",
      "Document",
      "Stand procedure",
      "Gemeente",
      "Deelname",
      "Stand raad",
      "Termijn",
      "Risico",
      "Stand college",
      "Collegebesluit",
      "Ondertekend",
      "Eigen bekendmaking",
    ],
    ...rows,
  ]);
}
