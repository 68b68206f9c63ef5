import type { ConsensusMatrix } from "@/lib/services/consensus";
import { formatDutchDate } from "@/lib/presentation/dates";
import { collegeStandText } from "@/lib/presentation/college";
import { escapeHtml } from "@/lib/presentation/html";
import { PROCEDURE_KIND_LABELS } from "@/lib/presentation/labels";
import { RISK_BADGE, RISK_LABELS } from "@/lib/presentation/labels";

/**
 * The consensus matrix's caption, header and body as one HTML string. The table is static (no
 * client components, no event handlers), so it is rendered as one piece of markup instead of as
 * hundreds of React elements: React would serialize each cell twice (the RSC payload and the
 * HTML), which cost ~5 ms per request for 30 gemeenten (docs/performance.md). Every text and
 * attribute value goes through escapeHtml; the markup is what the JSX version produced.
 */
export function matrixTableHtml(matrix: ConsensusMatrix, rows: ConsensusMatrix["rows"]): string {
  const e = escapeHtml;
  const naam = new Map(matrix.participants.map((p) => [p.id, p.naam]));
  let h = `<caption class="utrecht-table__caption">${e(matrix.regeling.naam)}: stand van de raad per document en gemeente</caption>`;
  h += `<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th scope="col" class="utrecht-table__header-cell">Document en procedure</th>`;
  for (const p of matrix.participants) {
    h += `<th scope="col" class="utrecht-table__header-cell">${e(p.naam)}${p.scope === "ADDENDUM" ? `<span class="grv-muted"> (addendum)</span>` : ""}</th>`;
  }
  h += `</tr></thead><tbody class="utrecht-table__body">`;
  for (const r of rows) {
    const id = encodeURIComponent(r.procedureId);
    h += `<tr class="utrecht-table__row"><th scope="row" class="utrecht-table__header-cell">${e(r.document)}<br/><span class="grv-muted">${e(PROCEDURE_KIND_LABELS[r.kind] ?? r.kind)} — ${e(r.stateLabel)}</span>`;
    if (r.kind.startsWith("GR_")) {
      h += `<br/><a href="/secretariaat/procedures/${id}">Procedure beheren</a> · <a href="/secretariaat/nota/${id}">Nota van beantwoording</a>`;
    } else if (r.kind === "DVH_ACTUALISEREN") {
      h += `<br/><a href="/secretariaat/handvest/${id}">Actualisatie beheren</a>`;
    }
    h += `</th>`;
    for (const c of r.cells) {
      h += `<td class="utrecht-table__cell" data-testid="matrixcel">`;
      h += c.trackId
        ? `<a href="/secretariaat/sporen/${encodeURIComponent(c.trackId)}" aria-label="${e(`${naam.get(c.participantId)}: ${c.label} — geschiedenis`)}">${e(c.label)}</a>`
        : e(c.label);
      if (c.deadline) h += `<br/><span>Termijn tot en met ${e(formatDutchDate(c.deadline))}</span>`;
      if (c.risk !== "niet_van_toepassing")
        h += `<br/><span class="${RISK_BADGE[c.risk]}">${e(RISK_LABELS[c.risk])}</span>`;
      if (c.college)
        h += `<br/><span data-testid="matrix-college">College: ${e(collegeStandText(c.college.label, c.college))}</span>`;
      h += `</td>`;
    }
    h += `</tr>`;
  }
  return `${h}</tbody>`;
}
