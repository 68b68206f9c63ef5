import type { Metadata } from "next";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { COLLEGE_STEP_TODO, loadCollegeWorkspace } from "@/lib/services/college/workspace";
import { formatDutchDate } from "@/lib/presentation/dates";
import { PROCEDURE_KIND_LABELS, trackStatusLabel } from "@/lib/presentation/labels";
import { Heading, Paragraph } from "@/components/ui/nlds";
import { GeenToegang } from "@/components/ui/GeenToegang";
import { CollegeStepForm } from "@/components/secretariaat/CollegeStepForm";
import { requireCollege } from "./guard";
import { collegeWerkruimteStapAction } from "./actions";

export const metadata: Metadata = { title: "College" };

const dateOr = (d: string | undefined) => (d ? formatDutchDate(d) : "Nog niet");

export default async function CollegePage() {
  await connection();
  const access = await requireCollege("/college");
  if ("refusal" in access) return <GeenToegang reason={access.refusal} voor="het college van een gemeente" />;
  const { user } = access;
  const procedures = await read(loadCollegeWorkspace, user.gemeenteId);

  return (
    <>
      <Heading level={1}>College {user.gemeenteNaam}</Heading>
      <Paragraph>
        Wat het college van {user.gemeenteNaam} nu moet doen per gemeenschappelijke regeling: het voorgenomen besluit,
        het collegebesluit, de ondertekening en de bekendmaking van het eigen besluit. Het college besluit en
        ondertekent pas nadat de eigen raad toestemming heeft verleend voor dezelfde versie.
      </Paragraph>
      {procedures.length === 0 ? (
        <Paragraph>Er lopen geen procedures waarin het college van uw gemeente een rol heeft.</Paragraph>
      ) : null}
      {procedures.map((p) => (
        <section
          key={p.procedureId}
          id={`procedure-${p.procedureId}`}
          aria-labelledby={`college-proc-${p.procedureId}`}
          className="grv-card"
          data-testid="college-procedure"
        >
          <Heading level={2} id={`college-proc-${p.procedureId}`}>
            {p.titel}
          </Heading>
          <dl className="grv-facts">
            <dt>Regeling</dt>
            <dd>{p.regelingNaam}</dd>
            <dt>Soort</dt>
            <dd>{PROCEDURE_KIND_LABELS[p.procedureKind] ?? p.procedureKind}</dd>
            <dt>Stand van het college</dt>
            <dd data-testid="college-stand">{trackStatusLabel(p.procedureKind, "COLLEGE", p.collegeStatus)}</dd>
            <dt>Stand van de raad</dt>
            <dd>{p.raadStatus ? trackStatusLabel(p.procedureKind, "RAAD", p.raadStatus) : "—"}</dd>
            <dt>Wat het college nu moet doen</dt>
            <dd data-testid="college-taak">
              {p.steps.length ? p.steps.map((s) => COLLEGE_STEP_TODO[s]).join("; ") : "Nu niets"}
            </dd>
            <dt>Voorwaarden</dt>
            <dd data-testid="college-voorwaarden">{p.preconditions.join(" ")}</dd>
            <dt>Te ondertekenen document</dt>
            <dd>
              {p.version ? (
                <a href={p.version.href}>
                  Versie {p.version.number}: {p.version.label} (lezen en downloaden)
                </a>
              ) : (
                "Nog geen vastgestelde versie"
              )}
            </dd>
            <dt>Collegebesluit</dt>
            <dd>{dateOr(p.collegebesluitOn)}</dd>
            <dt>Ondertekend</dt>
            <dd>{dateOr(p.signedOn)}</dd>
            <dt>Eigen besluit bekendgemaakt</dt>
            <dd>{dateOr(p.publishedOn)}</dd>
          </dl>
          {p.steps.map((step) => (
            <CollegeStepForm
              key={step}
              procedureId={p.procedureId}
              participantId={p.participantId}
              gemeente={p.gemeenteNaam}
              step={step}
              expectedVersion={p.expectedVersion}
              action={collegeWerkruimteStapAction}
            />
          ))}
        </section>
      ))}
    </>
  );
}
