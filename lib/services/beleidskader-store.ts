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
import { appendAudit, recordWrites } from "./audit";
import { ConflictError } from "./gr-procedure-store";

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

export interface BeleidskaderApplyInput {
  procedureId: string;
  participantId: string;
  event: BeleidskaderEvent;
  actor: Actor;
  expectedVersion?: number;
  now?: Date;
  extraWrites?: (tx: Prisma.TransactionClient, result: { state: BeleidskaderTrackState }) => Promise<void>;
}

export async function applyBeleidskaderCommand(
  db: Db,
  input: BeleidskaderApplyInput,
): Promise<BeleidskaderApplyResult> {
  return db.$transaction((tx) => applyBeleidskaderCommandInTx(tx, input), { maxWait: 30_000, timeout: 30_000 });
}

/** The same inside a caller's transaction (the command runner, lib/commands, opens it). */
export async function applyBeleidskaderCommandInTx(
  tx: Prisma.TransactionClient,
  input: BeleidskaderApplyInput,
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
  // The track was just bumped, so it is there; the lookup only gives its id.
  const written = all.find((t) => t.participantId === input.participantId);
  recordWrites(tx, [
    ...(written ? [{ table: "Track" as const, id: written.id }] : []),
    { table: "Procedure", id: input.procedureId },
  ]);
  // Row writes before the audit append, which takes the audit lock (see gr-procedure-store).
  if (input.extraWrites) await input.extraWrites(tx, { state: result.state });
  await appendAudit(
    tx,
    result.events.map((e) => ({
      type: `beleidskader_${e.type}`,
      actorId: e.actor.userId,
      actorRole: e.actor.role,
      gemeenteId: loaded.gemeenteId,
      subjectKind: e.subject.kind,
      subjectId: e.subject.id,
      fromState: e.from,
      toState: e.to,
      payload: e.payload,
      reason: e.reason ?? null,
      at: new Date(e.at),
    })),
  );
  return { ok: true, state: result.state, events: result.events };
}
