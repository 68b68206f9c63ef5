import { BELEIDSKADER_LABELS, todayInNetherlands } from "@/lib/domain";
import type { Db } from "@/lib/db/client";
import { legalDateOrRegistration } from "@/lib/presentation/legal-date";
import { collegeStatusText, raadStatusText } from "@/lib/presentation/status";
import {
  PUBLIC_AUDIT_SUBJECT_KINDS,
  PUBLIC_AUDIT_TYPES,
  PUBLIC_DEADLINE_SELECT,
  PUBLIC_MEETING_SELECT,
  byDate,
  dayStart,
  deadlineItem,
  meetingItem,
  trackDeadlineItems,
  type CalendarItem,
} from "./common";
import { EVENT_LABELS, loadGemeenteWithParticipations, type PublicGemeente, type TimelineEntry } from "./gemeenten";
import { publicBesluitQuery, publicZienswijzeQuery } from "./regelingen";

export interface SummaryWindow {
  /** The most recent steps and the next coming items. */
  recent: number;
  /** The most recent besluiten and zienswijzen. */
  recentDecisions: number;
  /** Procedures whose tracks (stand, explanation) are shown: the newest ones. */
  procedures: number;
  /**
   * Smaller windows for a gemeente in more than `procedures` procedures (the bounded summary), which then
   * also lists only the next `recent` meetings: a smaller page to render on a cache miss.
   */
  bounded?: { recent: number; recentDecisions: number };
}

interface TrackRow {
  id: string;
  kind: "RAAD" | "COLLEGE";
  status: string;
  updatedAt: Date;
  participantId: string;
  procedureId: string;
  procedureKind: string;
  titel: string;
  derivedState: string;
  regelingSlug: string;
  regelingNaam: string;
  subjectId: string | null;
  /** The track's JSON: only for the shown procedures. */
  data: unknown;
  /** The zienswijze deadline (a DeadlineTrace): only when it ends today or later. */
  deadline: unknown;
  /** 1 for the newest procedure, 2 for the next, … */
  rank: number | bigint;
  total: number | bigint;
}

/**
 * Read model of the default (bounded) public gemeente page (issue 18 point 2, docs/performance.md
 * "Cheap misses, wave 11"). `loadPublicGemeente` reads every track's JSON of the gemeente (~115
 * tracks, ~140 kB at national scale) to show ten procedures, thirty steps and thirty coming items.
 * This reads only what the page shows, in the same number of statements:
 * - one statement over the gemeente's tracks that returns, per track, its ids, kind, procedure
 *   title and the audit subject id (`data->>'id'`), the full JSON only for the tracks of the
 *   `procedures` newest procedures, and the zienswijze deadline only when it ends today or later;
 * - the coming deadlines and meetings from today on, at most `recent + 1` each (indexed by date);
 * - the recent steps, besluiten and zienswijzen windows as before.
 * For a gemeente in at most `procedures` procedures the result equals `loadPublicGemeente` with the
 * same window (tests/integration/public/gemeente-summary.test.ts).
 */
export async function loadPublicGemeenteSummary(
  db: Db,
  slug: string,
  today = todayInNetherlands(),
  window: SummaryWindow,
) {
  const { procedures } = window;
  const gemeente = await loadGemeenteWithParticipations(db, slug);
  if (!gemeente) return null;
  const participantIds = gemeente.participations.map((p) => p.id);
  // Procedures ranked newest first (creation time, then id: deterministic); the JSON travels only for the
  // shown ones. Uses the index on Track.participantId.
  const rows = await db.$queryRaw<TrackRow[]>`
    WITH t AS (
      SELECT t.*, pr.kind::text AS "procedureKind", pr.titel, pr."derivedState", pr."createdAt" AS "procCreatedAt",
             r.slug AS "regelingSlug", r.naam AS "regelingNaam",
             dense_rank() OVER (ORDER BY pr."createdAt" DESC, pr.id DESC) AS rank
      FROM "Track" t
      JOIN "Procedure" pr ON pr.id = t."procedureId"
      JOIN "Regeling" r ON r.id = pr."regelingId"
      WHERE t."participantId" = ANY(${participantIds}::text[])
    )
    SELECT t.id, t.kind::text AS kind, t.status, t."updatedAt", t."participantId", t."procedureId",
           t."procedureKind", t.titel, t."derivedState", t."regelingSlug", t."regelingNaam",
           t.data->>'id' AS "subjectId",
           CASE WHEN t.rank <= ${procedures}::int THEN t.data END AS data,
           CASE WHEN t.kind = 'RAAD' AND (t.data #>> '{zienswijze,deadline,end}') COLLATE "C" >= ${today}::text
                THEN t.data #> '{zienswijze,deadline}' END AS deadline,
           t.rank, max(t.rank) OVER () AS total
    FROM t
    ORDER BY t."procCreatedAt", t."procedureId", t.kind, t.id`;
  const total = Number(rows[0]?.total ?? 0);
  const small = total > procedures ? window.bounded : undefined;
  const { recent: limit, recentDecisions: decisionLimit } = small ?? window;
  const meetingLimit = small ? limit : 200;
  const who = { gemeente: { naam: gemeente.naam, slug: gemeente.slug } };
  type Track = PublicGemeente["tracks"][number];
  const tracks: Track[] = rows
    .filter((r) => Number(r.rank) <= procedures)
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      data: r.data as Track["data"],
      updatedAt: r.updatedAt,
      participantId: r.participantId,
      procedureId: r.procedureId,
      procedure: {
        id: r.procedureId,
        kind: r.procedureKind as Track["procedure"]["kind"],
        titel: r.titel,
        derivedState: r.derivedState,
        regeling: { slug: r.regelingSlug, naam: r.regelingNaam },
      },
      participant: who,
    }));
  const subjectIds = rows.map((r) => r.subjectId).filter((x): x is string => !!x);
  const from = dayStart(today);
  const [audit, deadlines, meetings, besluiten, zienswijzen] = await Promise.all([
    db.auditEvent.findMany({
      where: {
        subjectKind: { in: [...PUBLIC_AUDIT_SUBJECT_KINDS] },
        type: { in: [...PUBLIC_AUDIT_TYPES] },
        subjectId: { in: subjectIds },
      },
      orderBy: { id: "desc" },
      take: limit + 1,
      select: { id: true, at: true, type: true, subjectKind: true, subjectId: true, toState: true, payload: true },
    }),
    db.deadline.findMany({
      where: {
        dueOn: { gte: from },
        OR: [
          { trackId: { in: rows.map((t) => t.id) } },
          { trackId: null, procedure: { regelingId: { in: gemeente.participations.map((p) => p.regelingId) } } },
        ],
      },
      orderBy: [{ dueOn: "asc" }, { id: "asc" }],
      take: limit + 1,
      select: PUBLIC_DEADLINE_SELECT,
    }),
    // The page lists the coming meetings (at most 200, as the complete page; the next `limit` on the bounded
    // summary) and the first `limit` are coming items.
    db.meeting.findMany({
      where: { body: { gemeenteId: gemeente.id }, cancelledAt: null, date: { gte: from } },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      take: meetingLimit + (small ? 1 : 0),
      select: { ...PUBLIC_MEETING_SELECT, body: { select: { naam: true } } },
    }),
    publicBesluitQuery(db, { gemeenteId: gemeente.id }, { take: decisionLimit + 1, newestFirst: true }),
    publicZienswijzeQuery(db, { gemeenteId: gemeente.id }, { take: decisionLimit + 1, newestFirst: true }),
  ]);

  const bySubject = new Map(rows.map((r) => [r.subjectId ?? r.id, r]));
  const timeline: TimelineEntry[] = audit
    .slice(0, limit)
    .reverse()
    .flatMap((e) => {
      const t = bySubject.get(e.subjectId);
      if (!t) return [];
      return [
        {
          key: `audit-${e.id}`,
          date: legalDateOrRegistration(e.payload, e.at),
          what:
            EVENT_LABELS[e.type] ??
            (e.toState ? (BELEIDSKADER_LABELS[e.toState as keyof typeof BELEIDSKADER_LABELS] ?? e.type) : e.type),
          who: t.kind === "RAAD" ? `Gemeenteraad ${gemeente.naam}` : `College ${gemeente.naam}`,
          regeling: t.titel,
          past: true,
        },
      ];
    });
  const deadlineTracks = rows
    .filter((r) => r.deadline)
    .map((r) => ({ ...r, data: { zienswijze: { deadline: r.deadline } }, participant: who }));
  const upcoming: CalendarItem[] = [
    ...deadlines.map(deadlineItem),
    ...trackDeadlineItems(deadlineTracks),
    ...meetings.slice(0, meetingLimit).map(meetingItem),
  ]
    .filter((c) => c.date >= today)
    .sort(byDate);
  const coming: TimelineEntry[] = upcoming.slice(0, limit).map((c) => ({
    key: c.uid,
    date: c.date,
    what: c.title,
    who: c.kind === "vergadering" ? "Vergadering" : "Termijn",
    regeling: c.description,
    past: false,
  }));
  const raadOf = (procedureId: string) => tracks.find((x) => x.procedureId === procedureId && x.kind === "RAAD");
  const trackLabel = (t: Track) => {
    const subject = { procedureKind: t.procedure.kind, raad: t.kind === "COLLEGE" ? raadOf(t.procedureId) : t };
    return t.kind === "COLLEGE" ? collegeStatusText({ ...subject, college: t }) : raadStatusText(subject);
  };
  return {
    gemeente,
    tracks,
    trackLabel,
    /** How many procedures the gemeente takes part in (tracks shown only for the newest `procedures`). */
    procedures: total,
    timeline: [...timeline].sort((a, b) => a.date.localeCompare(b.date)),
    coming,
    meetings: meetings.slice(0, meetingLimit),
    /** Coming meetings were left out (only on the bounded summary). */
    meetingsCut: meetings.length > meetingLimit,
    /** The windows used (smaller on the bounded summary). */
    window: { recent: limit, recentDecisions: decisionLimit },
    today,
    truncated: {
      timeline: audit.length > limit,
      besluiten: besluiten.length > decisionLimit,
      zienswijzen: zienswijzen.length > decisionLimit,
      coming: upcoming.length > limit,
    },
    besluiten: besluiten.slice(0, decisionLimit).reverse(),
    zienswijzen: zienswijzen.slice(0, decisionLimit).reverse(),
  };
}
