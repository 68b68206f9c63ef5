import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { can, type Subject } from "@/lib/auth/permissions";
import { revokeAllUserSessions, revokeUserSession, type SessionMeta } from "@/lib/auth/session-store";
import { appendAudit } from "./audit";

/** Who acts: the signed-in user and the session the request came with. */
export interface SessionActor extends Subject {
  id: string;
  sessionId?: string | null;
}

export const revokeSessionSchema = z
  .object({
    sessieId: z.string({ error: "Kies een sessie." }).min(1, "Kies een sessie.").max(100, "Onbekende sessie."),
  })
  .strict();

export const revokeAllSchema = z
  .object({
    bevestigd: z.literal(true, { error: "Bevestig dat u overal wilt afmelden." }),
  })
  .strict();

export type SessionActionResult = { ok: true; message: string; revoked: number } | { ok: false; message: string };

function auditBase(actor: SessionActor, meta: SessionMeta) {
  return {
    actorId: actor.id,
    actorRole: actor.role,
    gemeenteId: actor.gemeenteId,
    subjectKind: "User",
    subjectId: actor.id,
    payload: { bronadres: meta.sourceAddress },
  };
}

/** Sign-out: the token's session is revoked (a captured cookie is useless after this) and logged. */
export async function recordSignOut(db: Db, actor: SessionActor, meta: SessionMeta): Promise<void> {
  if (!actor.sessionId) return;
  const sid = actor.sessionId;
  await db.$transaction(async (tx) => {
    const revoked = await revokeUserSession(tx, actor.id, sid, "afgemeld");
    if (revoked) await appendAudit(tx, [{ type: "afgemeld", ...auditBase(actor, meta) }]);
  });
}

/** Ends one of the user's own sessions (another browser, a lost laptop). */
export async function revokeOwnSession(
  db: Db,
  actor: SessionActor | null,
  input: unknown,
  meta: SessionMeta,
): Promise<SessionActionResult> {
  const decision = can(actor, "sessies.beheren");
  if (!decision.allowed) return { ok: false, message: decision.reason };
  const parsed = revokeSessionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Onbekende sessie." };
  const user = actor!;
  const revoked = await db.$transaction(async (tx) => {
    const done = await revokeUserSession(tx, user.id, parsed.data.sessieId, "ingetrokken");
    if (done) {
      const base = auditBase(user, meta);
      await appendAudit(tx, [
        {
          type: "sessie_ingetrokken",
          ...base,
          payload: { ...base.payload, eigenSessie: parsed.data.sessieId === user.sessionId },
        },
      ]);
    }
    return done;
  });
  if (!revoked) return { ok: false, message: "Deze sessie bestaat niet (meer) of is al beëindigd." };
  return { ok: true, revoked: 1, message: "De sessie is beëindigd. Op dat apparaat moet opnieuw worden ingelogd." };
}

/** "Overal afmelden": every session of the user ends, this one included. */
export async function revokeAllOwnSessions(
  db: Db,
  actor: SessionActor | null,
  input: unknown,
  meta: SessionMeta,
): Promise<SessionActionResult> {
  const decision = can(actor, "sessies.beheren");
  if (!decision.allowed) return { ok: false, message: decision.reason };
  const parsed = revokeAllSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "Bevestig dat u overal wilt afmelden." };
  const user = actor!;
  const revoked = await db.$transaction(async (tx) => {
    const count = await revokeAllUserSessions(tx, user.id, "overal_afgemeld");
    const base = auditBase(user, meta);
    await appendAudit(tx, [{ type: "overal_afgemeld", ...base, payload: { ...base.payload, aantal: count } }]);
    return count;
  });
  return {
    ok: true,
    revoked,
    message: `U bent overal afgemeld (${revoked} ${revoked === 1 ? "sessie" : "sessies"} beëindigd).`,
  };
}
