"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { StatusMessage } from "@/components/ui/form";
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
  // The forms remount after the refresh (their key carries the version), so the message of the last
  // save lives here: it stays on screen and keeps focus while the page shows the new state.
  const [saved, setSaved] = useState<{ count: number; step: RegionalStep; warnings: string[] } | null>(null);
  return (
    <>
      {saved ? (
        <StatusMessage key={saved.count} warnings={saved.warnings} testId="stap-opgeslagen">
          Geregistreerd: {REGIONAL_STEP_ACTIONS[saved.step].toLowerCase()}. Hieronder ziet u de nieuwe stand en de
          volgende stap.
        </StatusMessage>
      ) : null}
      {props.steps.map((step) => (
        <RegionalStepForm
          key={`${step}-${props.expectedVersion}`}
          procedureId={props.procedureId}
          step={step}
          expectedVersion={props.expectedVersion}
          versions={props.versions}
          publishers={props.publishers}
          action={props.action}
          onDone={(warnings) => {
            setSaved((prev) => ({ count: (prev?.count ?? 0) + 1, step, warnings }));
            router.refresh();
          }}
        />
      ))}
    </>
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
