import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { todayInNetherlands } from "@/lib/domain";
import { FORECAST_STATUS_LABELS, type ForecastStatus } from "@/lib/domain/forecast";
import { loadGriffieBeantwoording } from "@/lib/services/griffie/beantwoording";
import { formatDutchDate } from "@/lib/presentation/dates";
import { changedArticleLabel, dispositionLabel, notaGroupLabel } from "@/lib/presentation/nota";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { DiffParts } from "@/components/documents/DiffParts";
import { requireGriffier } from "../../../guard";
import { Geweigerd } from "../../../Geweigerd";

export const metadata: Metadata = { title: "Beantwoording van de zienswijze — griffie" };

/** The regio's answers to the own raad's zienswijze, the nota, the forecast and the draft documents (own gemeente). */
export default async function BeantwoordingPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const access = await requireGriffier(`/griffie/procedures/${id}/beantwoording`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const data = await read(loadGriffieBeantwoording, id, access.user.gemeenteId, todayInNetherlands());
  if (!data) notFound();
  const docs = `/griffie/documenten/${id}/${data.gemeente.slug}`;
  return (
    <>
      <p>
        <a href={`/griffie/procedures/${id}`}>← Terug naar de procedure</a>
      </p>
      <Heading level={1}>Beantwoording van de zienswijze van {data.gemeente.naam}</Heading>
      <Paragraph>{data.titel}</Paragraph>

      <Heading level={2} id="documenten">
        Documenten voor de raad
      </Heading>
      <ul aria-labelledby="documenten">
        <li>
          <a href={`${docs}/raadsvoorstel-zienswijze`} download>
            Concept-raadsvoorstel zienswijze (Word)
          </a>
        </li>
        <li>
          <a href={`${docs}/raadsvoorstel-toestemming`} download>
            Concept-raadsvoorstel toestemming (Word)
          </a>
        </li>
        <li>
          <a href={`${docs}/zienswijze-brief`} download>
            Zienswijze-brief aan het bestuur (Word)
          </a>
        </li>
      </ul>

      <Heading level={2} id="antwoorden">
        Antwoorden op uw zienswijzepunten
      </Heading>
      {data.points.length === 0 ? (
        <Paragraph>Uw raad heeft in deze procedure geen vastgestelde zienswijzepunten.</Paragraph>
      ) : null}
      {data.points.map((p) => (
        <article key={p.id} aria-labelledby={`punt-${p.nummer}`} data-testid="antwoord-punt">
          <Heading level={3} id={`punt-${p.nummer}`}>
            Punt {p.nummer}: {p.onderwerp}
          </Heading>
          <dl className="grv-facts">
            <dt>Over</dt>
            <dd>{p.over}</dd>
            <dt>Zienswijze</dt>
            <dd>{p.tekst}</dd>
            <dt>Antwoord van de regio</dt>
            <dd>{p.antwoord ?? "Nog niet beantwoord"}</dd>
            <dt>Verwerking</dt>
            <dd data-testid="verwerking">{dispositionLabel(p.disposition)}</dd>
            {p.changedArticle ? (
              <>
                <dt>Gewijzigd artikel</dt>
                <dd>{changedArticleLabel(p.changedArticle)}</dd>
              </>
            ) : null}
          </dl>
          {p.diff && p.diff.change !== "ongewijzigd" ? (
            <div data-testid="artikel-verschil">
              <Paragraph>Wijziging van het artikel ten opzichte van de versie waarop uw raad reageerde:</Paragraph>
              <p>
                <DiffParts parts={p.diff.tekst} />
              </p>
            </div>
          ) : null}
        </article>
      ))}

      <Heading level={2} id="nota">
        Nota van beantwoording
      </Heading>
      {data.nota && data.notaOn ? (
        <>
          <Paragraph>De regio heeft de nota op {formatDutchDate(data.notaOn)} vastgesteld.</Paragraph>
          {data.nota.groups.map((g) => (
            <section key={g.article?.key ?? "geheel"} aria-label={notaGroupLabel(g.article)}>
              <Heading level={3}>{notaGroupLabel(g.article)}</Heading>
              <ul>
                {g.points.map((p) => (
                  <li key={p.id}>
                    {p.gemeente}, punt {p.nummer} ({p.onderwerp}): {p.antwoord ?? "Nog niet beantwoord"} —{" "}
                    {dispositionLabel(p.disposition)}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      ) : (
        <Paragraph>De regio heeft de nota van beantwoording nog niet vastgesteld.</Paragraph>
      )}

      <Heading level={2} id="prognose">
        Prognose voor uw raad
      </Heading>
      {data.forecast ? (
        <>
          <Paragraph data-testid="prognose-raad">
            Stand voor {data.gemeente.naam}: {FORECAST_STATUS_LABELS[data.forecast.status as ForecastStatus]}.
            {data.forecast.latestRaad
              ? ` De raad besluit uiterlijk op ${formatDutchDate(data.forecast.latestRaad)}.`
              : " Er is geen raadsvergadering vroeg genoeg gepland."}
          </Paragraph>
          <Paragraph data-testid="prognose-regio">{data.forecast.verdict}</Paragraph>
        </>
      ) : (
        <Paragraph>Voor deze procedure is geen prognose beschikbaar.</Paragraph>
      )}
    </>
  );
}
