import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { appendAudit } from "@/lib/services/audit";
import { hashPassword } from "@/lib/services/credentials";
import { PASSWORD_IS_EMAIL_MESSAGE, passwordEqualsEmail, setPasswordSchema } from "@/lib/validation/password";

export type InvitationPurpose = "uitnodiging" | "wachtwoord-herstel";
export const INVITATION_VALID_HOURS = 72;
/** One message for unknown, used and expired links: it tells nobody which tokens ever existed. */
export const INVITATION_INVALID_MESSAGE =
  "Deze link is ongeldig, al gebruikt of verlopen. Vraag de beheerder om een nieuwe uitnodiging.";

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Who is making the change: a signed-in beheerder, or the CLI/first-run page (no user). */
export interface InvitationActor {
  userId: string | null;
  role: string;
}
export const CLI_INVITATION_ACTOR: InvitationActor = { userId: null, role: "CLI" };

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

export type MaakBeheerderResult =
  | { ok: true; userId: string; token: string; expiresAt: Date; created: boolean }
  | { ok: false; message: string };

/** The one-time link for a token (NEXTAUTH_URL is the public address of the app). */
export function invitationLink(token: string, base = process.env.NEXTAUTH_URL ?? "http://localhost:3000"): string {
  return `${base.replace(/\/+$/, "")}/uitnodiging/${token}`;
}

/**
 * Creates a beheerder account without a password (or reuses the account with this address when it
 * is an active beheerder) and an invitation to set the password. One transaction writes the user,
 * the invitation (only the sha256 of the token) and the audit events.
 */
export async function maakBeheerder(
  db: Db,
  raw: unknown,
  actor: InvitationActor = CLI_INVITATION_ACTOR,
  now = new Date(),
): Promise<MaakBeheerderResult> {
  const parsed = beheerderSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  const { email } = parsed.data;
  const naam = parsed.data.naam || email.split("@")[0];
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_VALID_HOURS * 3_600_000);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email } });
    if (existing && (existing.role !== "ADMIN" || !existing.actief)) {
      return {
        ok: false as const,
        message:
          existing.role !== "ADMIN"
            ? `Er bestaat al een account met ${email} met een andere rol; dat wordt hier niet omgezet.`
            : `Het account ${email} is gedeactiveerd; dat wordt hier niet heractiveerd.`,
      };
    }
    const user = existing ?? (await tx.user.create({ data: { email, naam, role: "ADMIN", passwordHash: null } }));
    const invitation = await tx.userInvitation.create({
      data: {
        userId: user.id,
        tokenHash: tokenHash(token),
        purpose: "uitnodiging",
        expiresAt,
        createdById: actor.userId,
      },
    });
    await appendAudit(tx, [
      ...(existing
        ? []
        : [
            {
              type: "gebruiker_aangemaakt" as const,
              actorId: actor.userId,
              actorRole: actor.role,
              gemeenteId: null,
              subjectKind: "gebruiker",
              subjectId: user.id,
              toState: "ADMIN",
              payload: { email, naam, role: "ADMIN" },
              at: now,
            },
          ]),
      {
        type: "gebruiker_uitgenodigd",
        actorId: actor.userId,
        actorRole: actor.role,
        gemeenteId: null,
        subjectKind: "gebruiker",
        subjectId: user.id,
        payload: { invitationId: invitation.id, purpose: "uitnodiging", expiresAt: expiresAt.toISOString() },
        at: now,
      },
    ]);
    return { ok: true as const, userId: user.id, token, expiresAt, created: !existing };
  });
}

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

export type AcceptResult =
  | { ok: true; email: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

/**
 * Sets the password of the invited account and uses up the token, atomically: the token is
 * claimed with a conditional update (unused, unexpired), so of two concurrent submissions exactly
 * one sets a password; the other gets the invalid-link message and changes nothing.
 */
export async function acceptInvitation(db: Db, raw: unknown, now = new Date()): Promise<AcceptResult> {
  const parsed = setPasswordSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? "password")] ??= issue.message;
    if (fieldErrors.token) return { ok: false, message: INVITATION_INVALID_MESSAGE };
    return { ok: false, message: "Controleer het formulier.", fieldErrors };
  }
  const { token, password } = parsed.data;
  const hash = tokenHash(token);
  const inv = await db.userInvitation.findUnique({ where: { tokenHash: hash }, include: { user: true } });
  if (!inv || inv.usedAt || inv.expiresAt <= now || !inv.user.actief)
    return { ok: false, message: INVITATION_INVALID_MESSAGE };
  if (passwordEqualsEmail(password, inv.user.email)) {
    return { ok: false, message: "Controleer het formulier.", fieldErrors: { password: PASSWORD_IS_EMAIL_MESSAGE } };
  }
  const passwordHash = await hashPassword(password);
  return db
    .$transaction(async (tx) => {
      const claimed = await tx.userInvitation.updateMany({
        where: { id: inv.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claimed.count !== 1) return { ok: false as const, message: INVITATION_INVALID_MESSAGE };
      const user = await tx.user.updateMany({ where: { id: inv.userId, actief: true }, data: { passwordHash } });
      if (user.count !== 1) throw new InvitationRace();
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
      return { ok: true as const, email: inv.user.email };
    })
    .catch((err) => {
      if (err instanceof InvitationRace) return { ok: false as const, message: INVITATION_INVALID_MESSAGE };
      throw err;
    });
}

/** The account was deactivated between the check and the transaction: roll back the claim. */
class InvitationRace extends Error {}
