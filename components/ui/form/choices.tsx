"use client";

import {
  Checkbox,
  Fieldset as UtrechtFieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
} from "@utrecht/component-library-react";
import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import type { Options } from "./inputs";
import { describedBy, descriptionId, errorId } from "./ids";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type" | "value" | "defaultValue"> & {
  ref?: Ref<HTMLInputElement>;
};

/** A fieldset with its legend; `id` (when given) names its description and error. */
export function Fieldset({
  id,
  legend,
  description,
  error,
  className,
  children,
}: {
  id?: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <UtrechtFieldset
      invalid={Boolean(error)}
      className={className}
      aria-describedby={id ? describedBy(id, description, error) : undefined}
    >
      <FieldsetLegend>{legend}</FieldsetLegend>
      {id && description ? <FormFieldDescription id={descriptionId(id)}>{description}</FormFieldDescription> : null}
      {id && error ? <FormFieldErrorMessage id={errorId(id)}>{error}</FormFieldErrorMessage> : null}
      {children}
    </UtrechtFieldset>
  );
}

/** One checkbox or radio button with its label after it. */
export function ChoiceField({
  kind,
  id,
  label,
  value,
  invalid,
  ...input
}: InputProps & { kind: "radio" | "checkbox"; id: string; label: ReactNode; value?: string; invalid?: boolean }) {
  const Input = kind === "radio" ? RadioButton : Checkbox;
  return (
    <FormField
      type={kind}
      input={<Input id={id} value={value} invalid={invalid} aria-invalid={invalid || undefined} {...input} />}
      label={
        <FormLabel htmlFor={id} type={kind}>
          {label}
        </FormLabel>
      }
    />
  );
}

/**
 * A fieldset of radio buttons or checkboxes. `id` names the group (its error is `${id}-fout`);
 * the first option carries the group's id, so the error summary's link lands on it.
 */
export function ChoiceGroup({
  kind,
  id,
  legend,
  description,
  error,
  options,
  optionId = (value, i) => (i === 0 ? id : `${id}-${value || "geen"}`),
  defaultValue,
  children,
  ...input
}: InputProps & {
  kind: "radio" | "checkbox";
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: Options;
  optionId?: (value: string, index: number) => string;
  /** Uncontrolled forms: the checked value(s). */
  defaultValue?: string | string[];
  /** Extra content after the options (e.g. a field that belongs to the group). */
  children?: ReactNode;
}) {
  return (
    <Fieldset id={id} legend={legend} description={description} error={error}>
      {options.map(([value, label], i) => (
        <ChoiceField
          key={value}
          kind={kind}
          id={optionId(value, i)}
          value={value}
          label={label}
          invalid={Boolean(error)}
          defaultChecked={defaultValue === undefined ? undefined : [defaultValue].flat().includes(value)}
          {...input}
        />
      ))}
      {children}
    </Fieldset>
  );
}
