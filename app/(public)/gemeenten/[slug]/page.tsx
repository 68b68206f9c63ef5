import type { Metadata } from "next";
import { collegeDatesOf, collegeStandText } from "@/lib/presentation/college";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { gemeenteName } from "@/lib/read-models/public";
import { publicKey } from "@/lib/services/public/keys";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { formatDutchDate } from "@/lib/presentation/dates";
import { topicsLabel } from "@/lib/presentation/labels";
import { loadPublicGemeente } from "@/lib/services/public/gemeenten";
import { explainGemeente } from "@/lib/services/public/explain";
import { MEETING_KIND_LABELS } from "@/lib/presentation/labels";
import { BesluitList, ZienswijzeList } from "../../_components/decisions";
import { SubscribeLinks } from "../../_components/calendar";
import { GemeenteTimelines } from "@/components/timeline/GemeenteTimelines";
import { gemeenteTimelines } from "@/lib/read-models/regeling-timeline";
import {
  SUMMARY_PROCEDURES,
  SUMMARY_RECENT,
  SUMMARY_RECENT_DECISIONS,
  boundedSummary,
} from "@/lib/presentation/gemeente-summary";
import { loadPublicGemeenteSummary } from "@/lib/services/public/gemeente-summary";
import { GemeenteBegrotingen } from "@/components/begroting/GemeenteBegrotingen";
import { loadGemeenteBegrotingen } from "@/lib/services/begroting/public";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ alles?: string | string[] }> };

/** How many recent steps and coming items, and how many recent decisions, the page shows before "toon alles". */
const RECENT = 30;
const RECENT_DECISIONS = 10;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const g = publicKey((await params).slug) === null ? null : await read(gemeenteName, (await params).slug);
  return { title: g ? `Gemeente ${g}` : "Gemeente niet gevonden" };
}

export default async function GemeentePage({ params, searchParams }: Props) {
  await connection();
  const key = publicKey((await params).slug);
  if (key === null) notFound();
  const showAll = (await searchParams).alles === "ja";
  // By default only what the page shows is read (lib/services/public/gemeente-summary.ts); `?alles=ja` reads everything.
  const data = showAll
    ? await read(loadPublicGemeente, key, undefined, {})
    : await read(loadPublicGemeenteSummary, key, undefined, {
        recent: RECENT,
        recentDecisions: RECENT_DECISIONS,
        procedures: SUMMARY_PROCEDURES,
        bounded: { recent: SUMMARY_RECENT, recentDecisions: SUMMARY_RECENT_DECISIONS },
      });
  if (!data) notFound();
  const { gemeente, tracks, timeline, coming, meetings, today, truncated } = data;
  // A gemeente in many procedures gets a bounded summary by default (lib/presentation/gemeente-summary.ts):
  // the newest procedures, and the running regelingen linked instead of drawn (their own pages draw them).
  const summary = "procedures" in data ? boundedSummary(data.procedures) : null;
  const [visual, begrotingen] = await Promise.all([
    summary ? read(gemeenteTimelines, gemeente.id, today, 0) : read(gemeenteTimelines, gemeente.id, today),
    read(loadGemeenteBegrotingen, gemeente.id),
  ]);
  const cut = Object.values(truncated).some(Boolean) || ("meetingsCut" in data && data.meetingsCut);
  const shownWindow = "window" in data ? data.window : { recent: RECENT, recentDecisions: RECENT_DECISIONS };
  const grTracks = tracks.filter((t) => t.procedure.kind.startsWith("GR_"));
  const procedureIds = [...new Set(grTracks.map((t) => t.procedureId))];
  return (
    <>
      <Heading level={1}>Gemeente {gemeente.naam}</Heading>
      <Paragraph>
        Hier ziet u wat de gemeenteraad en het college van {gemeente.naam} al hebben besloten over de gemeenschappelijke
        regelingen, en wat nog moet gebeuren.
      </Paragraph>

      <Heading level={2}>Regelingen waaraan {gemeente.naam} meedoet</Heading>
      <ul className="grv-list">
        {gemeente.participations.map((p) => (
          <li key={p.id}>
            <Link href={`/regelingen/${p.regeling.slug}`}>{p.regeling.naam}</Link>
            {p.scope === "ADDENDUM" ? ` — alleen voor ${topicsLabel(p.scopeTopics)}` : ""}
          </li>
        ))}
      </ul>

      {summary ? (
        <Paragraph data-testid="alleen-recente-procedures">
          {gemeente.naam} doet mee aan {summary.total} procedures. Hieronder ziet u wat de raad en het college moeten
          doen en hoe ver zij zijn voor de {SUMMARY_PROCEDURES} nieuwste procedures.{" "}
          <Link href={`/gemeenten/${gemeente.slug}?alles=ja`}>Toon alle procedures</Link>
        </Paragraph>
      ) : null}

      {procedureIds.length > 0 ? (
        <section aria-labelledby="nu-kop" className="grv-explain" data-testid="uitleg">
          <Heading level={2} id="nu-kop">
            Wat moet de raad nog doen?
          </Heading>
          {procedureIds.map((id) => {
            const raad = grTracks.find((t) => t.procedureId === id && t.kind === "RAAD") ?? null;
            const college = grTracks.find((t) => t.procedureId === id && t.kind === "COLLEGE") ?? null;
            return (
              <p key={id}>
                <strong>{(raad ?? college)?.procedure.regeling.naam}:</strong>{" "}
                {explainGemeente(gemeente.naam, raad, college)}
              </p>
            );
          })}
        </section>
      ) : null}

      <GemeenteTimelines {...visual} headingLevel={2} />

      {tracks.length > 0 ? (
        <Table caption={`Stand per procedure voor ${gemeente.naam}`} head={["Procedure", "Wie", "Stand"]}>
          {tracks.map((t) => (
            <Row key={t.id}>
              <Cell header>{t.procedure.titel}</Cell>
              <Cell>{t.kind === "RAAD" ? "Gemeenteraad" : "College"}</Cell>
              <Cell>
                {t.kind === "COLLEGE" && t.procedure.kind !== "BELEIDSKADER_VASTSTELLEN"
                  ? collegeStandText(data.trackLabel(t), collegeDatesOf(t.data))
                  : data.trackLabel(t)}
              </Cell>
            </Row>
          ))}
        </Table>
      ) : null}

      <section aria-labelledby="tijdlijn-kop" className="grv-print-timeline">
        <Heading level={2} id="tijdlijn-kop">
          Tijdlijn
        </Heading>
        {cut ? (
          <Paragraph data-testid="alleen-recent">
            {gemeente.naam} doet mee aan veel regelingen. U ziet de {shownWindow.recent} meest recente stappen, de{" "}
            {shownWindow.recentDecisions} meest recente zienswijzen en besluiten en de eerstvolgende{" "}
            {shownWindow.recent} termijnen{summary ? " en vergaderingen" : ""}.{" "}
            <Link href={`/gemeenten/${gemeente.slug}?alles=ja`}>Toon alles</Link>
          </Paragraph>
        ) : null}
        {showAll ? (
          <Paragraph>
            U ziet alle stappen en besluiten.{" "}
            <Link href={`/gemeenten/${gemeente.slug}`}>Toon alleen de meest recente</Link>
          </Paragraph>
        ) : null}
        <Heading level={3}>Wat is er al gebeurd?</Heading>
        {timeline.length === 0 ? (
          <Paragraph data-testid="geen-stappen">Er zijn nog geen besluiten of stappen geregistreerd.</Paragraph>
        ) : (
          <ol className="grv-timeline" data-testid="tijdlijn-gebeurd">
            {timeline.map((e) => (
              <li key={e.key} className="grv-timeline__item">
                <p className="grv-timeline__date">
                  <time dateTime={e.date}>{formatDutchDate(e.date)}</time>
                </p>
                <p>
                  <strong>{e.what}</strong> — {e.who}
                </p>
                <p className="grv-muted">{e.regeling}</p>
              </li>
            ))}
          </ol>
        )}
        <Heading level={3}>Wat komt er nog?</Heading>
        {coming.length === 0 ? (
          <Paragraph>Er zijn geen komende termijnen of vergaderingen bekend.</Paragraph>
        ) : (
          <ol className="grv-timeline" data-testid="tijdlijn-komend">
            {coming.map((e) => (
              <li key={e.key} className="grv-timeline__item grv-timeline__item--coming">
                <p className="grv-timeline__date">
                  <time dateTime={e.date}>{formatDutchDate(e.date)}</time> · {e.who}
                </p>
                <p>
                  <strong>{e.what}</strong>
                </p>
                <p className="grv-muted">{e.regeling}</p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <GemeenteBegrotingen naam={gemeente.naam} rows={begrotingen} />

      <SubscribeLinks path={`/ics/gemeenten/${gemeente.slug}.ics`} label={`gemeente ${gemeente.naam}`} />

      <section aria-labelledby="vergaderingen-kop">
        <Heading level={2} id="vergaderingen-kop">
          Vergaderingen
        </Heading>
        {meetings.filter((m) => m.date.toISOString().slice(0, 10) >= today).length === 0 ? (
          <Paragraph>Er zijn geen komende vergaderingen ingevoerd.</Paragraph>
        ) : (
          <ul className="grv-list">
            {meetings
              .filter((m) => m.date.toISOString().slice(0, 10) >= today)
              .map((m) => (
                <li key={m.id}>
                  {formatDutchDate(m.date)}: {m.titel ?? MEETING_KIND_LABELS[m.kind]} ({m.body.naam})
                </li>
              ))}
          </ul>
        )}
      </section>

      <ZienswijzeList zienswijzen={data.zienswijzen} />
      <BesluitList besluiten={data.besluiten} />
    </>
  );
}
