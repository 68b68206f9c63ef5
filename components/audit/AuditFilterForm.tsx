import type { ReactNode } from "react";
import { auditLabel, auditTypeChoices, isAuditEventType } from "@/lib/audit/catalogue";

export interface AuditFilterValues {
  wie?: string;
  soort?: string;
  onderwerp?: string;
  gemeente?: string;
  van?: string;
  tot?: string;
}

const FORM_ID = "auditfilter";
const idOf = (name: string) => `${FORM_ID}-${name}`;

/** Label, optional hint, inline error and the input; the input is described by hint and error. */
function Field({
  name,
  label,
  hint,
  error,
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  children: (describedBy: string | undefined) => ReactNode;
}) {
  const describedBy =
    [hint ? `${idOf(name)}-hint` : null, error ? `${idOf(name)}-fout` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text${error ? " utrecht-form-field--invalid" : ""}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={idOf(name)}>
          {label}
        </label>
      </div>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${idOf(name)}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${idOf(name)}-fout`}>
          {error}
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{children(describedBy)}</div>
    </div>
  );
}

const textbox = "utrecht-textbox utrecht-textbox--html-input";

/**
 * The audit view's filters as a plain GET form: it works without JavaScript, and the resulting
 * URL can be bookmarked or shared. The server validates and shows messages per field.
 */
export function AuditFilterForm({
  values,
  errors,
  gemeenten,
  actors = [],
}: {
  values: AuditFilterValues;
  errors: Record<string, string>;
  /** null: the user sees one gemeente only, so there is nothing to choose. */
  gemeenten: { slug: string; naam: string }[] | null;
  /** The accounts "Wie" offers: only those the viewer may see. */
  actors?: { email: string; naam: string }[];
}) {
  const errorList = Object.entries(errors).filter(([k]) => k !== "form" && k !== "na");
  return (
    <form method="get" action="/secretariaat/audit" className="grv-form" aria-label="Gebeurtenissen filteren">
      {errorList.length ? (
        <div className="grv-error-summary" role="alert" id={`${FORM_ID}-foutmeldingen`}>
          <p>
            <strong>Controleer de filters:</strong>
          </p>
          <ul>
            {errorList.map(([name, message]) => (
              <li key={name}>
                <a href={`#${idOf(name)}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Field name="wie" label="Wie (e-mailadres)" hint="Alleen wat deze gebruiker heeft gedaan." error={errors.wie}>
        {(d) => (
          <>
            <input
              id={idOf("wie")}
              name="wie"
              type="email"
              autoComplete="off"
              list={actors.length ? idOf("wie-lijst") : undefined}
              defaultValue={values.wie ?? ""}
              className={textbox}
              aria-describedby={d}
              aria-invalid={errors.wie ? true : undefined}
            />
            {actors.length ? (
              <datalist id={idOf("wie-lijst")}>
                {actors.map((a) => (
                  <option key={a.email} value={a.email}>
                    {a.naam}
                  </option>
                ))}
              </datalist>
            ) : null}
          </>
        )}
      </Field>
      <Field name="soort" label="Soort gebeurtenis" error={errors.soort}>
        {(d) => (
          <select
            id={idOf("soort")}
            name="soort"
            className="utrecht-select utrecht-select--html-select"
            defaultValue={values.soort ?? ""}
            aria-describedby={d}
            aria-invalid={errors.soort ? true : undefined}
          >
            <option value="">Alle soorten</option>
            {/* A bookmarked filter on an older type that is no longer in the catalogue keeps working. */}
            {values.soort && !isAuditEventType(values.soort) ? (
              <option value={values.soort}>{auditLabel(values.soort)}</option>
            ) : null}
            {auditTypeChoices().map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="onderwerp"
        label="Onderwerp (nummer)"
        hint="Het nummer van een procedure, zienswijze of besluit; ook de sporen van een procedure worden gevonden."
        error={errors.onderwerp}
      >
        {(d) => (
          <input
            id={idOf("onderwerp")}
            name="onderwerp"
            type="text"
            defaultValue={values.onderwerp ?? ""}
            className={textbox}
            aria-describedby={d}
            aria-invalid={errors.onderwerp ? true : undefined}
          />
        )}
      </Field>
      {gemeenten ? (
        <Field name="gemeente" label="Gemeente" error={errors.gemeente}>
          {(d) => (
            <select
              id={idOf("gemeente")}
              name="gemeente"
              className="utrecht-select utrecht-select--html-select"
              defaultValue={values.gemeente ?? ""}
              aria-describedby={d}
              aria-invalid={errors.gemeente ? true : undefined}
            >
              <option value="">Alle gemeenten</option>
              {gemeenten.map((g) => (
                <option key={g.slug} value={g.slug}>
                  {g.naam}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field name="van" label="Vanaf datum" hint="Laat leeg om vanaf het begin te zoeken." error={errors.van}>
        {(d) => (
          <input
            id={idOf("van")}
            name="van"
            type="date"
            defaultValue={values.van ?? ""}
            className={textbox}
            aria-describedby={d}
            aria-invalid={errors.van ? true : undefined}
          />
        )}
      </Field>
      <Field name="tot" label="Tot en met datum" hint="Laat leeg om tot en met vandaag te zoeken." error={errors.tot}>
        {(d) => (
          <input
            id={idOf("tot")}
            name="tot"
            type="date"
            defaultValue={values.tot ?? ""}
            className={textbox}
            aria-describedby={d}
            aria-invalid={errors.tot ? true : undefined}
          />
        )}
      </Field>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          Filter toepassen
        </button>{" "}
        <a href="/secretariaat/audit">Alle filters wissen</a>
      </div>
    </form>
  );
}
