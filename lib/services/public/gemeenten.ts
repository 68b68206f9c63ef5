import { BELEIDSKADER_LABELS, todayInNetherlands } from "@/lib/domain";
import type { Db } from "@/lib/db/client";
import { legalDateOrRegistration } from "@/lib/presentation/legal-date";
import { collegeStatusText, raadStatusText } from "@/lib/presentation/status";
import {
  PUBLIC_AUDIT_SUBJECT_KINDS,
  PUBLIC_AUDIT_TYPES,
  PUBLIC_DEADLINE_SELECT,
  PUBLIC_MEETING_SELECT,
  PUBLIC_TRACK_SELECT,
  byDate,
  deadlineItem,
  meetingItem,
  trackDeadlineItems,
  type CalendarItem,
} from "./common";
import { publicBesluitQuery, publicZienswijzeQuery } from "./regelingen";

export async function listPublicGemeenten(db: Db) {
  return db.gemeente.findMany({
    orderBy: { naam: "asc" },
    select: {
      id: true,
      slug: true,
      naam: true,
      cbsCode: true,
      participations: { select: { scope: true, regeling: { select: { slug: true, naam: true } } } },
    },
  });
}

export interface TimelineEntry {
  key: string;
  date: string;
  what: string;
  who: string;
  regeling: string;
  past: boolean;
}

export const EVENT_LABELS: Record<string, string> = {
  ontwerp_ontvangen: "Concepttekst ontvangen door de raad",
  zienswijze_geagendeerd: "Zienswijze op de agenda gezet",
  zienswijze_vastgesteld: "Zienswijze vastgesteld door de raad",
  geen_zienswijze: "Raad besloot geen zienswijze te geven",
  toestemmingsvoorstel_ontvangen: "Voorstel voor toestemming ontvangen",
  toestemming_geagendeerd: "Toestemming op de agenda gezet",
  toestemming_verleend: "Raad gaf toestemming",
  toestemming_geweigerd: "Raad weigerde toestemming",
  toestemming_aangehouden: "Raad stelde het besluit over toestemming uit",
  nieuwe_versie_gepubliceerd: "Nieuwe versie van de tekst: opnieuw besluiten nodig",
  collegebesluit_genomen: "College nam een besluit",
  ondertekend: "College ondertekende de regeling",
  besluit_bekendgemaakt: "Besluit bekendgemaakt",
};

/** Without a window the read model is complete up to this many items per list (the API's detail). */
const FULL_LIMIT = 2000;

export interface GemeenteWindow {
  /** Only the most recent `recent` steps and the next `recent` coming items. */
  recent?: number;
  /** Only the most recent `recentDecisions` besluiten and zienswijzen (default: `recent`). */
  recentDecisions?: number;
}

/**
 * Read model of the public gemeente page: its participations and tracks, the decided steps from
 * the audit trail (never drafts or notes), deadlines, meetings, besluiten and zienswijzen.
 * Seven queries, independent of the number of regelingen or events. A gemeente in dozens of
 * regelingen has hundreds of steps: the page asks for a recent window and says when it cut.
 */
/** A gemeente with its participations and their regelingen (name order): the head of both gemeente page reads. */
export function loadGemeenteWithParticipations(db: Db, slug: string) {
  return db.gemeente.findUnique({
    where: { slug },
    include: {
      participations: {
        orderBy: { regeling: { naam: "asc" } },
        include: {
          regeling: { select: { id: true, slug: true, naam: true, targetSignBy: true, targetInForce: true } },
        },
      },
    },
  });
}

export async function loadPublicGemeente(
  db: Db,
  slug: string,
  today = todayInNetherlands(),
  window: GemeenteWindow = {},
) {
  const limit = window.recent ?? FULL_LIMIT;
  const decisionLimit = window.recentDecisions ?? limit;
  const gemeente = await loadGemeenteWithParticipations(db, slug);
  if (!gemeente) return null;
  const participantIds = gemeente.participations.map((p) => p.id);
  const tracks = await db.track.findMany({
    where: { participantId: { in: participantIds } },
    // Oldest procedure first, then deterministic (the bounded summary, ./gemeente-summary.ts, orders the same way).
    orderBy: [{ procedure: { createdAt: "asc" } }, { procedureId: "asc" }, { kind: "asc" }, { id: "asc" }],
    select: {
      ...PUBLIC_TRACK_SELECT,
      procedureId: true,
      procedure: {
        select: {
          id: true,
          kind: true,
          titel: true,
          derivedState: true,
          regeling: { select: { slug: true, naam: true } },
        },
      },
      participant: { select: { gemeente: { select: { naam: true, slug: true } } } },
    },
  });
  const subjectIds = tracks.map((t) => (t.data as { id?: string } | null)?.id).filter((x): x is string => !!x);
  const [audit, deadlines, meetings, besluiten, zienswijzen] = await Promise.all([
    db.auditEvent.findMany({
      where: {
        subjectKind: { in: [...PUBLIC_AUDIT_SUBJECT_KINDS] },
        type: { in: [...PUBLIC_AUDIT_TYPES] },
        subjectId: { in: subjectIds },
      },
      // The most recent steps (one more than shown, to know whether the list was cut).
      orderBy: { id: "desc" },
      take: limit + 1,
      // payload is read only for the decided date; reason and free text are never passed on.
      select: { id: true, at: true, type: true, subjectKind: true, subjectId: true, toState: true, payload: true },
    }),
    db.deadline.findMany({
      where: {
        OR: [
          { trackId: { in: tracks.map((t) => t.id) } },
          { trackId: null, procedure: { regelingId: { in: gemeente.participations.map((p) => p.regelingId) } } },
        ],
      },
      orderBy: { dueOn: "asc" },
      select: PUBLIC_DEADLINE_SELECT,
    }),
    db.meeting.findMany({
      where: { body: { gemeenteId: gemeente.id }, cancelledAt: null },
      orderBy: { date: "asc" },
      take: 200,
      select: { ...PUBLIC_MEETING_SELECT, body: { select: { naam: true } } },
    }),
    publicBesluitQuery(db, { gemeenteId: gemeente.id }, { take: decisionLimit + 1, newestFirst: true }),
    publicZienswijzeQuery(db, { gemeenteId: gemeente.id }, { take: decisionLimit + 1, newestFirst: true }),
  ]);
  const truncated = {
    timeline: audit.length > limit,
    besluiten: besluiten.length > decisionLimit,
    zienswijzen: zienswijzen.length > decisionLimit,
    coming: false,
  };

  const trackBySubject = new Map(tracks.map((t) => [(t.data as { id?: string } | null)?.id ?? t.id, t]));
  const timeline: TimelineEntry[] = audit
    .slice(0, limit)
    .reverse() // back to recording order, which breaks ties between steps on the same day
    .flatMap((e) => {
      const t = trackBySubject.get(e.subjectId);
      if (!t) return [];
      const date = legalDateOrRegistration(e.payload, e.at);
      const entry: TimelineEntry = {
        key: `audit-${e.id}`,
        date,
        what:
          EVENT_LABELS[e.type] ??
          (e.toState ? (BELEIDSKADER_LABELS[e.toState as keyof typeof BELEIDSKADER_LABELS] ?? e.type) : e.type),
        who: t.kind === "RAAD" ? `Gemeenteraad ${gemeente.naam}` : `College ${gemeente.naam}`,
        regeling: t.procedure.titel,
        past: true,
      };
      return [entry];
    });
  const calendar: CalendarItem[] = [
    ...deadlines.map(deadlineItem),
    ...trackDeadlineItems(tracks),
    ...meetings.map(meetingItem),
  ].sort(byDate);
  const upcoming = calendar.filter((c) => c.date >= today);
  truncated.coming = upcoming.length > limit;
  const coming: TimelineEntry[] = upcoming.slice(0, limit).map((c) => ({
    key: c.uid,
    date: c.date,
    what: c.title,
    who: c.kind === "vergadering" ? "Vergadering" : "Termijn",
    regeling: c.description,
    past: false,
  }));
  // The college's text depends on its raad's track of the same procedure (lib/presentation/status).
  const raadOf = (procedureId: string) => tracks.find((x) => x.procedureId === procedureId && x.kind === "RAAD");
  const trackLabel = (t: (typeof tracks)[number]) => {
    const subject = { procedureKind: t.procedure.kind, raad: t.kind === "COLLEGE" ? raadOf(t.procedureId) : t };
    return t.kind === "COLLEGE" ? collegeStatusText({ ...subject, college: t }) : raadStatusText(subject);
  };
  return {
    gemeente,
    tracks,
    trackLabel,
    timeline: [...timeline].sort((a, b) => a.date.localeCompare(b.date)),
    coming,
    calendar,
    deadlines,
    meetings,
    today,
    truncated,
    besluiten: besluiten.slice(0, decisionLimit).reverse(),
    zienswijzen: zienswijzen.slice(0, decisionLimit).reverse(),
  };
}
export type PublicGemeente = NonNullable<Awaited<ReturnType<typeof loadPublicGemeente>>>;
