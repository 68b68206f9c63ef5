import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { read } from "@/lib/read-models";
import { BEGROTING_MACHINE, JAARREKENING_MACHINE, WIJZIGING_MACHINE } from "@/lib/domain";
import { loadBegrotingCycle } from "@/lib/services/begroting/read";
import { loadBegrotingPlanning } from "@/lib/services/begroting/planning-read";
import { BegrotingPlanningForm } from "@/components/begroting/PlanningForm";
import { BegrotingPlanningOverview } from "@/components/begroting/PlanningView";
import type { BegrotingStep } from "@/lib/validation/begroting";
import { SaveNotices } from "@/components/begroting/SaveNotice";
import { Heading, Link } from "@/components/ui/nlds";
import { BegrotingFacts, BegrotingRaden } from "@/components/begroting/BegrotingCycle";
import { BegrotingAntwoordForm, BegrotingStapForm } from "@/components/begroting/BegrotingForms";
import { Geweigerd } from "../../Geweigerd";
import { requireSecretariaat } from "../../guard";
import { WijzigingenList } from "@/components/begroting/Wijzigingen";
import { WijzigingAanmakenForm, WijzigingStapForm, type WijzigingStep } from "@/components/begroting/WijzigingForms";
import type { WijzigingView } from "@/lib/services/begroting/read";
import {
  begrotingAntwoordAction,
  begrotingPlanningAction,
  begrotingStapAction,
  wijzigingAanmakenAction,
  wijzigingAntwoordAction,
  wijzigingStapAction,
} from "../actions";

export const metadata: Metadata = { title: "Secretariaat — begroting" };

export default async function BegrotingCyclePage({ params }: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await params;
  const access = await requireSecretariaat(`/secretariaat/begroting/${id}`);
  if ("refusal" in access) return <Geweigerd reason={access.refusal} />;
  const cycle = await read(loadBegrotingCycle, id);
  if (!cycle) notFound();
  const planning = await read(loadBegrotingPlanning, id);
  // The bestuur's next steps are the machine's transitions from the current stand.
  const steps = BEGROTING_MACHINE.transitions
    .filter((t) => t.from === cycle.status)
    .map((t) => t.event as BegrotingStep);
  // The jaarrekening is its own track (Wgr art. 34b, 34 lid 3): its next step does not wait for the begroting.
  const jaarrekeningSteps = JAARREKENING_MACHINE.transitions
    .filter((t) => t.from === cycle.jaarrekening.status)
    .map((t) => t.event as BegrotingStep);
  return (
    <>
      <p>
        <Link href={`/secretariaat/begroting?regeling=${cycle.regeling.slug}`}>← Begrotingscyclus van de regeling</Link>
      </p>
      <Heading level={1}>{cycle.titel}</Heading>
      <SaveNotices>
        <BegrotingFacts cycle={cycle} />
        <StepSection id="volgende-stap" title="Volgende stap vastleggen" steps={steps} cycle={cycle} />
        <StepSection
          id="jaarrekening-stap"
          title={`Jaarrekening ${cycle.jaar} vastleggen`}
          steps={jaarrekeningSteps}
          cycle={cycle}
        />
        {planning ? (
          <section aria-labelledby="jaarplanning">
            <Heading level={2} id="jaarplanning">
              Jaarplanning {cycle.jaar}
            </Heading>
            <BegrotingPlanningOverview view={planning} />
            <BegrotingPlanningForm
              key={`planning-${planning.version}`}
              procedureId={cycle.id}
              expectedVersion={planning.version}
              values={{
                kadersOp: planning.planning.kadersOn,
                ontwerpOp: planning.planning.ontwerpSentOn,
                aanbiedingOp: planning.planning.aanbiedingOn,
                vaststellingOp: planning.planning.vaststellingOn,
                jaarrekeningOp: planning.planning.jaarrekeningOn,
              }}
              action={begrotingPlanningAction}
            />
          </section>
        ) : null}
        <section aria-labelledby="begrotingswijzigingen">
          <Heading level={2} id="begrotingswijzigingen">
            Begrotingswijzigingen {cycle.jaar}
          </Heading>
          <WijzigingenList
            wijzigingen={cycle.wijzigingen}
            headingLevel={3}
            extra={(w) =>
              wijzigingSteps(w).map((step) => (
                <WijzigingStapForm
                  key={`${w.nummer}-${step}-${cycle.version}`}
                  procedureId={cycle.id}
                  expectedVersion={cycle.version}
                  nummer={w.nummer}
                  step={step}
                  action={wijzigingStapAction}
                />
              ))
            }
            raadExtra={(w, raad) =>
              raad.status === "zienswijze_ingediend" ? (
                <BegrotingAntwoordForm
                  procedureId={cycle.id}
                  participantId={raad.participantId}
                  naam={raad.naam}
                  nummer={w.nummer}
                  action={wijzigingAntwoordAction}
                />
              ) : null
            }
          />
          <WijzigingAanmakenForm
            key={`wijziging-aanmaken-${cycle.version}`}
            procedureId={cycle.id}
            expectedVersion={cycle.version}
            jaar={cycle.jaar}
            vrijstelling={cycle.wijzigingVrijstelling}
            action={wijzigingAanmakenAction}
          />
        </section>
        <Heading level={2}>Zienswijzen van de raden</Heading>
        <BegrotingRaden
          cycle={cycle}
          extra={(raad) =>
            raad.status === "zienswijze_ingediend" ? (
              <BegrotingAntwoordForm
                procedureId={cycle.id}
                participantId={raad.participantId}
                naam={raad.naam}
                action={begrotingAntwoordAction}
              />
            ) : null
          }
        />
      </SaveNotices>
    </>
  );
}

/**
 * The bestuur's next steps on a wijziging: the machine's transitions from its stand, less the one the domain would
 * refuse anyway (an exempt category is adopted directly; any other goes to the raden first, art. 35 lid 5).
 */
function wijzigingSteps(w: WijzigingView): WijzigingStep[] {
  return WIJZIGING_MACHINE.transitions
    .filter((t) => t.from === w.status)
    .map((t) => t.event as WijzigingStep)
    .filter((step) => w.status !== "in_voorbereiding" || (step === "wijziging_vastgesteld") === w.vrijgesteld);
}

/** The bestuur's next steps on one track of the cycle (the begroting's or the jaarrekening's), one form each. */
function StepSection({
  id,
  title,
  steps,
  cycle,
}: {
  id: string;
  title: string;
  steps: BegrotingStep[];
  cycle: { id: string; version: number };
}) {
  if (!steps.length) return null;
  return (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {steps.map((step) => (
        <BegrotingStapForm
          key={`${step}-${cycle.version}`}
          procedureId={cycle.id}
          expectedVersion={cycle.version}
          step={step}
          action={begrotingStapAction}
        />
      ))}
    </section>
  );
}
