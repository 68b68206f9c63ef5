"use client";

import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { descriptionId, errorId } from "./ids";

export interface FieldFrame {
  /** The input's id: the label points at it and the error summary links to it. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
}

/** NL Design System form field: label, optional description, the input, and its inline error. */
export function Field({ id, label, description, error, children }: FieldFrame & { children: ReactNode }) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={
        description ? <FormFieldDescription id={descriptionId(id)}>{description}</FormFieldDescription> : undefined
      }
      errorMessage={error ? <FormFieldErrorMessage id={errorId(id)}>{error}</FormFieldErrorMessage> : undefined}
      input={children}
    />
  );
}
