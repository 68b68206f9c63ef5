import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadTrackHistory } from "@/lib/read-models/secretariaat";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { auditLabel } from "@/lib/audit/catalogue";
import { ROLE_LABELS, isRole } from "@/lib/auth/roles";
import { formatDutchDate } from "@/lib/presentation/dates";
import { PROCEDURE_KIND_LABELS, trackStatusLabel } from "@/lib/presentation/labels";
import { Geweigerd } from "../../Geweigerd";
import { requireSecretariaat } from "../../guard";

export const metadata: Metadata = { title: "Secretariaat — spoor en geschiedenis" };

const timeFmt = new Intl.DateTimeFormat("nl-NL", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Amsterdam",
});

/** One track (raad or college of one gemeente in one procedure): its state and its audit history. */
export default async function TrackPage({ params }: { params: Promise<{ trackId: string }> }) {
  await connection();
  const { trackId } = await params;
  const access = await requireSecretariaat(`/secretariaat/sporen/${trackId}`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const history = await read(loadTrackHistory, trackId);
  if (!history) notFound();
  const { track, events, actors } = history;
  const label = (s: string | null) => (s ? trackStatusLabel(track.procedure.kind, track.kind, s) : "—");
  const data = track.data as { zienswijze?: { deadline?: { end?: string } } };
  const orgaan = track.kind === "RAAD" ? "Raad" : "College";

  return (
    <>
      <Heading level={1}>
        {orgaan} van {track.participant.gemeente.naam}: {track.procedure.titel}
      </Heading>
      <Paragraph>
        <a href="/secretariaat">Terug naar de stand per gemeente</a>
      </Paragraph>
      <dl className="grv-facts">
        <dt>Procedure</dt>
        <dd>{PROCEDURE_KIND_LABELS[track.procedure.kind] ?? track.procedure.kind}</dd>
        <dt>Stand</dt>
        <dd data-testid="spoor-stand">{label(track.status)}</dd>
        {data.zienswijze?.deadline?.end ? (
          <>
            <dt>Zienswijzetermijn tot en met</dt>
            <dd>{formatDutchDate(data.zienswijze.deadline.end)}</dd>
          </>
        ) : null}
        <dt>Laatst gewijzigd</dt>
        <dd>{timeFmt.format(track.updatedAt)}</dd>
      </dl>
      <Heading level={2}>Geschiedenis</Heading>
      {events.length === 0 ? (
        <Paragraph>Er is nog niets vastgelegd voor dit spoor.</Paragraph>
      ) : (
        <Table
          caption={`Geschiedenis van het spoor van de ${orgaan.toLowerCase()} van ${track.participant.gemeente.naam}`}
          head={["Datum", "Vastgelegd op", "Wat", "Wie", "Van", "Naar"]}
        >
          {events.map((e) => (
            <Row key={String(e.id)}>
              <Cell>{formatDutchDate(e.legalDate)}</Cell>
              <Cell>{timeFmt.format(e.at)}</Cell>
              <Cell header>{auditLabel(e.type)}</Cell>
              <Cell>
                {e.actorId ? (actors.get(e.actorId) ?? "Onbekende gebruiker") : "Systeem"}
                {isRole(e.actorRole) ? ` (${ROLE_LABELS[e.actorRole]})` : ""}
              </Cell>
              <Cell>{label(e.fromState)}</Cell>
              <Cell>{label(e.toState)}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </>
  );
}
