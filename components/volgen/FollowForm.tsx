"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type Resolver, useForm } from "react-hook-form";
import {
  ChoiceField,
  ChoiceGroup,
  ErrorSummary,
  StatusMessage,
  SubmitButton,
  type FormDataAction,
  toFormData,
  useSubmitFeedback,
} from "@/components/ui/form";
import { followSettingsSchema } from "@/lib/validation/follow";

type Values = { regelingIds: string[]; digest: boolean };
export type FollowAction = FormDataAction;

/** Which regelingen to follow and whether to get the weekly e-mail digest (opt-in). */
export function FollowForm({
  regelingen,
  digestOptIn,
  action,
}: {
  regelingen: { id: string; naam: string; followed: boolean }[];
  digestOptIn: boolean;
  action: FollowAction;
}) {
  const feedback = useSubmitFeedback();
  const {
    register,
    handleSubmit,
    formState: { isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(followSettingsSchema) as unknown as Resolver<Values>,
    defaultValues: { regelingIds: regelingen.filter((r) => r.followed).map((r) => r.id), digest: digestOptIn },
  });
  async function onValid(values: Values) {
    feedback.start();
    feedback.settle(
      await action(toFormData({ regelingIds: values.regelingIds ?? [], digest: Boolean(values.digest) })),
    );
  }
  return (
    <form method="post" className="grv-form" noValidate onSubmit={handleSubmit(onValid, () => feedback.refuse())}>
      <ErrorSummary formId="volg" errors={[]} serverError={feedback.serverError} focusKey={feedback.focusKey} />
      {feedback.saved ? <StatusMessage warnings={feedback.warnings}>Uw keuzes zijn opgeslagen.</StatusMessage> : null}
      <ChoiceGroup
        kind="checkbox"
        id="volg-regelingen"
        optionId={(value) => `volg-${value}`}
        legend="Regelingen die ik volg"
        options={regelingen.map((r) => [r.id, r.naam] as const)}
        {...register("regelingIds")}
      />
      <ChoiceField
        kind="checkbox"
        id="volg-samenvatting"
        label="Stuur mij elke week een e-mail met de besluiten en termijnen van deze regelingen"
        {...register("digest")}
      />
      <SubmitButton busy={isSubmitting} label="Opslaan" />
    </form>
  );
}
