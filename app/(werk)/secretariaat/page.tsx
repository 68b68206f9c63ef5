import type { Metadata } from "next";
import { connection } from "next/server";
import { getPrisma } from "@/lib/db/client";
import { defaultRegelingSlug } from "@/lib/services/overview";
import { loadConsensusMatrix } from "@/lib/services/consensus";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { formatDutchDate } from "@/lib/presentation/dates";
import { PROCEDURE_KIND_LABELS } from "@/lib/presentation/labels";
import { RISK_BADGE, RISK_LABELS } from "@/components/secretariaat/labels";
import { Geweigerd } from "./Geweigerd";
import { requireSecretariaat, todayIso } from "./guard";
import { SecretariaatNav } from "./nav";

export const metadata: Metadata = { title: "Secretariaat — stand per gemeente" };

type Search = Promise<{ regeling?: string; document?: string }>;

export default async function SecretariaatPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const access = await requireSecretariaat("/secretariaat");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const db = await getPrisma();
  const sp = await searchParams;
  const regelingen = await db.regeling.findMany({ select: { slug: true, naam: true }, orderBy: { naam: "asc" } });
  const slug = regelingen.some((r) => r.slug === sp.regeling) ? sp.regeling! : await defaultRegelingSlug(db);
  if (!slug) {
    return (
      <>
        <Heading level={1}>Secretariaat</Heading>
        <Paragraph>Er is nog geen gemeenschappelijke regeling ingevoerd.</Paragraph>
      </>
    );
  }
  const matrix = await loadConsensusMatrix(db, slug, todayIso());
  const rows = sp.document ? matrix.rows.filter((r) => r.procedureId === sp.document) : matrix.rows;
  const csvHref = `/secretariaat/export/status?regeling=${encodeURIComponent(slug)}`;

  return (
    <>
      <Heading level={1}>Stand per gemeente</Heading>
      <SecretariaatNav current="/secretariaat" />
      <Paragraph>
        Per document en per gemeente: de stand van de raad, de termijn die geldt en of de gemeente op schema ligt voor de beoogde datum. Kies een cel
        voor de geschiedenis van dat spoor.
      </Paragraph>

      <form method="get" action="/secretariaat" className="grv-form" aria-label="Filter de tabel">
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="filter-regeling">
              Regeling
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <select id="filter-regeling" name="regeling" className="utrecht-select utrecht-select--html-select" defaultValue={slug}>
              {regelingen.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.naam}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="utrecht-form-field utrecht-form-field--text">
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label" htmlFor="filter-document">
              Document
            </label>
          </div>
          <div className="utrecht-form-field__input">
            <select id="filter-document" name="document" className="utrecht-select utrecht-select--html-select" defaultValue={sp.document ?? ""}>
              <option value="">Alle documenten</option>
              {matrix.rows.map((r) => (
                <option key={r.procedureId} value={r.procedureId}>
                  {r.document}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            Filter toepassen
          </button>
        </div>
      </form>

      <Paragraph>
        <a href={csvHref}>Status als CSV</a> (spreadsheet, puntkomma-gescheiden)
      </Paragraph>

      <div className="grv-table-wrap">
        <table className="utrecht-table utrecht-table--html-table" data-testid="consensusmatrix">
          <caption className="utrecht-table__caption">
            {matrix.regeling.naam}: stand van de raad per document en gemeente
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">
                Document en procedure
              </th>
              {matrix.participants.map((p) => (
                <th key={p.id} scope="col" className="utrecht-table__header-cell">
                  {p.naam}
                  {p.scope === "ADDENDUM" ? <span className="grv-muted"> (addendum)</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((r) => (
              <tr key={r.procedureId} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {r.document}
                  <br />
                  <span className="grv-muted">
                    {PROCEDURE_KIND_LABELS[r.kind] ?? r.kind} — {r.stateLabel}
                  </span>
                  {r.kind.startsWith("GR_") ? (
                    <>
                      <br />
                      <a href={`/secretariaat/procedures/${r.procedureId}`}>Procedure beheren</a>
                      {" · "}
                      <a href={`/secretariaat/nota/${r.procedureId}`}>Nota van beantwoording</a>
                    </>
                  ) : null}
                </th>
                {r.cells.map((c) => {
                  const p = matrix.participants.find((x) => x.id === c.participantId)!;
                  return (
                    <td key={c.participantId} className="utrecht-table__cell" data-testid="matrixcel">
                      {c.trackId ? (
                        <a href={`/secretariaat/sporen/${c.trackId}`} aria-label={`${p.naam}: ${c.label} — geschiedenis`}>
                          {c.label}
                        </a>
                      ) : (
                        c.label
                      )}
                      {c.deadline ? (
                        <>
                          <br />
                          <span>Termijn tot en met {formatDutchDate(c.deadline)}</span>
                        </>
                      ) : null}
                      {c.risk !== "niet_van_toepassing" ? (
                        <>
                          <br />
                          <span className={RISK_BADGE[c.risk]}>{RISK_LABELS[c.risk]}</span>
                        </>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
