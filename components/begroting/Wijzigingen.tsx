import { Fragment, type ReactNode } from "react";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { formatDutchDate } from "@/lib/presentation/dates";
import type { WijzigingRaadView, WijzigingView } from "@/lib/services/begroting/read";
import { BegrotingRaadDetails } from "./BegrotingCycle";

const dateOr = (d: string | null, empty = "Nog niet") => (d ? formatDutchDate(d) : empty);

/**
 * The begrotingswijzigingen of a cycle (Wgr art. 35 lid 5) on the secretariat's, the griffie's and the public page:
 * per wijziging its stand and dates and, once sent, every raad with its zienswijze and the bestuur's answer.
 */
export function WijzigingenList(props: {
  wijzigingen: readonly WijzigingView[];
  headingLevel: 3 | 4;
  /** Extra content per wijziging (the secretariat's step forms). */
  extra?: (w: WijzigingView) => ReactNode;
  /** Extra content per raad of a wijziging (the secretariat's answer form). */
  raadExtra?: (w: WijzigingView, raad: WijzigingRaadView) => ReactNode;
}) {
  if (!props.wijzigingen.length) return <Paragraph>Er zijn (nog) geen begrotingswijzigingen.</Paragraph>;
  return (
    <>
      {props.wijzigingen.map((w) => (
        <section key={w.nummer} aria-labelledby={`wijziging-${w.nummer}`} data-testid={`wijziging-${w.nummer}`}>
          <Heading level={props.headingLevel} id={`wijziging-${w.nummer}`}>
            Wijziging {w.nummer}: {w.titel}
          </Heading>
          <WijzigingFacts w={w} />
          {w.sentOn ? (
            <Table
              caption={`Zienswijzen van de raden op wijziging ${w.nummer}`}
              head={["Gemeente", "Stand", "Zienswijze uiterlijk", "Zienswijze en antwoord"]}
            >
              {w.raden.map((r) => (
                <Row key={r.participantId}>
                  <Cell header>{r.naam}</Cell>
                  <Cell>{r.statusLabel}</Cell>
                  <Cell>{r.termijnEinde ? formatDutchDate(r.termijnEinde) : "—"}</Cell>
                  <Cell>
                    <BegrotingRaadDetails raad={r} />
                    {props.raadExtra?.(w, r)}
                  </Cell>
                </Row>
              ))}
            </Table>
          ) : null}
          {props.extra?.(w)}
        </section>
      ))}
    </>
  );
}

export function WijzigingFacts({ w }: { w: WijzigingView }) {
  const facts: [string, string][] = [
    ["Stand", w.statusLabel],
    ["Categorie", w.categorie ?? "Geen"],
    [
      "Zienswijzeprocedure",
      w.vrijgesteld
        ? "Niet nodig: de regeling zondert deze categorie uit (artikel 35, vijfde lid, Wgr)"
        : "Ja (artikel 35, vijfde lid, Wgr)",
    ],
  ];
  if (!w.vrijgesteld) {
    facts.push(["Ontwerpwijziging naar de raden", dateOr(w.sentOn)]);
    facts.push(["Aanbieding aan het algemeen bestuur", dateOr(w.aanbiedingOn, "Nog niet bekend")]);
  }
  facts.push(["Vastgesteld", dateOr(w.vastgesteldOn)]);
  return (
    <dl className="grv-facts" data-testid={`wijziging-${w.nummer}-stand`}>
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
