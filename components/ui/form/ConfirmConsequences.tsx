"use client";

import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { ChoiceField, Fieldset } from "./choices";

/**
 * The confirmation step of a far-reaching action, inside the form: what will happen, then a
 * required "Ik begrijp dat …" checkbox (the form's schema requires it: lib/validation/confirmation).
 * Plain HTML, so it works without JavaScript too; the error lands on the checkbox like any field.
 */
export function ConfirmConsequences({
  id,
  consequences,
  understood,
  error,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "value" | "defaultValue"> & {
  id: string;
  /** What the step changes, in plain words. */
  consequences: readonly ReactNode[];
  /** The text after "Ik begrijp dat". */
  understood: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}) {
  return (
    <Fieldset id={`${id}-gevolgen`} legend="Gevolgen van deze stap" error={error} className="grv-confirm">
      <ul>
        {consequences.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of sentences
          <li key={i}>{c}</li>
        ))}
      </ul>
      <ChoiceField
        kind="checkbox"
        id={id}
        label={`Ik begrijp dat ${understood}`}
        invalid={Boolean(error)}
        aria-describedby={error ? `${id}-gevolgen-fout` : undefined}
        {...input}
      />
    </Fieldset>
  );
}
