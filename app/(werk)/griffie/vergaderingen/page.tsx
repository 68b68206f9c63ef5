import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadKalender } from "@/lib/services/griffie/vergaderingen";
import { formatDutchDate } from "@/lib/presentation/dates";
import { MEETING_KIND_LABELS } from "@/lib/presentation/labels";
import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import {
  ImportForm,
  RecesForm,
  VergaderingAnnulerenForm,
  VergaderingForm,
  VergaderingWijzigenForm,
} from "@/components/griffie/KalenderForms";
import { requireGriffier } from "../guard";
import { Geweigerd } from "../Geweigerd";
import { AgendaFeedForm } from "@/components/griffie/AgendaFeedForm";
import { AgendaFeedStatus, amsterdamClock, meetingTime } from "@/components/griffie/AgendaFeedStatus";
import {
  agendaFeedAction,
  importAction,
  recesAction,
  vergaderingAction,
  vergaderingAnnulerenAction,
  vergaderingWijzigenAction,
} from "./actions";

export const metadata: Metadata = { title: "Vergaderkalender — griffie" };

/** Meetings of the raad and its commissies that are still on the calendar can be edited or cancelled. */
const isEditable = <M extends { kind: string; cancelledAt: Date | null }>(
  m: M,
): m is M & { kind: "RAAD" | "COMMISSIE" } => !m.cancelledAt && (m.kind === "RAAD" || m.kind === "COMMISSIE");

export default async function VergaderingenPage() {
  await connection();
  const access = await requireGriffier("/griffie/vergaderingen");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const raad = await read(loadKalender, access.user.gemeenteId);
  const meetings = raad?.meetings ?? [];
  const recesses = raad?.recesses ?? [];
  return (
    <>
      <p>
        <a href="/griffie">← Terug naar de griffie</a>
      </p>
      <Heading level={1}>Vergaderkalender {raad?.naam ?? ""}</Heading>
      <Paragraph>De prognose rekent met deze vergaderdata en recessen.</Paragraph>

      <Heading level={2}>Vergaderingen</Heading>
      {meetings.length === 0 ? (
        <Paragraph>Er staan nog geen vergaderingen in de kalender.</Paragraph>
      ) : (
        <Table
          caption="Vergaderingen van de raad en de commissies"
          head={["Datum", "Tijd", "Soort", "Titel", "Locatie", "Agendapunt", "Bron"]}
        >
          {meetings.map((m) => (
            <Row key={m.id}>
              <Cell header>{formatDutchDate(m.date)}</Cell>
              <Cell>{meetingTime(m.startsAt, m.endsAt)}</Cell>
              <Cell>{MEETING_KIND_LABELS[m.kind] ?? m.kind}</Cell>
              <Cell>
                {m.titel ?? "—"}
                {m.cancelledAt ? " (geannuleerd)" : ""}
              </Cell>
              <Cell>{m.locatie ?? "—"}</Cell>
              <Cell>{m.agendaUrl ? <Link href={m.agendaUrl}>Agenda in het raadsinformatiesysteem</Link> : "—"}</Cell>
              <Cell>{m.bron === "abonnement" ? "abonnement (vergaderkalender van de raad)" : (m.bron ?? "—")}</Cell>
            </Row>
          ))}
        </Table>
      )}
      {meetings.filter(isEditable).map((m) => {
        const label = `${MEETING_KIND_LABELS[m.kind] ?? "Vergadering"} van ${formatDutchDate(m.date)}`;
        return (
          <details key={m.id} className="grv-details" data-testid={`vergadering-${m.id}`}>
            <summary>{label}: wijzigen of annuleren</summary>
            <VergaderingWijzigenForm
              action={vergaderingWijzigenAction}
              meeting={{
                id: m.id,
                sequence: m.sequence,
                label,
                kind: m.kind,
                datum: m.date.toISOString().slice(0, 10),
                titel: m.titel ?? "",
                aanvang: m.startsAt ? amsterdamClock(m.startsAt) : "",
                einde: m.endsAt ? amsterdamClock(m.endsAt) : "",
                locatie: m.locatie ?? "",
                agendaUrl: m.agendaUrl ?? "",
              }}
            />
            <VergaderingAnnulerenForm action={vergaderingAnnulerenAction} meetingId={m.id} label={label} />
          </details>
        );
      })}

      <Heading level={2}>Recessen</Heading>
      {recesses.length === 0 ? (
        <Paragraph>Er zijn geen recessen ingevoerd.</Paragraph>
      ) : (
        <ul>
          {recesses.map((r) => (
            <li key={r.id}>
              {r.label}: {formatDutchDate(r.from)} tot en met {formatDutchDate(r.to)}
            </li>
          ))}
        </ul>
      )}

      <Heading level={2}>Vergadering toevoegen</Heading>
      <VergaderingForm action={vergaderingAction} />
      <Heading level={2}>Reces toevoegen</Heading>
      <RecesForm action={recesAction} />
      <Heading level={2}>Importeren uit een bestand</Heading>
      <ImportForm action={importAction} />
      <Heading level={2}>Abonnement op de vergaderkalender van de raad</Heading>
      <Paragraph>
        GR-volg haalt de openbare agenda van de raad elk uur op en neemt nieuwe, verplaatste en geannuleerde
        vergaderingen over. Vergaderingen die u zelf invoert, blijven zoals ze zijn.
      </Paragraph>
      {raad?.agendaFeed ? <AgendaFeedStatus feed={raad.agendaFeed} /> : null}
      {access.user.gemeenteId ? (
        <AgendaFeedForm
          action={agendaFeedAction}
          gemeenteId={access.user.gemeenteId}
          url={raad?.agendaFeed?.url ?? ""}
        />
      ) : null}
    </>
  );
}
