import { Fragment, type ReactNode } from "react";
import { Heading } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { formatDutchDate } from "@/lib/presentation/dates";
import type { BegrotingCycleView, BegrotingRaadView } from "@/lib/services/begroting/read";

const dateOr = (d: string | null, empty = "Nog niet") => (d ? formatDutchDate(d) : empty);

/** The facts and deadlines of one begroting cycle (secretariat, griffie and public page alike). */
export function BegrotingFacts({ cycle, headingLevel = 2 }: { cycle: BegrotingCycleView; headingLevel?: 2 | 3 }) {
  const facts: [string, string][] = [
    ["Stand", cycle.statusLabel],
    ["Kaders en voorlopige jaarrekening naar de raden", dateOr(cycle.kadersSentOn)],
    ["Ontwerpbegroting naar de raden", dateOr(cycle.sentOn)],
    ["Aanbieding aan het algemeen bestuur", dateOr(cycle.aanbiedingOn, "Nog niet bekend")],
    ["Vastgesteld", dateOr(cycle.vastgesteldOn)],
    ["Naar Gedeputeerde Staten", dateOr(cycle.gsSentOn)],
  ];
  return (
    <>
      <FactList facts={facts} testId="begroting-stand" />
      {cycle.warnings.length ? (
        <ul aria-label="Waarschuwingen">
          {cycle.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ) : null}
      <Heading level={headingLevel}>Termijnen {cycle.jaar}</Heading>
      <Table caption={`Wettelijke termijnen van de begroting ${cycle.jaar}`} head={["Wat", "Uiterlijk", "Grondslag"]}>
        {cycle.deadlines.map((d) => (
          <Row key={d.label}>
            <Cell header>{d.label}</Cell>
            <Cell>{formatDutchDate(d.date)}</Cell>
            <Cell>{d.grondslag}</Cell>
          </Row>
        ))}
      </Table>
      <JaarrekeningFacts cycle={cycle} headingLevel={headingLevel} />
    </>
  );
}

/** The jaarrekening of the cycle's year: what the bestuur did and the latest lawful days (Wgr art. 34b, 34 lid 3). */
function JaarrekeningFacts({ cycle, headingLevel }: { cycle: BegrotingCycleView; headingLevel: 2 | 3 }) {
  const jr = cycle.jaarrekening;
  const facts: [string, string][] = [
    ["Stand", jr.statusLabel],
    [
      "Voorlopige jaarrekening naar de raden",
      `${dateOr(jr.voorlopigSentOn)} (uiterlijk ${formatDutchDate(jr.voorlopigUiterlijk)}, Wgr art. 34b)`,
    ],
    ["Vastgesteld", dateOr(jr.vastgesteldOn)],
    [
      "Naar Gedeputeerde Staten",
      `${dateOr(jr.gsSentOn)} (uiterlijk ${formatDutchDate(jr.gsUiterlijk)}, Wgr art. 34 lid 3)`,
    ],
  ];
  return (
    <>
      <Heading level={headingLevel}>Jaarrekening {cycle.jaar}</Heading>
      <FactList facts={facts} testId="jaarrekening-stand" />
    </>
  );
}

/** A raad's zienswijze (numbered points by programme or page) and the bestuur's answer. */
export function BegrotingRaadDetails({ raad }: { raad: BegrotingRaadView }) {
  return (
    <>
      {raad.zienswijze ? (
        <ol aria-label={`Zienswijze van ${raad.naam}`}>
          {raad.zienswijze.points.map((p) => (
            <li key={p.nummer}>
              <strong>{p.onderwerp}</strong> ({p.verwijzing ?? "de begroting als geheel"}): {p.tekst}
            </li>
          ))}
        </ol>
      ) : null}
      {raad.antwoord ? (
        <p>
          Antwoord van het bestuur ({formatDutchDate(raad.antwoord.datum)}): {raad.antwoord.motivering}
        </p>
      ) : null}
    </>
  );
}

/** Every raad of the cycle: its stand, the last day for its zienswijze, what it said and the answer. */
export function BegrotingRaden(props: {
  cycle: BegrotingCycleView;
  /** Extra content per raad (the secretariat's answer form). */
  extra?: (raad: BegrotingRaadView) => ReactNode;
}) {
  return (
    <Table
      caption={`Zienswijzen van de raden op de begroting ${props.cycle.jaar}`}
      head={["Gemeente", "Stand", "Zienswijze uiterlijk", "Zienswijze en antwoord"]}
    >
      {props.cycle.raden.map((r) => (
        <Row key={r.participantId}>
          <Cell header>{r.naam}</Cell>
          <Cell>{r.statusLabel}</Cell>
          <Cell>{r.termijnEinde ? formatDutchDate(r.termijnEinde) : "—"}</Cell>
          <Cell>
            <BegrotingRaadDetails raad={r} />
            {props.extra?.(r)}
          </Cell>
        </Row>
      ))}
    </Table>
  );
}

function FactList({ facts, testId }: { facts: [string, string][]; testId: string }) {
  return (
    <dl className="grv-facts" data-testid={testId}>
      {facts.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
