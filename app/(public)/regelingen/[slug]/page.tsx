import type { Metadata } from "next";
import { collegeDatesOf, collegeStandText } from "@/lib/presentation/college";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Fragment } from "react";
import { read } from "@/lib/read-models";
import { regelingName } from "@/lib/read-models/public";
import { loadRegelingPage } from "@/lib/read-models/regeling-page";
import { publicKey } from "@/lib/services/public/keys";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { formatDutchDate } from "@/lib/presentation/dates";
import { TargetDates } from "../../_components/facts";
import {
  MILESTONE_KIND_LABELS,
  PROCEDURE_KIND_LABELS,
  VORM_LABELS,
  procedureStateLabel,
  topicsLabel,
} from "@/lib/presentation/labels";
import { collegeStatusText, raadStatusText } from "@/lib/presentation/status";
import { BesluitList, ZienswijzeList } from "../../_components/decisions";
import { SubscribeLinks, UpcomingList } from "../../_components/calendar";
import { ProcedureRecordList } from "@/components/secretariaat/ProcedureRecordList";
import { cachedRegelingTimeline } from "@/lib/read-models/regeling-timeline";
import { TargetAlert } from "@/components/timeline/TargetAlert";
import { Timeline } from "@/components/timeline/Timeline";
import { PublicBegroting } from "@/components/begroting/PublicBegroting";
import { isBoundedRegeling, SUMMARY_DOCUMENTS, SUMMARY_ROWS } from "@/lib/presentation/regeling-summary";
import { ParticipantSummary, TimelineSummary } from "../../_components/regeling-summary";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ alles?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const r = publicKey((await params).slug) === null ? null : await read(regelingName, (await params).slug);
  return { title: r ?? "Regeling niet gevonden" };
}

export default async function RegelingPage({ params, searchParams }: Props) {
  await connection();
  const key = publicKey((await params).slug);
  if (key === null) notFound();
  const showAll = (await searchParams).alles === "ja";
  // A regeling with many participants gets a bounded summary by default (lib/presentation/regeling-summary.ts).
  // The page's data, kept per regeling data version, with its register entries read apart (regeling-page.ts).
  const page = await read(loadRegelingPage, key, undefined, { summary: !showAll });
  if (!page) notFound();
  const { data, plannedInForce, begroting } = page;
  const { regeling, procedures, gr, explanation, bounded, truncated } = data;
  const all = `/regelingen/${regeling.slug}?alles=ja`;
  const documents = bounded ? regeling.documents.slice(-SUMMARY_DOCUMENTS) : regeling.documents;
  const timeline = regeling.inWerkingOp ? null : await read(cachedRegelingTimeline, regeling.slug, data.today);
  // Bounded: at most SUMMARY_ROWS detail lines (one per raad otherwise); the participant summary lists the raden.
  const details = bounded ? explanation?.details.slice(0, SUMMARY_ROWS) : explanation?.details;
  const track = (participantId: string, kind: string) =>
    gr?.tracks.find((t) => t.participantId === participantId && t.kind === kind);
  return (
    <>
      <Heading level={1}>{regeling.naam}</Heading>
      <Paragraph>
        {regeling.regio?.naam ? `${regeling.regio.naam}. ` : ""}
        {VORM_LABELS[regeling.vorm]}.{regeling.belang ? ` ${regeling.belang}` : ""}
      </Paragraph>
      <dl className="grv-facts grv-facts-public">
        {regeling.vervangt ? (
          <>
            <dt>Vervangt</dt>
            <dd>
              <Link href={`/regelingen/${regeling.vervangt.slug}`}>
                {regeling.vervangt.citeertitel ?? regeling.vervangt.naam}
              </Link>
            </dd>
          </>
        ) : null}
        {regeling.vervangenDoor ? (
          <>
            <dt>Wordt vervangen door</dt>
            <dd>
              <Link href={`/regelingen/${regeling.vervangenDoor.slug}`}>{regeling.vervangenDoor.naam}</Link>
            </dd>
          </>
        ) : null}
        <TargetDates regeling={regeling} />
        {regeling.beeindigdOp ? (
          <>
            <dt>Laatste dag van deze regeling</dt>
            <dd data-testid="einddatum">{formatDutchDate(regeling.beeindigdOp)}</dd>
          </>
        ) : null}
        {regeling.inWerkingOp ? (
          <>
            <dt>In werking sinds</dt>
            <dd>{formatDutchDate(regeling.inWerkingOp)}</dd>
          </>
        ) : null}
        {plannedInForce ? (
          <>
            <dt>Inwerkingtreding</dt>
            <dd data-testid="inwerkingtreding-gepland">
              Inwerkingtreding gepland op {formatDutchDate(plannedInForce)}
            </dd>
          </>
        ) : null}
        {data.regionalFacts
          .filter((f) => f.key !== "inwerkingtreding-gepland")
          .map((f) => (
            <Fragment key={f.key}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </Fragment>
          ))}
      </dl>
      <TargetAlert verdict={timeline?.verdict} />

      {explanation ? (
        <section aria-labelledby="nu-kop" className="grv-explain" data-testid="uitleg">
          <Heading level={2} id="nu-kop">
            Wat gebeurt er nu en wat is de volgende stap?
          </Heading>
          <p>
            <strong>Stand: {explanation.stand}.</strong> {explanation.nu}
          </p>
          <p>
            <strong>Volgende stap:</strong> {explanation.volgende}
          </p>
          {details?.length ? (
            <ul>
              {details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
          {details && details.length < explanation.details.length ? (
            <p>
              En nog {explanation.details.length - details.length} andere. <Link href={all}>Toon alles</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      <Heading level={2}>Deelnemers en waar zij staan</Heading>
      {showAll && isBoundedRegeling(regeling.participants.length, false) ? (
        <Paragraph data-testid="alles-getoond">
          U ziet alle deelnemers en alle gegevens.{" "}
          <Link href={`/regelingen/${regeling.slug}`}>Toon alleen de samenvatting</Link>
        </Paragraph>
      ) : null}
      {bounded ? (
        <ParticipantSummary data={data} allHref={all} />
      ) : (
        <Table
          caption="Per gemeente: deelname en stand van raad en college"
          head={["Gemeente", "Deelname", "Raad", "College"]}
        >
          {regeling.participants.map((p) => {
            const raad = track(p.id, "RAAD");
            const college = track(p.id, "COLLEGE");
            return (
              <Row key={p.id}>
                <Cell header>
                  <Link href={`/gemeenten/${p.gemeente.slug}`}>{p.gemeente.naam}</Link>
                </Cell>
                <Cell>{p.scope === "FULL" ? "Volledig" : `Alleen voor ${topicsLabel(p.scopeTopics)}`}</Cell>
                <Cell>{gr ? raadStatusText({ procedureKind: gr.kind, raad }) : "—"}</Cell>
                <Cell>
                  {gr
                    ? collegeStandText(
                        collegeStatusText({ procedureKind: gr.kind, raad, college }),
                        collegeDatesOf(college?.data),
                      )
                    : "—"}
                </Cell>
              </Row>
            );
          })}
        </Table>
      )}

      {timeline ? (
        <section aria-labelledby="tijdlijn-visueel-kop">
          <Heading level={2} id="tijdlijn-visueel-kop">
            Tijdlijn naar de inwerkingtreding
          </Heading>
          {bounded ? (
            <TimelineSummary model={timeline.model} allHref={`${all}#tijdlijn-visueel-kop`} />
          ) : (
            <Timeline model={timeline.model} id="tijdlijn-regeling" />
          )}
        </section>
      ) : null}

      <UpcomingList items={data.upcoming} />
      {truncated.upcoming ? (
        <Paragraph data-testid="alleen-eerste-termijnen">
          U ziet de eerste {SUMMARY_ROWS} komende termijnen en data. <Link href={all}>Toon alle termijnen</Link>
        </Paragraph>
      ) : null}
      <SubscribeLinks path={`/ics/regelingen/${regeling.slug}.ics`} label="deze regeling" />

      <Heading level={2}>Documenten</Heading>
      {bounded && documents.length < regeling.documents.length ? (
        <Paragraph data-testid="alleen-nieuwste-documenten">
          Deze regeling heeft {regeling.documents.length} documenten. U ziet de {documents.length} nieuwste.{" "}
          <Link href={all}>Toon alle documenten</Link>
        </Paragraph>
      ) : null}
      {documents.length === 0 ? (
        <Paragraph>Er zijn nog geen documenten.</Paragraph>
      ) : (
        <Table caption="Documenten met hun versies en procedure" head={["Document", "Versies", "Procedure"]}>
          {documents.map((d) => {
            const proc = procedures.find((p) => p.document.id === d.id);
            return (
              <Row key={d.id}>
                <Cell header>
                  <Link href={`/documenten/${d.id}`}>{d.titel}</Link>
                </Cell>
                <Cell>{d.versions.map((v) => v.label).join(", ") || "—"}</Cell>
                <Cell>
                  {proc
                    ? `${PROCEDURE_KIND_LABELS[proc.kind] ?? proc.kind}: ${procedureStateLabel(proc.kind, proc.derivedState)}`
                    : "—"}
                </Cell>
              </Row>
            );
          })}
        </Table>
      )}

      {truncated.zienswijzen || truncated.besluiten ? (
        <Paragraph data-testid="alleen-recente-besluiten">
          U ziet de{" "}
          {[
            truncated.zienswijzen ? `${SUMMARY_ROWS} meest recente zienswijzen` : null,
            truncated.besluiten ? `${SUMMARY_ROWS} meest recente besluiten` : null,
          ]
            .filter(Boolean)
            .join(" en de ")}
          . <Link href={all}>Toon alle zienswijzen en besluiten</Link>
        </Paragraph>
      ) : null}
      <ZienswijzeList zienswijzen={data.zienswijzen} compact={bounded ? `${all}#zienswijzen-kop` : undefined} />
      <BesluitList besluiten={data.besluiten} />

      <ProcedureRecordList records={data.records} />

      <PublicBegroting
        data={begroting}
        summary={
          bounded
            ? { allHref: `${all}#begroting-kop`, apiHref: `/api/v1/regelingen/${regeling.slug}/begrotingscycli` }
            : undefined
        }
      />

      <section aria-labelledby="tijdlijn-kop">
        <Heading level={2} id="tijdlijn-kop">
          Tijdlijn volgens de brondocumenten
        </Heading>
        <ol className="grv-timeline">
          {regeling.milestones.map((m) => (
            <li key={m.id} className="grv-timeline__item">
              <p className="grv-timeline__date">
                {m.dateText} · {MILESTONE_KIND_LABELS[m.kind]}
                {m.plannedText ? ` (${m.plannedText})` : null}
              </p>
              <p>
                <strong>{m.label}</strong>
              </p>
              <p className="grv-muted">Bron: {m.bron}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
