import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadNotaArticleChoices } from "@/lib/read-models/secretariaat";
import { loadZienswijzenNaNota } from "@/lib/read-models/griffie";
import { loadNota } from "@/lib/services/nota";
import { NotFoundError } from "@/lib/services/forecast";
import { DISPOSITION_LABELS } from "@/lib/validation/nota";
import { notaGroupLabel } from "@/lib/presentation/nota";
import { findPdfConverter } from "@/lib/documents/word/pdf";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { AnswerForm } from "@/components/secretariaat/AnswerForm";
import { Geweigerd } from "../../Geweigerd";
import { requireSecretariaat } from "../../guard";
import { answerPointAction } from "./actions";

export const metadata: Metadata = { title: "Secretariaat — nota van beantwoording" };

/** All adopted zienswijze points grouped by article, with an answer form per point. */
export default async function NotaPage({ params }: { params: Promise<{ procedureId: string }> }) {
  await connection();
  const { procedureId } = await params;
  const access = await requireSecretariaat(`/secretariaat/nota/${procedureId}`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const nota = await read(loadNota, procedureId).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const articles = await read(loadNotaArticleChoices, procedureId);
  const naNota = await read(loadZienswijzenNaNota, procedureId);
  const base = `/secretariaat/nota/${procedureId}/export`;
  const pdf = (await findPdfConverter()) !== null;

  return (
    <>
      <Heading level={1}>Nota van beantwoording</Heading>
      <Paragraph>
        {nota.titel}. <a href={`/secretariaat/procedures/${procedureId}`}>Terug naar de procedure</a>
      </Paragraph>
      <p className="utrecht-paragraph" data-testid="volledigheid">
        <strong>
          {nota.answered} van {nota.total} beantwoord
        </strong>
        {nota.complete ? " — alle punten hebben een antwoord." : ""}
      </p>
      {naNota.length > 0 ? (
        <p className="utrecht-paragraph" role="note" data-testid="na-nota">
          Na de nota van beantwoording vastgesteld, nog te beantwoorden: {naNota.join(", ")}.
        </p>
      ) : null}
      {nota.total > 0 ? (
        <progress max={nota.total} value={nota.answered} aria-label="Voortgang van de beantwoording" />
      ) : null}
      <ul className="grv-list">
        <li>
          <a href={`${base}/docx`}>Nota downloaden als Word-document (DOCX)</a>
        </li>
        <li>
          {pdf ? (
            <a href={`${base}/pdf`}>Nota downloaden als PDF</a>
          ) : (
            <>PDF: niet beschikbaar op deze server (LibreOffice ontbreekt). Bewaar het Word-document als PDF.</>
          )}
        </li>
        <li>
          <a href={`${base}/csv`}>Nota downloaden als CSV</a>
        </li>
      </ul>
      {nota.total === 0 ? (
        <Paragraph>
          Nog geen vastgestelde zienswijzen. Zodra een raad een zienswijze vaststelt, staan de punten hier.
        </Paragraph>
      ) : (
        nota.groups.map((g) => {
          const kop = notaGroupLabel(g.article);
          return (
            <section key={g.article?.key ?? "algemeen"} aria-labelledby={`groep-${g.article?.key ?? "algemeen"}`}>
              <Heading level={2} id={`groep-${g.article?.key ?? "algemeen"}`}>
                {kop}
              </Heading>
              {g.points.map((p) => {
                const pointLabel = `punt ${p.nummer} van ${p.gemeente}`;
                return (
                  <article key={p.id} className="grv-card" aria-labelledby={`punt-${p.id}`}>
                    <Heading level={3} id={`punt-${p.id}`}>
                      {p.gemeente}, punt {p.nummer}: {p.onderwerp}
                    </Heading>
                    <p className="utrecht-paragraph" style={{ whiteSpace: "pre-wrap" }}>
                      {p.tekst}
                    </p>
                    <p className="utrecht-paragraph">
                      Status:{" "}
                      <strong>
                        {p.antwoord && p.disposition
                          ? `beantwoord (${DISPOSITION_LABELS[p.disposition].toLowerCase()})`
                          : "nog niet beantwoord"}
                      </strong>
                      {p.changedArticle
                        ? ` — gewijzigd: artikel ${p.changedArticle.nummer} (${p.changedArticle.versionLabel})`
                        : ""}
                    </p>
                    <AnswerForm
                      pointId={p.id}
                      pointLabel={pointLabel}
                      initial={{
                        antwoord: p.antwoord,
                        disposition: p.disposition,
                        changedArticleId: p.changedArticle?.id ?? null,
                      }}
                      articles={articles}
                      action={answerPointAction}
                    />
                  </article>
                );
              })}
            </section>
          );
        })
      )}
    </>
  );
}
