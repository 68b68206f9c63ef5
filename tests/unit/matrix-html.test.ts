import { describe, expect, it } from "vitest";
import { matrixTableHtml } from "@/app/(werk)/secretariaat/matrix-html";
import type { ConsensusMatrix } from "@/lib/services/consensus";

const evil = `<script>alert("x")</script> & 'Ö'`;
const matrix: ConsensusMatrix = {
  regeling: { slug: "r", naam: `Regeling ${evil}` },
  participants: [
    { id: "p1", naam: `Gemeente ${evil}`, slug: "g1", scope: "FULL" },
    { id: "p2", naam: "Zeewolde", slug: "g2", scope: "ADDENDUM" },
  ],
  rows: [
    {
      procedureId: "proc/1",
      kind: "GR_TREFFEN",
      document: `Document ${evil}`,
      state: "concept",
      stateLabel: "Concept",
      cells: [
        {
          procedureId: "proc/1",
          participantId: "p1",
          trackId: 't"1',
          status: "x",
          label: `Stand ${evil}`,
          deadline: "2027-01-05",
          risk: "risico",
          college: {
            status: "ondertekend",
            label: `College ${evil}`,
            collegebesluitOn: "2027-01-10",
            signedOn: "2027-01-12",
            publishedOn: null,
          },
        },
        {
          procedureId: "proc/1",
          participantId: "p2",
          trackId: null,
          status: null,
          label: "Neemt niet deel",
          deadline: null,
          risk: "niet_van_toepassing",
          college: null,
        },
      ],
    },
  ],
};

describe("consensus matrix markup", () => {
  it("escapes every text and attribute and keeps the accessible structure", () => {
    const html = matrixTableHtml(matrix, matrix.rows);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Ö&#39;");
    expect(html).toContain('href="/secretariaat/sporen/t%221"');
    expect(html).toContain('aria-label="Gemeente &lt;script&gt;');
    expect(html).toContain("Termijn tot en met 5 januari 2027");
    expect(html).toContain('<span class="grv-badge grv-badge--risk">risico</span>');
    expect(html).toContain(
      '<th scope="col" class="utrecht-table__header-cell">Zeewolde<span class="grv-muted"> (addendum)</span></th>',
    );
    expect(html).toContain('<a href="/secretariaat/procedures/proc%2F1">Procedure beheren</a>');
    expect(html.match(/data-testid="matrixcel"/g)).toHaveLength(2);
  });

  it("shows the college track beside the raad's state, with the dates of its steps", () => {
    const html = matrixTableHtml(matrix, matrix.rows);
    expect(html).toContain(
      "College: College &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Ö&#39; (collegebesluit 10 januari 2027, ondertekend 12 januari 2027)",
    );
    // A gemeente without a college track shows no college line.
    expect(html.match(/data-testid="matrix-college"/g)).toHaveLength(1);
  });
});
