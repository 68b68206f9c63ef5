import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import {
  applyGrCommand,
  createGrProcedure,
  deriveRegelingState,
  type Actor,
  type CollegeTrackState,
  type DomainEvent,
  type GrCommand,
  type GrKind,
  type GrProcedureState,
  type Participant as DomainParticipant,
  type RaadTrackState,
  type Refusal,
} from "@/lib/domain";
import { appendAudit, domainEventAudit, recordWrites, type AuditInput } from "./audit";

/**
 * Persistence of the GR procedure aggregate (lib/domain/procedures/gr). The Procedure row holds
 * everything but the tracks (as JSON) plus the cached derived state; one Track row per
 * participant per body holds that track's state. Every change is one transaction that
 * (1) locks the Procedure row (SELECT … FOR UPDATE), re-loads the state and re-runs the domain
 *     transition on it, so every step — also a regional one whose guard reads all tracks, and the
 *     derived regeling state — is computed from one consistent snapshot;
 * (2) compares the version the user saw with the version of WHAT the user acted on: the own
 *     raad/college track for a track command, the procedure's regional version (Procedure.version)
 *     for a regional step. One gemeente's registration therefore no longer makes the open forms
 *     of the other gemeenten stale, while two writes on the same track still conflict (exactly one
 *     wins: the second sees the bumped version under the lock);
 * (3) writes the changed tracks (each bumps its own version) and appends the audit events.
 */
export class ConflictError extends Error {
  readonly status = 409;
  constructor(
    message = "Iemand anders heeft deze procedure net gewijzigd. Laad de pagina opnieuw en probeer het nog eens.",
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

type Stored = Omit<GrProcedureState, "raadTracks" | "collegeTracks">;

// Under a burst, transactions queue for a pooled connection: wait for one rather than fail.
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

const KIND_TO_DOMAIN: Record<string, GrKind> = {
  GR_TREFFEN: "gr_treffen",
  GR_WIJZIGEN: "gr_wijzigen",
  GR_OPHEFFEN: "gr_opheffen",
};

export function isGrProcedureKind(kind: string): boolean {
  return kind in KIND_TO_DOMAIN;
}

function storedPart(state: GrProcedureState): Stored {
  const { raadTracks: _r, collegeTracks: _c, ...rest } = state;
  return rest;
}

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

/** Create a GR procedure with its tracks for every participant of the regeling. */
export async function createGrProcedureRecords(
  db: Db,
  input: { regelingId: string; documentId: string; kind: string; titel: string; actor: Actor },
): Promise<string> {
  return db.$transaction((tx) => writeGrProcedureRecords(tx, input), TX_OPTIONS);
}

/** The same inside a caller's transaction (beheer creates the document and the procedure together). */
export async function writeGrProcedureRecords(
  tx: Prisma.TransactionClient,
  input: { regelingId: string; documentId: string; kind: string; titel: string; actor: Actor },
): Promise<string> {
  const regeling = await tx.regeling.findUniqueOrThrow({
    where: { id: input.regelingId },
    // A participant that has left (end-dated in beheer) gets no track in a new procedure.
    include: { participants: { where: { leftOn: null }, include: { gemeente: { select: { naam: true } } } } },
  });
  const participants: DomainParticipant[] = regeling.participants.map((p) => ({
    id: p.id,
    name: p.gemeente.naam,
    scope: p.scope === "FULL" ? "full" : "addendum",
    scopeTopics: p.scopeTopics,
  }));
  const id = randomUUID();
  const state = createGrProcedure({
    id,
    kind: KIND_TO_DOMAIN[input.kind],
    title: input.titel,
    topics: regeling.topics,
    participants,
  });
  const derived = deriveRegelingState(state);
  {
    const created = await tx.procedure.create({
      select: { tracks: { select: { id: true } } },
      data: {
        id,
        regelingId: input.regelingId,
        documentId: input.documentId,
        kind: input.kind as "GR_TREFFEN",
        titel: input.titel,
        derivedState: derived,
        regional: json(storedPart(state)),
        tracks: {
          create: state.participants.flatMap((p) => [
            {
              participantId: p.id,
              kind: "RAAD" as const,
              status: state.raadTracks[p.id].status,
              data: json(state.raadTracks[p.id]),
            },
            {
              participantId: p.id,
              kind: "COLLEGE" as const,
              status: state.collegeTracks[p.id].status,
              data: json(state.collegeTracks[p.id]),
            },
          ]),
        },
      },
    });
    recordWrites(tx, [
      { table: "Procedure", id },
      ...created.tracks.map((t) => ({ table: "Track" as const, id: t.id })),
    ]);
    await appendAudit(tx, [
      {
        type: "procedure_aangemaakt",
        actorId: input.actor.userId,
        actorRole: input.actor.role,
        gemeenteId: input.actor.gemeenteId,
        subjectKind: "gr_procedure",
        subjectId: id,
        fromState: null,
        toState: derived,
        payload: { kind: input.kind, titel: input.titel, participants: participants.map((p) => p.id) },
      },
    ]);
  }
  return id;
}

export interface LoadedGrProcedure {
  state: GrProcedureState;
  /** The regional version: bumped by regional steps only (forms of regional steps send it back). */
  version: number;
  /** participantId → the optimistic version of that participant's raad and college track. */
  trackVersions: { raad: Record<string, number>; college: Record<string, number> };
  regelingId: string;
  /** participantId → gemeenteId, for authorization and audit. */
  gemeenteOf: Record<string, string>;
}

export async function loadGrProcedure(
  db: Db | Prisma.TransactionClient,
  procedureId: string,
): Promise<LoadedGrProcedure | null> {
  const row = await db.procedure.findUnique({ where: { id: procedureId }, include: GR_PROCEDURE_INCLUDE });
  return row ? loadedGrProcedureOf(row) : null;
}

/** What loadedGrProcedureOf needs besides the procedure row itself (a page may include more in the same query). */
export const GR_PROCEDURE_INCLUDE = {
  tracks: { include: { participant: { select: { gemeenteId: true } } } },
} as const;

/**
 * The domain state of a GR procedure from its `regional` column and its tracks' data; null for another kind of
 * procedure. A page that already read the procedure with its tracks (the public regeling page) builds it from
 * those rows instead of reading them again (loadGrProcedure).
 */
export function grStateOf(row: {
  kind: string;
  regional: unknown;
  tracks: readonly { kind: string; participantId: string; data: unknown }[];
}): GrProcedureState | null {
  if (!isGrProcedureKind(row.kind)) return null;
  const stored = row.regional as Stored;
  const raadTracks: Record<string, RaadTrackState> = {};
  const collegeTracks: Record<string, CollegeTrackState> = {};
  for (const t of row.tracks) {
    if (t.kind === "RAAD") raadTracks[t.participantId] = t.data as RaadTrackState;
    else collegeTracks[t.participantId] = t.data as CollegeTrackState;
  }
  return { ...stored, raadTracks, collegeTracks };
}

/** The domain state of a GR procedure from its row and tracks; null for another kind of procedure. */
export function loadedGrProcedureOf(
  row: Prisma.ProcedureGetPayload<{ include: typeof GR_PROCEDURE_INCLUDE }>,
): LoadedGrProcedure | null {
  const state = grStateOf(row);
  if (!state) return null;
  const gemeenteOf: Record<string, string> = {};
  const trackVersions: LoadedGrProcedure["trackVersions"] = { raad: {}, college: {} };
  for (const t of row.tracks) {
    gemeenteOf[t.participantId] = t.participant.gemeenteId;
    trackVersions[t.kind === "RAAD" ? "raad" : "college"][t.participantId] = t.version;
  }
  return {
    state,
    version: row.version,
    trackVersions,
    regelingId: row.regelingId,
    gemeenteOf,
  };
}

/**
 * The version a command is checked against: the acted-on track's version for a raad/college
 * command, the regional version for a regional step. `undefined` for an unknown participant (the
 * domain then refuses with its own Dutch message).
 */
export function versionFor(loaded: LoadedGrProcedure, command: GrCommand): number | undefined {
  if (command.track === "regional") return loaded.version;
  return loaded.trackVersions[command.track][command.participantId];
}

export type ApplyResult = { ok: true; state: GrProcedureState; events: DomainEvent[]; version: number } | Refusal;

/**
 * Apply one domain command and persist it. `expectedVersion` is the version of the acted-on track
 * (or, for a regional step, the regional version) the user saw — forms send it back; without it,
 * the version found under the lock is used. The returned `version` is the new version of that same
 * track / regional state.
 */
export async function applyGrProcedureCommand(db: Db, input: ApplyInput): Promise<ApplyResult> {
  return db.$transaction((tx) => applyGrProcedureCommandInTx(tx, input), TX_OPTIONS);
}

export interface ApplyInput {
  procedureId: string;
  command: GrCommand;
  actor: Actor;
  expectedVersion?: number;
  now?: Date;
  /** Relational records written in the SAME transaction as the state change (besluit, zienswijze, file). */
  extraWrites?: (
    tx: Prisma.TransactionClient,
    result: { state: GrProcedureState; events: DomainEvent[] },
  ) => Promise<void>;
}

/**
 * The same inside a caller's transaction (the command runner, lib/commands, opens it). A domain
 * refusal is returned before anything is written; a stale version throws ConflictError.
 */
export async function applyGrProcedureCommandInTx(
  tx: Prisma.TransactionClient,
  input: ApplyInput,
): Promise<ApplyResult> {
  const now = input.now ?? new Date();
  const regional = input.command.track === "regional";
  // The row lock serializes every change of this procedure; what is compared below is only the
  // version of what the user acted on, so changes on other tracks do not conflict.
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Procedure" WHERE id = ${input.procedureId} FOR UPDATE`;
  const loaded = locked.length === 1 ? await loadGrProcedure(tx, input.procedureId) : null;
  if (!loaded) return { ok: false, code: "ongeldige_invoer", message: "Deze procedure bestaat niet." };
  const seen = versionFor(loaded, input.command);
  if (input.expectedVersion !== undefined && seen !== undefined && input.expectedVersion !== seen)
    throw new ConflictError();
  const result = applyGrCommand(loaded.state, input.command, { actor: input.actor, now: now.toISOString() });
  if (!result.ok) return result;

  const next = result.state;
  const derived = deriveRegelingState(next);
  await tx.procedure.update({
    where: { id: input.procedureId },
    data: {
      ...(regional ? { version: { increment: 1 } } : {}),
      regional: json(storedPart(next)),
      derivedState: derived,
    },
  });
  recordWrites(tx, [{ table: "Procedure", id: input.procedureId }]);
  for (const kind of ["RAAD", "COLLEGE"] as const) {
    const [before, after] =
      kind === "RAAD" ? [loaded.state.raadTracks, next.raadTracks] : [loaded.state.collegeTracks, next.collegeTracks];
    for (const [participantId, track] of Object.entries<RaadTrackState | CollegeTrackState>(after)) {
      if (track === before[participantId]) continue;
      // A participant that joined during the procedure gets its track rows here (upsert creates them).
      const written = await tx.track.upsert({
        where: { procedureId_participantId_kind: { procedureId: input.procedureId, participantId, kind } },
        update: { status: track.status, data: json(track), version: { increment: 1 } },
        create: { procedureId: input.procedureId, participantId, kind, status: track.status, data: json(track) },
        select: { id: true },
      });
      recordWrites(tx, [{ table: "Track", id: written.id }]);
    }
  }
  // Row writes first, the audit append (which takes the global audit lock) last: every
  // transaction then takes its row locks before the audit lock, never after, so two transactions
  // cannot wait for each other in opposite order (deadlock).
  if (input.extraWrites) await input.extraWrites(tx, { state: next, events: result.events });
  await appendAudit(
    tx,
    result.events.map((e) => domainAuditInput(e, loaded.gemeenteOf)),
  );
  return { ok: true, state: next, events: result.events, version: (seen ?? 0) + 1 };
}

/** The audit event of one domain event (the runner's, and the scale generator's bulk history). */
export function domainAuditInput(e: DomainEvent, gemeenteOf: Record<string, string>): AuditInput {
  return domainEventAudit(e, e.type, e.actor.gemeenteId ?? gemeenteForSubject(e, gemeenteOf));
}

/** Track subjects carry the participant id in their id ("<procedure>:raad:<participant>"). */
function gemeenteForSubject(e: DomainEvent, gemeenteOf: Record<string, string>): string | null {
  const participantId = e.subject.id.split(":").pop() ?? "";
  return gemeenteOf[participantId] ?? null;
}
