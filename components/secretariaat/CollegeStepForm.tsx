"use client";

import {
  DateField,
  ErrorSummary,
  StatusMessage,
  SubmitButton,
  TextboxField,
  type FormDataAction,
  useActionForm,
  warningsOf,
} from "@/components/ui/form";
import { collegeStepSchema } from "@/lib/validation/college-step";
import { versionedFormData } from "./form-data";
import { emptyToUndefined } from "./RegionalStepForm";

type Values = Record<string, string>;
export type CollegeStepAction = FormDataAction;
type CollegeStep = "voorgenomen_besluit_genomen" | "collegebesluit_genomen" | "ondertekend" | "besluit_bekendgemaakt";

export const COLLEGE_STEP_LABELS: Record<CollegeStep, string> = {
  voorgenomen_besluit_genomen: "Voorgenomen collegebesluit registreren",
  collegebesluit_genomen: "Collegebesluit registreren",
  ondertekend: "Ondertekening registreren",
  besluit_bekendgemaakt: "Bekendmaking van het eigen besluit registreren",
};

const DATE_LABELS: Record<CollegeStep, string> = {
  voorgenomen_besluit_genomen: "Datum van het voorgenomen besluit",
  collegebesluit_genomen: "Besluitdatum",
  ondertekend: "Datum van ondertekening",
  besluit_bekendgemaakt: "Publicatiedatum",
};

/** The optional text field per step: besluitnummer of the collegebesluit, vindplaats of the bekendmaking. */
const EXTRA_FIELD: Partial<Record<CollegeStep, { name: string; label: string }>> = {
  voorgenomen_besluit_genomen: { name: "besluitnummer", label: "Besluitnummer (niet verplicht)" },
  collegebesluit_genomen: { name: "besluitnummer", label: "Besluitnummer (niet verplicht)" },
  besluit_bekendgemaakt: { name: "reference", label: "Vindplaats, bijvoorbeeld het Gemeenteblad (niet verplicht)" },
};

/** The college's next step for one gemeente (collegebesluit, ondertekening, eigen bekendmaking). */
export function CollegeStepForm(props: {
  procedureId: string;
  participantId: string;
  gemeente: string;
  step: CollegeStep;
  expectedVersion: number;
  action: CollegeStepAction;
  /** Set when a parent keeps the message of the save: the next step's form replaces this one after a save. */
  onDone?: (warnings: string[]) => void;
}) {
  const { procedureId, participantId, gemeente, step, expectedVersion, action, onDone } = props;
  const formId = step === "voorgenomen_besluit_genomen" ? `voornemen-${participantId}` : `college-${participantId}`;
  const extra = EXTRA_FIELD[step];
  const f = useActionForm<Values>({
    formId,
    schema: collegeStepSchema,
    defaultValues: { step, procedureId, participantId },
    submit: (values) => action(versionedFormData(values, expectedVersion)),
    only: ["date", "besluitnummer", "reference"],
    onSaved: (res) => onDone?.(warningsOf(res)),
  });

  return (
    <form method="post" className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        {gemeente}: {COLLEGE_STEP_LABELS[step]}
      </h3>
      <ErrorSummary {...f.summary} />
      {f.saved && !onDone ? <StatusMessage warnings={f.warnings}>De stap is geregistreerd.</StatusMessage> : null}
      <input type="hidden" {...f.register("step")} />
      <input type="hidden" {...f.register("procedureId")} />
      <input type="hidden" {...f.register("participantId")} />
      <DateField label={DATE_LABELS[step]} {...f.field("date", { setValueAs: emptyToUndefined })} />
      {extra ? <TextboxField label={extra.label} {...f.field(extra.name)} /> : null}
      <SubmitButton busy={f.busy} label={COLLEGE_STEP_LABELS[step]} busyLabel="Bezig…" />
    </form>
  );
}
