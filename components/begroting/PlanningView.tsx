import { Heading, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { FEASIBILITY_LABELS, type Feasibility } from "@/lib/domain";
import { formatDutchDate } from "@/lib/presentation/dates";
import type { BegrotingPlanningView } from "@/lib/services/begroting/planning-read";

/** "Haalbaar: raadsvergadering van …" or "Geen raadsvergadering vóór de termijn (…)", in words. */
export function feasibilityText(f: Feasibility): string {
  return f.kind === "haalbaar"
    ? `${FEASIBILITY_LABELS.haalbaar}: raadsvergadering van ${formatDutchDate(f.meeting.date)}`
    : `${FEASIBILITY_LABELS.geen_vergadering} (${formatDutchDate(f.lastDay)})`;
}

/** The planning's warnings and, per raad item, the last day and per gemeente whether its raad meets in time. */
export function BegrotingPlanningOverview({ view }: { view: BegrotingPlanningView }) {
  return (
    <>
      {view.warnings.length ? (
        <ul aria-label="Waarschuwingen bij de jaarplanning" data-testid="planning-waarschuwingen">
          {view.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      {view.items.length ? (
        view.items.map((item) => (
          <section key={item.key} aria-labelledby={`planning-${item.key}`}>
            <Heading level={3} id={`planning-${item.key}`}>
              {item.label}: uiterlijk {formatDutchDate(item.lastDay)}
            </Heading>
            <Paragraph>
              De raden kunnen besluiten van {formatDutchDate(item.from)} tot en met {formatDutchDate(item.lastDay)} (
              {item.grondslag}).
            </Paragraph>
            <Table
              caption={`Haalbaarheid per gemeente: ${item.label.toLowerCase()}`}
              head={["Gemeente", "Haalbaarheid"]}
            >
              {item.raden.map((r) => (
                <Row key={r.gemeenteId}>
                  <Cell header>{r.naam}</Cell>
                  <Cell>{feasibilityText(r.feasibility)}</Cell>
                </Row>
              ))}
            </Table>
          </section>
        ))
      ) : (
        <Paragraph>
          Plan de aanbieding aan het algemeen bestuur; dan ziet u per gemeente de termijn van de raad.
        </Paragraph>
      )}
    </>
  );
}
