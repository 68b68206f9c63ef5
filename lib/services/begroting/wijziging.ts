import type { Prisma } from "@/generated/prisma/client";
import { ConflictError, Refusal, defineCommand, type Tx } from "@/lib/commands";
import { domainAuditType } from "@/lib/audit/catalogue";
import { wijzigingAuditType } from "@/lib/audit/events/begrotingswijziging";
import {
  createBegrotingswijziging,
  transitionBegrotingswijziging,
  type Actor,
  type BegrotingswijzigingEvent,
  type IsoDate,
} from "@/lib/domain";
import {
  wijzigingAntwoordSchema,
  wijzigingCreateSchema,
  wijzigingStepSchema,
  wijzigingZienswijzeSchema,
} from "@/lib/validation/begrotingswijziging";
import { appendAudit, recordWrites } from "../audit";
import { lockBegroting, requireBegrotingParticipant, type LoadedBegroting } from "./store";
import { wijzigingenOf, type StoredWijziging, type WijzigingPunt } from "./wijziging-state";

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

interface StepOpts {
  actor: Actor;
  now: Date;
  today: IsoDate;
  expectedVersion?: number;
}

async function saveWijzigingen(
  tx: Tx,
  loaded: LoadedBegroting,
  wijzigingen: StoredWijziging[],
  audit: Parameters<typeof appendAudit>[1],
) {
  await tx.procedure.update({
    where: { id: loaded.id },
    data: { regional: json({ ...loaded.state, wijzigingen }), version: { increment: 1 } },
  });
  recordWrites(tx, [{ table: "Procedure", id: loaded.id }]);
  await appendAudit(tx, audit);
}

/** One domain step on wijziging `nummer` of a locked cycle, stored with its audit event. */
async function applyWijzigingEvent(
  tx: Tx,
  loaded: LoadedBegroting,
  nummer: number,
  event: BegrotingswijzigingEvent,
  opts: StepOpts,
  punten?: { participantId: string; points: WijzigingPunt[] },
): Promise<StoredWijziging> {
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== loaded.version) throw new ConflictError();
  const list = wijzigingenOf(loaded.state);
  const index = list.findIndex((w) => w.nummer === nummer);
  if (index < 0) throw new Refusal(`Begrotingswijziging ${nummer} bestaat niet in deze begroting.`);
  const result = transitionBegrotingswijziging(list[index], event, {
    actor: opts.actor,
    now: opts.now.toISOString(),
    today: opts.today,
  });
  if (!result.ok) throw new Refusal(result.message);
  const next: StoredWijziging = { ...result.state, nummer };
  if (punten) next.punten = { ...next.punten, [punten.participantId]: punten.points };
  const audit = result.events.map((e) => ({
    type: domainAuditType(wijzigingAuditType(e.type as BegrotingswijzigingEvent["type"])),
    actorId: opts.actor.userId,
    actorRole: opts.actor.role,
    gemeenteId: opts.actor.gemeenteId,
    subjectKind: "procedure",
    subjectId: loaded.id,
    fromState: e.from,
    toState: e.to,
    payload: { ...(e.payload as object), wijziging: nummer },
    reason: e.reason,
    at: opts.now,
  }));
  await saveWijzigingen(tx, loaded, list.with(index, next), audit);
  return next;
}

/**
 * The secretariat creates a begrotingswijziging in a year's cycle, for the cycle's raden. The domain
 * decides from the regeling's own exemption categories (Regeling.wijzigingVrijstelling, art. 35 lid 5)
 * whether it skips the zienswijze procedure.
 */
export const addBegrotingswijziging = defineCommand({
  name: "addBegrotingswijziging",
  input: wijzigingCreateSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run({ tx, data, actor, now, expectedVersion }) {
    const loaded = await lockBegroting(tx, data.procedureId);
    if (expectedVersion !== undefined && expectedVersion !== loaded.version) throw new ConflictError();
    const regeling = await tx.regeling.findUniqueOrThrow({
      where: { id: loaded.regelingId },
      select: { wijzigingVrijstelling: true },
    });
    const list = wijzigingenOf(loaded.state);
    const nummer = Math.max(0, ...list.map((w) => w.nummer)) + 1;
    const state = createBegrotingswijziging({
      id: `${loaded.id}:wijziging:${nummer}`,
      year: loaded.state.year,
      titel: data.titel,
      ...(data.categorie ? { categorie: data.categorie } : {}),
      participants: loaded.state.participants,
      vrijstelling: { categorieen: regeling.wijzigingVrijstelling },
    });
    await saveWijzigingen(
      tx,
      loaded,
      [...list, { ...state, nummer }],
      [
        {
          type: "begroting_wijziging_aangemaakt",
          actorId: actor.userId,
          actorRole: actor.role,
          gemeenteId: null,
          subjectKind: "procedure",
          subjectId: loaded.id,
          fromState: null,
          toState: state.status,
          payload: {
            wijziging: nummer,
            titel: data.titel,
            ...(data.categorie ? { categorie: data.categorie } : {}),
            vrijgesteld: state.vrijgesteld,
          },
          at: now,
        },
      ],
    );
    return { nummer, vrijgesteld: state.vrijgesteld };
  },
});

/** The bestuur's steps on a wijziging, recorded by the secretariat: ontwerp to the raden, vaststelling. */
export const recordWijzigingStep = defineCommand({
  name: "recordWijzigingStep",
  input: wijzigingStepSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run({ tx, data, actor, now, today, expectedVersion }) {
    const loaded = await lockBegroting(tx, data.procedureId);
    const event: BegrotingswijzigingEvent =
      data.step === "wijziging_verzonden"
        ? {
            type: "wijziging_verzonden",
            sentOn: data.date,
            ...(data.aanbiedingOp ? { aanbiedingOn: data.aanbiedingOp } : {}),
          }
        : { type: "wijziging_vastgesteld", decidedOn: data.date };
    const w = await applyWijzigingEvent(tx, loaded, data.nummer, event, { actor, now, today, expectedVersion });
    return { nummer: w.nummer, status: w.status };
  },
});

/**
 * The griffier registers the own raad's decision on an ontwerpwijziging, as on the ontwerpbegroting: a
 * zienswijze in numbered points (each about a programme or a page), or geen zienswijze (art. 35 lid 3 via lid 5).
 */
export const submitWijzigingZienswijze = defineCommand({
  name: "submitWijzigingZienswijze",
  input: wijzigingZienswijzeSchema,
  permission: "zienswijze.vaststellen",
  target: "participant",
  async run({ tx, data, actor, now, today }) {
    const loaded = await lockBegroting(tx, data.procedureId);
    requireBegrotingParticipant(loaded, data.participantId);
    const event: BegrotingswijzigingEvent =
      data.soort === "geen"
        ? { type: "wijziging_geen_zienswijze", participantId: data.participantId, decidedOn: data.date }
        : {
            type: "wijziging_zienswijze",
            participantId: data.participantId,
            decidedOn: data.date,
            text: pointsText(data.points),
          };
    const points = data.soort === "zienswijze" ? { participantId: data.participantId, points: data.points } : undefined;
    const w = await applyWijzigingEvent(tx, loaded, data.nummer, event, { actor, now, today }, points);
    return { nummer: w.nummer, raad: w.raden[data.participantId].status };
  },
});

/** The numbered points as one text: "1. Onderwerp (verwijzing)\ntekst", as the domain stores a zienswijze. */
export function pointsText(points: { onderwerp: string; verwijzing: string; tekst: string }[]): string {
  return points
    .map((p, i) => `${i + 1}. ${p.onderwerp}${p.verwijzing ? ` (${p.verwijzing})` : ""}\n${p.tekst}`)
    .join("\n\n");
}

/** The bestuur answers one raad's zienswijze on a wijziging in writing, with reasons, before the vaststelling. */
export const answerWijzigingZienswijze = defineCommand({
  name: "answerWijzigingZienswijze",
  input: wijzigingAntwoordSchema,
  permission: "procedure.beheren",
  target: "regio",
  actors: "person-or-system",
  async run({ tx, data, actor, now, today }) {
    const loaded = await lockBegroting(tx, data.procedureId);
    const w = await applyWijzigingEvent(
      tx,
      loaded,
      data.nummer,
      {
        type: "wijziging_beantwoord",
        participantId: data.participantId,
        answeredOn: data.date,
        motivation: data.motivering,
      },
      { actor, now, today },
    );
    return { nummer: w.nummer, raad: w.raden[data.participantId].status };
  },
});
