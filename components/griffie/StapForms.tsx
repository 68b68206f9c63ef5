"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  agenderingSchema,
  ontvangstSchema,
  zienswijzeIndienenSchema,
  type AgenderingInput,
  type OntvangstInput,
  type ZienswijzeIndienenInput,
} from "@/lib/validation/griffie/raad";
import { beleidskaderStapSchema, type BeleidskaderStapInput } from "@/lib/validation/griffie/beleidskader";
import {
  ErrorSummary,
  SubmitButton,
  TextInput,
  applyServerErrors,
  flattenErrors,
  focusSummary,
  toFormData,
  type SubmitAction,
} from "./fields";

interface Common {
  procedureId: string;
  participantId: string;
  expectedVersion: number;
  action: SubmitAction;
  onDone?: () => void;
}

function useServerSubmit(
  formId: string,
  action: SubmitAction,
  setError: (name: never, e: { type: string; message: string }) => void,
  onDone?: () => void,
) {
  const [serverError, setServerError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  async function send(values: unknown, file?: File | null) {
    setServerError(null);
    const res = await action(toFormData(values, file));
    if (res.ok) {
      setSaved(true);
      onDone?.();
      return;
    }
    applyServerErrors(res, setError);
    setServerError(res.message);
    focusSummary(formId);
  }
  return { serverError, saved, send };
}

/** Receipt of the ontwerp or the toestemmingsvoorstel at the griffie. */
export function OntvangstForm({ stap, ...p }: Common & { stap: OntvangstInput["stap"] }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<OntvangstInput>({
    resolver: zodResolver(ontvangstSchema),
    shouldFocusError: false,
    defaultValues: {
      procedureId: p.procedureId,
      participantId: p.participantId,
      expectedVersion: String(p.expectedVersion),
      stap,
      ontvangenOp: "",
    },
  });
  const f = `ontvangst-${stap}`;
  const { serverError, saved, send } = useServerSubmit(f, p.action, setError as never, p.onDone);
  const label =
    stap === "ontwerp"
      ? "Datum van ontvangst van het ontwerp door de griffie"
      : "Datum van ontvangst van het toestemmingsvoorstel";
  return (
    <form
      className="grv-form"
      noValidate
      onSubmit={handleSubmit(
        (v) => send(v),
        () => focusSummary(f),
      )}
      aria-label={stap === "ontwerp" ? "Ontvangst ontwerp" : "Ontvangst toestemmingsvoorstel"}
    >
      <ErrorSummary formId={f} errors={flattenErrors(errors, f)} serverError={serverError} />
      {saved ? <p role="status">Opgeslagen.</p> : null}
      <TextInput
        id={`${f}-ontvangenOp`}
        label={label}
        type="date"
        error={errors.ontvangenOp?.message}
        reg={register("ontvangenOp")}
        hint={
          stap === "ontwerp"
            ? "Met deze datum begint de wettelijke termijn van acht weken (Wgr art. 1 lid 3)."
            : undefined
        }
      />
      <SubmitButton busy={isSubmitting} label="Ontvangst registreren" />
    </form>
  );
}

/** The zienswijze or the toestemmingsvoorstel is on the agenda. */
export function AgenderingForm({ stap, ...p }: Common & { stap: AgenderingInput["stap"] }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AgenderingInput>({
    resolver: zodResolver(agenderingSchema),
    shouldFocusError: false,
    defaultValues: {
      procedureId: p.procedureId,
      participantId: p.participantId,
      expectedVersion: String(p.expectedVersion),
      stap,
      commissieDatum: "",
      raadDatum: "",
    },
  });
  const f = `agendering-${stap}`;
  const { serverError, saved, send } = useServerSubmit(f, p.action, setError as never, p.onDone);
  return (
    <form
      className="grv-form"
      noValidate
      onSubmit={handleSubmit(
        (v) => send(v),
        () => focusSummary(f),
      )}
      aria-label="Agendering"
    >
      <ErrorSummary formId={f} errors={flattenErrors(errors, f)} serverError={serverError} />
      {saved ? <p role="status">Opgeslagen.</p> : null}
      <TextInput
        id={`${f}-commissieDatum`}
        label="Datum commissievergadering (niet verplicht)"
        type="date"
        error={errors.commissieDatum?.message}
        reg={register("commissieDatum")}
      />
      <TextInput
        id={`${f}-raadDatum`}
        label="Datum raadsvergadering"
        type="date"
        error={errors.raadDatum?.message}
        reg={register("raadDatum")}
      />
      <SubmitButton busy={isSubmitting} label="Agendering registreren" />
    </form>
  );
}

/** The vastgestelde zienswijze was sent to the regional secretariat. */
export function IndienenForm({
  zienswijzeId,
  action,
  onDone,
}: {
  zienswijzeId: string;
  action: SubmitAction;
  onDone?: () => void;
}) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ZienswijzeIndienenInput>({
    resolver: zodResolver(zienswijzeIndienenSchema),
    shouldFocusError: false,
    defaultValues: { zienswijzeId, ingediendOp: "" },
  });
  const f = "indienen";
  const { serverError, saved, send } = useServerSubmit(f, action, setError as never, onDone);
  return (
    <form
      className="grv-form"
      noValidate
      onSubmit={handleSubmit(
        (v) => send(v),
        () => focusSummary(f),
      )}
      aria-label="Zienswijze indienen"
    >
      <ErrorSummary formId={f} errors={flattenErrors(errors, f)} serverError={serverError} />
      {saved ? <p role="status">Opgeslagen.</p> : null}
      <TextInput
        id={`${f}-ingediendOp`}
        label="Datum van indienen"
        type="date"
        error={errors.ingediendOp?.message}
        reg={register("ingediendOp")}
      />
      <SubmitButton busy={isSubmitting} label="Indienen registreren" />
    </form>
  );
}

/** Beleidskader: raadsvoorstel aangeboden, or geagendeerd for a raadsvergadering. */
export function BeleidskaderStapForm({ stap, ...p }: Common & { stap: BeleidskaderStapInput["stap"] }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<BeleidskaderStapInput>({
    resolver: zodResolver(beleidskaderStapSchema),
    shouldFocusError: false,
    defaultValues: {
      procedureId: p.procedureId,
      participantId: p.participantId,
      expectedVersion: String(p.expectedVersion),
      stap,
      datum: "",
    },
  });
  const f = `beleidskader-${stap}`;
  const { serverError, saved, send } = useServerSubmit(f, p.action, setError as never, p.onDone);
  const label =
    stap === "aangeboden"
      ? "Datum waarop het raadsvoorstel aan de raad is aangeboden"
      : "Datum van de raadsvergadering";
  return (
    <form
      className="grv-form"
      noValidate
      onSubmit={handleSubmit(
        (v) => send(v),
        () => focusSummary(f),
      )}
      aria-label={stap === "aangeboden" ? "Raadsvoorstel aangeboden" : "Raadsvoorstel geagendeerd"}
    >
      <ErrorSummary formId={f} errors={flattenErrors(errors, f)} serverError={serverError} />
      {saved ? <p role="status">Opgeslagen.</p> : null}
      <TextInput id={`${f}-datum`} label={label} type="date" error={errors.datum?.message} reg={register("datum")} />
      <SubmitButton
        busy={isSubmitting}
        label={stap === "aangeboden" ? "Aanbieding registreren" : "Agendering registreren"}
      />
    </form>
  );
}
