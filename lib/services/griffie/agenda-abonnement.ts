import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { Refusal, defineCommand } from "@/lib/commands";
import { AGENDA_TOKEN_PATTERN, agendaLinkSchema, agendaMailSchema } from "@/lib/validation/griffie/agenda-abonnement";
import { appendAudit } from "@/lib/services/audit";
import type { IsoDate } from "@/lib/domain";
import { type GriffieAgenda, loadGriffieAgenda } from "@/lib/read-models/agenda";

/**
 * The griffier's own subscriptions to the griffie agenda (issue 17 point 4). A calendar app cannot sign in, so the
 * private iCalendar address carries a secret: 32 random bytes, shown once, stored only as its SHA-256 (a leaked
 * database gives no working address). One live address per user: a new one ends the old one; revoking ends it at
 * once, because every request looks the hash up again (no cache).
 */
export const hashAgendaToken = (token: string) => createHash("sha256").update(token).digest("hex");

const subject = (userId: string) => ({ subjectKind: "gebruiker", subjectId: userId });

export const manageAgendaLink = defineCommand({
  name: "manageAgendaLink",
  input: agendaLinkSchema,
  // The griffie agenda is the own gemeente's (griffie.bekijken: griffiers only, own gemeente).
  permission: "griffie.bekijken",
  target: "eigen-gemeente",
  async run({ tx, data, user, now }) {
    const revoked = await tx.agendaLink.updateMany({
      where: { userId: user.id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (data.actie === "intrekken") {
      if (revoked.count === 0) throw new Refusal("U heeft geen privé-agendalink om in te trekken.");
      await appendAudit(tx, [
        {
          type: "agendalink_ingetrokken",
          actorId: user.id,
          actorRole: user.role,
          gemeenteId: user.gemeenteId,
          ...subject(user.id),
          payload: { ingetrokken: revoked.count },
        },
      ]);
      return { token: null };
    }
    const token = randomBytes(32).toString("base64url");
    const link = await tx.agendaLink.create({ data: { userId: user.id, tokenHash: hashAgendaToken(token) } });
    await appendAudit(tx, [
      {
        type: "agendalink_aangemaakt",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: user.gemeenteId,
        ...subject(user.id),
        payload: { linkId: link.id, ingetrokken: revoked.count },
      },
    ]);
    // Returned once, to show the user; never stored or logged.
    return { token };
  },
});

export const setAgendaMail = defineCommand({
  name: "setAgendaMail",
  input: agendaMailSchema,
  permission: "griffie.bekijken",
  target: "eigen-gemeente",
  async run({ tx, data, user }) {
    const current = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { agendaMailOptIn: true } });
    if (current.agendaMailOptIn === data.aan) return {};
    await tx.user.update({ where: { id: user.id }, data: { agendaMailOptIn: data.aan } });
    await appendAudit(tx, [
      {
        type: "agendamail_gewijzigd",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: user.gemeenteId,
        ...subject(user.id),
        fromState: current.agendaMailOptIn ? "agendamail_aan" : "agendamail_uit",
        toState: data.aan ? "agendamail_aan" : "agendamail_uit",
        payload: { aan: data.aan },
      },
    ]);
    return {};
  },
});

/** What the agenda page shows of the user's subscriptions: whether a live address exists, and the e-mail setting. */
export async function loadAgendaSubscriptions(db: Db, userId: string) {
  const [link, user] = await Promise.all([
    db.agendaLink.findFirst({ where: { userId, revokedAt: null }, select: { createdAt: true } }),
    db.user.findUnique({ where: { id: userId }, select: { agendaMailOptIn: true } }),
  ]);
  return { linkSince: link?.createdAt ?? null, mail: user?.agendaMailOptIn ?? false };
}

/**
 * The gemeente whose agenda a private address shows: only for a live link of an active griffier who still has a
 * gemeente. Anything else — malformed, unknown, revoked, another role now — is null, and the route answers one and
 * the same 404, so the answer says nothing about which of these it was.
 */
export async function resolveAgendaToken(db: Db, token: string): Promise<{ gemeenteId: string } | null> {
  if (!AGENDA_TOKEN_PATTERN.test(token)) return null;
  const link = await db.agendaLink.findUnique({
    where: { tokenHash: hashAgendaToken(token) },
    select: { revokedAt: true, user: { select: { actief: true, role: true, gemeenteId: true } } },
  });
  if (!link || link.revokedAt || !link.user.actief || link.user.role !== "GRIFFIER" || !link.user.gemeenteId)
    return null;
  return { gemeenteId: link.user.gemeenteId };
}

/** The agenda behind a private address, or null (one 404 for every reason). Four statements. */
export async function loadPrivateAgenda(db: Db, token: string, today: IsoDate): Promise<GriffieAgenda | null> {
  const owner = await resolveAgendaToken(db, token);
  return owner ? loadGriffieAgenda(db, owner.gemeenteId, today) : null;
}
