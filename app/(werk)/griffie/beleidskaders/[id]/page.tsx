import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadGriffieBeleidskader } from "@/lib/read-models/griffie";
import { formatDutchDate } from "@/lib/presentation/dates";
import { BESLUIT_UITKOMST_LABELS, trackStatusLabel } from "@/lib/presentation/labels";
import { raadNextStep } from "@/lib/presentation/status";
import type { BeleidskaderTrackState } from "@/lib/domain";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { BesluitForm } from "@/components/griffie/BesluitForm";
import { BeleidskaderStapForm } from "@/components/griffie/StapForms";
import { requireGriffier } from "../../guard";
import { Geweigerd } from "../../Geweigerd";
import { beleidskaderBesluitAction, beleidskaderStapAction } from "../../actions";

export const metadata: Metadata = { title: "Beleidskader — griffie" };

export default async function BeleidskaderPage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const access = await requireGriffier(`/griffie/beleidskaders/${id}`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const loaded = await read(loadGriffieBeleidskader, id, access.user.gemeenteId);
  if (!loaded) notFound();
  const { track, besluiten } = loaded;
  const state = track.data as unknown as BeleidskaderTrackState;
  const common = { procedureId: id, participantId: track.participantId, expectedVersion: track.version };
  return (
    <>
      <p>
        <a href="/griffie">← Terug naar de griffie</a>
      </p>
      <Heading level={1}>{track.procedure.titel}</Heading>
      <dl className="grv-facts">
        <dt>Document</dt>
        <dd>{track.procedure.document.titel}</dd>
        <dt>Stand van de raad</dt>
        <dd data-testid="raad-stand">{trackStatusLabel("BELEIDSKADER_VASTSTELLEN", "RAAD", track.status)}</dd>
        <dt>Wat de raad nu moet doen</dt>
        <dd>
          {track.status === "nog_niet_aangeboden"
            ? "Registreer het raadsvoorstel zodra het aan de raad is aangeboden."
            : raadNextStep({ procedureKind: "BELEIDSKADER_VASTSTELLEN", raad: track })}
        </dd>
        {state.offeredOn ? (
          <>
            <dt>Aangeboden</dt>
            <dd>{formatDutchDate(state.offeredOn)}</dd>
          </>
        ) : null}
        {state.agenda?.raadDate ? (
          <>
            <dt>Raadsvergadering</dt>
            <dd>{formatDutchDate(state.agenda.raadDate)}</dd>
          </>
        ) : null}
      </dl>
      {track.status === "nog_niet_aangeboden" ? (
        <section aria-labelledby="aangeboden">
          <Heading level={2} id="aangeboden">
            Raadsvoorstel aangeboden
          </Heading>
          <BeleidskaderStapForm
            key={`a-${track.version}`}
            {...common}
            stap="aangeboden"
            action={beleidskaderStapAction}
          />
        </section>
      ) : null}
      {track.status === "aangeboden" || track.status === "geagendeerd" || track.status === "aangehouden" ? (
        <section aria-labelledby="geagendeerd">
          <Heading level={2} id="geagendeerd">
            Raadsvoorstel agenderen
          </Heading>
          <BeleidskaderStapForm
            key={`g-${track.version}`}
            {...common}
            stap="geagendeerd"
            action={beleidskaderStapAction}
          />
        </section>
      ) : null}
      {track.status === "geagendeerd" || track.status === "aangehouden" ? (
        <section aria-labelledby="besluit">
          <Heading level={2} id="besluit">
            Besluit van de raad registreren
          </Heading>
          <BesluitForm key={`b-${track.version}`} mode="beleidskader" {...common} action={beleidskaderBesluitAction} />
        </section>
      ) : null}
      <section aria-labelledby="besluiten">
        <Heading level={2} id="besluiten">
          Geregistreerde raadsbesluiten
        </Heading>
        {besluiten.length === 0 ? (
          <Paragraph>Nog geen raadsbesluiten geregistreerd.</Paragraph>
        ) : (
          <ul>
            {besluiten.map((b) => (
              <li key={b.id}>
                {BESLUIT_UITKOMST_LABELS[b.uitkomst] ?? b.uitkomst} op {formatDutchDate(b.besluitdatum)} (
                {b.besluitnummer ?? "zonder nummer"}; {b.stemmenVoor ?? "?"} voor, {b.stemmenTegen ?? "?"} tegen
                {b.moties.length ? `; ${b.moties.length} moties/amendementen` : ""})
                {b.fileId ? (
                  <>
                    {" "}
                    — <a href={`/bestanden/${b.fileId}`}>PDF openen</a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
