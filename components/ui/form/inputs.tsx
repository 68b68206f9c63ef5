"use client";

import {
  Select,
  SelectOption,
  Textarea,
  Textbox,
  type SelectProps,
  type TextareaProps,
  type TextboxProps,
} from "@utrecht/component-library-react";
import type { Ref } from "react";
import { Field, type FieldFrame } from "./Field";
import { describedBy } from "./ids";

/** Extra ids for aria-describedby (e.g. a policy paragraph above the field). */
type Frame = FieldFrame & { describedByExtra?: string };

function aria({ id, description, error, describedByExtra }: Frame) {
  return { id, invalid: Boolean(error), "aria-describedby": describedBy(id, description, error, describedByExtra) };
}

// The rest props go to the NL Design System input (react-hook-form's register() result included:
// React 19 passes `ref` as a prop, so the ref reaches the input).
export function TextboxField({
  id,
  label,
  description,
  error,
  describedByExtra,
  ...input
}: Frame & Omit<TextboxProps, "id"> & { ref?: Ref<HTMLInputElement> }) {
  return (
    <Field id={id} label={label} description={description} error={error}>
      <Textbox {...aria({ id, label, description, error, describedByExtra })} {...input} />
    </Field>
  );
}

export function DateField(props: Frame & Omit<TextboxProps, "id" | "type"> & { ref?: Ref<HTMLInputElement> }) {
  return <TextboxField type="date" {...props} />;
}

export function TextareaField({
  id,
  label,
  description,
  error,
  describedByExtra,
  ...input
}: Frame & Omit<TextareaProps, "id"> & { ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <Field id={id} label={label} description={description} error={error}>
      <Textarea {...aria({ id, label, description, error, describedByExtra })} {...input} />
    </Field>
  );
}

export type Options = readonly (readonly [value: string, label: string])[];

export function SelectField({
  id,
  label,
  description,
  error,
  describedByExtra,
  options,
  ...input
}: Frame & Omit<SelectProps, "id" | "children"> & { options: Options; ref?: Ref<HTMLSelectElement> }) {
  return (
    <Field id={id} label={label} description={description} error={error}>
      <Select {...aria({ id, label, description, error, describedByExtra })} {...input}>
        {options.map(([value, text]) => (
          <SelectOption key={value} value={value}>
            {text}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}

/** A file input (uncontrolled: the form reads the chosen file in onChange). */
export function FileField({
  id,
  label,
  description,
  error,
  describedByExtra,
  ...input
}: Frame & Omit<TextboxProps, "id" | "type">) {
  return (
    <Field id={id} label={label} description={description} error={error}>
      <Textbox
        type={"file" as TextboxProps["type"]}
        {...aria({ id, label, description, error, describedByExtra })}
        {...input}
      />
    </Field>
  );
}
