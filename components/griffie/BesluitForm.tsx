"use client";

import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import type { z } from "zod";
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
import {
  ErrorSummary,
  Field,
  SubmitButton,
  TextInput,
  applyServerErrors,
  fieldId,
  flattenErrors,
  focusSummary,
  toFormData,
  type SubmitAction,
} from "./fields";
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

interface Values {
  procedureId: string;
  participantId: string;
  expectedVersion: string;
  zienswijzeId: string;
  conceptVersion: string;
  besluitId: string;
  documentVersionId: string;
  reden: string;
  uitkomst: string;
  weigeringsgrond: string;
  motivering: string;
  verwachteDatum: string;
  besluitdatum: string;
  besluitnummer: string;
  stemmenVoor: string;
  stemmenTegen: string;
  zittingHebbendeLeden: string;
  aanwezig: string;
  moties: MotieInput[];
}

export interface BesluitFormProps {
  mode: BesluitMode;
  action: SubmitAction;
  procedureId?: string;
  participantId?: string;
  expectedVersion?: number;
  zienswijzeId?: string;
  /** Zienswijze vaststellen: the version of the draft shown on the page. */
  conceptVersion?: number;
  besluitId?: string;
  /** Toestemming: the version(s) the raad may decide on; the first is preselected. */
  versions?: { id: string; label: string }[];
  onDone?: () => void;
}

const UITKOMST_LABELS: Record<string, string> = {
  VERLEEND: "Toestemming verleend",
  GEWEIGERD: "Toestemming geweigerd",
  AANGEHOUDEN: "Besluit aangehouden",
  VASTGESTELD: "Vastgesteld",
  GEAMENDEERD_VASTGESTELD: "Geamendeerd vastgesteld",
  VERWORPEN: "Verworpen",
};
/** WCAG 2.2 target size (2.5.8): radio buttons of at least 24 × 24 px. */
const RADIO_SIZE = { inlineSize: "24px", blockSize: "24px", margin: 0, verticalAlign: "middle" } as const;
const SOORT_LABELS: Record<string, string> = { MOTIE: "Motie", AMENDEMENT: "Amendement" };
const MOTIE_UITKOMST_LABELS: Record<string, string> = {
  AANGENOMEN: "Aangenomen",
  VERWORPEN: "Verworpen",
  INGETROKKEN: "Ingetrokken",
  AANGEHOUDEN: "Aangehouden",
};

/** A raadsbesluit: date, number, votes, moties/amendementen and the signed PDF; for toestemming also the outcome. */
export function BesluitForm({ mode, action, versions = [], onDone, ...ids }: BesluitFormProps) {
  const [serverError, setServerError] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const fileRequired = mode !== "correctie";
  const f = mode === "correctie" ? `correctie-${ids.besluitId}` : mode.replace("_", "-");
  const fid = (name: string) => fieldId(f, name);
  const {
    register,
    handleSubmit,
    setError,
    control,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(SCHEMAS[mode] as never) as unknown as Resolver<Values>,
    shouldFocusError: false,
    defaultValues: {
      procedureId: ids.procedureId ?? "",
      participantId: ids.participantId ?? "",
      expectedVersion: String(ids.expectedVersion ?? 0),
      zienswijzeId: ids.zienswijzeId ?? "",
      conceptVersion: String(ids.conceptVersion ?? 0),
      besluitId: ids.besluitId ?? "",
      documentVersionId: versions[0]?.id ?? "",
      reden: "",
      uitkomst: "",
      weigeringsgrond: "",
      motivering: "",
      verwachteDatum: "",
      besluitdatum: "",
      besluitnummer: "",
      stemmenVoor: "",
      stemmenTegen: "",
      zittingHebbendeLeden: "",
      aanwezig: "",
      moties: [],
    },
  });
  const moties = useFieldArray({ control, name: "moties" });
  const uitkomst = watch("uitkomst");

  function checkFile(): boolean {
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

  async function onValid(values: Values) {
    setServerError(null);
    if (!checkFile()) return focusSummary(f);
    let res: Awaited<ReturnType<typeof action>>;
    try {
      res = await action(toFormData(values, file));
    } catch {
      // The request never reached the action, e.g. a body above the transport limit (413 from proxy.ts).
      const message =
        file && file.size >= CLIENT_UPLOAD_MAX_BYTES
          ? tooLargeMessage(CLIENT_UPLOAD_MAX_BYTES, file.size)
          : "Het opslaan is niet gelukt; probeer het opnieuw. Is het bestand misschien te groot?";
      setServerError(message);
      return focusSummary(f);
    }
    if (res.ok) {
      setSaved(true);
      onDone?.();
      return;
    }
    applyServerErrors(res, setError as never);
    if (!res.ok && res.fieldErrors?.bestand) setFileError(res.fieldErrors.bestand);
    setServerError(res.message);
    focusSummary(f);
  }

  const summary = flattenErrors(errors, f);
  if (fileError) summary.push({ id: fid("bestand"), message: fileError });
  const e = errors;

  return (
    <form
      className="grv-form"
      noValidate
      aria-label={SUBMIT_LABELS[mode]}
      onSubmit={handleSubmit(onValid, () => {
        checkFile();
        focusSummary(f);
      })}
    >
      <ErrorSummary formId={f} errors={summary} serverError={serverError} />
      {saved ? <p role="status">Opgeslagen.</p> : null}

      {mode === "correctie" ? (
        <Field
          id={fid("reden")}
          label="Reden van de correctie"
          error={e.reden?.message}
          kind="textarea"
          hint="De oorspronkelijke registratie blijft bewaard; de reden komt in het logboek."
        >
          {(aria) => <textarea rows={3} {...aria} {...register("reden")} />}
        </Field>
      ) : null}

      {mode === "toestemming" ? (
        <Field
          id={fid("documentVersionId")}
          label="Documentversie waarover de raad besloot"
          error={e.documentVersionId?.message}
          kind="select"
        >
          {(aria) => (
            <select {...aria} {...register("documentVersionId")}>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}

      {mode === "toestemming" || mode === "beleidskader" ? (
        <fieldset className="utrecht-form-fieldset" aria-describedby={e.uitkomst ? fid("uitkomst-fout") : undefined}>
          <legend className="utrecht-form-fieldset__legend">Besluit van de raad</legend>
          {e.uitkomst ? (
            <div className="utrecht-form-field-error-message" id={fid("uitkomst-fout")}>
              {e.uitkomst.message}
            </div>
          ) : null}
          {(mode === "beleidskader" ? BELEIDSKADER_UITKOMSTEN : TOESTEMMING_UITKOMSTEN).map((u, i) => (
            <div key={u} className="utrecht-form-field utrecht-form-field--radio">
              <input
                type="radio"
                className="utrecht-radio-button"
                style={RADIO_SIZE}
                id={i === 0 ? fid("uitkomst") : fid(`uitkomst-${u}`)}
                value={u}
                {...register("uitkomst")}
              />{" "}
              <label
                className="utrecht-form-label utrecht-form-label--radio"
                htmlFor={i === 0 ? fid("uitkomst") : fid(`uitkomst-${u}`)}
              >
                {UITKOMST_LABELS[u]}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}

      {mode === "toestemming" ? (
        <>
          {uitkomst === "GEWEIGERD" ? (
            <Field
              id={fid("weigeringsgrond")}
              label="Wettelijke grond voor de weigering"
              error={e.weigeringsgrond?.message}
              kind="select"
              hint="Toestemming kan alleen worden geweigerd wegens strijd met het recht of het algemeen belang (Wgr art. 1 lid 4)."
            >
              {(aria) => (
                <select {...aria} {...register("weigeringsgrond")}>
                  <option value="">Kies een grond</option>
                  {WEIGERINGSGRONDEN.map((g) => (
                    <option key={g} value={g}>
                      {WEIGERINGSGROND_LABELS[g]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {uitkomst === "GEWEIGERD" || uitkomst === "AANGEHOUDEN" ? (
            <Field
              id={fid("motivering")}
              label={uitkomst === "GEWEIGERD" ? "Motivering van de weigering" : "Reden van aanhouden (niet verplicht)"}
              error={e.motivering?.message}
              kind="textarea"
            >
              {(aria) => <textarea rows={4} {...aria} {...register("motivering")} />}
            </Field>
          ) : null}
          {uitkomst === "AANGEHOUDEN" ? (
            <TextInput
              id={fid("verwachteDatum")}
              label="Verwachte nieuwe besluitdatum"
              type="date"
              error={e.verwachteDatum?.message}
              reg={register("verwachteDatum")}
            />
          ) : null}
        </>
      ) : null}

      <TextInput
        id={fid("besluitdatum")}
        label="Datum van de raadsvergadering"
        type="date"
        error={e.besluitdatum?.message}
        reg={register("besluitdatum")}
      />
      <TextInput
        id={fid("besluitnummer")}
        label="Besluitnummer"
        error={e.besluitnummer?.message}
        reg={register("besluitnummer")}
      />
      <TextInput
        id={fid("stemmenVoor")}
        label="Stemmen voor"
        inputMode="numeric"
        error={e.stemmenVoor?.message}
        reg={register("stemmenVoor")}
      />
      <TextInput
        id={fid("stemmenTegen")}
        label="Stemmen tegen"
        inputMode="numeric"
        error={e.stemmenTegen?.message}
        reg={register("stemmenTegen")}
      />
      <TextInput
        id={fid("zittingHebbendeLeden")}
        label="Zitting hebbende leden (niet verplicht)"
        inputMode="numeric"
        error={e.zittingHebbendeLeden?.message}
        reg={register("zittingHebbendeLeden")}
      />
      <TextInput
        id={fid("aanwezig")}
        label="Aanwezige leden volgens de presentielijst (niet verplicht)"
        inputMode="numeric"
        error={e.aanwezig?.message}
        reg={register("aanwezig")}
      />

      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Moties en amendementen</legend>
        {e.moties?.message || e.moties?.root?.message ? (
          <div className="utrecht-form-field-error-message" id={fid("moties")} tabIndex={-1}>
            {e.moties?.message ?? e.moties?.root?.message}
          </div>
        ) : null}
        {moties.fields.length === 0 ? <p className="grv-muted">Geen moties of amendementen toegevoegd.</p> : null}
        {moties.fields.map((field, i) => {
          const me = e.moties?.[i];
          return (
            <fieldset key={field.id} className="utrecht-form-fieldset">
              <legend className="utrecht-form-fieldset__legend">Motie of amendement {i + 1}</legend>
              <Field id={fid(`moties.${i}.soort`)} label="Soort" error={me?.soort?.message} kind="select">
                {(aria) => (
                  <select {...aria} {...register(`moties.${i}.soort`)}>
                    {MOTIE_SOORTEN.map((s) => (
                      <option key={s} value={s}>
                        {SOORT_LABELS[s]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <TextInput
                id={fid(`moties.${i}.titel`)}
                label="Titel"
                error={me?.titel?.message}
                reg={register(`moties.${i}.titel`)}
              />
              <TextInput
                id={fid(`moties.${i}.indiener`)}
                label="Indiener"
                error={me?.indiener?.message}
                reg={register(`moties.${i}.indiener`)}
              />
              <Field id={fid(`moties.${i}.uitkomst`)} label="Uitkomst" error={me?.uitkomst?.message} kind="select">
                {(aria) => (
                  <select {...aria} {...register(`moties.${i}.uitkomst`)}>
                    {MOTIE_UITKOMSTEN.map((s) => (
                      <option key={s} value={s}>
                        {MOTIE_UITKOMST_LABELS[s]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={() => moties.remove(i)}
              >
                Motie of amendement {i + 1} verwijderen
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => moties.append({ soort: "MOTIE", titel: "", indiener: "", uitkomst: "AANGENOMEN" })}
        >
          Motie of amendement toevoegen
        </button>
      </fieldset>

      <Field
        id={fid("bestand")}
        label={fileRequired ? "Ondertekend raadsbesluit (pdf)" : "Gecorrigeerd raadsbesluit (pdf, niet verplicht)"}
        error={fileError ?? undefined}
        hint="Alleen pdf-bestanden; maximaal 10 MB."
      >
        {(aria) => (
          <input
            type="file"
            accept="application/pdf,.pdf"
            id={aria.id}
            aria-invalid={aria["aria-invalid"]}
            aria-describedby={aria["aria-describedby"]}
            className="utrecht-textbox utrecht-textbox--html-input"
            onChange={(ev) => {
              setFile(ev.target.files?.[0] ?? null);
              setFileError(null);
            }}
          />
        )}
      </Field>

      <SubmitButton busy={isSubmitting} label={SUBMIT_LABELS[mode]} />
    </form>
  );
}
