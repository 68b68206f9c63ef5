import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Subject } from "@/lib/auth/permissions";
import { forbidden, invalidInput } from "./refusals";
import { followSettingsSchema, unsubscribeSchema } from "@/lib/validation/follow";
import { appendAudit } from "./audit";

export type FollowResult = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> };

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
export async function saveFollowSettings(
  db: Db,
  user: (Subject & { id: string }) | null,
  raw: unknown,
): Promise<FollowResult> {
  const parsed = followSettingsSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const refused = forbidden(user, "volgen.beheren");
  if (refused) return refused;
  const ids = [...new Set(parsed.data.regelingIds)];
  const found = await db.regeling.count({ where: { id: { in: ids } } });
  if (found !== ids.length)
    return {
      ok: false,
      message: "Een van de gekozen regelingen bestaat niet.",
      fieldErrors: { regelingIds: "Kies uit de lijst." },
    };
  await db.$transaction(async (tx) => {
    const current = await tx.user.findUniqueOrThrow({
      where: { id: user!.id },
      select: { unsubscribeToken: true, digestOptIn: true },
    });
    await tx.follow.deleteMany({ where: { userId: user!.id, regelingId: { notIn: ids } } });
    await tx.follow.createMany({
      data: ids.map((regelingId) => ({ userId: user!.id, regelingId })),
      skipDuplicates: true,
    });
    await tx.user.update({
      where: { id: user!.id },
      data: {
        digestOptIn: parsed.data.digest,
        unsubscribeToken: current.unsubscribeToken ?? randomBytes(24).toString("base64url"),
      },
    });
    await appendAudit(tx, [
      {
        type: "volginstellingen_gewijzigd",
        actorId: user!.id,
        actorRole: user!.role,
        gemeenteId: user!.gemeenteId,
        subjectKind: "gebruiker",
        subjectId: user!.id,
        fromState: current.digestOptIn ? "samenvatting_aan" : "samenvatting_uit",
        toState: parsed.data.digest ? "samenvatting_aan" : "samenvatting_uit",
        payload: { regelingen: ids.length },
      },
    ]);
  });
  return { ok: true };
}

/** The unsubscribe link works without signing in; the token is the proof. Idempotent. */
export async function unsubscribeDigest(db: Db, raw: unknown): Promise<FollowResult> {
  const parsed = unsubscribeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  const user = await db.user.findUnique({
    where: { unsubscribeToken: parsed.data.token },
    select: { id: true, role: true, gemeenteId: true, digestOptIn: true },
  });
  if (!user) return { ok: false, message: "Deze afmeldlink is ongeldig of verlopen." };
  if (!user.digestOptIn) return { ok: true };
  await db.$transaction(async (tx) => {
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
  });
  return { ok: true };
}
