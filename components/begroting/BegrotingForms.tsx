"use client";

import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import {
  ChoiceGroup,
  DateField,
  ErrorSummary,
  NumberedPoints,
  type FormDataAction,
  SelectField,
  StatusMessage,
  SubmitButton,
  TextareaField,
  TextboxField,
  toFormData,
  useActionForm,
  warningsOf,
} from "@/components/ui/form";
import { versionedFormData } from "@/components/secretariaat/form-data";
import { useSaveNotice } from "./SaveNotice";
import {
  begrotingAntwoordSchema,
  begrotingStartSchema,
  begrotingStepSchema,
  begrotingZienswijzeSchema,
  type BegrotingStep,
} from "@/lib/validation/begroting";
import { wijzigingAntwoordSchema, wijzigingZienswijzeSchema } from "@/lib/validation/begrotingswijziging";

type Values = Record<string, string>;

/** The secretariat starts the cycle of a regeling for a begrotingsjaar. */
export function BegrotingStartForm(props: {
  regelingen: readonly (readonly [string, string])[];
  jaar: number;
  action: FormDataAction;
}) {
  const router = useRouter();
  const f = useActionForm<Values>({
    formId: "begroting-start",
    schema: begrotingStartSchema,
    defaultValues: { regelingId: props.regelingen[0]?.[0] ?? "", jaar: String(props.jaar) },
    submit: (values) => props.action(toFormData(values)),
    onSaved: () => router.refresh(),
  });
  return (
    <form method="post" className="grv-form" noValidate aria-label="Begrotingscyclus starten" onSubmit={f.onSubmit}>
      <ErrorSummary {...f.summary} />
      {f.saved ? <StatusMessage>De begrotingscyclus is gestart.</StatusMessage> : null}
      <SelectField label="Regeling" options={props.regelingen} {...f.field("regelingId")} />
      <TextboxField label="Begrotingsjaar" inputMode="numeric" {...f.field("jaar")} />
      <SubmitButton busy={f.busy} label="Cyclus starten" />
    </form>
  );
}

const STEP_TEXT: Record<BegrotingStep, { title: string; date: string; saved: string }> = {
  kaders_verzonden: {
    title: "Kaders en voorlopige jaarrekening verzonden",
    date: "Datum van verzending aan de raden",
    saved: "De verzending van de kaders is vastgelegd.",
  },
  ontwerp_verzonden: {
    title: "Ontwerpbegroting naar de raden",
    date: "Datum van verzending aan de raden",
    saved: "De verzending van de ontwerpbegroting is vastgelegd.",
  },
  begroting_vastgesteld: {
    title: "Begroting vastgesteld",
    date: "Datum van vaststelling door het bestuur",
    saved: "De vaststelling is vastgelegd.",
  },
  naar_gs_verzonden: {
    title: "Begroting naar Gedeputeerde Staten",
    date: "Datum van verzending aan Gedeputeerde Staten",
    saved: "De verzending aan Gedeputeerde Staten is vastgelegd.",
  },
  voorlopige_jaarrekening_verzonden: {
    title: "Voorlopige jaarrekening naar de raden",
    date: "Datum van verzending aan de raden",
    saved: "De verzending van de voorlopige jaarrekening is vastgelegd.",
  },
  jaarrekening_vastgesteld: {
    title: "Jaarrekening vastgesteld",
    date: "Datum van vaststelling door het bestuur",
    saved: "De vaststelling van de jaarrekening is vastgelegd.",
  },
  jaarrekening_naar_gs: {
    title: "Jaarrekening naar Gedeputeerde Staten",
    date: "Datum van verzending aan Gedeputeerde Staten",
    saved: "De verzending van de jaarrekening aan Gedeputeerde Staten is vastgelegd.",
  },
};

const stringsOf = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** One step of the bestuur in the cycle; the form was computed from the cycle's version. */
export function BegrotingStapForm(props: {
  procedureId: string;
  expectedVersion: number;
  step: BegrotingStep;
  action: FormDataAction;
}) {
  const router = useRouter();
  const formId = `begroting-${props.step}`;
  const text = STEP_TEXT[props.step];
  const notify = useSaveNotice();
  const f = useActionForm<Values>({
    formId,
    schema: begrotingStepSchema,
    defaultValues: { step: props.step, procedureId: props.procedureId, date: "" },
    submit: (values) => props.action(versionedFormData(values, props.expectedVersion)),
    onSaved: (res) => {
      // recordBegrotingStep names its warnings (a late step) `waarschuwingen`.
      notify(text.saved, [...warningsOf(res), ...stringsOf((res as { waarschuwingen?: unknown }).waarschuwingen)]);
      router.refresh();
    },
  });
  return (
    <form method="post" className="grv-form" noValidate aria-labelledby={`${formId}-titel`} onSubmit={f.onSubmit}>
      <h3 className="utrecht-heading-3" id={`${formId}-titel`}>
        {text.title}
      </h3>
      <ErrorSummary {...f.summary} />
      <DateField label={text.date} {...f.field("date")} />
      {props.step === "ontwerp_verzonden" ? (
        <>
          <DateField
            label="Geplande aanbieding aan het algemeen bestuur (niet verplicht)"
            description="Ten minste twaalf weken na de verzending. Leeg: twaalf weken na de verzending."
            {...f.field("aanbiedingOp")}
          />
          <TextareaField label="Toelichting (niet verplicht)" rows={3} {...f.field("toelichting")} />
        </>
      ) : null}
      {props.step === "begroting_vastgesteld" || props.step === "jaarrekening_vastgesteld" ? (
        <TextboxField label="Besluitnummer (niet verplicht)" {...f.field("besluitnummer")} />
      ) : null}
      <SubmitButton busy={f.busy} label="Vastleggen" busyLabel="Bezig…" />
    </form>
  );
}

/**
 * The bestuur's written, reasoned answer to one raad's zienswijze; with `nummer`, to its zienswijze on that
 * begrotingswijziging (art. 35 lid 5: the same route as the ontwerpbegroting).
 */
export function BegrotingAntwoordForm(props: {
  procedureId: string;
  participantId: string;
  naam: string;
  nummer?: number;
  action: FormDataAction;
}) {
  const router = useRouter();
  const formId = `antwoord-${props.nummer ? `w${props.nummer}-` : ""}${props.participantId}`;
  const notify = useSaveNotice();
  const f = useActionForm<Values>({
    formId,
    schema: props.nummer ? wijzigingAntwoordSchema : begrotingAntwoordSchema,
    defaultValues: {
      procedureId: props.procedureId,
      participantId: props.participantId,
      ...(props.nummer ? { nummer: String(props.nummer) } : {}),
      date: "",
      motivering: "",
    },
    submit: (values) => props.action(toFormData(values)),
    onSaved: () => {
      notify(`Het antwoord aan ${props.naam} is vastgelegd.`);
      router.refresh();
    },
  });
  return (
    <form method="post" className="grv-form" noValidate aria-label={`Antwoord aan ${props.naam}`} onSubmit={f.onSubmit}>
      <ErrorSummary {...f.summary} />
      <DateField label={`Datum van het antwoord aan ${props.naam}`} {...f.field("date")} />
      <TextareaField label={`Antwoord en motivering aan ${props.naam}`} rows={4} {...f.field("motivering")} />
      <SubmitButton busy={f.busy} label={`Antwoord aan ${props.naam} vastleggen`} busyLabel="Bezig…" />
    </form>
  );
}

interface ZienswijzeValues {
  soort: "zienswijze" | "geen";
  procedureId: string;
  nummer?: string;
  participantId: string;
  date: string;
  besluitnummer: string;
  points: { onderwerp: string; verwijzing: string; tekst: string }[];
}
const emptyPoint = { onderwerp: "", verwijzing: "", tekst: "" };

/**
 * The griffier registers the raad's decision: a zienswijze in numbered points (programme or page), or none; with
 * `nummer`, on that begrotingswijziging (art. 35 lid 5), which has no besluitnummer field.
 */
export function BegrotingZienswijzeForm(props: {
  procedureId: string;
  participantId: string;
  nummer?: number;
  action: FormDataAction;
}) {
  const router = useRouter();
  const formId = props.nummer ? `wijziging-${props.nummer}-zienswijze` : "begroting-zienswijze";
  const notify = useSaveNotice();
  const f = useActionForm<ZienswijzeValues>({
    formId,
    schema: props.nummer ? wijzigingZienswijzeSchema : begrotingZienswijzeSchema,
    defaultValues: {
      soort: "zienswijze",
      procedureId: props.procedureId,
      ...(props.nummer ? { nummer: String(props.nummer) } : {}),
      participantId: props.participantId,
      date: "",
      besluitnummer: "",
      points: [emptyPoint],
    },
    submit: (values) => props.action(toFormData(values)),
    onSaved: () => {
      notify("Het besluit van de raad is vastgelegd.");
      router.refresh();
    },
  });
  const points = useFieldArray({ control: f.control, name: "points" });
  const soort = f.watch("soort");
  return (
    <form
      method="post"
      className="grv-form"
      noValidate
      aria-label={props.nummer ? `Besluit van de raad over wijziging ${props.nummer}` : "Besluit van de raad"}
      onSubmit={f.onSubmit}
    >
      <ErrorSummary {...f.summary} />
      <ChoiceGroup
        kind="radio"
        legend="Wat heeft de raad besloten?"
        options={[
          ["zienswijze", "De raad geeft een zienswijze"],
          ["geen", "De raad geeft geen zienswijze"],
        ]}
        {...f.field("soort")}
      />
      <DateField label="Datum van het raadsbesluit" {...f.field("date")} />
      {soort === "zienswijze" ? (
        <>
          {props.nummer ? null : <TextboxField label="Besluitnummer (niet verplicht)" {...f.field("besluitnummer")} />}
          <NumberedPoints
            keys={points.fields.map((p) => p.id)}
            fields={(i) => (
              <>
                <TextboxField label={`Onderwerp van punt ${i + 1}`} {...f.field(`points.${i}.onderwerp`)} />
                <TextboxField
                  label={`Programma of pagina van punt ${i + 1}`}
                  description="Bijvoorbeeld: Programma 2 Jeugd, of blz. 14. Leeg: de begroting als geheel."
                  {...f.field(`points.${i}.verwijzing`)}
                />
                <TextareaField label={`Tekst van punt ${i + 1}`} rows={4} {...f.field(`points.${i}.tekst`)} />
              </>
            )}
            onRemove={(i) => points.remove(i)}
            onAdd={() => points.append(emptyPoint)}
          />
        </>
      ) : null}
      <SubmitButton busy={f.busy} label="Besluit vastleggen" busyLabel="Bezig…" />
    </form>
  );
}
