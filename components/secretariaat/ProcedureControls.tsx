"use client";

import { useRouter } from "next/navigation";
import { KeptMessage } from "@/components/ui/form";
import type { RegionalStep } from "@/lib/validation/regional-step";
import { RegionalStepForm, type RegionalStepAction } from "./RegionalStepForm";
import { PublishVersionForm, type PublishAction } from "./PublishVersionForm";
import { REGIONAL_STEP_ACTIONS } from "./labels";

/** The allowed regional steps; after a recorded step the page reloads its server data (new state, new version). */
export function ProcedureControls(props: {
  procedureId: string;
  steps: RegionalStep[];
  expectedVersion: number;
  versions: { id: string; label: string }[];
  publishers: { id: string; name: string }[];
  action: RegionalStepAction;
}) {
  const router = useRouter();
  // The forms remount after the refresh (their key carries the version): the message is kept outside them.
  return (
    <KeptMessage<RegionalStep>
      testId="stap-opgeslagen"
      message={(step) => (
        <>
          Geregistreerd: {REGIONAL_STEP_ACTIONS[step].toLowerCase()}. Hieronder ziet u de nieuwe stand en de volgende
          stap.
        </>
      )}
    >
      {(report) =>
        props.steps.map((step) => (
          <RegionalStepForm
            key={`${step}-${props.expectedVersion}`}
            procedureId={props.procedureId}
            step={step}
            expectedVersion={props.expectedVersion}
            versions={props.versions}
            publishers={props.publishers}
            action={props.action}
            onDone={(warnings) => {
              report(step, warnings);
              router.refresh();
            }}
          />
        ))
      }
    </KeptMessage>
  );
}

/** The publish-version form; reloads the version list after publishing. */
export function PublishControl({
  documentId,
  diffBase,
  action,
  initialText,
}: {
  documentId: string;
  diffBase: string;
  action: PublishAction;
  initialText?: string;
}) {
  const router = useRouter();
  return (
    <PublishVersionForm
      documentId={documentId}
      diffBase={diffBase}
      initialText={initialText}
      action={async (fd) => {
        const res = await action(fd);
        if (res.ok) router.refresh();
        return res;
      }}
    />
  );
}
