import type { Prisma } from "@/generated/prisma/client";
import { ConflictError, Refusal, type Tx } from "@/lib/commands";
import { domainAuditType } from "@/lib/audit/catalogue";
import { begrotingAuditType } from "@/lib/audit/events/begroting";
import {
  transitionBegroting,
  type Actor,
  type BegrotingEvent,
  type BegrotingEventType,
  type BegrotingState,
  type IsoDate,
} from "@/lib/domain";
import { appendAudit, recordWrites } from "../audit";

/**
 * Persistence of a BEGROTING_ZIENSWIJZE procedure (one per regeling per begrotingsjaar): the
 * domain's BegrotingState, the raden's states included, is the Procedure's `regional` JSON; the
 * procedure's version guards the secretariat's steps. Every step locks the row, re-runs the domain
 * transition on the stored state and writes state, version and audit event in the runner's transaction.
 */
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

export interface LoadedBegroting {
  id: string;
  regelingId: string;
  documentId: string;
  version: number;
  state: BegrotingState;
}

export async function lockBegroting(tx: Tx, procedureId: string): Promise<LoadedBegroting> {
  await tx.$queryRaw`SELECT id FROM "Procedure" WHERE id = ${procedureId} FOR UPDATE`;
  const row = await tx.procedure.findUnique({ where: { id: procedureId } });
  if (row?.kind !== "BEGROTING_ZIENSWIJZE") throw new Refusal("Deze begroting bestaat niet (meer).");
  return {
    id: row.id,
    regelingId: row.regelingId,
    documentId: row.documentId,
    version: row.version,
    state: row.regional as unknown as BegrotingState,
  };
}

/** A raad's step on a begroting (or one of its wijzigingen) only for a gemeente that takes part in that cycle. */
export function requireBegrotingParticipant(loaded: LoadedBegroting, participantId: string): void {
  if (!loaded.state.participants.some((p) => p.id === participantId))
    throw new Refusal("Deze gemeente neemt niet deel aan deze begroting.");
}

/** One or more domain steps on a locked begroting, stored with one audit event per step. */
export async function applyBegrotingEvents(
  tx: Tx,
  loaded: LoadedBegroting,
  events: BegrotingEvent[],
  opts: {
    actor: Actor;
    now: Date;
    today: IsoDate;
    expectedVersion?: number;
    /** Rows the step writes besides the state (before the audit event, so it records them). */
    extraWrites?: () => Promise<void>;
  },
): Promise<BegrotingState> {
  if (opts.expectedVersion !== undefined && opts.expectedVersion !== loaded.version) throw new ConflictError();
  let state = loaded.state;
  const audit: Parameters<typeof appendAudit>[1] = [];
  for (const event of events) {
    const result = transitionBegroting(state, event, {
      actor: opts.actor,
      now: opts.now.toISOString(),
      today: opts.today,
    });
    if (!result.ok) throw new Refusal(result.message);
    state = result.state;
    for (const e of result.events)
      audit.push({
        type: domainAuditType(begrotingAuditType(e.type as BegrotingEventType)),
        actorId: opts.actor.userId,
        actorRole: opts.actor.role,
        gemeenteId: opts.actor.gemeenteId,
        subjectKind: "procedure",
        subjectId: loaded.id,
        fromState: e.from,
        toState: e.to,
        payload: e.payload,
        reason: e.reason,
        at: opts.now,
      });
  }
  await tx.procedure.update({
    where: { id: loaded.id },
    data: { regional: json(state), derivedState: state.status, version: { increment: 1 } },
  });
  recordWrites(tx, [{ table: "Procedure", id: loaded.id }]);
  await opts.extraWrites?.();
  await appendAudit(tx, audit);
  return state;
}
