import { dvhAuditType } from "@/lib/audit/events/dienstverleningshandvest";
import { domainAuditType } from "@/lib/audit/catalogue";
import type { Prisma } from "@/generated/prisma/client";
import { transitionDvh, type Actor, type DvhEvent, type DvhState } from "@/lib/domain";
import { ConflictError, Refusal } from "@/lib/commands/errors";
import { appendAudit, recordWrites } from "./audit";

/**
 * Persistence of a DVH_ACTUALISEREN procedure. The handvest has no raad track (the colleges decide,
 * the raden are informed): the domain's whole state (lib/domain/procedures/dienstverleningshandvest.ts)
 * lives in Procedure.regional, versioned by Procedure.version. Like the other stores: lock → load →
 * domain transition → state, derived status and the typed audit event in the caller's transaction.
 */
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

export interface LoadedDvh {
  procedureId: string;
  documentId: string;
  state: DvhState;
  version: number;
}

export async function loadDvh(tx: Prisma.TransactionClient, procedureId: string): Promise<LoadedDvh | null> {
  const row = await tx.procedure.findUnique({ where: { id: procedureId } });
  if (row?.kind !== "DVH_ACTUALISEREN") return null;
  return {
    procedureId,
    documentId: row.documentId,
    state: row.regional as unknown as DvhState,
    version: row.version,
  };
}

export const DVH_NOT_FOUND = "Deze actualisatie van het Dienstverleningshandvest bestaat niet.";

/**
 * One step of the handvest in the runner's transaction. `expectedVersion` is the procedure's version
 * the form saw (a stale one throws ConflictError); the domain's refusal becomes a Refusal (rollback).
 */
export async function applyDvhStepInTx(
  tx: Prisma.TransactionClient,
  input: {
    procedureId: string;
    event: DvhEvent;
    actor: Actor;
    now: Date;
    expectedVersion?: number;
    /** The gemeente the step is about (college, raad), for the audit trail; null for the regional steps. */
    gemeenteId: string | null;
  },
): Promise<{ state: DvhState; version: number }> {
  await tx.$queryRaw`SELECT id FROM "Procedure" WHERE id = ${input.procedureId} FOR UPDATE`;
  const loaded = await loadDvh(tx, input.procedureId);
  if (!loaded) throw new Refusal(DVH_NOT_FOUND);
  if (input.expectedVersion !== undefined && input.expectedVersion !== loaded.version) throw new ConflictError();
  const result = transitionDvh(loaded.state, input.event, { actor: input.actor, now: input.now.toISOString() });
  if (!result.ok) throw new Refusal(result.message);
  const updated = await tx.procedure.updateMany({
    where: { id: input.procedureId, version: loaded.version },
    data: { regional: json(result.state), derivedState: result.state.status, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new ConflictError();
  recordWrites(tx, [{ table: "Procedure", id: input.procedureId }]);
  await appendAudit(
    tx,
    result.events.map((e) => ({
      type: domainAuditType(dvhAuditType(e.type as DvhEvent["type"])),
      actorId: e.actor.userId,
      actorRole: e.actor.role,
      gemeenteId: input.gemeenteId,
      subjectKind: "procedure",
      subjectId: input.procedureId,
      fromState: e.from,
      toState: e.to,
      payload: e.payload,
      at: new Date(e.at),
    })),
  );
  return { state: result.state, version: loaded.version + 1 };
}
