import type { CollegeProcedureView } from "@/lib/services/college/workspace";
import { COLLEGE_STEP_TODO } from "@/lib/presentation/college";
import { formatDutchDate } from "@/lib/presentation/dates";
import { PROCEDURE_KIND_LABELS, trackStatusLabel } from "@/lib/presentation/labels";
import { collegeStatusText } from "@/lib/presentation/status";
import { Heading } from "@/components/ui/nlds";
import type { CollegeStepAction } from "@/components/secretariaat/CollegeStepForm";
import { CollegeStepControls } from "./CollegeStepControls";

const dateOr = (d: string | undefined) => (d ? formatDutchDate(d) : "Nog niet");

/**
 * One regeling in the college workspace: what the college must do now, the preconditions in words, the version to
 * sign (with its download), the dates of the steps taken, and a form per step the college can record now.
 */
export function CollegeProcedureCard({
  procedure: p,
  action,
}: {
  procedure: CollegeProcedureView;
  action: CollegeStepAction;
}) {
  return (
    <section
      id={`procedure-${p.procedureId}`}
      aria-labelledby={`college-proc-${p.procedureId}`}
      className="grv-card"
      data-testid="college-procedure"
    >
      <Heading level={2} id={`college-proc-${p.procedureId}`}>
        {p.titel}
      </Heading>
      <dl className="grv-facts">
        <dt>Regeling en procedure</dt>
        <dd>
          {p.regelingNaam}: {(PROCEDURE_KIND_LABELS[p.procedureKind] ?? p.procedureKind).toLowerCase()}
        </dd>
        <dt>Stand van het college</dt>
        {/* The presentation layer's text (issue 16 point 1): the college track alone says "wacht op toestemming" even
            after the raad granted or refused it; the raad's status decides what the college waits for. */}
        <dd data-testid="college-stand">
          {collegeStatusText({
            procedureKind: p.procedureKind,
            college: { status: p.collegeStatus },
            raad: p.raadStatus ? { status: p.raadStatus } : null,
          })}
        </dd>
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
      <CollegeStepControls
        procedureId={p.procedureId}
        participantId={p.participantId}
        gemeente={p.gemeenteNaam}
        steps={p.steps}
        expectedVersion={p.expectedVersion}
        action={action}
      />
    </section>
  );
}
