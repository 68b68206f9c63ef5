import { Refusal, defineCommand } from "@/lib/commands";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { appendAudit } from "@/lib/services/audit";
import { type Tx, auditActor } from "@/lib/services/beheer/common";
import {
  gebruikerActiefSchema,
  gebruikerIdSchema,
  gebruikerUitnodigenSchema,
  gebruikerWijzigenSchema,
} from "@/lib/validation/beheer/gebruiker";
import { issueInvitation } from "./invitation-token";
import { invitationLink } from "./invitations";

/**
 * User management in the beheer workspace. Nothing is deleted: an account is deactivated (and can
 * be reactivated). Every change ends the user's sessions through the database trigger on "User"
 * (actief, role, gemeente or password changed → sessionVersion raised, sessions revoked) and
 * appends its audit event in the same transaction. The one-time link is returned to the
 * beheerder (who passes it on); only its sha256 is stored and it never enters the audit trail.
 */

const NOT_FOUND = "Deze gebruiker bestaat niet (meer).";
const LAST_BEHEERDER =
  "Dit is de laatste actieve beheerder. Maak eerst een andere beheerder aan; anders kan niemand meer beheren.";

async function activeGemeente(tx: Tx, gemeenteId: string | undefined): Promise<string | null> {
  if (!gemeenteId) return null;
  const g = await tx.gemeente.findUnique({ where: { id: gemeenteId } });
  if (!g) throw new Refusal("Deze gemeente bestaat niet (meer).", { gemeenteId: "Kies een bestaande gemeente." });
  if (g.opgehevenOp)
    throw new Refusal("Deze gemeente is opgeheven.", { gemeenteId: "Kies een gemeente die niet is opgeheven." });
  return g.id;
}

/**
 * Refuse a change that leaves no active beheerder. The active beheerders are locked first, so two
 * beheerders who demote or deactivate each other at the same moment cannot both succeed.
 */
async function keepOneBeheerder(tx: Tx, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "actief" = true ORDER BY "id" FOR UPDATE`;
  if (admins.length <= 1 && admins.some((a) => a.id === userId)) throw new Refusal(LAST_BEHEERDER);
}

async function lockedUser(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${id} FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new Refusal(NOT_FOUND);
  return user;
}

/** Invite a new user by e-mail address: an account without password and a one-time link to set it. */
export const uitnodigenGebruiker = defineCommand({
  name: "uitnodigenGebruiker",
  input: gebruikerUitnodigenSchema,
  permission: "gebruikers.beheren",
  target: "regio",
  async run({ tx, data: input, user: actor, now }) {
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      const message = "Er bestaat al een account met dit e-mailadres. Zoek het op in de lijst.";
      throw new Refusal(message, { email: message });
    }
    const gemeenteId = await activeGemeente(tx, input.gemeenteId);
    const created = await tx.user.create({
      data: { email: input.email, naam: input.naam, role: input.rol, gemeenteId, passwordHash: null },
    });
    const inv = await issueInvitation(tx, created.id, "uitnodiging", actor.id, now);
    await appendAudit(tx, [
      {
        type: "gebruiker_aangemaakt",
        ...auditActor(actor),
        subjectKind: "gebruiker",
        subjectId: created.id,
        toState: input.rol,
        payload: { email: input.email, naam: input.naam, role: input.rol, gemeenteId },
        at: now,
      },
      {
        type: "gebruiker_uitgenodigd",
        ...auditActor(actor),
        subjectKind: "gebruiker",
        subjectId: created.id,
        payload: { invitationId: inv.invitationId, purpose: "uitnodiging", expiresAt: inv.expiresAt.toISOString() },
        at: now,
      },
    ]);
    return { id: created.id, email: input.email, link: invitationLink(inv.token), expiresAt: inv.expiresAt };
  },
});

/** Change role and gemeente. The trigger on "User" ends every session of the user. */
export const wijzigGebruiker = defineCommand({
  name: "wijzigGebruiker",
  input: gebruikerWijzigenSchema,
  permission: "gebruikers.beheren",
  target: "regio",
  async run({ tx, data: input, user: actor, now }) {
    const existing = await lockedUser(tx, input.id);
    const gemeenteId = await activeGemeente(tx, input.gemeenteId);
    if (existing.role === input.rol && existing.gemeenteId === gemeenteId)
      throw new Refusal("Er is niets veranderd: rol en gemeente zijn al zo.");
    if (existing.role === "ADMIN" && input.rol !== "ADMIN" && existing.actief) await keepOneBeheerder(tx, existing.id);
    await tx.user.update({ where: { id: existing.id }, data: { role: input.rol, gemeenteId } });
    await appendAudit(tx, [
      {
        type: "gebruiker_gewijzigd",
        ...auditActor(actor),
        subjectKind: "gebruiker",
        subjectId: existing.id,
        fromState: existing.role,
        toState: input.rol,
        payload: {
          email: existing.email,
          role: { van: existing.role, naar: input.rol },
          gemeenteId: { van: existing.gemeenteId, naar: gemeenteId },
        },
        at: now,
      },
    ]);
    return { id: existing.id, melding: `De rol is nu ${ROLE_LABELS[input.rol]}. Lopende sessies zijn beëindigd.` };
  },
});

/** Deactivate (sessions end at once, sign-in refused) or reactivate an account. Never deleted. */
export const zetGebruikerActief = defineCommand({
  name: "zetGebruikerActief",
  input: gebruikerActiefSchema,
  permission: "gebruikers.beheren",
  target: "regio",
  async run({ tx, data: input, user: actor, now }) {
    const existing = await lockedUser(tx, input.id);
    if (existing.actief === input.actief)
      throw new Refusal(input.actief ? "Dit account is al actief." : "Dit account is al gedeactiveerd.");
    if (!input.actief && existing.id === actor.id)
      throw new Refusal("U kunt uw eigen account niet deactiveren. Vraag een andere beheerder.");
    if (!input.actief && existing.role === "ADMIN") await keepOneBeheerder(tx, existing.id);
    if (input.actief && existing.gemeenteId) await activeGemeente(tx, existing.gemeenteId);
    await tx.user.update({ where: { id: existing.id }, data: { actief: input.actief } });
    await appendAudit(tx, [
      {
        type: input.actief ? "gebruiker_geheractiveerd" : "gebruiker_gedeactiveerd",
        ...auditActor(actor),
        subjectKind: "gebruiker",
        subjectId: existing.id,
        fromState: existing.actief ? "actief" : "gedeactiveerd",
        toState: input.actief ? "actief" : "gedeactiveerd",
        payload: { email: existing.email },
        at: now,
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
  permission: "gebruikers.beheren",
  target: "regio",
  async run({ tx, data: input, user: actor, now }) {
    const existing = await lockedUser(tx, input.id);
    if (!existing.actief) throw new Refusal("Dit account is gedeactiveerd. Heractiveer het eerst.");
    const purpose = existing.passwordHash ? "wachtwoord-herstel" : "uitnodiging";
    const inv = await issueInvitation(tx, existing.id, purpose, actor.id, now);
    await appendAudit(tx, [
      {
        type: purpose === "uitnodiging" ? "gebruiker_uitgenodigd" : "wachtwoord_herstel_aangevraagd",
        ...auditActor(actor),
        subjectKind: "gebruiker",
        subjectId: existing.id,
        payload: { invitationId: inv.invitationId, purpose, expiresAt: inv.expiresAt.toISOString() },
        at: now,
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
