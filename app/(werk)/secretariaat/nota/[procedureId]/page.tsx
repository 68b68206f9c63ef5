import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadNotaArticleChoices, loadNotaDraft } from "@/lib/read-models/secretariaat";
import { loadZienswijzenNaNota } from "@/lib/read-models/griffie";
import { loadNota } from "@/lib/services/nota";
import { NotFoundError } from "@/lib/services/forecast";
import { findPdfConverter } from "@/lib/documents/word/pdf";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { NotaForm } from "@/components/secretariaat/NotaForm";
import { Geweigerd } from "../../Geweigerd";
import { requireSecretariaat } from "../../guard";
import { answerNotaAction } from "./actions";

export const metadata: Metadata = { title: "Secretariaat — nota van beantwoording" };

/** All adopted zienswijze points grouped by article, answered in one form and saved at once. */
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
  const draft = await read(loadNotaDraft, procedureId);
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
        <>
          {draft.hasDraft ? null : (
            <p className="utrecht-paragraph" role="note" data-testid="geen-nieuwe-versie">
              Er is nog geen nieuwe versie van de tekst. Wilt u bij een antwoord het gewijzigde artikel kiezen? Zet dan
              eerst de nieuwe (concept)versie klaar bij{" "}
              <a href={`/secretariaat/procedures/${procedureId}`}>de procedure</a>. U kunt de antwoorden nu al opslaan
              en het artikel later kiezen.
            </p>
          )}
          <NotaForm
            procedureId={procedureId}
            basis={nota.basis}
            groups={nota.groups.map((g) => ({
              article: g.article,
              points: g.points.map((p) => ({
                id: p.id,
                gemeente: p.gemeente,
                nummer: p.nummer,
                onderwerp: p.onderwerp,
                tekst: p.tekst,
                antwoord: p.antwoord,
                disposition: p.disposition,
                changedArticleId: p.changedArticle?.id ?? null,
              })),
            }))}
            articles={articles}
            action={answerNotaAction}
          />
        </>
      )}
    </>
  );
}
