import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { loadKalender } from "@/lib/services/griffie/vergaderingen";
import { formatDutchDate } from "@/lib/presentation/dates";
import { MEETING_KIND_LABELS } from "@/lib/presentation/labels";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { ImportForm, RecesForm, VergaderingForm } from "@/components/griffie/KalenderForms";
import { requireGriffier } from "../guard";
import { Geweigerd } from "../Geweigerd";
import { AgendaFeedForm } from "@/components/griffie/AgendaFeedForm";
import { AgendaFeedStatus, meetingTime } from "@/components/griffie/AgendaFeedStatus";
import { agendaFeedAction, importAction, recesAction, vergaderingAction } from "./actions";

export const metadata: Metadata = { title: "Vergaderkalender — griffie" };

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
        <Table caption="Vergaderingen van de raad en de commissies" head={["Datum", "Tijd", "Soort", "Titel", "Bron"]}>
          {meetings.map((m) => (
            <Row key={m.id}>
              <Cell header>{formatDutchDate(m.date)}</Cell>
              <Cell>{meetingTime(m.startsAt, m.endsAt)}</Cell>
              <Cell>{MEETING_KIND_LABELS[m.kind] ?? m.kind}</Cell>
              <Cell>
                {m.titel ?? "—"}
                {m.cancelledAt ? " (geannuleerd)" : ""}
              </Cell>
              <Cell>{m.bron === "abonnement" ? "abonnement (vergaderkalender van de raad)" : (m.bron ?? "—")}</Cell>
            </Row>
          ))}
        </Table>
      )}

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
