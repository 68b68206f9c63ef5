import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Action } from "@/lib/auth/permissions";
import type { RoleName } from "@/lib/auth/roles";
import type { Actor, IsoDate } from "@/lib/domain";
import type { StoredUpload } from "@/lib/storage/files";

export type Tx = Prisma.TransactionClient;

/** Who may ask for a command: what the runner needs of the signed-in user (or the CLI's system actor). */
export interface CommandUser {
  /** null for the system actor of the CLI and the seed (no person behind it). */
  id: string | null;
  role: RoleName;
  gemeenteId: string | null;
  /** The server-side session of the request; only the session commands need it. */
  sessionId?: string | null;
}

/** The actor of the CLI and the seed: the regional secretariat, no person (as the CLI always was). */
export const SYSTEM_SECRETARIAAT: CommandUser = { id: null, role: "SECRETARIAAT", gemeenteId: null };

/** A user the runner has authorized for this command: never null, so `run` needs no `!`. */
export type AuthorizedUser = Readonly<CommandUser>;
/** The same for commands that need a person (the default): `id` is a real user id. */
export type AuthorizedPerson = Readonly<CommandUser & { id: string }>;

/**
 * Who may run a command: "person" (default: a signed-in user), "person-or-system" (also the CLI /
 * seed actor, whose id is null) or "public" (no user: a token in the input is the proof).
 */
export type Actors = "person" | "person-or-system" | "public";
export type UserFor<A extends Actors> = A extends "public"
  ? AuthorizedUser | null
  : A extends "person-or-system"
    ? AuthorizedUser
    : AuthorizedPerson;

/**
 * What "own gemeente" is checked against (lib/auth/permissions.ts scopes):
 *   participant    — the gemeente of the input's participant (`participantId` unless `id` says otherwise)
 *   zienswijze     — the gemeente of the participant of the input's zienswijze (`zienswijzeId`)
 *   besluit        — the gemeente of the participant of the input's besluit (`besluitId`)
 *   gemeente       — the gemeente the input names (`gemeenteId`)
 *   eigen-gemeente — always the user's own gemeente (the input names none)
 *   regio          — regio-wide: no gemeente target
 */
export type TargetKind = "participant" | "zienswijze" | "besluit" | "gemeente" | "eigen-gemeente" | "regio";
export type EntityTargetKind = "participant" | "zienswijze" | "besluit" | "gemeente";
export type TargetSpec<D> = TargetKind | { kind: EntityTargetKind; id(data: D): string };

/** A permission that depends on one field of the input (e.g. the college step's `step`). */
export interface PermissionByField {
  field: string;
  byValue: Record<string, Action>;
}
export type PermissionSpec = Action | PermissionByField | null;

export interface CommandContext<D, U> {
  tx: Tx;
  data: D;
  user: U;
  /** The domain actor of the user (userId, role, gemeenteId), as audit events record it. */
  actor: Actor;
  now: Date;
  /** The calendar date in the Netherlands at `now` (never the UTC date). */
  today: IsoDate;
  /** The target gemeente the authorization was checked against (null for regio-wide commands). */
  targetGemeenteId: string | null;
  /** The version of what the user acted on, as the form saw it (a stale one throws ConflictError). */
  expectedVersion?: number;
  /** The checked PDF, for commands declared with an upload (null when none was sent to an optional one). */
  upload: StoredUpload | null;
}

export interface CommandSpec<S extends z.ZodType, T extends object, A extends Actors = "person"> {
  /** English verb + Dutch legal noun: recordToestemming, submitZienswijze. */
  name: string;
  /** The zod schema, shared with the form. */
  input: S;
  /** From the one permissions table; null only for public commands (then `publicBecause` says why). */
  permission: PermissionSpec;
  target: TargetSpec<z.output<S>>;
  actors?: A;
  publicBecause?: string;
  /**
   * "pdf": a PDF is required; "optional-pdf": checked only when one is sent. The runner checks it
   * (size, structure, no active content) before the transaction; `run` gets it as `ctx.upload`.
   */
  upload?: "pdf" | "optional-pdf";
  /**
   * A far-reaching step (closing a phase, a new version during toestemming) whose form asks "Ik begrijp dat …": the
   * runner refuses it from a form door (a server action) whose confirmation is missing; this says which inputs are
   * (`() => true` for all). API, CLI and seed are explicit operator calls and count as confirmed (docs/architecture.md).
   * A method, not a function property: it keeps a command assignable to `Command` whatever its input.
   */
  requiresConfirmation?(data: z.output<S>): boolean;
  /** The Dutch message for a unique collision that slipped past the command's own checks. */
  uniqueViolation?: string;
  /** Domain transition + writes + audit event(s), inside the one transaction. Throw Refusal to roll back. */
  run(ctx: CommandContext<z.output<S>, UserFor<A>>): Promise<T>;
}

export type Command<S extends z.ZodType = z.ZodType, T extends object = object, A extends Actors = Actors> = Readonly<
  CommandSpec<S, T, A> & { actors: A }
>;

export type InputOf<C> = C extends Command<infer S, object, Actors> ? z.input<S> : never;
export type OutputOf<C> = C extends Command<z.ZodType, infer T, Actors> ? T : never;

/** Declare a command; checks the declaration once, at module load. */
export function defineCommand<S extends z.ZodType, T extends object, A extends Actors = "person">(
  spec: CommandSpec<S, T, A>,
): Command<S, T, A> {
  const actors = (spec.actors ?? "person") as A;
  if ((spec.permission === null) !== (actors === "public"))
    throw new Error(`${spec.name}: a public command has no permission, every other command has one`);
  if (actors === "public" && !spec.publicBecause) throw new Error(`${spec.name}: say why it is public`);
  return Object.freeze({ ...spec, actors });
}
