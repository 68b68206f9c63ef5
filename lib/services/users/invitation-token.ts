import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/services/beheer/common";
import { INVITATION_VALID_HOURS, type InvitationPurpose, tokenHash } from "./invitations";

export interface IssuedInvitation {
  invitationId: string;
  token: string;
  expiresAt: Date;
}

/**
 * Issue a one-time link for a user inside the caller's transaction: only the sha256 of the token
 * is stored. Earlier unused links of the user are used up first, so only the newest link works
 * (a reset link that was sent to the wrong place can be made useless by issuing a new one).
 */
export async function issueInvitation(
  tx: Tx,
  userId: string,
  purpose: InvitationPurpose,
  createdById: string | null,
  now: Date,
): Promise<IssuedInvitation> {
  await tx.userInvitation.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_VALID_HOURS * 3_600_000);
  const inv = await tx.userInvitation.create({
    data: { userId, tokenHash: tokenHash(token), purpose, expiresAt, createdById },
  });
  return { invitationId: inv.id, token, expiresAt };
}
