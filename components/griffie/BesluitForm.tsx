"use client";

import { Button, FormFieldErrorMessage } from "@utrecht/component-library-react";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import type { z } from "zod";
import { fail } from "@/lib/result";
import { pdfRequired, type PdfPolicy } from "@/lib/domain/pdf-requirement";
import {
  ChoiceField,
  ChoiceGroup,
  DateField,
  ErrorSummary,
  FileField,
  Fieldset,
  type FormDataAction,
  SelectField,
  StatusMessage,
  SubmitButton,
  TextareaField,
  TextboxField,
  fieldId,
  toFormData,
  useActionForm,
} from "@/components/ui/form";
import {
  TOESTEMMING_UITKOMSTEN,
  WEIGERINGSGRONDEN,
  WEIGERINGSGROND_LABELS,
  correctieSchema,
  geenZienswijzeSchema,
  toestemmingSchema,
  zienswijzeVaststellenSchema,
} from "@/lib/validation/griffie/raad";
import { BELEIDSKADER_UITKOMSTEN, beleidskaderBesluitSchema } from "@/lib/validation/griffie/beleidskader";
import { MOTIE_SOORTEN, MOTIE_UITKOMSTEN, type MotieInput } from "@/lib/validation/griffie/common";
import { tooLargeMessage, uploadMaxBytes } from "@/lib/storage/limits";

/** The default limit (the browser does not see the server's UPLOAD_MAX_BYTES). */
const CLIENT_UPLOAD_MAX_BYTES = uploadMaxBytes({});

export type BesluitMode = "zienswijze_vaststellen" | "geen_zienswijze" | "toestemming" | "correctie" | "beleidskader";

const SCHEMAS: Record<BesluitMode, z.ZodType> = {
  zienswijze_vaststellen: zienswijzeVaststellenSchema,
  geen_zienswijze: geenZienswijzeSchema,
  toestemming: toestemmingSchema,
  correctie: correctieSchema,
  beleidskader: beleidskaderBesluitSchema,
};

const SUBMIT_LABELS: Record<BesluitMode, string> = {
  zienswijze_vaststellen: "Vaststelling registreren",
  geen_zienswijze: "Besluit 'geen zienswijze' registreren",
  toestemming: "Besluit over toestemming registreren",
  correctie: "Correctie opslaan",
  beleidskader: "Besluit over het beleidskader registreren",
};

/** The form's text inputs (all start empty); the ids and track fields are set from the props. */
const TEXT_FIELDS = [
  "reden",
  "uitkomst",
  "weigeringsgrond",
  "motivering",
  "verwachteDatum",
  "besluitdatum",
  "besluitnummer",
  "stemmenVoor",
  "stemmenTegen",
  "zittingHebbendeLeden",
  "aanwezig",
] as const;
type IdField = "procedureId" | "participantId" | "expectedVersion" | "zienswijzeId" | "conceptVersion" | "besluitId";
/** Checkboxes of every raadsbesluit (Gemeentewet art. 20 lid 2, art. 29, art. 32a). */
const CHECKBOXES = [
  ["zonderStemming", "Aangenomen zonder stemming (hamerstuk); de stemmen hoeven dan niet ingevuld"],
  [
    "heropendeVergadering",
    "Opnieuw bijeengeroepen vergadering omdat eerder te weinig leden aanwezig waren (Gemeentewet art. 20, tweede lid)",
  ],
  ["griffierMedeondertekend", "De griffier heeft het besluit medeondertekend (Gemeentewet art. 32a)"],
] as const;
type Values = Record<(typeof TEXT_FIELDS)[number] | IdField | "documentVersionId", string> &
  Record<(typeof CHECKBOXES)[number][0], boolean> & { moties: MotieInput[] };

export interface BesluitFormProps {
  mode: BesluitMode;
  action: FormDataAction;
  procedureId?: string;
  participantId?: string;
  expectedVersion?: number;
  zienswijzeId?: string;
  /** Zienswijze vaststellen: the version of the draft shown on the page. */
  conceptVersion?: number;
  besluitId?: string;
  /** Which raadsbesluiten need their PDF (the regeling's setting; lib/domain/pdf-requirement.ts). */
  pdfPolicy?: PdfPolicy;
  /** Toestemming: the version(s) the raad may decide on; the first is preselected. */
  versions?: { id: string; label: string }[];
  onDone?: () => void;
}

/** The PDF is required where the Wgr or the regio asks for the besluit (the server checks the same rule). */
function isFileRequired(mode: BesluitFormProps["mode"], policy: PdfPolicy, uitkomst: string | undefined): boolean {
  if (mode === "correctie") return false;
  if (mode === "geen_zienswijze") return pdfRequired(policy, "geen_zienswijze");
  if (mode === "toestemming")
    return pdfRequired(policy, uitkomst === "AANGEHOUDEN" ? "toestemming_aangehouden" : "toestemming_verleend");
  return true;
}

const UITKOMST_LABELS: Record<string, string> = {
  VERLEEND: "Toestemming verleend",
  GEWEIGERD: "Toestemming geweigerd",
  AANGEHOUDEN: "Besluit aangehouden",
  VASTGESTELD: "Vastgesteld",
  GEAMENDEERD_VASTGESTELD: "Geamendeerd vastgesteld",
  VERWORPEN: "Verworpen",
};
const SOORT_LABELS: Record<string, string> = { MOTIE: "Motie", AMENDEMENT: "Amendement" };
const MOTIE_UITKOMST_LABELS: Record<string, string> = {
  AANGENOMEN: "Aangenomen",
  VERWORPEN: "Verworpen",
  INGETROKKEN: "Ingetrokken",
  AANGEHOUDEN: "Aangehouden",
};

/** A raadsbesluit: date, number, votes, moties/amendementen and the signed PDF; for toestemming also the outcome. */
export function BesluitForm({
  mode,
  action,
  versions = [],
  onDone,
  pdfPolicy = "BESLUITEN",
  ...ids
}: BesluitFormProps) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const formId = mode === "correctie" ? `correctie-${ids.besluitId}` : mode.replace("_", "-");
  const fid = (name: string) => fieldId(formId, name);

  function checkFile(values: Values): boolean {
    const fileRequired = isFileRequired(mode, pdfPolicy, values.uitkomst);
    if (!file) {
      if (fileRequired) setFileError("Voeg het ondertekende raadsbesluit toe als pdf-bestand.");
      return !fileRequired;
    }
    if (file.type && file.type !== "application/pdf") {
      setFileError("Het bestand is geen pdf. Voeg het raadsbesluit toe als pdf-bestand.");
      return false;
    }
    // A courtesy before a long upload; the server checks again (and decides, with UPLOAD_MAX_BYTES).
    if (file.size >= CLIENT_UPLOAD_MAX_BYTES) {
      setFileError(tooLargeMessage(CLIENT_UPLOAD_MAX_BYTES, file.size));
      return false;
    }
    setFileError(null);
    return true;
  }

  async function submit(values: Values) {
    if (!checkFile(values)) return fail(""); // the file error is shown at the file field
    try {
      const res = await action(toFormData(values, file));
      if (!res.ok && res.fieldErrors?.bestand) setFileError(res.fieldErrors.bestand);
      return res;
    } catch {
      // The request never reached the action, e.g. a body above the transport limit (413 from proxy.ts).
      const message =
        file && file.size >= CLIENT_UPLOAD_MAX_BYTES
          ? tooLargeMessage(CLIENT_UPLOAD_MAX_BYTES, file.size)
          : "Het opslaan is niet gelukt; probeer het opnieuw. Is het bestand misschien te groot?";
      return fail(message);
    }
  }

  const f = useActionForm<Values>({
    formId,
    schema: SCHEMAS[mode],
    defaultValues: {
      procedureId: ids.procedureId ?? "",
      participantId: ids.participantId ?? "",
      expectedVersion: String(ids.expectedVersion ?? 0),
      zienswijzeId: ids.zienswijzeId ?? "",
      conceptVersion: String(ids.conceptVersion ?? 0),
      besluitId: ids.besluitId ?? "",
      documentVersionId: versions[0]?.id ?? "",
      ...Object.fromEntries(TEXT_FIELDS.map((name) => [name, ""])),
      ...Object.fromEntries(CHECKBOXES.map(([name]) => [name, false])),
      moties: [],
    },
    submit,
    onSaved: () => onDone?.(),
  });
  const moties = useFieldArray({ control: f.control, name: "moties" });
  const uitkomst = f.watch("uitkomst");
  const fileRequired = isFileRequired(mode, pdfPolicy, uitkomst);
  const e = f.formState.errors;
  const summary = { ...f.summary, serverError: f.summary.serverError || null };
  if (fileError) summary.errors = [...summary.errors, { id: fid("bestand"), message: fileError }];
  const text = (name: keyof Values, label: string, numeric = false) => (
    <TextboxField label={label} inputMode={numeric ? "numeric" : undefined} {...f.field(name)} />
  );

  return (
    <form
      method="post"
      className="grv-form"
      noValidate
      aria-label={SUBMIT_LABELS[mode]}
      onSubmit={(ev) => {
        // The file is outside react-hook-form: check it on every attempt, also when a field is invalid.
        checkFile(f.getValues());
        return f.onSubmit(ev);
      }}
    >
      <ErrorSummary {...summary} />
      {f.saved ? <StatusMessage warnings={f.warnings}>Opgeslagen.</StatusMessage> : null}

      {mode === "correctie" ? (
        <TextareaField
          label="Reden van de correctie"
          description="De oorspronkelijke registratie blijft bewaard; de reden komt in het logboek."
          rows={3}
          {...f.field("reden")}
        />
      ) : null}

      {mode === "toestemming" ? (
        <SelectField
          label="Documentversie waarover de raad besloot"
          options={versions.map((v) => [v.id, v.label] as const)}
          {...f.field("documentVersionId")}
        />
      ) : null}

      {mode === "toestemming" || mode === "beleidskader" ? (
        <ChoiceGroup
          kind="radio"
          legend="Besluit van de raad"
          options={(mode === "beleidskader" ? BELEIDSKADER_UITKOMSTEN : TOESTEMMING_UITKOMSTEN).map(
            (u) => [u, UITKOMST_LABELS[u]] as const,
          )}
          {...f.field("uitkomst")}
        />
      ) : null}

      {mode === "toestemming" && uitkomst === "GEWEIGERD" ? (
        <SelectField
          label="Wettelijke grond voor de weigering"
          description="De Wgr (art. 1 lid 4) kent alleen strijd met het recht of met het algemeen belang. Weigerde de raad op een andere grond, kies dan 'andere grond': het besluit wordt vastgelegd met een waarschuwing."
          options={[["", "Kies een grond"], ...WEIGERINGSGRONDEN.map((g) => [g, WEIGERINGSGROND_LABELS[g]] as const)]}
          {...f.field("weigeringsgrond")}
        />
      ) : null}
      {mode === "toestemming" && (uitkomst === "GEWEIGERD" || uitkomst === "AANGEHOUDEN") ? (
        <TextareaField
          label={uitkomst === "GEWEIGERD" ? "Motivering van de weigering" : "Reden van aanhouden (niet verplicht)"}
          rows={4}
          {...f.field("motivering")}
        />
      ) : null}
      {mode === "toestemming" && uitkomst === "AANGEHOUDEN" ? (
        <DateField label="Verwachte nieuwe besluitdatum" {...f.field("verwachteDatum")} />
      ) : null}

      <DateField label="Datum van de raadsvergadering" {...f.field("besluitdatum")} />
      {text("besluitnummer", "Besluitnummer")}
      {text("stemmenVoor", "Stemmen voor", true)}
      {text("stemmenTegen", "Stemmen tegen", true)}
      {text("zittingHebbendeLeden", "Zitting hebbende leden (niet verplicht)", true)}
      {text("aanwezig", "Aanwezige leden volgens de presentielijst (niet verplicht)", true)}
      {CHECKBOXES.map(([name, label]) => {
        const { error, ...input } = f.field(name);
        return <ChoiceField key={name} kind="checkbox" label={label} invalid={Boolean(error)} {...input} />;
      })}

      <Fieldset legend="Moties en amendementen">
        {e.moties?.message || e.moties?.root?.message ? (
          <FormFieldErrorMessage id={fid("moties")} tabIndex={-1}>
            {e.moties?.message ?? e.moties?.root?.message}
          </FormFieldErrorMessage>
        ) : null}
        {moties.fields.length === 0 ? <p className="grv-muted">Geen moties of amendementen toegevoegd.</p> : null}
        {moties.fields.map((field, i) => {
          return (
            <Fieldset key={field.id} legend={`Motie of amendement ${i + 1}`}>
              <SelectField
                label="Soort"
                options={MOTIE_SOORTEN.map((s) => [s, SOORT_LABELS[s]] as const)}
                {...f.field(`moties.${i}.soort`)}
              />
              <TextboxField label="Titel" {...f.field(`moties.${i}.titel`)} />
              <TextboxField label="Indiener" {...f.field(`moties.${i}.indiener`)} />
              <SelectField
                label="Uitkomst"
                options={MOTIE_UITKOMSTEN.map((s) => [s, MOTIE_UITKOMST_LABELS[s]] as const)}
                {...f.field(`moties.${i}.uitkomst`)}
              />
              <Button type="button" appearance="secondary-action-button" onClick={() => moties.remove(i)}>
                Motie of amendement {i + 1} verwijderen
              </Button>
            </Fieldset>
          );
        })}
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => moties.append({ soort: "MOTIE", titel: "", indiener: "", uitkomst: "AANGENOMEN" })}
        >
          Motie of amendement toevoegen
        </Button>
      </Fieldset>

      <FileField
        id={fid("bestand")}
        label={
          mode === "correctie" ? "Gecorrigeerd raadsbesluit (pdf, niet verplicht)" : "Ondertekend raadsbesluit (pdf)"
        }
        error={fileError ?? undefined}
        description={
          fileRequired || mode === "correctie"
            ? "Alleen pdf-bestanden; maximaal 10 MB."
            : "Niet verplicht voor dit besluit. Alleen pdf-bestanden; maximaal 10 MB."
        }
        accept="application/pdf,.pdf"
        onChange={(ev) => {
          setFile(ev.target.files?.[0] ?? null);
          setFileError(null);
        }}
      />

      <SubmitButton busy={f.busy} label={SUBMIT_LABELS[mode]} />
    </form>
  );
}
