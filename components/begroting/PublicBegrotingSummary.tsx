import { Heading, Link, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { PlanningDates } from "./PlanningDates";
import { formatDutchDate } from "@/lib/presentation/dates";
import {
  openRaden,
  outcomeText,
  planningItemSummaries,
  wijzigingSummaries,
  yearSummaries,
} from "@/lib/presentation/begroting-summary";
import { countPerStand } from "@/lib/presentation/regeling-summary";
import type { BegrotingCycleView } from "@/lib/services/begroting/read";
import type { BegrotingPlanningView } from "@/lib/services/begroting/planning-read";
import type { PublicBegrotingen } from "@/lib/services/begroting/public";
import { BegrotingFacts } from "./BegrotingCycle";

export interface BegrotingSummaryLinks {
  /** The complete section (`?alles=ja#begroting-kop`). */
  allHref: string;
  /** Every cycle with every raad as data (the public API). */
  apiHref: string;
}

/**
 * The begroting section of a regeling with many participants (issue 18 point 2): the current cycle's facts and
 * statutory deadlines as on the complete page, then counts instead of a row per raad — raden per stand, the
 * planning's last day per item with how many raden meet in time, the year's wijzigingen one line each, and at most
 * SUMMARY_YEARS other years one row each. Its size does not grow with the number of raden, years or meetings.
 */
export function PublicBegrotingSummary({
  data,
  links,
}: {
  data: PublicBegrotingen & { current: BegrotingCycleView };
  links: BegrotingSummaryLinks;
}) {
  const { current, planning, past, later } = data;
  const open = openRaden(current);
  const wijzigingen = wijzigingSummaries(current.wijzigingen);
  return (
    <section aria-labelledby="begroting-kop" data-testid="begroting">
      <Heading level={2} id="begroting-kop">
        Begroting {current.jaar}
      </Heading>
      <BegrotingFacts cycle={current} headingLevel={3} />
      <div data-testid="begroting-samenvatting">
        <Heading level={3}>Raden {current.jaar}</Heading>
        <Paragraph>
          Aan de begroting {current.jaar} doen {current.raden.length} raden mee. U ziet hoeveel raden waar staan.{" "}
          <Link href={links.allHref}>Toon alle raden met hun zienswijzen en antwoorden</Link> of haal{" "}
          <Link href={links.apiHref}>alle begrotingscycli als gegevens</Link> op.
        </Paragraph>
        <Table
          caption={`Aantal raden per stand op de begroting ${current.jaar}`}
          head={["Stand van de raad", "Aantal raden"]}
        >
          {countPerStand(current.raden.map((r) => r.statusLabel)).map((c) => (
            <Row key={c.stand}>
              <Cell header>{c.stand}</Cell>
              <Cell>{c.count}</Cell>
            </Row>
          ))}
        </Table>
        {open.count ? (
          <Paragraph data-testid="begroting-open">
            {open.count === 1 ? "1 raad kan" : `${open.count} raden kunnen`} nog een zienswijze geven
            {open.firstLastDay ? `; de eerste laatste dag is ${formatDutchDate(open.firstLastDay)}` : ""}.
          </Paragraph>
        ) : null}
      </div>
      {wijzigingen.total ? (
        <section aria-labelledby="begrotingswijzigingen-kop" data-testid={`begrotingswijzigingen-${current.jaar}`}>
          <Heading level={3} id="begrotingswijzigingen-kop">
            Begrotingswijzigingen {current.jaar}
          </Heading>
          <Table caption={`Begrotingswijzigingen ${current.jaar}`} head={["Wijziging", "Stand", "Raden"]}>
            {wijzigingen.shown.map((w) => (
              <Row key={w.nummer}>
                <Cell header>
                  Wijziging {w.nummer}: {w.titel}
                </Cell>
                <Cell>{w.statusLabel}</Cell>
                <Cell>{w.raden}</Cell>
              </Row>
            ))}
          </Table>
          {wijzigingen.total > wijzigingen.shown.length ? (
            <Paragraph>
              U ziet de {wijzigingen.shown.length} nieuwste van {wijzigingen.total} wijzigingen.{" "}
              <Link href={links.allHref}>Toon alle wijzigingen</Link>
            </Paragraph>
          ) : null}
        </section>
      ) : null}
      <PlanningSummary jaar={current.jaar} view={planning} />
      {later.length ? (
        <YearsSummary id="begroting-later" title="Volgende jaren" cycles={later} allHref={links.allHref} />
      ) : null}
      {past.length ? (
        <YearsSummary id="begroting-eerder" title="Eerdere jaren" cycles={past} allHref={links.allHref} />
      ) : null}
    </section>
  );
}

/** The bestuur's planned dates and per planned item one last day with how many raden meet in time. */
function PlanningSummary({ jaar, view }: { jaar: number; view: BegrotingPlanningView | null }) {
  const items = view ? planningItemSummaries(view) : [];
  return (
    <section aria-labelledby="jaarplanning-kop" data-testid="jaarplanning">
      <Heading level={3} id="jaarplanning-kop">
        Jaarplanning {jaar}
      </Heading>
      {view ? (
        <>
          <PlanningDates view={view} />
          {items.length ? (
            <Table
              caption={`Laatste dag van de raden volgens de jaarplanning ${jaar}`}
              head={["Wat", "Laatste dag", "Raden met een raadsvergadering op tijd"]}
            >
              {items.map((item) => (
                <Row key={item.key}>
                  <Cell header>
                    {item.label} ({item.grondslag})
                  </Cell>
                  <Cell>{formatDutchDate(item.lastDay)}</Cell>
                  <Cell>
                    {item.inTime} van {item.raden}
                    {item.lateTotal
                      ? `; geen raadsvergadering vóór de termijn: ${item.late.join(", ")}${item.lateTotal > item.late.length ? ` en nog ${item.lateTotal - item.late.length} andere` : ""}`
                      : ""}
                  </Cell>
                </Row>
              ))}
            </Table>
          ) : null}
        </>
      ) : (
        <Paragraph>Het bestuur heeft voor {jaar} nog geen jaarplanning vastgelegd.</Paragraph>
      )}
    </section>
  );
}

/** Other years one row each (their stand and how many raden did what), at most SUMMARY_YEARS of them. */
function YearsSummary(props: { id: string; title: string; cycles: BegrotingCycleView[]; allHref: string }) {
  const { shown, total } = yearSummaries(props.cycles);
  return (
    <section aria-labelledby={`${props.id}-kop`} data-testid={props.id}>
      <Heading level={3} id={`${props.id}-kop`}>
        {props.title}
      </Heading>
      <Table caption={`Begrotingen: ${props.title.toLowerCase()}`} head={["Jaar", "Stand", "Raden"]}>
        {shown.map((y) => (
          <Row key={y.id}>
            <Cell header>{y.jaar}</Cell>
            <Cell>{y.statusLabel}</Cell>
            <Cell>
              {outcomeText(y.outcomes)}
              {y.wijzigingen
                ? `; ${y.wijzigingen === 1 ? "1 begrotingswijziging" : `${y.wijzigingen} begrotingswijzigingen`}`
                : ""}
            </Cell>
          </Row>
        ))}
      </Table>
      {total > shown.length ? (
        <Paragraph>
          U ziet {shown.length} van de {total} jaren. <Link href={props.allHref}>Toon alle jaren</Link>
        </Paragraph>
      ) : null}
    </section>
  );
}
