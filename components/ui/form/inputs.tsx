"use client";

import {
  Select,
  SelectOption,
  type SelectProps,
  Textarea,
  type TextareaProps,
  Textbox,
  type TextboxProps,
} from "@utrecht/component-library-react";
import type { ComponentType, Ref } from "react";
import { Field, type FieldFrame } from "./Field";
import { describedBy } from "./ids";

/** `describedByExtra`: more ids for aria-describedby (e.g. a policy paragraph above the field). */
type Frame = FieldFrame & { describedByExtra?: string };
type InputAria = { id: string; invalid: boolean; "aria-describedby"?: string };

/**
 * Wraps an NL Design System input in the kit's Field: the label points at it, and it is described
 * by its description and error. The rest props go to the input (react-hook-form's register()
 * result included: React 19 passes `ref` as a prop, so the ref reaches the input).
 */
function framed<P extends object>(Input: ComponentType<P & InputAria>) {
  return function FramedField({ id, label, description, error, describedByExtra, ...input }: Frame & Omit<P, "id">) {
    const aria: InputAria = {
      id,
      invalid: Boolean(error),
      "aria-describedby": describedBy(id, description, error, describedByExtra),
    };
    return (
      <Field id={id} label={label} description={description} error={error}>
        <Input {...aria} {...(input as P)} />
      </Field>
    );
  };
}

export const TextboxField = framed<TextboxProps & { ref?: Ref<HTMLInputElement> }>(Textbox);
export const TextareaField = framed<TextareaProps & { ref?: Ref<HTMLTextAreaElement> }>(Textarea);

export function DateField(props: Frame & Omit<TextboxProps, "id" | "type"> & { ref?: Ref<HTMLInputElement> }) {
  return <TextboxField type="date" {...props} />;
}

/** A file input (uncontrolled: the form reads the chosen file in onChange). */
export function FileField(props: Frame & Omit<TextboxProps, "id" | "type">) {
  return <TextboxField type={"file" as TextboxProps["type"]} {...props} />;
}

export type Options = readonly (readonly [value: string, label: string])[];

type SelectInputProps = Omit<SelectProps, "children"> & { options: Options; ref?: Ref<HTMLSelectElement> };
function OptionsSelect({ options, ...select }: SelectInputProps & InputAria) {
  return (
    <Select {...select}>
      {options.map(([value, text]) => (
        <SelectOption key={value} value={value}>
          {text}
        </SelectOption>
      ))}
    </Select>
  );
}

export const SelectField = framed<SelectInputProps>(OptionsSelect);
