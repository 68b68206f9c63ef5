"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import {
  ChoiceGroup,
  ErrorSummary,
  Fieldset,
  SelectField,
  StatusMessage,
  SubmitButton,
  TextboxField,
  fieldId,
  type FormDataAction,
  toFormData,
  useSubmitFeedback,
} from "@/components/ui/form";
import { BEHEER_SCHEMAS, type BeheerSchemaName } from "./schemas";

export type FieldSpec =
  | { name: string; label: string; type: "text" | "email" | "date" | "number"; hint?: string; value?: string }
  | { name: string; label: string; type: "select"; options: [string, string][]; hint?: string; value?: string };

/** What a save may return: the record to open, a one-time link to pass on, a message of its own. */
type Saved = { slug?: string; link?: string; melding?: string };

export interface ParticipantOption {
  gemeenteId: string;
  naam: string;
  scope: "" | "FULL" | "ADDENDUM";
  topics: string;
}

/**
 * One form for every beheer entity: checks with the service's own zod schema (BEHEER_SCHEMAS),
 * sends the values to the server action as FormData (JSON in `invoer`), shows an error summary (focused) or a status message
 * (focused, role=status) after every save, and refreshes the page so lists show the change.
 */
export function BeheerForm(props: {
  formId: string;
  title: string;
  submitLabel: string;
  schema: BeheerSchemaName;
  action: FormDataAction<Saved>;
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
  const feedback = useSubmitFeedback();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<Saved>({});
  const [busy, setBusy] = useState(false);

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
    feedback.start();
    const values = valuesOf(form);
    const check = BEHEER_SCHEMAS[props.schema].safeParse(values);
    if (!check.success) {
      const found: Record<string, string> = {};
      for (const issue of check.error.issues) found[fieldName(issue.path)] ??= issue.message;
      setErrors(found);
      feedback.refuse();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const res = await props.action(toFormData(values));
      if (!feedback.settle(res)) {
        const fieldErrors = Object.entries(res.ok ? {} : (res.fieldErrors ?? {}));
        setErrors(Object.fromEntries(fieldErrors.map(([k, v]) => [fieldName(k.split(".")), v])));
        return;
      }
      setSaved({ slug: res.slug, link: res.link, melding: res.melding });
      if (props.resetOnSuccess) form.reset();
      router.refresh();
    } finally {
      setBusy(false);
    }
  }

  const id = (name: string) => fieldId(formId, name);
  const summary = Object.entries(errors).map(([name, message]) => ({ id: id(name), message }));
  return (
    <form method="post" className="grv-form" noValidate aria-labelledby={`${formId}-kop`} onSubmit={onSubmit}>
      <h2 className="utrecht-heading-2" id={`${formId}-kop`}>
        {props.title}
      </h2>
      <ErrorSummary formId={formId} errors={summary} serverError={feedback.serverError} focusKey={feedback.focusKey} />
      {feedback.saved ? (
        // Refocus after the refresh re-renders the page with new props (see StatusMessage).
        <StatusMessage testId={`${formId}-status`} refocusKey={props.fields} warnings={feedback.warnings}>
          {saved.melding ?? props.success}{" "}
          {props.openHref && saved.slug ? <a href={props.openHref.replace("{slug}", saved.slug)}>Openen</a> : null}
          {saved.link ? (
            // A one-time link (invitation, password reset) for the beheerder to pass on; shown once.
            <>
              {" "}
              Eenmalige link (72 uur geldig): <code data-testid={`${formId}-link`}>{saved.link}</code>
            </>
          ) : null}
        </StatusMessage>
      ) : null}
      {props.fields.map((f) => {
        const common = {
          id: id(f.name),
          name: f.name,
          label: f.label,
          description: f.hint,
          error: errors[f.name],
          defaultValue: f.value ?? "",
        };
        return f.type === "select" ? (
          <SelectField key={f.name} {...common} options={f.options} />
        ) : (
          <TextboxField
            key={f.name}
            {...common}
            type={f.type === "number" ? "text" : f.type}
            inputMode={f.type === "number" ? "numeric" : undefined}
            autoComplete={f.type === "email" ? "email" : "off"}
          />
        );
      })}
      {props.participants ? (
        <Participants formId={formId} options={props.participants} error={errors.deelnemers} />
      ) : null}
      <SubmitButton busy={busy} label={props.submitLabel} />
    </form>
  );
}

/** "deelnemers.2.scopeTopics" and the like all point at the participants' fieldset. */
function fieldName(path: readonly PropertyKey[]): string {
  return path[0] === "deelnemers" ? "deelnemers" : String(path[0] ?? "_");
}

const SCOPES = [
  ["", "Doet niet mee"],
  ["FULL", "Volledig"],
  ["ADDENDUM", "Addendum"],
] as const;

function Participants({ formId, options, error }: { formId: string; options: ParticipantOption[]; error?: string }) {
  const id = fieldId(formId, "deelnemers");
  return (
    <Fieldset
      id={id}
      legend="Deelnemende gemeenten"
      error={error}
      description="Kies per gemeente of zij volledig deelneemt, via een addendum (alleen voor de genoemde onderwerpen) of niet."
    >
      {/* Focus target of the error summary's link. */}
      <span id={id} tabIndex={-1} />
      {options.length === 0 ? <p>Deze regio heeft nog geen gemeenten.</p> : null}
      {options.map((p) => (
        <ChoiceGroup
          key={p.gemeenteId}
          kind="radio"
          id={fieldId(formId, `scope-${p.gemeenteId}`)}
          optionId={(value) => fieldId(formId, `scope-${p.gemeenteId}-${value || "geen"}`)}
          legend={p.naam}
          name={`scope-${p.gemeenteId}`}
          options={SCOPES}
          defaultValue={p.scope}
        >
          <TextboxField
            id={fieldId(formId, `topics-${p.gemeenteId}`)}
            name={`topics-${p.gemeenteId}`}
            label={`Onderwerpen bij addendum (${p.naam})`}
            description="Gescheiden door komma's, bijvoorbeeld: Zorg, Veiligheid"
            defaultValue={p.topics}
          />
        </ChoiceGroup>
      ))}
    </Fieldset>
  );
}
