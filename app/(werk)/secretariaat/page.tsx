import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { consensusMatrixOrNull } from "@/lib/read-models/secretariaat";
import { defaultRegelingSlug } from "@/lib/services/overview";
import { searchRegelingen } from "@/lib/services/consensus";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";
import { TargetAlert } from "@/components/timeline/TargetAlert";
import { Geweigerd } from "./Geweigerd";
import { requireSecretariaat, todayIso } from "./guard";
import { SecretariaatNav } from "./nav";
import { matrixTableHtml } from "./matrix-html";
import { Button, SelectField, TextboxField } from "@/components/ui/form";

export const metadata: Metadata = { title: "Secretariaat — stand per gemeente" };

type Search = Promise<{ regeling?: string; document?: string; zoek?: string }>;

const SEARCH_LIMIT = 25;

export default async function SecretariaatPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const access = await requireSecretariaat("/secretariaat");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const sp = await searchParams;
  const zoek = sp.zoek?.trim().slice(0, 100) ?? "";
  // The requested regeling, else the default one; no list of every regeling is loaded (a search
  // field finds one among 1,200).
  const [requested, found] = await Promise.all([
    sp.regeling ? read(consensusMatrixOrNull, sp.regeling, todayIso()) : null,
    zoek ? read(searchRegelingen, zoek, SEARCH_LIMIT + 1) : null,
  ]);
  let matrix = requested;
  if (!matrix) {
    const fallback = await read(defaultRegelingSlug);
    matrix = fallback ? await read(consensusMatrixOrNull, fallback, todayIso()) : null;
  }
  if (!matrix) {
    return (
      <>
        <Heading level={1}>Secretariaat</Heading>
        <Paragraph>Er is nog geen gemeenschappelijke regeling ingevoerd.</Paragraph>
      </>
    );
  }
  const slug = matrix.regeling.slug;
  const rows = sp.document ? matrix.rows.filter((r) => r.procedureId === sp.document) : matrix.rows;
  const csvHref = `/secretariaat/export/status?regeling=${encodeURIComponent(slug)}`;

  return (
    <>
      <Heading level={1}>Stand per gemeente</Heading>
      <SecretariaatNav current="/secretariaat" />
      <Paragraph>
        Per document en per gemeente: de stand van de raad, de termijn die geldt en of de gemeente op schema ligt voor
        de beoogde datum. Kies een cel voor de geschiedenis van dat spoor.
      </Paragraph>
      <TargetAlert verdict={matrix.targetVerdict} />

      {sp.regeling && sp.regeling !== slug ? (
        <Alert type="warning">
          Er is geen regeling met de naam &ldquo;{sp.regeling}&rdquo;. Hieronder staat {matrix.regeling.naam}.
        </Alert>
      ) : null}

      <search aria-label="Zoek een regeling">
        <form method="get" action="/secretariaat" className="grv-form">
          <TextboxField
            id="zoek-regeling"
            name="zoek"
            type="search"
            label="Regeling"
            description={`Nu getoond: ${matrix.regeling.naam}. Typ een deel van de naam van een andere regeling.`}
            defaultValue={zoek}
            autoComplete="off"
          />
          <input type="hidden" name="regeling" value={slug} />
          <div>
            <Button type="submit" appearance="secondary-action-button">
              Zoek regeling
            </Button>
          </div>
        </form>
      </search>
      {found ? (
        <section aria-labelledby="zoekresultaten">
          <Heading level={2} id="zoekresultaten">
            Regelingen met &ldquo;{zoek}&rdquo;
          </Heading>
          {found.length === 0 ? (
            <Paragraph>Geen regeling gevonden. Probeer een ander deel van de naam.</Paragraph>
          ) : (
            <>
              <ul className="grv-list">
                {found.slice(0, SEARCH_LIMIT).map((r) => (
                  <li key={r.slug}>
                    <a
                      href={`/secretariaat?regeling=${encodeURIComponent(r.slug)}`}
                      aria-current={r.slug === slug ? "page" : undefined}
                    >
                      {r.naam}
                    </a>
                  </li>
                ))}
              </ul>
              {found.length > SEARCH_LIMIT ? (
                <Paragraph>Er zijn meer dan {SEARCH_LIMIT} regelingen gevonden. Maak de zoekterm langer.</Paragraph>
              ) : null}
            </>
          )}
        </section>
      ) : null}

      <form method="get" action="/secretariaat" className="grv-form" aria-label="Filter de tabel">
        <input type="hidden" name="regeling" value={slug} />
        <SelectField
          id="filter-document"
          name="document"
          label="Document"
          defaultValue={sp.document ?? ""}
          options={[["", "Alle documenten"], ...matrix.rows.map((r) => [r.procedureId, r.document] as const)]}
        />
        <div>
          <Button type="submit" appearance="secondary-action-button">
            Filter toepassen
          </Button>
        </div>
      </form>

      <Paragraph>
        <a href={csvHref}>Status als CSV</a> (spreadsheet, puntkomma-gescheiden)
      </Paragraph>

      <div className="grv-table-wrap">
        <table
          className="utrecht-table utrecht-table--html-table"
          data-testid="consensusmatrix"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: matrixTableHtml escapes every value (escapeHtml)
          dangerouslySetInnerHTML={{ __html: matrixTableHtml(matrix, rows) }}
        />
      </div>
    </>
  );
}
