"use client";

import { useRouter } from "next/navigation";
import {
  DateField,
  ErrorSummary,
  type FormDataAction,
  SubmitButton,
  useActionForm,
  warningsOf,
} from "@/components/ui/form";
import { versionedFormData } from "@/components/secretariaat/form-data";
import { useSaveNotice } from "./SaveNotice";
import { begrotingPlanningSchema } from "@/lib/validation/begroting-planning";

type Values = Record<string, string>;
const stringsOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

const LABELS = {
  kadersOp: [
    "Kaders en voorlopige jaarrekening naar de raden",
    "Uiterlijk 30 april van het jaar ervoor (artikel 34b Wgr).",
  ],
  ontwerpOp: ["Ontwerpbegroting naar de raden", "Ten minste twaalf weken vóór de aanbieding (artikel 35 Wgr)."],
  aanbiedingOp: [
    "Aanbieding aan het algemeen bestuur",
    "Vergadering waarin het bestuur de ontwerpbegroting behandelt.",
  ],
  vaststellingOp: ["Vaststelling van de begroting", "In het jaar ervoor, vóór 15 september (artikel 34 Wgr)."],
  jaarrekeningOp: ["Vaststelling van de jaarrekening", "In het jaar erna, vóór 15 juli (artikel 34 Wgr)."],
} as const;

/** The secretariat sets or changes the planned dates of the bestuur for one begroting cycle. */
export function BegrotingPlanningForm(props: {
  procedureId: string;
  expectedVersion: number;
  values: Partial<Record<keyof typeof LABELS, string>>;
  action: FormDataAction;
}) {
  const router = useRouter();
  const notify = useSaveNotice();
  const f = useActionForm<Values>({
    formId: "begroting-planning",
    schema: begrotingPlanningSchema,
    defaultValues: {
      procedureId: props.procedureId,
      ...Object.fromEntries(Object.keys(LABELS).map((k) => [k, props.values[k as keyof typeof LABELS] ?? ""])),
    },
    submit: (values) => props.action(versionedFormData(values, props.expectedVersion)),
    onSaved: (res) => {
      notify("De jaarplanning is opgeslagen.", [
        ...warningsOf(res),
        ...stringsOf((res as { waarschuwingen?: unknown }).waarschuwingen),
      ]);
      router.refresh();
    },
  });
  return (
    <form
      method="post"
      className="grv-form"
      noValidate
      aria-labelledby="begroting-planning-titel"
      onSubmit={f.onSubmit}
    >
      <h3 className="utrecht-heading-3" id="begroting-planning-titel">
        Geplande data van het bestuur
      </h3>
      <ErrorSummary {...f.summary} />
      {(Object.keys(LABELS) as (keyof typeof LABELS)[]).map((k) => (
        <DateField key={k} label={`${LABELS[k][0]} (niet verplicht)`} description={LABELS[k][1]} {...f.field(k)} />
      ))}
      <SubmitButton busy={f.busy} label="Jaarplanning opslaan" />
    </form>
  );
}
