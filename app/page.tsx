import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { defaultRegelingSlug, loadRegelingOverview } from "@/lib/services/overview";
import { listPublicGemeenten } from "@/lib/services/public/gemeenten";
import { listPublicRegelingen } from "@/lib/services/public/regelingen";
import { EntryLinks } from "@/components/EntryLinks";
import { TargetAlert } from "@/components/timeline/TargetAlert";
import { targetVerdicts } from "@/lib/read-models/regeling-timeline";
import { todayInNetherlands } from "@/lib/domain";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { Cell, Row, Table } from "@/components/ui/Table";
import { TargetDates } from "./(public)/_components/facts";
import {
  MILESTONE_KIND_LABELS,
  PROCEDURE_KIND_LABELS,
  VORM_LABELS,
  procedureStateLabel,
  topicsLabel,
} from "@/lib/presentation/labels";
import { collegeStatusText, raadStatusText } from "@/lib/presentation/status";

export const metadata: Metadata = { title: "Overzicht" };

export default async function HomePage() {
  await connection();
  const slug = await read(defaultRegelingSlug);
  const [overview, regelingen, gemeenten] = await Promise.all([
    slug ? read(loadRegelingOverview, slug) : null,
    read(listPublicRegelingen),
    read(listPublicGemeenten),
  ]);
  const entry = <EntryLinks regelingen={regelingen} gemeenten={gemeenten} />;
  if (!overview) {
    return (
      <>
        <Heading level={1}>GR-volg</Heading>
        <Paragraph>
          Er is nog geen gemeenschappelijke regeling ingevoerd. Vul de database met `gr-volg db seed`.
        </Paragraph>
        {entry}
      </>
    );
  }
  const { regeling, procedures, tracks } = overview;
  // Issue 16 point 4: the home page shows the target date, so it also says when that date is out of reach.
  const verdict =
    slug && regeling.targetInForce && !regeling.inWerkingOp
      ? (await read(targetVerdicts, [slug], todayInNetherlands())).get(slug)
      : null;
  const gr = procedures.find((p) => p.kind.startsWith("GR_"));
  const trackOf = (participantId: string, kind: "RAAD" | "COLLEGE") =>
    tracks.find((t) => t.procedureId === gr?.id && t.participantId === participantId && t.kind === kind);

  return (
    <>
      <Heading level={1}>{regeling.naam}</Heading>
      <Paragraph>
        {regeling.regio?.naam}. Hier ziet u per gemeente waar de besluitvorming staat en welke stap volgt.
      </Paragraph>
      <dl className="grv-facts">
        <dt>Vorm</dt>
        <dd>{VORM_LABELS[regeling.vorm]}</dd>
        {regeling.vervangt ? (
          <>
            <dt>Vervangt</dt>
            <dd>{regeling.vervangt.citeertitel ?? regeling.vervangt.naam}</dd>
          </>
        ) : null}
        {gr ? (
          <>
            <dt>Stand van de regeling</dt>
            <dd data-testid="regeling-stand">{procedureStateLabel(gr.kind, gr.derivedState)}</dd>
          </>
        ) : null}
        <TargetDates regeling={regeling} />
      </dl>
      <TargetAlert verdict={verdict} />
      {entry}

      <Heading level={2}>Deelnemers en stand van zaken</Heading>
      <Table caption="Per gemeente: deelname, raad en college" head={["Gemeente", "Deelname", "Raad", "College"]}>
        {regeling.participants.map((p) => {
          const raad = trackOf(p.id, "RAAD");
          const college = trackOf(p.id, "COLLEGE");
          return (
            <Row key={p.id}>
              <Cell header>{p.gemeente.naam}</Cell>
              <Cell>{p.scope === "FULL" ? "Volledig" : `Addendum: ${topicsLabel(p.scopeTopics)}`}</Cell>
              <Cell>{gr ? raadStatusText({ procedureKind: gr.kind, raad }) : "—"}</Cell>
              <Cell>{gr ? collegeStatusText({ procedureKind: gr.kind, raad, college }) : "—"}</Cell>
            </Row>
          );
        })}
      </Table>

      <Heading level={2}>Procedures</Heading>
      <Table caption="Documenten en hun procedure" head={["Document", "Procedure", "Stand"]}>
        {procedures.map((p) => (
          <Row key={p.id}>
            <Cell header>{p.document.titel}</Cell>
            <Cell>{PROCEDURE_KIND_LABELS[p.kind] ?? p.kind}</Cell>
            <Cell>{procedureStateLabel(p.kind, p.derivedState)}</Cell>
          </Row>
        ))}
      </Table>

      <Heading level={2}>Tijdlijn volgens de brondocumenten</Heading>
      <Table caption="Feiten, planning en wettelijke data met hun bron" head={["Wanneer", "Wat", "Soort", "Bron"]}>
        {regeling.milestones.map((m) => (
          <Row key={m.id}>
            <Cell>{m.dateText}</Cell>
            <Cell header>{m.label}</Cell>
            <Cell>
              {MILESTONE_KIND_LABELS[m.kind]}
              {m.plannedText ? ` (${m.plannedText})` : null}
            </Cell>
            <Cell>{m.bron}</Cell>
          </Row>
        ))}
      </Table>
    </>
  );
}
