import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Fragment } from "react";
import { read } from "@/lib/read-models";
import { loadProcedureRecords, loadSecretariaatProcedure, registerOverview } from "@/lib/read-models/secretariaat";
import { ProcedureRecordList } from "@/components/secretariaat/ProcedureRecordList";
import { availableRegionalSteps } from "@/lib/services/secretariaat/regional-steps";
import {
  CORRECTABLE_REGIONAL_STEP_KEYS,
  CORRECTABLE_REGIONAL_STEPS,
  type CorrectableRegionalStep,
  type GrProcedureState,
  isRegionalStepRecorded,
  isPlannedMeeting,
  isVoorgenomenBesluitDue,
  REGIONAL_LABELS,
  isWithinScope,
  nextCollegeEvent,
  participantsAwaitingOntwerp,
} from "@/lib/domain";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { formatDutchDate } from "@/lib/presentation/dates";
import { PROCEDURE_KIND_LABELS, procedureStateLabel } from "@/lib/presentation/labels";
import { regionalFacts } from "@/lib/presentation/regional-facts";
import { versionAdoptionDates } from "@/lib/presentation/legal-date";
import { collegeStatusText, raadStatusText, raadTableCaption } from "@/lib/presentation/status";
import { ProcedureControls, PublishControl } from "@/components/secretariaat/ProcedureControls";
import { Geweigerd } from "../../Geweigerd";
import { requireSecretariaat } from "../../guard";
import { CollegeStepForm } from "@/components/secretariaat/CollegeStepForm";
import { PlannedStepForm } from "@/components/secretariaat/PlannedStepForms";
import { plannedStepsOf } from "@/lib/read-models/planned-steps";
import { loadRegelingTimeline } from "@/lib/services/timeline";
import { TargetAlert } from "@/components/timeline/TargetAlert";
import { Timeline } from "@/components/timeline/Timeline";
import { todayIso } from "../../guard";
import {
  DeelnemerWijzigingForm,
  OntwerpVerzondenControl,
  RaadsledenoverlegForm,
  RegionalCorrectionControl,
  RegisterInschrijvingForm,
} from "@/components/secretariaat/RecordForms";
import {
  collegeStepAction,
  correctRegionalStepAction,
  deelnemerWijzigingAction,
  ontwerpVerzondenAction,
  publishVersionAction,
  raadsledenoverlegAction,
  regionalStepAction,
  plannedStepAction,
  registerInschrijvingAction,
} from "./actions";

export const metadata: Metadata = { title: "Secretariaat — procedure beheren" };

/** The newest version in the import format (lib/documents/import.ts), as the starting point for editing. */
function asStructuredText(articles: { nummer: string; titel: string; tekst: string }[]): string {
  // Only when every heading can be read back by the import (e.g. not a seeded "GR" pseudo-article).
  if (!articles.every((a) => /^\d+[a-z]?$/i.test(a.nummer) || /^Bijlage( [0-9IVX]+)?$/.test(a.nummer))) return "";
  return articles
    .map((a) => `${/^\d/.test(a.nummer) ? `Artikel ${a.nummer}` : a.nummer} – ${a.titel}\n${a.tekst}\n`)
    .join("\n");
}

const STATUS_LABELS: Record<string, string> = { CONCEPT: "Concept", DEFINITIEF: "Definitief" };

/** The regional steps with a recorded date that the secretariat can correct (with a reason). */
function correctableSteps(state: GrProcedureState): { step: CorrectableRegionalStep; label: string }[] {
  return CORRECTABLE_REGIONAL_STEP_KEYS.filter((step) => isRegionalStepRecorded(state, step)).map((step) => ({
    step,
    label: `Datum van ${CORRECTABLE_REGIONAL_STEPS[step]}`,
  }));
}

/** The raad's receipt of the ontwerp, marked when it is assumed from the send date and not yet confirmed. */
function receiptText(zw: { receivedOn: string; assumed?: boolean } | undefined): string {
  if (!zw) return "Nog niet ontvangen";
  return zw.assumed
    ? `${formatDutchDate(zw.receivedOn)} (aangenomen ontvangst)`
    : `${formatDutchDate(zw.receivedOn)} (bevestigd door de griffie)`;
}

/** Procedure control: the regional state, the steps the domain allows now, versions and their differences. */
export default async function ProcedurePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const access = await requireSecretariaat(`/secretariaat/procedures/${id}`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const page = await read(loadSecretariaatProcedure, id);
  if (!page) notFound();
  const { procedure, loaded, newestArticles, candidates } = page;
  const regional = loaded.state.regional;
  const steps = availableRegionalSteps(regional.status);
  // Issue 16: the raden answer per article, so the text must be loaded before the zienswijze phase opens.
  const needsArticles =
    !newestArticles.some((a) => /^\d/.test(a.nummer)) &&
    steps.some((s) => s === "concept_opgesteld" || s === "bosd_akkoord" || s === "zienswijzeprocedure_geopend");
  const versions = procedure.document.versions;
  // Issue 16 point 2: a version is dated by its adoption (the regional step), not by when it was entered.
  const adoptedOn = versionAdoptionDates([regional]);
  const diffBase = `/secretariaat/documenten/${procedure.documentId}/verschil`;
  const zp = regional.zienswijzeprocedure;
  // R15: once the regeling is published, every party's college register and the central register list it.
  const registersDue = regional.status === "bekendgemaakt" || regional.status === "in_werking";
  const registers = registersDue ? await read(registerOverview, procedure.regelingId) : null;
  const records = await read(loadProcedureRecords, id);
  const state = loaded.state;
  const nameOf = (participantId: string) => state.participants.find((x) => x.id === participantId)?.name ?? "—";
  const publication = regional.bekendmaking;
  const [plannedSteps, timeline] = await Promise.all([
    read(plannedStepsOf, id),
    read(loadRegelingTimeline, procedure.regeling.slug, todayIso()),
  ]);
  const plannedInForce = plannedSteps.find((s) => s.status === "GEPLAND" && s.step === "inwerkingtreding");
  const plannedMeetings = plannedSteps.filter((s) => s.status === "GEPLAND" && isPlannedMeeting(s.step));
  const meetingRaden = state.participants
    .filter((p) => isWithinScope(p, state.topics))
    .map((p) => ({ id: p.id, name: p.name }));
  const awaitingOntwerp = zp ? participantsAwaitingOntwerp(state) : [];
  const corrigeerbaar = correctableSteps(state);
  /** Colleges whose voorgenomen besluit is due (the domain's one rule, also used by the college workspace). */
  const voornemens = state.participants.filter(
    (p) =>
      isWithinScope(p, state.topics) &&
      isVoorgenomenBesluitDue(regional, state.raadTracks[p.id], state.collegeTracks[p.id], state.currentVersionId),
  );

  return (
    <>
      <Heading level={1}>{procedure.titel}</Heading>
      <Paragraph>
        <a href="/secretariaat">Terug naar de stand per gemeente</a> ·{" "}
        <a href={`/secretariaat/nota/${id}`}>Nota van beantwoording</a>
      </Paragraph>
      <dl className="grv-facts">
        <dt>Procedure</dt>
        <dd>{PROCEDURE_KIND_LABELS[procedure.kind] ?? procedure.kind}</dd>
        <dt>Stand van de regeling</dt>
        <dd>{procedureStateLabel(procedure.kind, procedure.derivedState)}</dd>
        <dt>Regionale stap</dt>
        <dd data-testid="regionale-stand">{REGIONAL_LABELS[regional.status]}</dd>
        {regionalFacts(regional, nameOf, (v) => state.documentVersions.find((x) => x.id === v)?.label).map((f) => (
          <Fragment key={f.key}>
            <dt>{f.label}</dt>
            <dd data-testid={f.testId}>{f.value}</dd>
          </Fragment>
        ))}
        {timeline ? (
          <>
            <dt>Beoogde inwerkingtreding</dt>
            <dd data-testid="beoogde-inwerkingtreding">{timeline.verdict.target}</dd>
          </>
        ) : null}
      </dl>
      <TargetAlert verdict={timeline?.verdict} always />
      {timeline ? (
        <details className="grv-details">
          <summary>Tijdlijn naar de inwerkingtreding</summary>
          <Timeline model={timeline.model} id="tijdlijn-procedure" />
        </details>
      ) : null}

      <Table
        caption={raadTableCaption(regional.status)}
        head={[
          "Gemeente",
          "Stand van de raad",
          "Ontwerp verzonden door het college",
          "Ontvangst door de griffie",
          "Zienswijzetermijn tot en met",
        ]}
      >
        {loaded.state.participants.map((p) => {
          const raad = loaded.state.raadTracks[p.id];
          const end = raad?.zienswijze?.deadline?.end;
          const sentOn = regional.ontwerpVerzonden?.[p.id];
          return (
            <Row key={p.id}>
              <Cell header>{p.name}</Cell>
              <Cell>{raadStatusText({ procedureKind: procedure.kind, raad })}</Cell>
              <Cell>{sentOn ? formatDutchDate(sentOn) : "Niet geregistreerd"}</Cell>
              <Cell>{receiptText(raad?.zienswijze)}</Cell>
              <Cell>{end ? formatDutchDate(end) : "Nog niet bekend (begint bij ontvangst van het ontwerp)"}</Cell>
            </Row>
          );
        })}
      </Table>

      {/* Always rendered: they key their form by the version and keep its message across the refresh. */}
      <OntwerpVerzondenControl
        procedureId={id}
        expectedVersion={loaded.version}
        raden={awaitingOntwerp.map((participantId) => ({ id: participantId, name: nameOf(participantId) }))}
        action={ontwerpVerzondenAction}
      />

      <RegionalCorrectionControl
        procedureId={id}
        expectedVersion={loaded.version}
        steps={corrigeerbaar}
        raden={Object.keys(regional.ontwerpVerzonden ?? {}).map((participantId) => ({
          id: participantId,
          name: nameOf(participantId),
        }))}
        action={correctRegionalStepAction}
      />

      <Heading level={2}>Deelnemers tijdens de procedure</Heading>
      {(state.formerParticipants ?? []).length > 0 || Object.keys(state.joined ?? {}).length > 0 ? (
        <Table
          caption="Toetreding en uittreding tijdens de procedure"
          head={["Gemeente", "Wijziging", "Datum", "Reden"]}
        >
          {Object.entries(state.joined ?? {}).map(([participantId, j]) => (
            <Row key={`in-${participantId}`}>
              <Cell header>{nameOf(participantId)}</Cell>
              <Cell>Toegetreden</Cell>
              <Cell>{formatDutchDate(j.joinedOn)}</Cell>
              <Cell>{j.reason}</Cell>
            </Row>
          ))}
          {(state.formerParticipants ?? []).map((x) => (
            <Row key={`uit-${x.participant.id}`}>
              <Cell header>{x.participant.name}</Cell>
              <Cell>Uitgetreden (telt niet meer mee; de sporen zijn bewaard)</Cell>
              <Cell>{formatDutchDate(x.leftOn)}</Cell>
              <Cell>{x.reason}</Cell>
            </Row>
          ))}
        </Table>
      ) : (
        <Paragraph>Er zijn tijdens deze procedure geen gemeenten toegetreden of uitgetreden.</Paragraph>
      )}
      {regional.status !== "bekendgemaakt" && regional.status !== "in_werking" ? (
        <DeelnemerWijzigingForm
          key={`deelnemers-${loaded.version}`}
          procedureId={id}
          expectedVersion={loaded.version}
          current={state.participants.map((p) => ({ id: p.id, name: p.name }))}
          candidates={candidates}
          action={deelnemerWijzigingAction}
        />
      ) : null}

      <Heading level={2}>Regionaal raadsledenoverleg</Heading>
      {(regional.raadsledenoverleggen ?? []).length === 0 ? (
        <Paragraph>Er is nog geen regionaal raadsledenoverleg (klankbord) over deze regeling geregistreerd.</Paragraph>
      ) : (
        <Table caption="Regionaal raadsledenoverleg (klankbord)" head={["Datum", "Aantekeningen"]}>
          {(regional.raadsledenoverleggen ?? []).map((o) => (
            <Row key={`${o.heldOn}-${o.notes}`}>
              <Cell header>{formatDutchDate(o.heldOn)}</Cell>
              <Cell>{o.notes}</Cell>
            </Row>
          ))}
        </Table>
      )}
      {regional.conceptVersionId ? (
        <RaadsledenoverlegForm
          key={`overleg-${loaded.version}`}
          procedureId={id}
          expectedVersion={loaded.version}
          action={raadsledenoverlegAction}
        />
      ) : null}

      <Heading level={2}>Volgende stap</Heading>
      {steps.length === 0 ? (
        <Paragraph>Er zijn geen regionale stappen meer: de procedure is afgerond.</Paragraph>
      ) : (
        <>
          <Paragraph>
            Dit kan nu volgens de procedure. Als een stap nog niet mag (bijvoorbeeld omdat een termijn nog loopt), ziet
            u na het versturen de reden.
          </Paragraph>
          {needsArticles ? (
            <div className="grv-explain" data-testid="artikelen-eerst">
              <Paragraph>
                Laad eerst de artikelen van de regeling voordat u de zienswijzeprocedure opent. De versie heeft nog geen
                artikelen, en de raden geven hun zienswijze per artikel. Plak de tekst bij{" "}
                <a href="#nieuwe-versie-titel">Nieuwe versie publiceren</a>, met een kop per artikel, zoals
                &ldquo;Artikel 1 – Begripsbepalingen&rdquo;.
              </Paragraph>
            </div>
          ) : null}
          <ProcedureControls
            procedureId={id}
            steps={steps}
            expectedVersion={loaded.version}
            versions={versions.map((v) => ({ id: v.id, label: `Versie ${v.number}: ${v.label}` }))}
            publishers={state.participants.filter((p) => p.scope === "full").map((p) => ({ id: p.id, name: p.name }))}
            action={regionalStepAction}
          />
        </>
      )}

      {publication && !regional.inwerkingtreding ? (
        <>
          <Heading level={2}>Geplande inwerkingtreding</Heading>
          {plannedInForce ? (
            <>
              <Paragraph data-testid="inwerkingtreding-gepland">
                Inwerkingtreding gepland op {formatDutchDate(plannedInForce.plannedOn)}. Grondslag:{" "}
                {plannedInForce.legalBasis}. Op die dag wordt de inwerkingtreding vanzelf geregistreerd en krijgt het
                secretariaat een e-mail.
              </Paragraph>
              {plannedInForce.lastError ? (
                <Paragraph>Nog niet geregistreerd: {plannedInForce.lastError}</Paragraph>
              ) : null}
              {(["verplaatsen", "intrekken"] as const).map((change) => (
                <PlannedStepForm
                  key={change}
                  change={change}
                  procedureId={id}
                  plannedStepId={plannedInForce.id}
                  expectedVersion={plannedInForce.version}
                  action={plannedStepAction}
                />
              ))}
            </>
          ) : (
            <PlannedStepForm change="plannen" procedureId={id} expectedVersion={0} action={plannedStepAction} />
          )}
        </>
      ) : null}

      {regional.inwerkingtreding ? null : (
        <>
          <Heading level={2}>Geplande vergaderingen</Heading>
          <Paragraph>
            Een geplande raadsvergadering of vergadering van het BOSD wordt op die dag vanzelf geregistreerd als
            gehouden. Het besluit dat in de vergadering valt, wordt apart geregistreerd zodra het is genomen.
          </Paragraph>
          {plannedMeetings.map((m) => (
            <Fragment key={m.id}>
              <Paragraph data-testid="vergadering-gepland">
                {m.step === "bosd_vergadering"
                  ? "Vergadering van het BOSD"
                  : `Raadsvergadering ${nameOf(m.participantId ?? "")}`}{" "}
                gepland op {formatDutchDate(m.plannedOn)}. Grondslag: {m.legalBasis}.
                {m.lastError ? ` Nog niet geregistreerd: ${m.lastError}` : ""}
              </Paragraph>
              {(["verplaatsen", "intrekken"] as const).map((change) => (
                <PlannedStepForm
                  key={change}
                  change={change}
                  kind="vergadering"
                  procedureId={id}
                  plannedStepId={m.id}
                  expectedVersion={m.version}
                  action={plannedStepAction}
                />
              ))}
            </Fragment>
          ))}
          <PlannedStepForm
            change="plannen"
            kind="vergadering"
            procedureId={id}
            expectedVersion={0}
            action={plannedStepAction}
            raden={meetingRaden}
          />
        </>
      )}

      <Heading level={2}>Colleges: besluit en ondertekening</Heading>
      <Paragraph>
        Een college besluit en ondertekent pas na de toestemming van de eigen raad voor dezelfde versie (Wgr art. 1 lid
        4).
      </Paragraph>
      <Table caption="Stand van de colleges" head={["Gemeente", "College", "Voorgenomen besluit"]}>
        {loaded.state.participants.map((p) => {
          const voornemen = state.collegeTracks[p.id]?.voorgenomenBesluit;
          return (
            <Row key={p.id}>
              <Cell header>{p.name}</Cell>
              <Cell>
                {collegeStatusText({
                  procedureKind: procedure.kind,
                  raad: state.raadTracks[p.id],
                  college: state.collegeTracks[p.id],
                })}
              </Cell>
              <Cell>{voornemen ? formatDutchDate(voornemen.decidedOn) : "Niet geregistreerd"}</Cell>
            </Row>
          );
        })}
      </Table>
      {voornemens.map((p) => (
        <CollegeStepForm
          key={`voornemen-${p.id}`}
          procedureId={id}
          participantId={p.id}
          gemeente={p.name}
          step="voorgenomen_besluit_genomen"
          expectedVersion={loaded.trackVersions.college[p.id] ?? 0}
          action={collegeStepAction}
        />
      ))}
      {loaded.state.participants.flatMap((p) => {
        const step = nextCollegeEvent(loaded.state.raadTracks[p.id]?.status, loaded.state.collegeTracks[p.id]?.status);
        return step
          ? [
              <CollegeStepForm
                key={p.id}
                procedureId={id}
                participantId={p.id}
                gemeente={p.name}
                step={step}
                expectedVersion={loaded.trackVersions.college[p.id] ?? 0}
                action={collegeStepAction}
              />,
            ]
          : [];
      })}

      {registers ? (
        <>
          <Heading level={2}>Registers</Heading>
          {registers.missing.length === 0 ? (
            <Paragraph>De regeling staat in alle registers.</Paragraph>
          ) : (
            <>
              <Paragraph>Deze registers vermelden de regeling nog niet:</Paragraph>
              <ul data-testid="open-registers">
                {registers.missing.map((r) => (
                  <li key={r.register}>{r.label}</li>
                ))}
              </ul>
            </>
          )}
          {registers.recorded.length > 0 ? (
            <Table caption="Inschrijvingen in registers" head={["Register", "Ingeschreven op", "Kenmerk"]}>
              {registers.recorded.map((r) => (
                <Row key={r.register}>
                  <Cell header>{r.label}</Cell>
                  <Cell>{formatDutchDate(r.ingeschrevenOp)}</Cell>
                  <Cell>{r.kenmerk ?? "—"}</Cell>
                </Row>
              ))}
            </Table>
          ) : null}
          <RegisterInschrijvingForm
            regelingId={procedure.regelingId}
            registers={registers.all}
            action={registerInschrijvingAction}
          />
        </>
      ) : null}

      <ProcedureRecordList records={records} withNotes title="Geschiedenis: vastgelegde gegevens" />

      <Heading level={2}>Versies van {procedure.document.titel}</Heading>
      <Table
        caption={`Gepubliceerde versies van ${procedure.document.titel}`}
        head={["Versie", "Naam", "Status", "Vastgesteld op", "Verschil"]}
      >
        {versions.map((v, i) => (
          <Row key={v.id}>
            <Cell header>{v.number}</Cell>
            <Cell>{v.label}</Cell>
            <Cell>{STATUS_LABELS[v.status] ?? v.status}</Cell>
            <Cell>
              {adoptedOn.has(v.id)
                ? formatDutchDate(adoptedOn.get(v.id) ?? "")
                : `Niet vastgesteld (ingevoerd op ${formatDutchDate(v.publishedAt)})`}
            </Cell>
            <Cell>
              {i > 0 ? (
                <a href={`${diffBase}?van=${versions[i - 1].number}&naar=${v.number}`}>
                  Verschil met versie {versions[i - 1].number}
                </a>
              ) : (
                "Eerste versie"
              )}
            </Cell>
          </Row>
        ))}
      </Table>
      <PublishControl
        documentId={procedure.documentId}
        diffBase={diffBase}
        initialText={asStructuredText(newestArticles)}
        action={publishVersionAction}
      />
    </>
  );
}
