"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import {
  ErrorSummary,
  Field,
  RADIO_SIZE,
  fieldId,
  focusSummary,
  inputProps,
  selectClass,
  textboxClass,
} from "@/components/secretariaat/fields";
import { BEHEER_SCHEMAS, type BeheerSchemaName } from "./schemas";

export type FieldSpec =
  | { name: string; label: string; type: "text" | "email" | "date" | "number"; hint?: string; value?: string }
  | { name: string; label: string; type: "select"; options: [string, string][]; hint?: string; value?: string };

export interface ParticipantOption {
  gemeenteId: string;
  naam: string;
  scope: "" | "FULL" | "ADDENDUM";
  topics: string;
}

type Result =
  | { ok: true; slug?: string; link?: string; melding?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

/**
 * One form for every beheer entity: checks with the service's own zod schema (BEHEER_SCHEMAS),
 * sends plain values to the server action, shows an error summary (focused) or a status message
 * (focused, role=status) after every save, and refreshes the page so lists show the change.
 */
export function BeheerForm(props: {
  formId: string;
  title: string;
  submitLabel: string;
  schema: BeheerSchemaName;
  action: (values: Record<string, unknown>) => Promise<Result>;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  participants?: ParticipantOption[];
  success: string;
  /** Where the saved record can be opened: `{slug}` is replaced by the saved slug. */
  openHref?: string;
  resetOnSuccess?: boolean;
}) {
  const { formId } = props;
  const router = useRouter();
  const statusRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ slug?: string; link?: string; melding?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // Move focus to the status message once it is rendered (and again after the refresh re-renders the page).
  // Only while focus is lost (body) or still in this form: a refresh that arrives after the user went on to
  // another form must not pull focus back here (e2e: the CSV form's status lost focus to this one).
  useEffect(() => {
    if (!saved) return;
    const active = document.activeElement;
    const form = statusRef.current?.closest("form");
    if (!active || active === document.body || form?.contains(active)) statusRef.current?.focus();
  }, [saved, props.participants, props.fields]);

  function valuesOf(form: HTMLFormElement): Record<string, unknown> {
    const fd = new FormData(form);
    const values: Record<string, unknown> = { ...props.hidden };
    for (const f of props.fields) values[f.name] = String(fd.get(f.name) ?? "");
    if (props.participants) {
      values.deelnemers = props.participants
        .map((p) => ({
          gemeenteId: p.gemeenteId,
          scope: String(fd.get(`scope-${p.gemeenteId}`) ?? ""),
          scopeTopics: String(fd.get(`topics-${p.gemeenteId}`) ?? ""),
        }))
        .filter((p) => p.scope === "FULL" || p.scope === "ADDENDUM");
    }
    return values;
  }

  async function onSubmit(ev: FormEvent<HTMLFormElement>) {
    ev.preventDefault();
    const form = ev.currentTarget;
    setSaved(null);
    setServerError(null);
    const values = valuesOf(form);
    const check = BEHEER_SCHEMAS[props.schema].safeParse(values);
    if (!check.success) {
      const found: Record<string, string> = {};
      for (const issue of check.error.issues) found[fieldName(issue.path)] ??= issue.message;
      setErrors(found);
      focusSummary(formId);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const res = await props.action(values);
      if (!res.ok) {
        setErrors(
          Object.fromEntries(Object.entries(res.fieldErrors ?? {}).map(([k, v]) => [fieldName(k.split(".")), v])),
        );
        setServerError(res.message);
        focusSummary(formId);
        return;
      }
      setSaved({ slug: res.slug, link: res.link, melding: res.melding });
      if (props.resetOnSuccess) form.reset();
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  const summary = Object.entries(errors).map(([name, message]) => ({ name, message }));
  return (
    <form className="grv-form" noValidate aria-labelledby={`${formId}-kop`} onSubmit={onSubmit}>
      <h2 className="utrecht-heading-2" id={`${formId}-kop`}>
        {props.title}
      </h2>
      <ErrorSummary formId={formId} errors={summary} serverError={serverError} />
      {saved ? (
        <div
          className="utrecht-alert utrecht-alert--ok"
          role="status"
          tabIndex={-1}
          ref={statusRef}
          data-testid={`${formId}-status`}
        >
          <div className="utrecht-alert__content">
            {saved.melding ?? props.success}{" "}
            {props.openHref && saved.slug ? <a href={props.openHref.replace("{slug}", saved.slug)}>Openen</a> : null}
            {saved.link ? (
              // A one-time link (invitation, password reset) for the beheerder to pass on; shown once.
              <>
                {" "}
                Eenmalige link (72 uur geldig): <code data-testid={`${formId}-link`}>{saved.link}</code>
              </>
            ) : null}
          </div>
        </div>
      ) : null}
      {props.fields.map((f) => (
        <Field key={f.name} formId={formId} name={f.name} label={f.label} error={errors[f.name]} hint={f.hint}>
          {f.type === "select" ? (
            <select
              name={f.name}
              defaultValue={f.value ?? ""}
              className={selectClass(errors[f.name])}
              {...inputProps(formId, f.name, errors[f.name], Boolean(f.hint))}
            >
              {f.options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          ) : (
            <input
              name={f.name}
              type={f.type === "number" ? "text" : f.type}
              inputMode={f.type === "number" ? "numeric" : undefined}
              defaultValue={f.value ?? ""}
              className={textboxClass(errors[f.name])}
              autoComplete={f.type === "email" ? "email" : "off"}
              {...inputProps(formId, f.name, errors[f.name], Boolean(f.hint))}
            />
          )}
        </Field>
      ))}
      {props.participants ? (
        <Participants formId={formId} options={props.participants} error={errors.deelnemers} />
      ) : null}
      <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
        {props.submitLabel}
      </button>
    </form>
  );
}

/** "deelnemers.2.scopeTopics" and the like all point at the participants' fieldset. */
function fieldName(path: readonly PropertyKey[]): string {
  return path[0] === "deelnemers" ? "deelnemers" : String(path[0] ?? "_");
}

function Participants({ formId, options, error }: { formId: string; options: ParticipantOption[]; error?: string }) {
  return (
    <fieldset
      className="utrecht-form-fieldset"
      aria-describedby={error ? `${fieldId(formId, "deelnemers")}-fout` : undefined}
    >
      <legend className="utrecht-form-fieldset__legend">Deelnemende gemeenten</legend>
      {/* Focus target of the error summary's link. */}
      <span id={fieldId(formId, "deelnemers")} tabIndex={-1} />
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${fieldId(formId, "deelnemers")}-fout`}>
          {error}
        </div>
      ) : null}
      <p className="utrecht-form-field-description">
        Kies per gemeente of zij volledig deelneemt, via een addendum (alleen voor de genoemde onderwerpen) of niet.
      </p>
      {options.length === 0 ? <p>Deze regio heeft nog geen gemeenten.</p> : null}
      {options.map((p) => (
        <fieldset key={p.gemeenteId} className="utrecht-form-fieldset grv-deelnemer">
          <legend className="utrecht-form-fieldset__legend">{p.naam}</legend>
          {(
            [
              ["", "Doet niet mee"],
              ["FULL", "Volledig"],
              ["ADDENDUM", "Addendum"],
            ] as const
          ).map(([value, label]) => {
            const id = fieldId(formId, `scope-${p.gemeenteId}-${value || "geen"}`);
            return (
              <span className="utrecht-form-field utrecht-form-field--radio grv-radio-inline" key={value}>
                <input
                  type="radio"
                  id={id}
                  name={`scope-${p.gemeenteId}`}
                  value={value}
                  defaultChecked={p.scope === value}
                  className="utrecht-radio-button utrecht-radio-button--html-input"
                  style={RADIO_SIZE}
                />{" "}
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
                  {label}
                </label>{" "}
              </span>
            );
          })}
          <Field
            formId={formId}
            name={`topics-${p.gemeenteId}`}
            label={`Onderwerpen bij addendum (${p.naam})`}
            hint="Gescheiden door komma's, bijvoorbeeld: Zorg, Veiligheid"
          >
            <input
              name={`topics-${p.gemeenteId}`}
              type="text"
              defaultValue={p.topics}
              className={textboxClass()}
              {...inputProps(formId, `topics-${p.gemeenteId}`, undefined, true)}
            />
          </Field>
        </fieldset>
      ))}
    </fieldset>
  );
}
