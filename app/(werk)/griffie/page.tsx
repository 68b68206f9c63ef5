import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { todayInNetherlands } from "@/lib/domain";
import { loadGriffieOverview } from "@/lib/services/griffie/workspace";
import { formatDutchDate } from "@/lib/presentation/dates";
import { MEETING_KIND_LABELS, PROCEDURE_KIND_LABELS, trackStatusLabel } from "@/lib/presentation/labels";
import { raadNextStep } from "@/lib/presentation/status";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { DeadlineTrace } from "@/components/griffie/DeadlineTrace";
import { requireGriffier } from "./guard";
import { Geweigerd } from "./Geweigerd";
import { GemeenteTimelines } from "@/components/timeline/GemeenteTimelines";
import { gemeenteTimelines } from "@/lib/read-models/regeling-timeline";
import { listDvhProcedures } from "@/lib/read-models/dienstverleningshandvest";
import { DvhLinks } from "@/components/dienstverleningshandvest/DvhLinks";

export const metadata: Metadata = { title: "Griffie" };

export default async function GriffiePage() {
  await connection();
  const access = await requireGriffier("/griffie");
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const { user } = access;
  const today = todayInNetherlands();
  const [{ procedures, meetings }, visual, handvesten] = await Promise.all([
    read(loadGriffieOverview, user.gemeenteId, today),
    read(gemeenteTimelines, user.gemeenteId, today),
    read(listDvhProcedures, user.gemeenteId),
  ]);

  return (
    <>
      <Heading level={1}>Griffie {user.gemeenteNaam}</Heading>
      <Paragraph>
        Wat de gemeenteraad van {user.gemeenteNaam} nu moet doen, per lopende procedure. Vandaag is het{" "}
        {formatDutchDate(today)}.
      </Paragraph>
      <p>
        <a href="/griffie/vergaderingen">Vergaderkalender van de raad</a>
      </p>
      <p>
        <a href="/griffie/begroting">Begrotingen van de regelingen</a>
      </p>
      <p>
        <a href="/griffie/agenda">Agenda: waarover de raad nog moet besluiten</a>
      </p>

      <Heading level={2}>Lopende procedures</Heading>
      {procedures.length === 0 ? <Paragraph>Er lopen geen procedures waarin uw raad een rol heeft.</Paragraph> : null}
      {procedures.map((p) => (
        <section
          key={p.procedureId}
          aria-labelledby={`proc-${p.procedureId}`}
          className="grv-card"
          data-testid="griffie-procedure"
        >
          <Heading level={3} id={`proc-${p.procedureId}`}>
            {p.procedureKind.startsWith("GR_") ? (
              <a href={`/griffie/procedures/${p.procedureId}`}>{p.titel}</a>
            ) : p.procedureKind === "BELEIDSKADER_VASTSTELLEN" ? (
              <a href={`/griffie/beleidskaders/${p.procedureId}`}>{p.titel}</a>
            ) : (
              p.titel
            )}
          </Heading>
          <dl className="grv-facts">
            <dt>Regeling</dt>
            <dd>{p.regelingNaam}</dd>
            <dt>Soort</dt>
            <dd>{PROCEDURE_KIND_LABELS[p.procedureKind] ?? p.procedureKind}</dd>
            <dt>Stand van de raad</dt>
            <dd data-testid="raad-stand">{trackStatusLabel(p.procedureKind, "RAAD", p.trackStatus)}</dd>
            <dt>Wat de raad nu moet doen</dt>
            <dd>
              {raadNextStep({
                procedureKind: p.procedureKind,
                raad: { status: p.trackStatus },
                college: p.collegeStatus ? { status: p.collegeStatus } : null,
                zienswijzeStatus: p.zienswijzeStatus,
              })}
            </dd>
            {p.deadline && p.daysLeft !== undefined ? (
              <>
                <dt>Wettelijke termijn zienswijze</dt>
                <dd>
                  uiterlijk <strong>{formatDutchDate(p.deadline.end)}</strong>{" "}
                  <span data-testid="dagen-over">
                    (
                    {p.daysLeft >= 0
                      ? `nog ${p.daysLeft} ${p.daysLeft === 1 ? "dag" : "dagen"}`
                      : `${-p.daysLeft} dagen verstreken`}
                    )
                  </span>
                  <DeadlineTrace trace={p.deadline} />
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      ))}

      <GemeenteTimelines {...visual} headingLevel={2} />

      <DvhLinks procedures={handvesten} basePath="/griffie/handvest" />
      <Heading level={2}>Volgende vergaderingen van de raad</Heading>
      {meetings.length === 0 ? (
        <Paragraph>
          Er staan geen vergaderingen in de kalender. <a href="/griffie/vergaderingen">Voeg vergaderdata toe</a>; de
          prognose gebruikt ze.
        </Paragraph>
      ) : (
        <ul>
          {meetings.map((m) => (
            <li key={m.id}>
              {formatDutchDate(m.date)} — {MEETING_KIND_LABELS[m.kind] ?? m.kind}
              {m.titel ? `: ${m.titel}` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
