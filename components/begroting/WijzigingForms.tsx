"use client";

import { useRouter } from "next/navigation";
import {
  DateField,
  ErrorSummary,
  type FormDataAction,
  SubmitButton,
  TextboxField,
  useActionForm,
  warningsOf,
} from "@/components/ui/form";
import { versionedFormData } from "@/components/secretariaat/form-data";
import { useSaveNotice } from "./SaveNotice";
import { wijzigingCreateSchema, wijzigingStepSchema } from "@/lib/validation/begrotingswijziging";

type Values = Record<string, string>;

/** The secretariat creates a begrotingswijziging in the cycle (Wgr art. 35 lid 5). */
export function WijzigingAanmakenForm(props: {
  procedureId: string;
  expectedVersion: number;
  jaar: number;
  /** The categories the regeling exempts, shown as a hint (the domain decides). */
  vrijstelling: readonly string[];
  action: FormDataAction;
}) {
  const router = useRouter();
  const notify = useSaveNotice();
  const f = useActionForm<Values>({
    formId: "wijziging-aanmaken",
    schema: wijzigingCreateSchema,
    defaultValues: { procedureId: props.procedureId, titel: "", categorie: "" },
    submit: (values) => props.action(versionedFormData(values, props.expectedVersion)),
    onSaved: (res) => {
      const { nummer, vrijgesteld } = res as { nummer?: number; vrijgesteld?: boolean };
      notify(
        vrijgesteld
          ? `Begrotingswijziging ${nummer} is aangemaakt. De regeling zondert haar categorie uit van de zienswijzeprocedure: stel haar direct vast.`
          : `Begrotingswijziging ${nummer} is aangemaakt.`,
        warningsOf(res),
      );
      router.refresh();
    },
  });
  return (
    <form method="post" className="grv-form" noValidate aria-labelledby="wijziging-aanmaken-kop" onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id="wijziging-aanmaken-kop">
        Nieuwe begrotingswijziging {props.jaar}
      </h3>
      <ErrorSummary {...f.summary} />
      <TextboxField label="Titel van de wijziging" {...f.field("titel")} />
      <TextboxField
        label="Categorie (niet verplicht)"
        description={
          props.vrijstelling.length
            ? `De regeling zondert deze categorieën uit van de zienswijzeprocedure: ${props.vrijstelling.join(", ")}.`
            : "De regeling zondert geen categorieën uit: elke wijziging gaat voor een zienswijze naar de raden."
        }
        {...f.field("categorie")}
      />
      <SubmitButton busy={f.busy} label="Wijziging aanmaken" busyLabel="Bezig…" />
    </form>
  );
}

const STEP_TEXT = {
  wijziging_verzonden: {
    title: "Ontwerpwijziging naar de raden",
    date: "Datum van verzending aan de raden",
    saved: (n: number) => `De verzending van wijziging ${n} aan de raden is vastgelegd.`,
  },
  wijziging_vastgesteld: {
    title: "Wijziging vastgesteld",
    date: "Datum van vaststelling door het bestuur",
    saved: (n: number) => `De vaststelling van wijziging ${n} is vastgelegd.`,
  },
} as const;
export type WijzigingStep = keyof typeof STEP_TEXT;

/** One step of the bestuur on wijziging `nummer`; the form was computed from the cycle's version. */
export function WijzigingStapForm(props: {
  procedureId: string;
  expectedVersion: number;
  nummer: number;
  step: WijzigingStep;
  action: FormDataAction;
}) {
  const router = useRouter();
  const formId = `wijziging-${props.nummer}-${props.step}`;
  const text = STEP_TEXT[props.step];
  const notify = useSaveNotice();
  const f = useActionForm<Values>({
    formId,
    schema: wijzigingStepSchema,
    defaultValues: { step: props.step, procedureId: props.procedureId, nummer: String(props.nummer), date: "" },
    submit: (values) => props.action(versionedFormData(values, props.expectedVersion)),
    onSaved: (res) => {
      notify(text.saved(props.nummer), warningsOf(res));
      router.refresh();
    },
  });
  return (
    <form method="post" className="grv-form" noValidate aria-labelledby={`${formId}-kop`} onSubmit={f.onSubmit}>
      <h4 className="utrecht-heading-4" id={`${formId}-kop`}>
        {text.title} (wijziging {props.nummer})
      </h4>
      <ErrorSummary {...f.summary} />
      <DateField label={`${text.date} (wijziging ${props.nummer})`} {...f.field("date")} />
      {props.step === "wijziging_verzonden" ? (
        <DateField
          label={`Geplande aanbieding aan het algemeen bestuur (wijziging ${props.nummer}, niet verplicht)`}
          description="Ten minste twaalf weken na de verzending. Leeg: twaalf weken na de verzending."
          {...f.field("aanbiedingOp")}
        />
      ) : null}
      <SubmitButton busy={f.busy} label="Vastleggen" busyLabel="Bezig…" />
    </form>
  );
}
