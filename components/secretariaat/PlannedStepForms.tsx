"use client";

import {
  DateField,
  ErrorSummary,
  StatusMessage,
  SubmitButton,
  TextareaField,
  type FormDataAction,
  useActionForm,
} from "@/components/ui/form";
import { changePlannedStepSchema } from "@/lib/validation/planned-step";
import { versionedFormData } from "./form-data";
import { emptyToUndefined } from "./RegionalStepForm";

type Values = Record<string, string>;
type Change = "plannen" | "verplaatsen" | "intrekken";

const TITLES: Record<Change, string> = {
  plannen: "Inwerkingtreding plannen",
  verplaatsen: "Geplande inwerkingtreding verplaatsen",
  intrekken: "Geplande inwerkingtreding intrekken",
};

export interface PlannedStepFormProps {
  change: Change;
  /** The procedure (plannen) or the planned step (verplaatsen, intrekken). */
  procedureId: string;
  plannedStepId?: string;
  expectedVersion: number;
  action: FormDataAction;
}

/** Plan, move or withdraw the inwerkingtreding (issue 15); the job records it as a fact on its day. */
export function PlannedStepForm({ change, procedureId, plannedStepId, expectedVersion, action }: PlannedStepFormProps) {
  const formId = `gepland-${change}`;
  const f = useActionForm<Values>({
    formId,
    schema: changePlannedStepSchema,
    defaultValues:
      change === "plannen"
        ? { change, procedureId, step: "inwerkingtreding" }
        : { change, plannedStepId: plannedStepId ?? "" },
    submit: (values) => action(versionedFormData(values, expectedVersion)),
    only: ["plannedOn", "legalBasis", "reason"],
  });
  return (
    <form className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        {TITLES[change]}
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>Opgeslagen.</StatusMessage> : null}
      <input type="hidden" {...f.register("change")} />
      {change === "plannen" ? (
        <>
          <input type="hidden" {...f.register("procedureId")} />
          <input type="hidden" {...f.register("step")} />
        </>
      ) : (
        <input type="hidden" {...f.register("plannedStepId")} />
      )}
      {change !== "intrekken" ? (
        <DateField
          label={change === "plannen" ? "Geplande datum van inwerkingtreding" : "Nieuwe datum van inwerkingtreding"}
          description="Na de dag van bekendmaking (artikel 3:40 Awb). Op die dag wordt de inwerkingtreding vanzelf geregistreerd."
          {...f.field("plannedOn", { setValueAs: emptyToUndefined })}
        />
      ) : null}
      {change === "plannen" ? (
        <TextareaField
          label="Grondslag van de datum"
          description='Bijvoorbeeld de tekst van de bekendmaking: "treedt in werking met ingang van 1 januari 2027".'
          rows={3}
          {...f.field("legalBasis")}
        />
      ) : (
        <TextareaField label="Reden" rows={3} {...f.field("reason")} />
      )}
      <SubmitButton busy={f.busy} label={TITLES[change]} busyLabel="Bezig…" />
    </form>
  );
}
