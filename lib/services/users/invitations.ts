import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { Refusal, defineCommand, type CommandUser } from "@/lib/commands";
import { INVALID_FORM_MESSAGE } from "@/lib/result";
import { appendAudit } from "@/lib/services/audit";
import { hashPassword } from "@/lib/services/credentials";
import { PASSWORD_IS_EMAIL_MESSAGE, passwordEqualsEmail, setPasswordSchema } from "@/lib/validation/password";

export type InvitationPurpose = "uitnodiging" | "wachtwoord-herstel";
export const INVITATION_VALID_HOURS = 72;
/** One message for unknown, used and expired links: it tells nobody which tokens ever existed. */
export const INVITATION_INVALID_MESSAGE =
  "Deze link is ongeldig, al gebruikt of verlopen. Vraag de beheerder om een nieuwe uitnodiging.";

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** The CLI's actor for the first beheerder (no person behind it; nobody can sign in yet). */
export const SYSTEM_BEHEER: CommandUser = { id: null, role: "ADMIN", gemeenteId: null };

const beheerderSchema = z.object({
  email: z
    .string({ error: "Geef een e-mailadres op." })
    .trim()
    .toLowerCase()
    .min(1, { error: "Geef een e-mailadres op." })
    .max(254, { error: "Dit e-mailadres is te lang." })
    .pipe(z.email({ error: "Geef een geldig e-mailadres op, bijvoorbeeld naam@gemeente.nl." })),
  naam: z.string().trim().max(200, { error: "De naam is te lang (hoogstens 200 tekens)." }).optional(),
});

/** The one-time link for a token (NEXTAUTH_URL is the public address of the app). */
export function invitationLink(token: string, base = process.env.NEXTAUTH_URL ?? "http://localhost:3000"): string {
  return `${base.replace(/\/+$/, "")}/uitnodiging/${token}`;
}

/**
 * Creates a beheerder account without a password (or reuses the account with this address when it
 * is an active beheerder) and an invitation to set the password. One transaction writes the user,
 * the invitation (only the sha256 of the token) and the audit events.
 */
export const createBeheerder = defineCommand({
  name: "createBeheerder",
  input: beheerderSchema,
  permission: "gebruikers.beheren",
  actors: "person-or-system",
  target: "regio",
  async run({ tx, data: { email, naam: givenNaam }, user, now }) {
    const naam = givenNaam || email.split("@")[0];
    const token = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + INVITATION_VALID_HOURS * 3_600_000);
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing && existing.role !== "ADMIN")
      throw new Refusal(`Er bestaat al een account met ${email} met een andere rol; dat wordt hier niet omgezet.`);
    if (existing && !existing.actief)
      throw new Refusal(`Het account ${email} is gedeactiveerd; dat wordt hier niet heractiveerd.`);
    const created = existing ?? (await tx.user.create({ data: { email, naam, role: "ADMIN", passwordHash: null } }));
    const invitation = await tx.userInvitation.create({
      data: {
        userId: created.id,
        tokenHash: tokenHash(token),
        purpose: "uitnodiging",
        expiresAt,
        createdById: user.id,
      },
    });
    const base = { actorId: user.id, actorRole: user.role, gemeenteId: null, subjectKind: "gebruiker", at: now };
    await appendAudit(tx, [
      ...(existing
        ? []
        : [
            {
              ...base,
              type: "gebruiker_aangemaakt" as const,
              subjectId: created.id,
              toState: "ADMIN",
              payload: { email, naam, role: "ADMIN" },
            },
          ]),
      {
        ...base,
        type: "gebruiker_uitgenodigd" as const,
        subjectId: created.id,
        payload: { invitationId: invitation.id, purpose: "uitnodiging", expiresAt: expiresAt.toISOString() },
      },
    ]);
    return { userId: created.id, token, expiresAt, created: !existing };
  },
});

export interface InvitationView {
  email: string;
  naam: string;
  purpose: InvitationPurpose;
}

/** The account a still-valid token belongs to (for the acceptance page), or null. */
export async function findValidInvitation(db: Db, token: string, now = new Date()): Promise<InvitationView | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const inv = await db.userInvitation.findUnique({ where: { tokenHash: tokenHash(token) }, include: { user: true } });
  if (!inv || inv.usedAt || inv.expiresAt <= now || !inv.user.actief) return null;
  return { email: inv.user.email, naam: inv.user.naam, purpose: inv.purpose as InvitationPurpose };
}

/** The form's schema; a malformed token is answered like an unknown one (it tells nobody which tokens exist). */
const acceptInvitationSchema = setPasswordSchema.safeExtend({ token: z.string().max(200).catch("") });
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * Sets the password of the invited account and uses up the token, atomically: the token is
 * claimed with a conditional update (unused, unexpired), so of two concurrent submissions exactly
 * one sets a password; the other gets the invalid-link message and changes nothing.
 */
export const acceptInvitation = defineCommand({
  name: "acceptInvitation",
  input: acceptInvitationSchema,
  permission: null,
  actors: "public",
  publicBecause: "the one-time token from the invitation link is the proof (sha256 stored, single use, expires)",
  target: "regio",
  async run({ tx, data: { token, password }, now }) {
    const inv = TOKEN_SHAPE.test(token)
      ? await tx.userInvitation.findUnique({ where: { tokenHash: tokenHash(token) }, include: { user: true } })
      : null;
    if (!inv || inv.usedAt || inv.expiresAt <= now || !inv.user.actief) throw new Refusal(INVITATION_INVALID_MESSAGE);
    if (passwordEqualsEmail(password, inv.user.email))
      throw new Refusal(INVALID_FORM_MESSAGE, { password: PASSWORD_IS_EMAIL_MESSAGE });
    const claimed = await tx.userInvitation.updateMany({
      where: { id: inv.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new Refusal(INVITATION_INVALID_MESSAGE);
    const passwordHash = await hashPassword(password);
    const updated = await tx.user.updateMany({ where: { id: inv.userId, actief: true }, data: { passwordHash } });
    // The account was deactivated between the check and the claim: the claim rolls back with it.
    if (updated.count !== 1) throw new Refusal(INVITATION_INVALID_MESSAGE);
    await appendAudit(tx, [
      {
        type: inv.purpose === "wachtwoord-herstel" ? "wachtwoord_hersteld" : "uitnodiging_geaccepteerd",
        actorId: inv.userId,
        actorRole: inv.user.role,
        gemeenteId: inv.user.gemeenteId,
        subjectKind: "gebruiker",
        subjectId: inv.userId,
        payload: { invitationId: inv.id, purpose: inv.purpose },
        at: now,
      },
    ]);
    return { email: inv.user.email };
  },
});
