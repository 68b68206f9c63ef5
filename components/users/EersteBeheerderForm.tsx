"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  ErrorSummary,
  Field,
  SubmitButton,
  applyServerErrors,
  fieldId,
  flattenErrors,
  focusSummary,
  type SubmitAction,
} from "@/components/griffie/fields";
import { PASSWORD_POLICY_TEXT } from "@/lib/validation/password";
import { eersteBeheerderSchema, type EersteBeheerderInput } from "@/lib/validation/eerste-beheerder";

const FORM = "eerste-beheerder";

/** The first beheerder: setup code, address, name and password (the server's schema checks here too). */
export function EersteBeheerderForm({ action }: { action: SubmitAction }) {
  const [serverError, setServerError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EersteBeheerderInput>({
    resolver: zodResolver(eersteBeheerderSchema),
    defaultValues: { code: "", email: "", naam: "", password: "", passwordHerhaald: "" },
    shouldFocusError: false,
  });
  const list = flattenErrors(errors, FORM);

  async function onValid(values: EersteBeheerderInput) {
    setServerError(null);
    const fd = new FormData();
    fd.set("invoer", JSON.stringify(values));
    const result = await action(fd);
    if (result?.ok === false) {
      applyServerErrors(result, setError as never);
      if (!result.fieldErrors) setServerError(result.message);
      focusSummary(FORM);
    }
  }

  return (
    <form className="grv-form" noValidate onSubmit={handleSubmit(onValid, () => focusSummary(FORM))}>
      <ErrorSummary formId={FORM} errors={list} serverError={serverError} />
      <Field id={fieldId(FORM, "code")} label="Installatiecode" error={errors.code?.message}>
        {(aria) => <input type="text" autoComplete="off" spellCheck={false} {...aria} {...register("code")} />}
      </Field>
      <Field id={fieldId(FORM, "email")} label="Uw e-mailadres" error={errors.email?.message}>
        {(aria) => <input type="email" autoComplete="email" {...aria} {...register("email")} />}
      </Field>
      <Field id={fieldId(FORM, "naam")} label="Uw naam" error={errors.naam?.message}>
        {(aria) => <input type="text" autoComplete="name" {...aria} {...register("naam")} />}
      </Field>
      <p className="utrecht-paragraph" id={`${FORM}-beleid`}>
        {PASSWORD_POLICY_TEXT}
      </p>
      <Field id={fieldId(FORM, "password")} label="Wachtwoord" error={errors.password?.message}>
        {(aria) => (
          <input
            type="password"
            autoComplete="new-password"
            {...aria}
            aria-describedby={[`${FORM}-beleid`, aria["aria-describedby"]].filter(Boolean).join(" ")}
            {...register("password")}
          />
        )}
      </Field>
      <Field
        id={fieldId(FORM, "passwordHerhaald")}
        label="Herhaal het wachtwoord"
        error={errors.passwordHerhaald?.message}
      >
        {(aria) => <input type="password" autoComplete="new-password" {...aria} {...register("passwordHerhaald")} />}
      </Field>
      <SubmitButton busy={isSubmitting} label="Beheerder aanmaken" busyLabel="Bezig met aanmaken…" />
    </form>
  );
}
