import { OUTSIDE_WGR_GROUNDS_WARNING } from "@/lib/domain/procedures/gr/raad-track";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadGriffieProcedure } from "@/lib/services/griffie/workspace";
import { formatDutchDate } from "@/lib/presentation/dates";
import {
  BESLUIT_TYPE_LABELS,
  BESLUIT_UITKOMST_LABELS,
  trackStatusLabel,
  WEIGERINGSGROND_LABELS,
  ZIENSWIJZE_STATUS_LABELS,
} from "@/lib/presentation/labels";
import { raadNextStep } from "@/lib/presentation/status";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { DeadlineTrace } from "@/components/griffie/DeadlineTrace";
import { BesluitForm } from "@/components/griffie/BesluitForm";
import { ZienswijzeConceptForm } from "@/components/griffie/ZienswijzeConceptForm";
import { AgenderingForm, IndienenForm, OntvangstForm } from "@/components/griffie/StapForms";
import { requireGriffier } from "../../guard";
import { Geweigerd } from "../../Geweigerd";
import {
  agenderingAction,
  conceptAction,
  correctieAction,
  geenZienswijzeAction,
  indienenAction,
  ontvangstAction,
  toestemmingAction,
  vaststellenAction,
} from "../../actions";

export const metadata: Metadata = { title: "Procedure — griffie" };

export default async function GriffieProcedurePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const access = await requireGriffier(`/griffie/procedures/${id}`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const data = await read(loadGriffieProcedure, id, access.user.gemeenteId);
  if (!data) notFound();
  const { procedure, participantId, version, track, regional, versions, zienswijze, besluiten } = data;
  const zwVersion = versions.find((v) => v.id === track.zienswijze?.documentVersionId);
  const tVersion = versions.find((v) => v.id === track.toestemming?.documentVersionId);
  const common = { procedureId: id, participantId, expectedVersion: version };
  const status = track.status;
  const zienswijzeOpen = status === "ontvangen" || status === "geagendeerd";
  const toestemmingsvoorstelOpen =
    regional.status === "toestemmingsprocedure_geopend" &&
    // After a refusal the college may ask again and the raad decide again on the same text (Wgr art. 1 lid 4):
    // the griffie registers the receipt of the new toestemmingsvoorstel (lib/domain/procedures/gr/machines.ts).
    [
      "ontvangen",
      "geagendeerd",
      "zienswijze_vastgesteld",
      "geen_zienswijze",
      "herbesluit_nodig",
      "toestemming_geweigerd",
    ].includes(status);

  return (
    <>
      <p>
        <a href="/griffie">← Terug naar de griffie</a>
      </p>
      <p>
        <a href={`/griffie/procedures/${id}/beantwoording`}>
          Antwoorden van de regio, nota, prognose en concept-raadsvoorstellen
        </a>
      </p>
      <Heading level={1}>{procedure.titel}</Heading>
      <dl className="grv-facts">
        <dt>Regeling</dt>
        <dd>{procedure.regeling.naam}</dd>
        <dt>Stand van de raad</dt>
        <dd data-testid="raad-stand">{trackStatusLabel(procedure.kind, "RAAD", status)}</dd>
        <dt>Wat de raad nu moet doen</dt>
        <dd>
          {raadNextStep({
            procedureKind: procedure.kind,
            raad: track,
            college: data.college,
            zienswijzeStatus: zienswijze?.status,
          })}
        </dd>
        {track.zienswijze ? (
          <>
            <dt>Ontwerp ontvangen</dt>
            <dd data-testid="ontvangst">
              {formatDutchDate(track.zienswijze.receivedOn)} ({zwVersion?.label ?? "versie onbekend"})
              {track.zienswijze.assumed ? " — aangenomen ontvangst, nog niet door de griffie bevestigd" : null}
            </dd>
            <dt>Wettelijke termijn zienswijze</dt>
            <dd>
              uiterlijk {formatDutchDate(track.zienswijze.deadline.end)}
              <DeadlineTrace trace={track.zienswijze.deadline} />
            </dd>
          </>
        ) : null}
        {track.toestemming ? (
          <>
            <dt>Toestemmingsvoorstel</dt>
            <dd>
              ontvangen op {formatDutchDate(track.toestemming.receivedOn)} ({tVersion?.label ?? "versie onbekend"})
            </dd>
          </>
        ) : null}
      </dl>

      {track.zienswijze?.assumed && zienswijzeOpen ? (
        <section aria-labelledby="ontvangst">
          <Heading level={2} id="ontvangst">
            Ontvangst van het ontwerp bevestigen
          </Heading>
          <Paragraph>
            De ontvangst is aangenomen: de datum van verzending plus de afgesproken bezorgtijd. Bevestig de datum waarop
            de griffie het ontwerp ontving; de termijn wordt dan opnieuw berekend.
          </Paragraph>
          <OntvangstForm key={`o-${version}`} {...common} stap="ontwerp" action={ontvangstAction} />
        </section>
      ) : null}

      {status === "nog_niet_ontvangen" ? (
        regional.status === "zienswijzeprocedure_geopend" ? (
          <section aria-labelledby="ontvangst">
            <Heading level={2} id="ontvangst">
              Ontvangst van het ontwerp registreren
            </Heading>
            <OntvangstForm key={`o-${version}`} {...common} stap="ontwerp" action={ontvangstAction} />
          </section>
        ) : (
          <Paragraph>De zienswijzeprocedure is nog niet geopend door het regionaal secretariaat.</Paragraph>
        )
      ) : null}

      {zienswijze ? (
        <section aria-labelledby="zienswijze">
          <Heading level={2} id="zienswijze">
            Zienswijze
          </Heading>
          <Paragraph>
            Status: <strong data-testid="zienswijze-status">{ZIENSWIJZE_STATUS_LABELS[zienswijze.status]}</strong>
          </Paragraph>
          <ol>
            {zienswijze.points.map((pt) => (
              <li key={pt.id}>
                <strong>{pt.onderwerp}</strong> (
                {pt.article ? `${pt.article.nummer} — ${pt.article.titel}` : "het document als geheel"}): {pt.tekst}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {zienswijzeOpen ? (
        <>
          <section aria-labelledby="agenderen">
            <Heading level={2} id="agenderen">
              Zienswijze agenderen
            </Heading>
            <AgenderingForm key={`az-${version}`} {...common} stap="zienswijze" action={agenderingAction} />
          </section>
          <section aria-labelledby="concept">
            <Heading level={2} id="concept">
              {zienswijze ? "Concept-zienswijze bewerken" : "Concept-zienswijze opstellen"}
            </Heading>
            <Paragraph>
              Een concept is niet openbaar. Pas na vaststelling door de raad is de zienswijze zichtbaar.
            </Paragraph>
            <ZienswijzeConceptForm
              key={zienswijze ? `c-${zienswijze.id}-${zienswijze.version}` : "c-nieuw"}
              procedureId={id}
              participantId={participantId}
              articles={zwVersion?.articles ?? []}
              concept={
                zienswijze && zienswijze.status === "CONCEPT"
                  ? {
                      id: zienswijze.id,
                      version: zienswijze.version,
                      points: zienswijze.points.map((pt) => ({
                        onderwerp: pt.onderwerp,
                        articleId: pt.articleId ?? "",
                        tekst: pt.tekst,
                      })),
                    }
                  : undefined
              }
              action={conceptAction}
            />
          </section>
          {zienswijze?.status === "CONCEPT" ? (
            <section aria-labelledby="vaststellen">
              <Heading level={2} id="vaststellen">
                Vaststelling door de raad registreren
              </Heading>
              <BesluitForm
                key={`v-${version}-${zienswijze.version}`}
                mode="zienswijze_vaststellen"
                zienswijzeId={zienswijze.id}
                conceptVersion={zienswijze.version}
                expectedVersion={version}
                action={vaststellenAction}
              />
            </section>
          ) : null}
          <section aria-labelledby="geen">
            <Heading level={2} id="geen">
              De raad geeft geen zienswijze
            </Heading>
            <BesluitForm
              key={`g-${version}`}
              mode="geen_zienswijze"
              {...common}
              pdfPolicy={procedure.regeling.pdfVerplicht}
              action={geenZienswijzeAction}
            />
          </section>
        </>
      ) : null}

      {zienswijze?.status === "VASTGESTELD" ? (
        <section aria-labelledby="indienen">
          <Heading level={2} id="indienen">
            Indienen van de zienswijze registreren
          </Heading>
          <IndienenForm key={`i-${zienswijze.version}`} zienswijzeId={zienswijze.id} action={indienenAction} />
        </section>
      ) : null}

      {toestemmingsvoorstelOpen ? (
        <section aria-labelledby="tv">
          <Heading level={2} id="tv">
            Ontvangst van het toestemmingsvoorstel registreren
          </Heading>
          <OntvangstForm key={`ot-${version}`} {...common} stap="toestemmingsvoorstel" action={ontvangstAction} />
        </section>
      ) : null}

      {status === "toestemming_ontvangen" || status === "toestemming_aangehouden" ? (
        <section aria-labelledby="tagenderen">
          <Heading level={2} id="tagenderen">
            Toestemmingsvoorstel agenderen
          </Heading>
          <AgenderingForm key={`at-${version}`} {...common} stap="toestemming" action={agenderingAction} />
        </section>
      ) : null}

      {(status === "toestemming_geagendeerd" || status === "toestemming_aangehouden") && track.toestemming ? (
        <section aria-labelledby="toestemming">
          <Heading level={2} id="toestemming">
            Besluit over toestemming registreren
          </Heading>
          <BesluitForm
            key={`t-${version}`}
            mode="toestemming"
            {...common}
            pdfPolicy={procedure.regeling.pdfVerplicht}
            versions={tVersion ? [{ id: tVersion.id, label: tVersion.label }] : []}
            action={toestemmingAction}
          />
        </section>
      ) : null}

      <section aria-labelledby="besluiten">
        <Heading level={2} id="besluiten">
          Geregistreerde raadsbesluiten
        </Heading>
        {besluiten.length === 0 ? <Paragraph>Nog geen raadsbesluiten geregistreerd.</Paragraph> : null}
        {besluiten.map((b) => (
          <article key={b.id} aria-labelledby={`besluit-${b.id}`} data-testid="besluit">
            <Heading level={3} id={`besluit-${b.id}`}>
              {BESLUIT_TYPE_LABELS[b.type] ?? b.type}: {BESLUIT_UITKOMST_LABELS[b.uitkomst] ?? b.uitkomst} —{" "}
              {formatDutchDate(b.besluitdatum)}
              {b.corrigeertId ? " (correctie)" : ""}
            </Heading>
            <dl className="grv-facts">
              <dt>Besluitnummer</dt>
              <dd>{b.besluitnummer ?? "—"}</dd>
              <dt>Stemmen</dt>
              <dd>
                {b.stemmenVoor === null && b.stemmenTegen === null
                  ? "Zonder stemming (hamerstuk)"
                  : `${b.stemmenVoor ?? "?"} voor, ${b.stemmenTegen ?? "?"} tegen`}
                {b.heropendeVergadering ? " — opnieuw bijeengeroepen vergadering (Gemeentewet art. 20)" : ""}
              </dd>
              {b.weigeringsgrond ? (
                <>
                  <dt>Grond</dt>
                  <dd>
                    {WEIGERINGSGROND_LABELS[b.weigeringsgrond]}
                    {b.weigeringsgrond === "ANDERE_GROND" ? <p role="note">{OUTSIDE_WGR_GROUNDS_WARNING}</p> : null}
                  </dd>
                </>
              ) : null}
              {b.motivering ? (
                <>
                  <dt>Motivering</dt>
                  <dd>{b.motivering}</dd>
                </>
              ) : null}
              {b.verwachteDatum ? (
                <>
                  <dt>Verwachte nieuwe besluitdatum</dt>
                  <dd>{formatDutchDate(b.verwachteDatum)}</dd>
                </>
              ) : null}
              <dt>Moties en amendementen</dt>
              <dd>
                {b.moties.length === 0
                  ? "geen"
                  : b.moties
                      .map(
                        (m) =>
                          `${m.soort === "MOTIE" ? "Motie" : "Amendement"} "${m.titel}" (${m.indiener}): ${m.uitkomst.toLowerCase()}`,
                      )
                      .join("; ")}
              </dd>
              <dt>Raadsbesluit</dt>
              <dd>
                {b.file ? (
                  <>
                    <a href={`/bestanden/${b.file.id}`}>PDF openen</a>
                    {` ${b.file.bestandsnaam} (${Math.ceil(b.file.size / 1024)} kB, sha256 ${b.file.sha256.slice(0, 12)}…)`}
                  </>
                ) : (
                  "geen bestand"
                )}
              </dd>
            </dl>
            {b.gecorrigeerdDoor ? (
              <Paragraph>Dit besluit is gecorrigeerd; zie de correctie hieronder.</Paragraph>
            ) : (
              <details>
                <summary>Registratie corrigeren</summary>
                <BesluitForm mode="correctie" besluitId={b.id} action={correctieAction} />
              </details>
            )}
          </article>
        ))}
      </section>
    </>
  );
}
