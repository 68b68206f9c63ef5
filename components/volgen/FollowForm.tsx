"use client";

import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { followSettingsSchema } from "@/lib/validation/follow";

type Values = { regelingIds: string[]; digest: boolean };
export type FollowAction = (values: Values) => Promise<{ ok: true } | { ok: false; message: string }>;

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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(followSettingsSchema) as unknown as Resolver<Values>,
    defaultValues: { regelingIds: regelingen.filter((r) => r.followed).map((r) => r.id), digest: digestOptIn },
  });
  async function onValid(values: Values) {
    const res = await action({ regelingIds: values.regelingIds ?? [], digest: Boolean(values.digest) });
    setMessage(res.ok ? { ok: true, text: "Uw keuzes zijn opgeslagen." } : { ok: false, text: res.message });
  }
  return (
    <form className="grv-form" noValidate onSubmit={handleSubmit(onValid)}>
      {message ? (
        <div
          className={`utrecht-alert utrecht-alert--${message.ok ? "ok" : "error"}`}
          role={message.ok ? "status" : "alert"}
        >
          <div className="utrecht-alert__content">{message.text}</div>
        </div>
      ) : null}
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">Regelingen die ik volg</legend>
        {regelingen.map((r) => (
          <p key={r.id}>
            <input
              type="checkbox"
              id={`volg-${r.id}`}
              value={r.id}
              style={{ width: 24, height: 24, verticalAlign: "middle" }}
              {...register("regelingIds")}
            />{" "}
            <label htmlFor={`volg-${r.id}`}>{r.naam}</label>
          </p>
        ))}
      </fieldset>
      <p>
        <input
          type="checkbox"
          id="volg-samenvatting"
          style={{ width: 24, height: 24, verticalAlign: "middle" }}
          {...register("digest")}
        />{" "}
        <label htmlFor="volg-samenvatting">
          Stuur mij elke week een e-mail met de besluiten en termijnen van deze regelingen
        </label>
      </p>
      <div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={isSubmitting}>
          {isSubmitting ? "Bezig met opslaan…" : "Opslaan"}
        </button>
      </div>
    </form>
  );
}
