import type { DvhOverview } from "@/lib/read-models/dienstverleningshandvest";
import { formatDutchDate } from "@/lib/presentation/dates";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";

/**
 * What every screen of the Dienstverleningshandvest shows: where the actualisatie stands, which text it is
 * about and, per gemeente, the college's decision and whether the raad was informed.
 */
export function DvhOverviewView({ overview: o, documentHref }: { overview: DvhOverview; documentHref: string }) {
  return (
    <>
      <dl className="grv-facts">
        <dt>Regeling</dt>
        <dd>{o.regeling.naam}</dd>
        <dt>Stand</dt>
        <dd data-testid="dvh-stand">{o.statusLabel}</dd>
        <dt>Tekst</dt>
        <dd>
          {o.concept ? `${o.concept.label} (versie ${o.concept.number})` : "Nog geen nieuwe versie"} —{" "}
          <a href={documentHref}>versies van het handvest bekijken</a>
        </dd>
        {o.bosdAkkoordOn ? (
          <>
            <dt>Akkoord BOSD</dt>
            <dd>{formatDutchDate(o.bosdAkkoordOn)}</dd>
          </>
        ) : null}
      </dl>
      {o.partOfRegeling ? (
        <Paragraph>
          Dit handvest maakt deel uit van de regeling. Een wijziging is dan een wijziging van de gemeenschappelijke
          regeling: de raden besluiten via de procedure &apos;Regeling wijzigen&apos;.
        </Paragraph>
      ) : (
        <Paragraph>
          Het BOSD stemt in met het concept, daarna besluit elk college. Het college informeert de eigen raad; de raad
          neemt geen besluit.
        </Paragraph>
      )}
      <Heading level={2}>Per gemeente</Heading>
      <Table caption="Collegebesluiten en informeren van de raden" head={["Gemeente", "Stand", "Collegebesluit"]}>
        {o.gemeenten.map((g) => (
          <Row key={g.participantId}>
            <Cell header>{g.naam}</Cell>
            <Cell>{g.label}</Cell>
            <Cell>{g.collegebesluitOn ? formatDutchDate(g.collegebesluitOn) : "—"}</Cell>
          </Row>
        ))}
      </Table>
    </>
  );
}
