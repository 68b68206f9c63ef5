import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import {
  deriveBeleidskaderState,
  transitionBeleidskader,
  type Actor,
  type BeleidskaderEvent,
  type BeleidskaderTrackState,
  type DomainEvent,
  type Participant,
  type Refusal,
} from "@/lib/domain";
import { appendAudit, domainEventAudit, recordWrites } from "./audit";
import { ConflictError, TX_OPTIONS } from "@/lib/commands/errors";

/**
 * Persistence of a BELEIDSKADER_VASTSTELLEN procedure: one raad track per participant in scope
 * (Track.data holds the domain state). Like the GR store: load → domain transition → one
 * transaction with a version check on the track, the cached derived state, the audit event and
 * optional relational writes (the Besluit).
 */
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

export interface LoadedBeleidskaderTrack {
  procedureId: string;
  documentId: string;
  track: BeleidskaderTrackState;
  trackVersion: number;
  participant: Participant;
  topics: string[];
  gemeenteId: string;
}

export async function loadBeleidskaderTrack(
  db: Db | Prisma.TransactionClient,
  procedureId: string,
  participantId: string,
): Promise<LoadedBeleidskaderTrack | null> {
  const row = await db.track.findUnique({
    where: { procedureId_participantId_kind: { procedureId, participantId, kind: "RAAD" } },
    include: { procedure: true, participant: { select: { gemeenteId: true } } },
  });
  if (row?.procedure.kind !== "BELEIDSKADER_VASTSTELLEN") return null;
  const regional = row.procedure.regional as unknown as { topics: string[]; participants: Participant[] };
  const participant = regional.participants.find((p) => p.id === participantId);
  if (!participant) return null;
  return {
    procedureId,
    documentId: row.procedure.documentId,
    track: row.data as unknown as BeleidskaderTrackState,
    trackVersion: row.version,
    participant,
    topics: regional.topics,
    gemeenteId: row.participant.gemeenteId,
  };
}

export type BeleidskaderApplyResult = { ok: true; state: BeleidskaderTrackState; events: DomainEvent[] } | Refusal;

export interface BeleidskaderStepInput {
  procedureId: string;
  participantId: string;
  event: BeleidskaderEvent;
  actor: Actor;
  expectedVersion?: number;
  now?: Date;
  extraWrites?: (tx: Prisma.TransactionClient, result: { state: BeleidskaderTrackState }) => Promise<void>;
}

/** A beleidskader step in its own transaction (for callers not yet on the command runner). */
export function applyBeleidskaderCommand(db: Db, input: BeleidskaderStepInput): Promise<BeleidskaderApplyResult> {
  return db.$transaction((tx) => applyBeleidskaderCommandInTx(tx, input), TX_OPTIONS);
}

/**
 * A beleidskader step inside the caller's transaction (the command runner opens it): row lock,
 * version check on the own track, domain transition, the track, the derived state, the extra rows
 * and the audit events. A domain refusal is returned before anything is written; a stale version
 * throws ConflictError.
 */
export async function applyBeleidskaderCommandInTx(
  tx: Prisma.TransactionClient,
  input: BeleidskaderStepInput,
): Promise<BeleidskaderApplyResult> {
  // Lock the Procedure row first: the derived state below is computed from ALL tracks, so two
  // gemeenten registering at the same moment must not each derive it from the other's old status.
  // The version check itself stays per track (another gemeente's registration is no conflict).
  await tx.$queryRaw`SELECT id FROM "Procedure" WHERE id = ${input.procedureId} FOR UPDATE`;
  const loaded = await loadBeleidskaderTrack(tx, input.procedureId, input.participantId);
  if (!loaded)
    return { ok: false, code: "ongeldige_invoer", message: "Deze beleidskaderprocedure of deelnemer bestaat niet." };
  const version = input.expectedVersion ?? loaded.trackVersion;
  if (version !== loaded.trackVersion) throw new ConflictError();
  const now = input.now ?? new Date();
  const result = transitionBeleidskader(loaded.track, input.event, {
    actor: input.actor,
    now: now.toISOString(),
    participant: loaded.participant,
    topics: loaded.topics,
  });
  if (!result.ok) return result;
  const bumped = await tx.track.updateMany({
    where: { procedureId: input.procedureId, participantId: input.participantId, kind: "RAAD", version },
    data: { status: result.state.status, data: json(result.state), version: { increment: 1 } },
  });
  if (bumped.count !== 1) throw new ConflictError();
  const all = await tx.track.findMany({
    where: { procedureId: input.procedureId, kind: "RAAD" },
    select: { id: true, participantId: true, status: true },
  });
  const derived = deriveBeleidskaderState(all as { status: BeleidskaderTrackState["status"] }[]);
  await tx.procedure.update({
    where: { id: input.procedureId },
    data: { derivedState: derived, version: { increment: 1 } },
  });
  recordWrites(tx, [
    ...all.filter((t) => t.participantId === input.participantId).map((t) => ({ table: "Track" as const, id: t.id })),
    { table: "Procedure", id: input.procedureId },
  ]);
  // Row writes before the audit append, which takes the audit lock (see gr-procedure-store).
  if (input.extraWrites) await input.extraWrites(tx, { state: result.state });
  await appendAudit(
    tx,
    result.events.map((e) => domainEventAudit(e, `beleidskader_${e.type}`, loaded.gemeenteId)),
  );
  return { ok: true, state: result.state, events: result.events };
}
