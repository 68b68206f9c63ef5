"use client";

import { KeptMessage } from "@/components/ui/form";
import {
  type CollegeStepAction,
  CollegeStepForm,
  COLLEGE_STEP_LABELS,
} from "@/components/secretariaat/CollegeStepForm";

type CollegeStep = Parameters<typeof CollegeStepForm>[0]["step"];

/**
 * The college's open steps for one regeling. After a save the next step's form replaces the saved one, so the
 * message of the last save lives here: it stays on screen, with focus, while the card shows the new state.
 */
export function CollegeStepControls(props: {
  procedureId: string;
  participantId: string;
  gemeente: string;
  steps: CollegeStep[];
  expectedVersion: number;
  action: CollegeStepAction;
}) {
  return (
    <KeptMessage<CollegeStep>
      testId="college-stap-opgeslagen"
      message={(step) => (
        <>
          De stap is geregistreerd. Vastgelegd: {COLLEGE_STEP_LABELS[step].replace(/ registreren$/, "").toLowerCase()}.
          Hieronder ziet u de nieuwe stand en de volgende stap.
        </>
      )}
    >
      {(report) =>
        props.steps.map((step) => (
          <CollegeStepForm
            key={`${step}-${props.expectedVersion}`}
            procedureId={props.procedureId}
            participantId={props.participantId}
            gemeente={props.gemeente}
            step={step}
            expectedVersion={props.expectedVersion}
            action={props.action}
            onDone={(warnings) => report(step, warnings)}
          />
        ))
      }
    </KeptMessage>
  );
}
