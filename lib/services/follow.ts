import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { Refusal, defineCommand } from "@/lib/commands";
import { followSettingsSchema, unsubscribeSchema } from "@/lib/validation/follow";
import { appendAudit } from "./audit";

export async function loadFollowSettings(db: Db, userId: string) {
  const [user, regelingen] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: { digestOptIn: true, follows: { select: { regelingId: true } } },
    }),
    db.regeling.findMany({
      where: { vervangenDoor: { is: null } },
      select: { id: true, naam: true, slug: true },
      orderBy: { naam: "asc" },
    }),
  ]);
  const followed = new Set(user?.follows.map((f) => f.regelingId));
  return {
    digestOptIn: user?.digestOptIn ?? false,
    regelingen: regelingen.map((r) => ({ ...r, followed: followed.has(r.id) })),
  };
}

/** Saves the followed regelingen and the digest opt-in, with an audit event, in one transaction. */
export const saveFollowSettings = defineCommand({
  name: "saveFollowSettings",
  input: followSettingsSchema,
  permission: "volgen.beheren",
  target: "regio",
  async run({ tx, data, user }) {
    const ids = [...new Set(data.regelingIds)];
    if ((await tx.regeling.count({ where: { id: { in: ids } } })) !== ids.length)
      throw new Refusal("Een van de gekozen regelingen bestaat niet.", { regelingIds: "Kies uit de lijst." });
    const current = await tx.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { unsubscribeToken: true, digestOptIn: true },
    });
    await tx.follow.deleteMany({ where: { userId: user.id, regelingId: { notIn: ids } } });
    await tx.follow.createMany({
      data: ids.map((regelingId) => ({ userId: user.id, regelingId })),
      skipDuplicates: true,
    });
    await tx.user.update({
      where: { id: user.id },
      data: {
        digestOptIn: data.digest,
        unsubscribeToken: current.unsubscribeToken ?? randomBytes(24).toString("base64url"),
      },
    });
    await appendAudit(tx, [
      {
        type: "volginstellingen_gewijzigd",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: user.gemeenteId,
        subjectKind: "gebruiker",
        subjectId: user.id,
        fromState: current.digestOptIn ? "samenvatting_aan" : "samenvatting_uit",
        toState: data.digest ? "samenvatting_aan" : "samenvatting_uit",
        payload: { regelingen: ids.length },
      },
    ]);
    return {};
  },
});

/** The unsubscribe link works without signing in; the token is the proof. Idempotent. */
export const unsubscribeDigest = defineCommand({
  name: "unsubscribeDigest",
  input: unsubscribeSchema,
  permission: null,
  actors: "public",
  publicBecause: "the unguessable token from the e-mail is the proof; it only turns the digest off",
  target: "regio",
  async run({ tx, data }) {
    const user = await tx.user.findUnique({
      where: { unsubscribeToken: data.token },
      select: { id: true, role: true, gemeenteId: true, digestOptIn: true },
    });
    if (!user) throw new Refusal("Deze afmeldlink is ongeldig of verlopen.");
    if (!user.digestOptIn) return {};
    await tx.user.update({ where: { id: user.id }, data: { digestOptIn: false } });
    await appendAudit(tx, [
      {
        type: "samenvatting_afgemeld",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: user.gemeenteId,
        subjectKind: "gebruiker",
        subjectId: user.id,
        fromState: "samenvatting_aan",
        toState: "samenvatting_uit",
        payload: { via: "afmeldlink" },
      },
    ]);
    return {};
  },
});
