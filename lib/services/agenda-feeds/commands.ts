import { z } from "zod";
import { Refusal, defineCommand, type AuthorizedUser, type Tx } from "@/lib/commands";
import type { AuditEventType } from "@/lib/audit/catalogue";
import { appendAudit, recordWrites } from "@/lib/services/audit";
import { vergaderingSchema } from "@/lib/validation/griffie/vergadering";
import { dbDate } from "@/lib/services/griffie/common";
import { agendaFeedSchema } from "@/lib/validation/griffie/agenda-feed";
import { kindOf } from "./parse";

/** Source marker of meetings a subscription owns; hand-entered and file-imported ones have another. */
export const SUBSCRIPTION_SOURCE = "abonnement";

const audit = (
  tx: Tx,
  user: AuthorizedUser,
  type: AuditEventType,
  gemeenteId: string | null,
  subjectId: string,
  payload: unknown,
) =>
  appendAudit(tx, [
    { type, actorId: user.id, actorRole: user.role, gemeenteId, subjectKind: "vergaderkalender", subjectId, payload },
  ]);

async function raadOf(tx: Tx, gemeenteId: string) {
  const body = await tx.body.findUnique({ where: { gemeenteId_kind: { gemeenteId, kind: "RAAD" } } });
  if (!body) throw new Refusal("Voor deze gemeente is geen gemeenteraad bekend.");
  return body;
}

/**
 * Subscribe the raad of a gemeente to its public iCalendar feed (or, with an empty URL, stop).
 * The griffier for the own gemeente, beheer for any. Meetings the subscription brought in stay
 * (they are part of the record); they are no longer updated.
 */
export const setAgendaFeed = defineCommand({
  name: "setAgendaFeed",
  input: agendaFeedSchema,
  permission: "agendafeed.beheren",
  target: "gemeente",
  async run({ tx, data: { gemeenteId, url }, user }) {
    const raad = await raadOf(tx, gemeenteId);
    const existing = await tx.agendaFeedSubscription.findUnique({ where: { bodyId: raad.id } });
    if (!url) {
      if (!existing) throw new Refusal("Er is geen abonnement om op te zeggen.");
      await tx.agendaFeedSubscription.delete({ where: { id: existing.id } });
      await audit(tx, user, "agendafeed_opgezegd", gemeenteId, existing.id, { url: existing.url });
      return {};
    }
    const sub = existing
      ? await tx.agendaFeedSubscription.update({
          where: { id: existing.id },
          // A new address starts afresh: its ETag and date say nothing about the new feed.
          data: { url, etag: null, lastModified: null, version: { increment: 1 } },
        })
      : await tx.agendaFeedSubscription.create({ data: { bodyId: raad.id, url } });
    await audit(tx, user, "agendafeed_ingesteld", gemeenteId, sub.id, { url });
    return { subscriptionId: sub.id };
  },
});

const feedEvent = z.object({
  uid: z.string().nullable(),
  titel: z.string().nullable(),
  datum: z.string().nullable(),
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  locatie: z.string().nullable(),
  cancelled: z.boolean(),
  index: z.number(),
});

export const applyAgendaFeedSchema = z.object({
  subscriptionId: z.string().min(1),
  outcome: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("unchanged") }),
    z.object({ kind: z.literal("error"), reden: z.string().max(500) }),
    z.object({
      kind: z.literal("changed"),
      etag: z.string().max(500).nullable(),
      lastModified: z.string().max(100).nullable(),
      events: z.array(feedEvent).max(5000),
    }),
  ]),
});

type Entry = { datum: string; titel: string | null };
export interface FeedChanges {
  toegevoegd: Entry[];
  verplaatst: (Entry & { van: string })[];
  gewijzigd: Entry[];
  geannuleerd: Entry[];
  overgeslagen: { regel: string; reden: string }[];
}

const iso = (d: Date | null) => d?.toISOString() ?? null;
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Applies one fetch of a subscribed feed to the raad's calendar. Only meetings this subscription
 * brought in are created, moved, changed or cancelled: a meeting entered by hand (or imported from
 * a file) is never overwritten or removed; a feed meeting on its date and kind is skipped. A
 * meeting that disappears from the feed (from today on) or is marked CANCELLED is cancelled, not
 * deleted. Every change bumps the meeting's SEQUENCE for calendar clients.
 */
export const applyAgendaFeed = defineCommand({
  name: "applyAgendaFeed",
  input: applyAgendaFeedSchema,
  permission: "agendafeed.bijwerken",
  target: "regio",
  actors: "person-or-system",
  async run({ tx, data: { subscriptionId, outcome }, user, now, today }) {
    const sub = await tx.agendaFeedSubscription.findUnique({
      where: { id: subscriptionId },
      include: { body: { select: { id: true, gemeenteId: true } } },
    });
    if (!sub) throw new Refusal("Dit abonnement bestaat niet (meer).");
    const gemeenteId = sub.body.gemeenteId;
    if (outcome.kind === "unchanged") {
      // Bookkeeping only (no audit event): nothing changed in the calendar.
      await tx.agendaFeedSubscription.update({
        where: { id: sub.id },
        data: { lastFetchedAt: now, lastStatus: "ongewijzigd", lastError: null },
      });
      return { changes: null };
    }
    if (outcome.kind === "error") {
      await tx.agendaFeedSubscription.update({
        where: { id: sub.id },
        data: { lastFetchedAt: now, lastStatus: "fout", lastError: outcome.reden },
      });
      // One event per failure streak, not one per hourly attempt.
      if (sub.lastStatus !== "fout" || sub.lastError !== outcome.reden)
        await audit(tx, user, "agendafeed_mislukt", gemeenteId, sub.id, { reden: outcome.reden });
      return { changes: null };
    }

    const changes: FeedChanges = { toegevoegd: [], verplaatst: [], gewijzigd: [], geannuleerd: [], overgeslagen: [] };
    const own = await tx.meeting.findMany({ where: { subscriptionId: sub.id } });
    const byUid = new Map(own.map((m) => [m.externalUid ?? "", m]));
    const seen = new Set<string>();
    const occupied = async (kind: "COMMISSIE" | "RAAD", datum: string, exceptId?: string) =>
      (await tx.meeting.findFirst({
        where: { bodyId: sub.bodyId, kind, date: dbDate(datum), ...(exceptId ? { NOT: { id: exceptId } } : {}) },
        select: { id: true },
      })) !== null;
    const cancel = async (m: (typeof own)[number]) => {
      await tx.meeting.update({ where: { id: m.id }, data: { cancelledAt: now, sequence: { increment: 1 } } });
      recordWrites(tx, [{ table: "Meeting", id: m.id }]);
      changes.geannuleerd.push({ datum: day(m.date), titel: m.titel });
    };

    for (const e of outcome.events) {
      const regel = `afspraak ${e.index}${e.titel ? ` (${e.titel.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").slice(0, 60)})` : ""}`;
      if (!e.uid) {
        changes.overgeslagen.push({ regel, reden: "de afspraak heeft geen UID" });
        continue;
      }
      if (seen.has(e.uid)) continue;
      seen.add(e.uid);
      const existing = byUid.get(e.uid);
      if (e.cancelled) {
        if (existing && !existing.cancelledAt) await cancel(existing);
        continue;
      }
      const kind = kindOf(e.titel ?? "");
      const checked = vergaderingSchema.safeParse({ kind, datum: e.datum ?? "", titel: e.titel ?? "" });
      if (!kind || !checked.success) {
        changes.overgeslagen.push({
          regel,
          reden: !kind
            ? "uit de titel blijkt niet of het een commissie- of raadsvergadering is"
            : (checked.error?.issues[0]?.message ?? "onvolledig"),
        });
        continue;
      }
      const { datum, titel } = checked.data;
      const fields = {
        kind,
        date: dbDate(datum),
        titel: titel || null,
        locatie: e.locatie?.slice(0, 300) ?? null,
        startsAt: e.startsAt ? new Date(e.startsAt) : null,
        endsAt: e.endsAt ? new Date(e.endsAt) : null,
      };
      if (!existing) {
        if (await occupied(kind, datum)) {
          changes.overgeslagen.push({
            regel,
            reden: "op die datum staat al een vergadering van deze soort in de kalender",
          });
          continue;
        }
        const m = await tx.meeting.create({
          data: {
            ...fields,
            bodyId: sub.bodyId,
            bron: SUBSCRIPTION_SOURCE,
            subscriptionId: sub.id,
            externalUid: e.uid,
          },
        });
        recordWrites(tx, [{ table: "Meeting", id: m.id }]);
        changes.toegevoegd.push({ datum, titel: fields.titel });
        continue;
      }
      const moved = day(existing.date) !== datum || iso(existing.startsAt) !== iso(fields.startsAt);
      const changed =
        moved ||
        existing.kind !== kind ||
        existing.titel !== fields.titel ||
        existing.locatie !== fields.locatie ||
        iso(existing.endsAt) !== iso(fields.endsAt) ||
        existing.cancelledAt !== null;
      if (!changed) continue;
      if ((day(existing.date) !== datum || existing.kind !== kind) && (await occupied(kind, datum, existing.id))) {
        changes.overgeslagen.push({
          regel,
          reden: "op de nieuwe datum staat al een vergadering van deze soort in de kalender",
        });
        continue;
      }
      await tx.meeting.update({
        where: { id: existing.id },
        data: { ...fields, cancelledAt: null, sequence: { increment: 1 } },
      });
      recordWrites(tx, [{ table: "Meeting", id: existing.id }]);
      if (existing.cancelledAt) changes.toegevoegd.push({ datum, titel: fields.titel });
      else if (moved) changes.verplaatst.push({ datum, titel: fields.titel, van: day(existing.date) });
      else changes.gewijzigd.push({ datum, titel: fields.titel });
    }
    // Gone from the feed: cancelled when still to come (feeds drop past meetings, those stay as they were).
    for (const m of own)
      if (m.externalUid && !seen.has(m.externalUid) && !m.cancelledAt && day(m.date) >= today) await cancel(m);

    const counts = {
      toegevoegd: changes.toegevoegd.length,
      verplaatst: changes.verplaatst.length,
      gewijzigd: changes.gewijzigd.length,
      geannuleerd: changes.geannuleerd.length,
      overgeslagen: changes.overgeslagen.length,
    };
    const stored = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.slice(0, 100)]));
    await tx.agendaFeedSubscription.update({
      where: { id: sub.id },
      data: {
        lastFetchedAt: now,
        lastStatus: "ok",
        lastError: null,
        etag: outcome.etag,
        lastModified: outcome.lastModified,
        lastChanges: stored,
      },
    });
    if (counts.toegevoegd + counts.verplaatst + counts.gewijzigd + counts.geannuleerd > 0 || sub.lastStatus !== "ok")
      await audit(tx, user, "agendafeed_bijgewerkt", gemeenteId, sub.id, counts);
    return { changes };
  },
});
