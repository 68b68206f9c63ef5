import { Refusal, defineCommand } from "@/lib/commands";
import { ROLE_LABELS, type RoleName } from "@/lib/auth/roles";
import { type UserStanding, lastBeheerderRefusal, removesBeheerder, selfDeactivationRefusal } from "@/lib/domain/users";
import type { ActionUser } from "@/lib/actions/context";
import { type AuditInput, appendAudit } from "@/lib/services/audit";
import { type Tx, auditActor } from "@/lib/services/beheer/common";
import {
  gebruikerActiefSchema,
  gebruikerIdSchema,
  gebruikerUitnodigenSchema,
  gebruikerWijzigenSchema,
} from "@/lib/validation/beheer/gebruiker";
import { issueInvitation } from "./invitation-token";
import { invitationLink } from "./invitations";

/** The beheerder manages every account in the regio. */
export const USER_ADMIN = { permission: "gebruikers.beheren", target: "regio" } as const;

/**
 * User management in the beheer workspace. Nothing is deleted: an account is deactivated (and can
 * be reactivated). Every change ends the user's sessions through the database trigger on "User"
 * (actief, role, gemeente or password changed → sessionVersion raised, sessions revoked) and
 * appends its audit event in the same transaction. The one-time link is returned to the
 * beheerder (who passes it on); only its sha256 is stored and it never enters the audit trail.
 */

const NOT_FOUND = "Deze gebruiker bestaat niet (meer).";

async function activeGemeente(tx: Tx, gemeenteId: string | undefined): Promise<string | null> {
  if (!gemeenteId) return null;
  const g = await tx.gemeente.findUnique({ where: { id: gemeenteId } });
  if (!g) throw new Refusal("Deze gemeente bestaat niet (meer).", { gemeenteId: "Kies een bestaande gemeente." });
  if (g.opgehevenOp)
    throw new Refusal("Deze gemeente is opgeheven.", { gemeenteId: "Kies een gemeente die niet is opgeheven." });
  return g.id;
}

/**
 * The one way a user command changes an existing account: lock the account, and when the change
 * takes it out of the active beheerders, lock those too and apply the domain's last-beheerder rule
 * (so two beheerders who demote or deactivate each other at the same moment cannot both succeed).
 */
async function lockedUserChange(tx: Tx, id: string, after?: (user: UserStanding) => { role: string; actief: boolean }) {
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${id} FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new Refusal(NOT_FOUND);
  const next = after?.(user);
  if (next && removesBeheerder(user, next)) {
    const admins = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "actief" = true ORDER BY "id" FOR UPDATE`;
    refuseIf(
      lastBeheerderRefusal(
        user,
        next,
        admins.map((a) => a.id),
      ),
    );
  }
  return user;
}

const refuseIf = (message: string | null) => {
  if (message) throw new Refusal(message);
};

/** The fields every audit event about an account shares. */
const userEvent = (actor: ActionUser, subjectId: string, now: Date) => ({
  ...auditActor(actor),
  subjectKind: "gebruiker",
  subjectId,
  at: now,
});

/**
 * A new account without password and its one-time invitation link (the form and the CSV import);
 * returns the audit events for the caller to append with the rest of its transaction.
 */
export async function createInvitedUser(
  tx: Tx,
  actor: ActionUser,
  now: Date,
  row: { email: string; naam: string; rol: RoleName; gemeenteId: string | null },
  source?: { bron: "csv" },
) {
  const { email, naam, rol: role, gemeenteId } = row;
  const created = await tx.user.create({ data: { email, naam, role, gemeenteId, passwordHash: null } });
  const inv = await issueInvitation(tx, created.id, "uitnodiging", actor.id, now);
  const base = userEvent(actor, created.id, now);
  const events: AuditInput[] = [
    { type: "gebruiker_aangemaakt", ...base, toState: role, payload: { email, naam, role, gemeenteId, ...source } },
    {
      type: "gebruiker_uitgenodigd",
      ...base,
      payload: { invitationId: inv.invitationId, purpose: "uitnodiging", expiresAt: inv.expiresAt.toISOString() },
    },
  ];
  return { id: created.id, link: invitationLink(inv.token), expiresAt: inv.expiresAt, events };
}

/** Invite a new user by e-mail address: an account without password and a one-time link to set it. */
export const uitnodigenGebruiker = defineCommand({
  name: "uitnodigenGebruiker",
  input: gebruikerUitnodigenSchema,
  ...USER_ADMIN,
  async run({ tx, data: input, user: actor, now }) {
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      const message = "Er bestaat al een account met dit e-mailadres. Zoek het op in de lijst.";
      throw new Refusal(message, { email: message });
    }
    const gemeenteId = await activeGemeente(tx, input.gemeenteId);
    const invited = await createInvitedUser(tx, actor, now, { ...input, gemeenteId });
    await appendAudit(tx, invited.events);
    return { id: invited.id, email: input.email, link: invited.link, expiresAt: invited.expiresAt };
  },
});

/** Change role and gemeente. The trigger on "User" ends every session of the user. */
export const wijzigGebruiker = defineCommand({
  name: "wijzigGebruiker",
  input: gebruikerWijzigenSchema,
  ...USER_ADMIN,
  async run({ tx, data: input, user: actor, now }) {
    const existing = await lockedUserChange(tx, input.id, (u) => ({ role: input.rol, actief: u.actief }));
    const gemeenteId = await activeGemeente(tx, input.gemeenteId);
    if (existing.role === input.rol && existing.gemeenteId === gemeenteId)
      throw new Refusal("Er is niets veranderd: rol en gemeente zijn al zo.");
    await tx.user.update({ where: { id: existing.id }, data: { role: input.rol, gemeenteId } });
    await appendAudit(tx, [
      {
        type: "gebruiker_gewijzigd",
        ...userEvent(actor, existing.id, now),
        fromState: existing.role,
        toState: input.rol,
        payload: {
          email: existing.email,
          role: { van: existing.role, naar: input.rol },
          gemeenteId: { van: existing.gemeenteId, naar: gemeenteId },
        },
      },
    ]);
    return { id: existing.id, melding: `De rol is nu ${ROLE_LABELS[input.rol]}. Lopende sessies zijn beëindigd.` };
  },
});

/** Deactivate (sessions end at once, sign-in refused) or reactivate an account. Never deleted. */
export const zetGebruikerActief = defineCommand({
  name: "zetGebruikerActief",
  input: gebruikerActiefSchema,
  ...USER_ADMIN,
  async run({ tx, data: input, user: actor, now }) {
    refuseIf(selfDeactivationRefusal(actor.id, input.id, input.actief));
    const existing = await lockedUserChange(tx, input.id, (u) => ({ role: u.role, actief: input.actief }));
    if (existing.actief === input.actief)
      throw new Refusal(input.actief ? "Dit account is al actief." : "Dit account is al gedeactiveerd.");
    if (input.actief && existing.gemeenteId) await activeGemeente(tx, existing.gemeenteId);
    await tx.user.update({ where: { id: existing.id }, data: { actief: input.actief } });
    await appendAudit(tx, [
      {
        type: input.actief ? "gebruiker_geheractiveerd" : "gebruiker_gedeactiveerd",
        ...userEvent(actor, existing.id, now),
        fromState: existing.actief ? "actief" : "gedeactiveerd",
        toState: input.actief ? "actief" : "gedeactiveerd",
        payload: { email: existing.email },
      },
    ]);
    return {
      id: existing.id,
      melding: input.actief
        ? `Het account ${existing.email} is weer actief.`
        : `Het account ${existing.email} is gedeactiveerd; alle sessies zijn beëindigd.`,
    };
  },
});

/**
 * A new one-time link: a password reset for an account that has a password, a fresh invitation
 * for one that never set it. Earlier links stop working. The password itself only changes when
 * the link is used (then the trigger ends the sessions).
 */
export const nieuweLinkVoorGebruiker = defineCommand({
  name: "nieuweLinkVoorGebruiker",
  input: gebruikerIdSchema,
  ...USER_ADMIN,
  async run({ tx, data: input, user: actor, now }) {
    const existing = await lockedUserChange(tx, input.id);
    if (!existing.actief) throw new Refusal("Dit account is gedeactiveerd. Heractiveer het eerst.");
    const purpose = existing.passwordHash ? "wachtwoord-herstel" : "uitnodiging";
    const inv = await issueInvitation(tx, existing.id, purpose, actor.id, now);
    await appendAudit(tx, [
      {
        type: purpose === "uitnodiging" ? "gebruiker_uitgenodigd" : "wachtwoord_herstel_aangevraagd",
        ...userEvent(actor, existing.id, now),
        payload: { invitationId: inv.invitationId, purpose, expiresAt: inv.expiresAt.toISOString() },
      },
    ]);
    return {
      id: existing.id,
      email: existing.email,
      purpose,
      link: invitationLink(inv.token),
      expiresAt: inv.expiresAt,
    };
  },
});
