import { z } from "zod";
import { Refusal, defineCommand, type AuthorizedPerson } from "@/lib/commands";
import { revokeAllUserSessions, revokeUserSession } from "@/lib/auth/session-store";
import { appendAudit } from "./audit";

/** Every signed-in user manages the own sessions. */
const OWN_SESSIONS = { permission: "sessies.beheren", target: "regio" } as const;

/**
 * The user's own sessions: sign out, end one session, end all. The door adds `bronadres` (the
 * request's source address, lib/auth/request-meta.ts) after the form's values, so a client cannot
 * choose what the audit trail records as its address.
 */
const bronadres = z.string().max(64).nullable().default(null);

export const revokeSessionSchema = z
  .object({
    sessieId: z.string({ error: "Kies een sessie." }).min(1, "Kies een sessie.").max(100, "Onbekende sessie."),
    bronadres,
  })
  .strict();

export const revokeAllSchema = z
  .object({
    bevestigd: z.literal(true, { error: "Bevestig dat u overal wilt afmelden." }),
    bronadres,
  })
  .strict();

export const signOutSchema = z.object({ bronadres }).strict();

function auditBase(user: AuthorizedPerson, source: string | null) {
  return {
    actorId: user.id,
    actorRole: user.role,
    gemeenteId: user.gemeenteId,
    subjectKind: "User",
    subjectId: user.id,
    payload: { bronadres: source },
  };
}

/** Sign-out: the token's session is revoked (a captured cookie is useless after this) and logged. */
export const recordSignOut = defineCommand({
  name: "recordSignOut",
  input: signOutSchema,
  ...OWN_SESSIONS,
  async run({ tx, data, user }) {
    if (!user.sessionId) return {};
    const revoked = await revokeUserSession(tx, user.id, user.sessionId, "afgemeld");
    if (revoked) await appendAudit(tx, [{ type: "afgemeld", ...auditBase(user, data.bronadres) }]);
    return {};
  },
});

/** Ends one of the user's own sessions (another browser, a lost laptop). */
export const revokeOwnSession = defineCommand({
  name: "revokeOwnSession",
  input: revokeSessionSchema,
  ...OWN_SESSIONS,
  async run({ tx, data, user }) {
    if (!(await revokeUserSession(tx, user.id, data.sessieId, "ingetrokken")))
      throw new Refusal("Deze sessie bestaat niet (meer) of is al beëindigd.");
    const base = auditBase(user, data.bronadres);
    await appendAudit(tx, [
      {
        type: "sessie_ingetrokken",
        ...base,
        payload: { ...base.payload, eigenSessie: data.sessieId === user.sessionId },
      },
    ]);
    return { revoked: 1, message: "De sessie is beëindigd. Op dat apparaat moet opnieuw worden ingelogd." };
  },
});

/** "Overal afmelden": every session of the user ends, this one included. */
export const revokeAllOwnSessions = defineCommand({
  name: "revokeAllOwnSessions",
  input: revokeAllSchema,
  ...OWN_SESSIONS,
  async run({ tx, data, user }) {
    const revoked = await revokeAllUserSessions(tx, user.id, "overal_afgemeld");
    const base = auditBase(user, data.bronadres);
    await appendAudit(tx, [{ type: "overal_afgemeld", ...base, payload: { ...base.payload, aantal: revoked } }]);
    return {
      revoked,
      message: `U bent overal afgemeld (${revoked} ${revoked === 1 ? "sessie" : "sessies"} beëindigd).`,
    };
  },
});
