"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  type DefaultValues,
  type FieldPath,
  type FieldValues,
  get,
  type RegisterOptions,
  type Resolver,
  useForm,
} from "react-hook-form";
import type { z } from "zod";
import type { Result } from "@/lib/result";
import { flattenErrors, useSubmitFeedback } from "./feedback";
import { fieldId } from "./ids";

const messageAt = (errors: object, name: string): string | undefined => {
  const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
};

/**
 * react-hook-form with the zod schema the server parses too, wired to the kit: a failed check or a
 * refusal fills the error summary and focuses it; the server's field errors land on their fields.
 * `submit` sends the values to the server action and returns its Result.
 */
export function useActionForm<V extends FieldValues, T extends object = object>({
  formId,
  schema,
  defaultValues,
  submit,
  onSaved,
  only,
}: {
  formId: string;
  schema: z.ZodType;
  defaultValues: DefaultValues<V>;
  submit: (values: V) => Promise<Result<T>>;
  onSaved?: (result: { ok: true } & T, values: V) => void;
  /** The fields this form shows: the server's field errors for other paths stay out of the summary. */
  only?: readonly string[];
}) {
  const form = useForm<V>({
    resolver: zodResolver(schema as never) as unknown as Resolver<V>,
    shouldFocusError: false,
    defaultValues,
  });
  const feedback = useSubmitFeedback();
  const onSubmit = form.handleSubmit(
    async (values) => {
      feedback.start();
      const res = await submit(values);
      if (feedback.settle(res, form.setError as never, only)) onSaved?.(res, values);
    },
    () => feedback.refuse(),
  );
  const errors = form.formState.errors;
  return {
    ...form,
    feedback,
    onSubmit,
    saved: feedback.saved,
    warnings: feedback.warnings,
    busy: form.formState.isSubmitting,
    /** The message of one field ("points.0.tekst" works too). */
    err: (name: string) => messageAt(errors, name),
    /** Everything a kit field needs for one registered input: its id, its error, and register(). */
    field: (name: FieldPath<V>, options?: RegisterOptions<V, FieldPath<V>>) => ({
      id: fieldId(formId, name),
      error: messageAt(errors, name),
      ...form.register(name, options),
    }),
    /** Props for <ErrorSummary>. */
    summary: {
      formId,
      errors: flattenErrors(errors, formId),
      serverError: feedback.serverError,
      focusKey: feedback.focusKey,
    },
  };
}
