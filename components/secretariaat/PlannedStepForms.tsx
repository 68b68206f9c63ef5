"use client";

import {
  DateField,
  ErrorSummary,
  SelectField,
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
type Kind = "inwerkingtreding" | "vergadering";

const TITLES: Record<Kind, Record<Change, string>> = {
  inwerkingtreding: {
    plannen: "Inwerkingtreding plannen",
    verplaatsen: "Geplande inwerkingtreding verplaatsen",
    intrekken: "Geplande inwerkingtreding intrekken",
  },
  vergadering: {
    plannen: "Vergadering plannen",
    verplaatsen: "Geplande vergadering verplaatsen",
    intrekken: "Geplande vergadering intrekken",
  },
};

const DATE_TEXT: Record<Kind, { label: string; description: string }> = {
  inwerkingtreding: {
    label: "datum van inwerkingtreding",
    description:
      "Na de dag van bekendmaking (artikel 3:40 Awb). Op die dag wordt de inwerkingtreding vanzelf geregistreerd.",
  },
  vergadering: {
    label: "datum van de vergadering",
    description:
      "Op die dag wordt vanzelf geregistreerd dat de vergadering is gehouden. Het besluit dat erin valt, registreert u apart.",
  },
};

export interface PlannedStepFormProps {
  change: Change;
  /** What is planned: the inwerkingtreding (default) or a meeting (raadsvergadering or BOSD). */
  kind?: Kind;
  /** The procedure (plannen) or the planned step (verplaatsen, intrekken). */
  procedureId: string;
  plannedStepId?: string;
  expectedVersion: number;
  action: FormDataAction;
  /** Planning a meeting: the raden that can meet about the procedure. */
  raden?: { id: string; name: string }[];
}

/** Plan, move or withdraw a planned step (issue 15); the job records it as a fact on its day. */
export function PlannedStepForm({
  change,
  kind = "inwerkingtreding",
  procedureId,
  plannedStepId,
  expectedVersion,
  action,
  raden = [],
}: PlannedStepFormProps) {
  const formId =
    kind === "inwerkingtreding" ? `gepland-${change}` : `vergadering-${change}-${plannedStepId ?? "nieuw"}`;
  const title = TITLES[kind][change];
  const meetingPlan = kind === "vergadering" && change === "plannen";
  const f = useActionForm<Values>({
    formId,
    schema: changePlannedStepSchema,
    defaultValues:
      change === "plannen"
        ? { change, procedureId, step: meetingPlan ? "raadsvergadering" : "inwerkingtreding" }
        : { change, plannedStepId: plannedStepId ?? "" },
    submit: (values) => action(versionedFormData(values, expectedVersion)),
    only: ["step", "participantId", "plannedOn", "legalBasis", "reason"],
  });
  const dateText = DATE_TEXT[kind];
  return (
    <form className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        {title}
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>Opgeslagen.</StatusMessage> : null}
      <input type="hidden" {...f.register("change")} />
      {change === "plannen" ? <input type="hidden" {...f.register("procedureId")} /> : null}
      {change === "plannen" && !meetingPlan ? <input type="hidden" {...f.register("step")} /> : null}
      {change !== "plannen" ? <input type="hidden" {...f.register("plannedStepId")} /> : null}
      {meetingPlan ? (
        <>
          <SelectField
            label="Vergadering"
            options={[
              ["raadsvergadering", "Raadsvergadering van een deelnemende gemeente"],
              ["bosd_vergadering", "Vergadering van het BOSD"],
            ]}
            {...f.field("step")}
          />
          <SelectField
            label="Raad (bij een raadsvergadering)"
            options={[["", "Geen: vergadering van het BOSD"], ...raden.map((r) => [r.id, r.name] as const)]}
            {...f.field("participantId")}
          />
        </>
      ) : null}
      {change !== "intrekken" ? (
        <DateField
          label={`${change === "plannen" ? "Geplande" : "Nieuwe"} ${dateText.label}`}
          description={dateText.description}
          {...f.field("plannedOn", { setValueAs: emptyToUndefined })}
        />
      ) : null}
      {change === "plannen" ? (
        <TextareaField
          label="Grondslag van de datum"
          description={
            meetingPlan
              ? "Bijvoorbeeld de vergaderplanning of de agenda waarop de regeling staat."
              : 'Bijvoorbeeld de tekst van de bekendmaking: "treedt in werking met ingang van 1 januari 2027".'
          }
          rows={3}
          {...f.field("legalBasis")}
        />
      ) : (
        <TextareaField label="Reden" rows={3} {...f.field("reason")} />
      )}
      <SubmitButton busy={f.busy} label={title} busyLabel="Bezig…" />
    </form>
  );
}
