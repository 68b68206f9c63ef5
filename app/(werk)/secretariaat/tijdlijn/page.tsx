import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { listRegelingGemeenten } from "@/lib/read-models/secretariaat";
import { defaultRegelingSlug } from "@/lib/services/overview";
import { forecastRegeling, NotFoundError } from "@/lib/services/forecast";
import { REGIONAL_STEP_LABELS, type ForecastResult } from "@/lib/domain";
import { Button, SelectField, TextboxField } from "@/components/ui/form";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Alert } from "@/components/ui/Alert";
import { Cell, Row, Table } from "@/components/ui/Table";
import { formatDutchDate } from "@/lib/presentation/dates";
import { CriticalPathChart } from "@/components/secretariaat/CriticalPathChart";
import { RISK_BADGE, RISK_LABELS } from "@/lib/presentation/labels";
import { Geweigerd } from "../Geweigerd";
import { requireSecretariaat, todayIso } from "../guard";
import { SecretariaatNav } from "../nav";

export const metadata: Metadata = { title: "Secretariaat — tijdlijn en kritiek pad" };

type Search = Promise<{ regeling?: string; gemeente?: string; keer?: string }>;

const days = (n: number | null) => (n === null ? "onbekend" : `${n} ${Math.abs(n) === 1 ? "dag" : "dagen"}`);

export default async function TijdlijnPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const access = await requireSecretariaat("/secretariaat/tijdlijn");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const sp = await searchParams;
  const slug = sp.regeling || (await read(defaultRegelingSlug));
  const gemeenten = slug ? await read(listRegelingGemeenten, slug) : [];
  const keer = Math.min(5, Math.max(1, Number.parseInt(sp.keer ?? "1", 10) || 1));
  const whatIf =
    sp.gemeente && gemeenten.some((g) => g.gemeente.slug === sp.gemeente)
      ? { gemeenteSlug: sp.gemeente, times: keer }
      : undefined;

  let result: ForecastResult | null = null;
  let error: string | null = null;
  try {
    if (slug) result = await read(forecastRegeling, slug, { today: todayIso(), holdOver: whatIf });
    else error = "Er is nog geen gemeenschappelijke regeling ingevoerd.";
  } catch (e) {
    if (e instanceof NotFoundError) error = e.message;
    else throw e;
  }
  const whatIfNaam = whatIf ? gemeenten.find((g) => g.gemeente.slug === whatIf.gemeenteSlug)?.gemeente.naam : null;

  return (
    <>
      <Heading level={1}>Tijdlijn en kritiek pad</Heading>
      <SecretariaatNav current="/secretariaat/tijdlijn" />
      {error || !result ? (
        <Alert type="warning">{error}</Alert>
      ) : (
        <>
          <Alert type={result.verdict.reachable === true ? "ok" : "warning"}>
            <strong>Oordeel: </strong>
            <span data-testid="prognose-oordeel">{result.verdict.text}</span>
          </Alert>
          {result.warnings.length ? (
            <Alert type="warning">
              <ul className="grv-list">
                {result.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <Paragraph>
            Wanneer kan elke gemeente op zijn vroegst ondertekenen, en hoeveel dagen speling is er tot de beoogde datum?
            De berekening gebruikt de vergaderdata van raden en colleges; waar die ontbreken, een vaste doorlooptijd in
            werkdagen.
          </Paragraph>
          {whatIfNaam ? (
            <Alert type="info">
              Scenario: de raad van {whatIfNaam} houdt het besluit {keer === 1 ? "één keer" : `${keer} keer`} aan.{" "}
              <a href="/secretariaat/tijdlijn">Terug naar de gewone berekening</a>
            </Alert>
          ) : null}
          <dl className="grv-facts">
            <dt>Vroegste inwerkingtreding</dt>
            <dd data-testid="vroegste-inwerkingtreding">
              {result.earliestInForce ? formatDutchDate(result.earliestInForce) : "Niet te berekenen"}
            </dd>
            <dt>Bekendmaking uiterlijk</dt>
            <dd>{formatDutchDate(result.publicationDeadline)}</dd>
            <dt>Speling tot {formatDutchDate(result.target.inForce)}</dt>
            <dd>{days(result.inForceSlackDays)}</dd>
            {result.criticalPath ? (
              <>
                <dt>Kritiek pad</dt>
                <dd>
                  {result.criticalPath.name}: {result.criticalPath.reason}
                </dd>
              </>
            ) : null}
          </dl>

          <CriticalPathChart result={result} />

          {result.regionalSteps.some((s) => !s.done) ? (
            <Table
              caption="Regionale stappen die nog komen (gepland op werkdagen)"
              head={["Stap", "Datum", "Toelichting"]}
            >
              {result.regionalSteps
                .filter((s) => !s.done)
                .map((s) => (
                  <Row key={s.step}>
                    <Cell header>{REGIONAL_STEP_LABELS[s.step]}</Cell>
                    <Cell>{formatDutchDate(s.date)}</Cell>
                    <Cell>{s.basis}</Cell>
                  </Row>
                ))}
            </Table>
          ) : null}

          <Table
            caption="Per gemeente: verwachte ondertekening, speling en status"
            head={["Gemeente", "Verwachte ondertekening", "Speling", "Status", "Toelichting"]}
          >
            {result.participants.map((p) => (
              <Row key={p.id}>
                <Cell header>{p.name}</Cell>
                <Cell>{p.signDate ? formatDutchDate(p.signDate) : "Geen datum"}</Cell>
                <Cell>{days(p.slackDays)}</Cell>
                <Cell>
                  <span className={RISK_BADGE[p.status]}>{RISK_LABELS[p.status]}</span>
                </Cell>
                <Cell>{p.notes.length ? p.notes.join(" ") : "—"}</Cell>
              </Row>
            ))}
          </Table>

          {result.verdict.details.length ? (
            <>
              <Heading level={2}>Uiterlijke data per gemeente</Heading>
              <ul className="grv-list" data-testid="terugrekenen">
                {result.verdict.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}

      <Heading level={2}>Wat als een raad het besluit aanhoudt?</Heading>
      <form method="get" action="/secretariaat/tijdlijn" className="grv-form" aria-label="Scenario berekenen">
        {slug ? <input type="hidden" name="regeling" value={slug} /> : null}
        <SelectField
          id="scenario-gemeente"
          name="gemeente"
          label="Gemeente"
          defaultValue={whatIf?.gemeenteSlug ?? ""}
          options={[
            ["", "Geen (gewone berekening)"],
            ...gemeenten.map((g) => [g.gemeente.slug, g.gemeente.naam] as const),
          ]}
        />
        <TextboxField
          id="scenario-keer"
          name="keer"
          type="number"
          min={1}
          max={5}
          label="Hoe vaak aanhouden"
          defaultValue={keer}
        />
        <div>
          <Button type="submit" appearance="secondary-action-button">
            Scenario berekenen
          </Button>
        </div>
      </form>

      {result ? (
        <>
          <Heading level={2}>Uitgangspunten van de berekening</Heading>
          <ul className="grv-list">
            {result.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
