import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import {
  SYSTEM_ACTOR,
  createDvh,
  deriveBeleidskaderState,
  initialBeleidskaderTrack,
  isWithinScope,
  type Actor,
  type Participant as DomainParticipant,
} from "@/lib/domain";
import { appendAudit, recordWrites } from "./audit";
import { isGrProcedureKind, writeGrProcedureRecords } from "./gr-procedure-store";

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

export async function domainParticipants(
  db: Db | Prisma.TransactionClient,
  regelingId: string,
): Promise<DomainParticipant[]> {
  // A participant that has left (end-dated in beheer) gets no track in a new procedure.
  const rows = await db.participant.findMany({
    where: { regelingId, leftOn: null },
    include: { gemeente: { select: { naam: true } } },
  });
  return rows.map(domainParticipantOf);
}

/** A participant row (with its gemeente's name) as the domain sees it. */
export function domainParticipantOf(p: {
  id: string;
  scope: string;
  scopeTopics: string[];
  gemeente: { naam: string };
}): DomainParticipant {
  return {
    id: p.id,
    name: p.gemeente.naam,
    scope: p.scope === "FULL" ? "full" : "addendum",
    scopeTopics: p.scopeTopics,
  };
}

/**
 * Create a procedure of any kind with its per-participant tracks, from the domain's initial states,
 * inside the startProcedure command's transaction (beheer and the seed both run that command).
 */
export async function writeProcedureRecords(
  tx: Prisma.TransactionClient,
  input: { regelingId: string; documentId: string; kind: string; titel: string; actor?: Actor },
): Promise<string> {
  const actor = input.actor ?? SYSTEM_ACTOR;
  if (isGrProcedureKind(input.kind)) return writeGrProcedureRecords(tx, { ...input, actor });

  const document = await tx.document.findUniqueOrThrow({ where: { id: input.documentId } });
  const participants = await domainParticipants(tx, input.regelingId);
  const id = randomUUID();
  let regional: unknown;
  let derivedState: string;
  let tracks: Prisma.TrackCreateWithoutProcedureInput[] = [];
  if (input.kind === "BELEIDSKADER_VASTSTELLEN") {
    // Every raad in scope adopts the beleidskader itself; an addendum participant only for its topics.
    const inScope = participants.filter((p) => isWithinScope(p, document.topics));
    const states = inScope.map((p) => initialBeleidskaderTrack(id, p.id));
    regional = { topics: document.topics, participants };
    derivedState = deriveBeleidskaderState(states);
    tracks = states.map((s) => ({
      participant: { connect: { id: s.participantId } },
      kind: "RAAD",
      status: s.status,
      data: json(s),
    }));
  } else if (input.kind === "DVH_ACTUALISEREN") {
    const state = createDvh({ id, partOfRegeling: document.partOfRegeling, topics: document.topics, participants });
    regional = state;
    derivedState = state.status;
  } else {
    throw new Error(`Procedures van soort ${input.kind} worden nog niet ondersteund.`);
  }
  {
    const created = await tx.procedure.create({
      data: {
        id,
        regelingId: input.regelingId,
        documentId: input.documentId,
        kind: input.kind as "BELEIDSKADER_VASTSTELLEN",
        titel: input.titel,
        derivedState,
        regional: json(regional),
        tracks: { create: tracks },
      },
      select: { tracks: { select: { id: true } } },
    });
    recordWrites(tx, [
      { table: "Procedure", id },
      ...created.tracks.map((t) => ({ table: "Track" as const, id: t.id })),
    ]);
    await appendAudit(tx, [
      {
        type: "procedure_aangemaakt",
        actorId: actor.userId,
        actorRole: actor.role,
        gemeenteId: actor.gemeenteId,
        subjectKind: "procedure",
        subjectId: id,
        fromState: null,
        toState: derivedState,
        payload: { kind: input.kind, titel: input.titel, tracks: tracks.length },
      },
    ]);
  }
  return id;
}
