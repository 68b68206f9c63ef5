import { toSafeCsv } from "./csv";
import type { ConsensusMatrix } from "@/lib/services/consensus";

const RISK_LABELS: Record<string, string> = {
  op_schema: "Op schema",
  risico: "Risico",
  te_laat: "Te laat",
  afgerond: "Afgerond",
  niet_van_toepassing: "",
};

/** Status overview: one row per procedure × participant (semicolon-separated, with BOM for spreadsheets, formula-safe). */
export function statusCsv(m: ConsensusMatrix): string {
  const rows = m.rows.flatMap((r) =>
    r.cells.map((c) => {
      const p = m.participants.find((x) => x.id === c.participantId)!;
      return [
        m.regeling.naam,
        r.document,
        r.stateLabel,
        p.naam,
        p.scope === "FULL" ? "Volledig" : "Addendum",
        c.label,
        c.deadline ?? "",
        RISK_LABELS[c.risk],
      ];
    }),
  );
  return toSafeCsv([
    ["Regeling", "Document", "Stand procedure", "Gemeente", "Deelname", "Stand raad", "Termijn", "Risico"],
    ...rows,
  ]);
}
