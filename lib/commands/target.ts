import { can, type Action, type Decision } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import type { CommandUser, EntityTargetKind, PermissionSpec, TargetSpec } from "./define";

const DEFAULT_ID_FIELD: Record<EntityTargetKind, string> = {
  participant: "participantId",
  zienswijze: "zienswijzeId",
  besluit: "besluitId",
  gemeente: "gemeenteId",
};

const NOT_FOUND: Record<EntityTargetKind, string> = {
  participant: "Deze deelnemer bestaat niet.",
  zienswijze: "Deze zienswijze bestaat niet.",
  besluit: "Dit besluit bestaat niet.",
  gemeente: "Deze gemeente bestaat niet.",
};

/** Every action a permission can resolve to (for the check before the input is read). */
export function possibleActions(permission: PermissionSpec): Action[] {
  if (permission === null) return [];
  return typeof permission === "string" ? [permission] : [...new Set(Object.values(permission.byValue))];
}

/** The action of this input; undefined when the input names a value the declaration does not know. */
export function actionFor(permission: Exclude<PermissionSpec, null>, data: unknown): Action | undefined {
  if (typeof permission === "string") return permission;
  const value = (data as Record<string, unknown>)[permission.field];
  return typeof value === "string" ? permission.byValue[value] : undefined;
}

/**
 * Refuse whoever may never do this before the input is even read, so the answer does not reveal
 * what the input names (a procedure, a participant) or how the form looks.
 */
export function coarseDecision(user: CommandUser | null, permission: Exclude<PermissionSpec, null>): Decision {
  const decisions = possibleActions(permission).map((a) => can(user, a));
  return decisions.find((d) => d.allowed) ?? decisions[0] ?? { allowed: false, reason: "Onbekende handeling." };
}

async function gemeenteOfEntity(db: Db, kind: EntityTargetKind, id: string): Promise<string | null> {
  if (kind === "gemeente") return (await db.gemeente.findUnique({ where: { id }, select: { id: true } }))?.id ?? null;
  if (kind === "participant") {
    const p = await db.participant.findUnique({ where: { id }, select: { gemeenteId: true } });
    return p?.gemeenteId ?? null;
  }
  const row =
    kind === "zienswijze"
      ? await db.zienswijze.findUnique({ where: { id }, select: { participant: { select: { gemeenteId: true } } } })
      : await db.besluit.findUnique({ where: { id }, select: { participant: { select: { gemeenteId: true } } } });
  return row?.participant?.gemeenteId ?? null;
}

export type TargetDecision = { allowed: true; gemeenteId: string | null } | { allowed: false; reason: string };

/**
 * The one scoped check: the permissions table for this action against the command's target. An
 * unknown target is refused like another gemeente's for a user scoped to the own gemeente (the
 * answer must not reveal whether it exists), and as "does not exist" for a regio-wide user.
 */
export async function decideForTarget<D>(
  db: Db,
  user: CommandUser,
  action: Action,
  target: TargetSpec<D>,
  data: D,
): Promise<TargetDecision> {
  if (target === "regio") return withGemeente(can(user, action), null);
  if (target === "eigen-gemeente") return withGemeente(can(user, action), user.gemeenteId);
  const kind = typeof target === "string" ? target : target.kind;
  const id = typeof target === "string" ? (data as Record<string, unknown>)[DEFAULT_ID_FIELD[kind]] : target.id(data);
  const gemeenteId = typeof id === "string" && id ? await gemeenteOfEntity(db, kind, id) : null;
  const decision = can(user, action, { gemeenteId: gemeenteId ?? "__onbekend__" });
  if (!decision.allowed) return decision;
  return gemeenteId ? { allowed: true, gemeenteId } : { allowed: false, reason: NOT_FOUND[kind] };
}

const withGemeente = (d: Decision, gemeenteId: string | null): TargetDecision =>
  d.allowed ? { allowed: true, gemeenteId } : d;
