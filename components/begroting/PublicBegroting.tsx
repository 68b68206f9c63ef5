import { Heading, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { PlanningDates } from "./PlanningDates";
import { formatDutchDate } from "@/lib/presentation/dates";
import type { BegrotingCycleView } from "@/lib/services/begroting/read";
import type { BegrotingPlanningView } from "@/lib/services/begroting/planning-read";
import type { PublicBegrotingen } from "@/lib/services/begroting/public";
import { BegrotingFacts, BegrotingRaadDetails, BegrotingRaden } from "./BegrotingCycle";
import { feasibilityText } from "./PlanningView";
import { WijzigingenList } from "./Wijzigingen";
import { raadOutcome } from "@/lib/presentation/begroting-summary";
import { PublicBegrotingSummary, type BegrotingSummaryLinks } from "./PublicBegrotingSummary";

/**
 * The begroting section of the public regeling page (issue 17 point 5): the cycle the raden are working on, its
 * yearly planning, and the other years compactly (per raad zienswijze or not, the answers in a details element).
 */
export function PublicBegroting({ data, summary }: { data: PublicBegrotingen; summary?: BegrotingSummaryLinks }) {
  const { current, planning, past, later } = data;
  if (!current) return null;
  // A regeling with many participants: counts instead of a row per raad (lib/presentation/begroting-summary.ts).
  if (summary) return <PublicBegrotingSummary data={{ ...data, current }} links={summary} />;
  return (
    <section aria-labelledby="begroting-kop" data-testid="begroting">
      <Heading level={2} id="begroting-kop">
        Begroting {current.jaar}
      </Heading>
      <BegrotingFacts cycle={current} headingLevel={3} />
      <BegrotingRaden cycle={current} />
      {current.wijzigingen.length ? (
        <section aria-labelledby="begrotingswijzigingen-kop" data-testid={`begrotingswijzigingen-${current.jaar}`}>
          <Heading level={3} id="begrotingswijzigingen-kop">
            Begrotingswijzigingen {current.jaar}
          </Heading>
          <WijzigingenList wijzigingen={current.wijzigingen} headingLevel={4} />
        </section>
      ) : null}
      <PublicPlanning jaar={current.jaar} view={planning} />
      {later.length ? <OtherYears id="begroting-later" title="Volgende jaren" cycles={later} /> : null}
      {past.length ? <OtherYears id="begroting-eerder" title="Eerdere jaren" cycles={past} /> : null}
    </section>
  );
}

/** The bestuur's planned dates and per raad the last day that follows from them, read-only. */
function PublicPlanning({ jaar, view }: { jaar: number; view: BegrotingPlanningView | null }) {
  return (
    <section aria-labelledby="jaarplanning-kop" data-testid="jaarplanning">
      <Heading level={3} id="jaarplanning-kop">
        Jaarplanning {jaar}
      </Heading>
      {view ? (
        <>
          <PlanningDates view={view} />
          {view.items.map((item) => (
            <Table
              key={item.key}
              caption={`${item.label}: laatste dag per raad (${item.grondslag})`}
              head={["Gemeente", "Laatste dag", "Raadsvergadering"]}
            >
              {item.raden.map((r) => (
                <Row key={r.gemeenteId}>
                  <Cell header>{r.naam}</Cell>
                  <Cell>{formatDutchDate(item.lastDay)}</Cell>
                  <Cell>{feasibilityText(r.feasibility)}</Cell>
                </Row>
              ))}
            </Table>
          ))}
        </>
      ) : (
        <Paragraph>Het bestuur heeft voor {jaar} nog geen jaarplanning vastgelegd.</Paragraph>
      )}
    </section>
  );
}

/** Other years compactly: year, stand, per raad zienswijze or not; the points and answers behind a details element. */
function OtherYears({ id, title, cycles }: { id: string; title: string; cycles: BegrotingCycleView[] }) {
  return (
    <section aria-labelledby={`${id}-kop`} data-testid={id}>
      <Heading level={3} id={`${id}-kop`}>
        {title}
      </Heading>
      <Table caption={`Begrotingen: ${title.toLowerCase()}`} head={["Jaar", "Stand", "Raden"]}>
        {cycles.map((c) => (
          <Row key={c.id}>
            <Cell header>{c.jaar}</Cell>
            <Cell>{c.statusLabel}</Cell>
            <Cell>
              <ul>
                {c.raden.map((r) => (
                  <li key={r.participantId}>
                    {r.naam}: {raadOutcome(c, r)}
                  </li>
                ))}
              </ul>
              {c.raden.some((r) => r.zienswijze || r.antwoord) ? (
                <details>
                  <summary>Zienswijzen en antwoorden {c.jaar}</summary>
                  {c.raden
                    .filter((r) => r.zienswijze || r.antwoord)
                    .map((r) => (
                      <div key={r.participantId}>
                        <p>
                          <strong>{r.naam}</strong>
                          {r.zienswijze ? ` (besluit van ${formatDutchDate(r.zienswijze.besluitdatum)})` : ""}
                        </p>
                        <BegrotingRaadDetails raad={r} />
                      </div>
                    ))}
                </details>
              ) : null}
              {c.wijzigingen.length ? (
                <details data-testid={`begrotingswijzigingen-${c.jaar}`}>
                  <summary>Begrotingswijzigingen {c.jaar}</summary>
                  <WijzigingenList wijzigingen={c.wijzigingen} headingLevel={4} />
                </details>
              ) : null}
            </Cell>
          </Row>
        ))}
      </Table>
    </section>
  );
}
