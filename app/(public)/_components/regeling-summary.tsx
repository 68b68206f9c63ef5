import { Link, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { formatDutchDate } from "@/lib/presentation/dates";
import { countPerStand, radenDecidingNow, SUMMARY_ROWS, type RaadRow } from "@/lib/presentation/regeling-summary";
import { collegeStatusText, raadStatusText } from "@/lib/presentation/status";
import type { TimelineModel } from "@/lib/presentation/timeline";
import { zienswijzeDeadlineOf } from "@/lib/services/public/common";
import type { PublicRegeling } from "@/lib/services/public/regelingen";

/**
 * The bounded view of the participants of a regeling with many of them: how many raden and colleges
 * stand where, and the raden that have to decide now with their last day. The complete table is one
 * click away (`allHref`).
 */
export function ParticipantSummary({ data, allHref }: { data: PublicRegeling; allHref: string }) {
  const { regeling, gr } = data;
  const n = regeling.participants.length;
  const rows = regeling.participants.map((p) => {
    const raad = gr?.tracks.find((t) => t.participantId === p.id && t.kind === "RAAD");
    const college = gr?.tracks.find((t) => t.participantId === p.id && t.kind === "COLLEGE");
    const deadline = raad ? zienswijzeDeadlineOf(raad) : null;
    const row: RaadRow = {
      naam: p.gemeente.naam,
      slug: p.gemeente.slug,
      status: raad?.status ?? null,
      stand: gr ? raadStatusText({ procedureKind: gr.kind, raad }) : "—",
      lastDay: deadline?.open ? deadline.trace.end : null,
    };
    return { row, college: gr ? collegeStatusText({ procedureKind: gr.kind, raad, college }) : "—" };
  });
  const deciding = radenDecidingNow(rows.map((r) => r.row));
  return (
    <div data-testid="deelnemers-samenvatting">
      <Paragraph data-testid="alleen-samenvatting">
        Aan deze regeling doen {n} gemeenten mee. U ziet hieronder hoeveel raden en colleges waar staan en welke raden
        nu moeten besluiten. <Link href={allHref}>Toon alle deelnemers en alle gegevens</Link>
      </Paragraph>
      {gr ? (
        <>
          <Table caption="Aantal gemeenteraden per stand" head={["Stand van de raad", "Aantal raden"]}>
            {countPerStand(rows.map((r) => r.row.stand)).map((c) => (
              <Row key={c.stand}>
                <Cell header>{c.stand}</Cell>
                <Cell>{c.count}</Cell>
              </Row>
            ))}
          </Table>
          <Table caption="Aantal colleges per stand" head={["Stand van het college", "Aantal colleges"]}>
            {countPerStand(rows.map((r) => r.college)).map((c) => (
              <Row key={c.stand}>
                <Cell header>{c.stand}</Cell>
                <Cell>{c.count}</Cell>
              </Row>
            ))}
          </Table>
          {deciding.total === 0 ? (
            <Paragraph data-testid="geen-raad-besluit-nu">Geen gemeenteraad hoeft nu een besluit te nemen.</Paragraph>
          ) : (
            <Table
              caption={`Gemeenteraden die nu moeten besluiten (${deciding.total})`}
              head={["Gemeente", "Stand van de raad", "Laatste dag"]}
            >
              {deciding.shown.map((r) => (
                <Row key={r.slug}>
                  <Cell header>
                    <Link href={`/gemeenten/${r.slug}`}>{r.naam}</Link>
                  </Cell>
                  <Cell>{r.stand}</Cell>
                  <Cell>{r.lastDay ? formatDutchDate(r.lastDay) : "Geen wettelijke termijn"}</Cell>
                </Row>
              ))}
            </Table>
          )}
          {deciding.total > deciding.shown.length ? (
            <Paragraph>
              U ziet de {deciding.shown.length} raden met de eerste laatste dag; nog{" "}
              {deciding.total - deciding.shown.length} andere raden moeten besluiten.{" "}
              <Link href={allHref}>Toon alle deelnemers</Link>
            </Paragraph>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/**
 * Instead of the drawing with a lane per participant and a table of every step: which participants
 * will probably not make the target date, with a link to the complete timeline.
 */
export function TimelineSummary({ model, allHref }: { model: TimelineModel; allHref: string }) {
  const participants = model.lanes.filter((l) => l.verdict);
  const late = participants.filter((l) => l.verdict?.makesIt === false);
  const shown = late.slice(0, SUMMARY_ROWS);
  return (
    <div data-testid="tijdlijn-samenvatting">
      {late.length === 0 ? (
        <Paragraph>Er is geen gemeente waarvan we verwachten dat zij de beoogde datum niet haalt.</Paragraph>
      ) : (
        <Paragraph>
          Van de {participants.length} gemeenten haalt {late.length === 1 ? "1 gemeente" : `${late.length} gemeenten`}{" "}
          de beoogde datum waarschijnlijk niet: {shown.map((l) => l.name).join(", ")}
          {late.length > shown.length ? ` en nog ${late.length - shown.length} andere` : ""}.
        </Paragraph>
      )}
      <Paragraph>
        De getekende tijdlijn met alle deelnemers, stappen, termijnen en vergaderingen staat op de volledige pagina.{" "}
        <Link href={allHref}>Toon de tijdlijn</Link>
      </Paragraph>
    </div>
  );
}
