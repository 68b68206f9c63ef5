import type { AuditEventType } from "@/lib/audit/catalogue";
import { beleidskaderAuditType } from "@/lib/audit/events/beleidskader";
import {
  BELEIDSKADER_EVENTS,
  COLLEGE_TRACK_EVENTS,
  type DeadlineTrace,
  RAAD_TRACK_EVENTS,
  explainDeadline,
} from "@/lib/domain";
import { formatDutchDate } from "@/lib/presentation/dates";
import { MEETING_KIND_LABELS } from "@/lib/presentation/labels";

/** Only zienswijzen the raad has decided on are public; a CONCEPT is a draft and never shown. */
export const PUBLIC_ZIENSWIJZE_STATUSES = ["VASTGESTELD", "INGEDIEND"] as const;

/**
 * Audit events that record a decided fact (a step of a raad, college or beleidskader track).
 * Everything else (drafts, notes, accounts, set-up) stays internal. Payloads and reasons are
 * never shown publicly: only the type, the new state and the date.
 */
export const PUBLIC_AUDIT_SUBJECT_KINDS = ["raad_track", "college_track", "beleidskader_track"] as const;
export const PUBLIC_AUDIT_TYPES = [
  ...new Set([
    ...RAAD_TRACK_EVENTS,
    ...COLLEGE_TRACK_EVENTS,
    // Stored as beleidskader_<event> (lib/services/beleidskader-store.ts): every step is a decided fact of the raad.
    ...BELEIDSKADER_EVENTS.map(beleidskaderAuditType),
  ]),
] satisfies AuditEventType[];

/** What the public pages show of a deadline (with how it was computed). */
export const PUBLIC_DEADLINE_SELECT = {
  id: true,
  label: true,
  dueOn: true,
  grondslag: true,
  kind: true,
  trace: true,
  procedure: { select: { titel: true, updatedAt: true } },
} as const;

/** What the public pages read of a track (status, data for deadlines, and whose track it is). */
export const PUBLIC_TRACK_SELECT = {
  id: true,
  kind: true,
  status: true,
  data: true,
  updatedAt: true,
  participantId: true,
} as const;

/** What the public pages show of a meeting (the caller adds what it needs of the body). */
export const PUBLIC_MEETING_SELECT = {
  id: true,
  kind: true,
  date: true,
  titel: true,
  locatie: true,
  createdAt: true,
  startsAt: true,
  endsAt: true,
  agendaUrl: true,
  sequence: true,
  updatedAt: true,
} as const;

export const iso = (d: Date) => d.toISOString().slice(0, 10);
export const dayStart = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

/** One dated item for the timelines and the calendar feeds. `uid` is stable (derived from record ids). */
export interface CalendarItem {
  uid: string;
  date: string;
  kind: "deadline" | "vergadering" | "mijlpaal";
  title: string;
  description: string;
  /** When the item last changed (for DTSTAMP); deterministic so feeds have a stable ETag. */
  stamp: Date;
  gemeenteSlug?: string;
  /** For a computed deadline: how the date was computed (start, period, extensions), in Dutch. */
  explanation?: string[];
  /** A meeting with a known time: start and end (shown in Europe/Amsterdam); otherwise an all-day item. */
  startsAt?: Date;
  endsAt?: Date;
  location?: string;
  /** The stored change counter (iCalendar SEQUENCE); else derived from `stamp`. */
  sequence?: number;
  cancelled?: boolean;
  /** Absolute link to the page about the item. */
  url?: string;
}

/** The deadline engine's trace in plain lines, when the stored JSON has the full trace shape. */
export function traceLines(trace: unknown): string[] | undefined {
  const t = trace as Partial<DeadlineTrace> | null;
  if (
    !t ||
    typeof t.start !== "string" ||
    typeof t.nominalEnd !== "string" ||
    typeof t.end !== "string" ||
    !Array.isArray(t.extensions)
  )
    return undefined;
  try {
    return explainDeadline({ notes: [], ...t } as DeadlineTrace);
  } catch {
    return undefined;
  }
}

/** A raad or college track as the public pages read it (with its gemeente). */
export interface TrackLike {
  id: string;
  kind: string;
  status: string;
  data: unknown;
  updatedAt: Date;
  participant: { gemeente: { naam: string; slug: string } };
}

/** The statutory zienswijze deadline inside a raad track, while the raad still has to decide. */
export function zienswijzeDeadlineOf(track: TrackLike): { trace: DeadlineTrace; open: boolean } | null {
  if (track.kind !== "RAAD") return null;
  const z = (track.data as { zienswijze?: { deadline?: DeadlineTrace; decision?: unknown; waived?: boolean } } | null)
    ?.zienswijze;
  if (!z?.deadline?.end) return null;
  return { trace: z.deadline, open: !z.decision && !z.waived };
}

export function trackDeadlineItems(tracks: TrackLike[]): CalendarItem[] {
  return tracks.flatMap((t) => {
    const d = zienswijzeDeadlineOf(t);
    if (!d) return [];
    return [
      {
        uid: `zienswijzetermijn-${t.id}@gr-volg`,
        date: d.trace.end,
        kind: "deadline" as const,
        title: `Einde termijn zienswijze gemeenteraad ${t.participant.gemeente.naam}`,
        description: `Wettelijke termijn (Wgr art. 1 lid 3): ${d.trace.period} na ontvangst op ${d.trace.start}, einde ${d.trace.end}.`,
        stamp: t.updatedAt,
        gemeenteSlug: t.participant.gemeente.slug,
        explanation: traceLines(d.trace),
      },
    ];
  });
}

export function deadlineItem(d: {
  id: string;
  label: string;
  dueOn: Date;
  grondslag: string | null;
  kind: string;
  trace: unknown;
  procedure: { titel: string; updatedAt: Date };
}): CalendarItem {
  return {
    uid: `deadline-${d.id}@gr-volg`,
    date: iso(d.dueOn),
    kind: "deadline",
    title: d.label,
    description: `${d.procedure.titel}. ${d.kind === "STATUTORY" ? "Wettelijke termijn" : "Afgesproken datum"}${d.grondslag ? ` (${d.grondslag})` : ""}.`,
    stamp: d.procedure.updatedAt,
    explanation: traceLines(d.trace),
  };
}

export function meetingItem(m: {
  id: string;
  kind: string;
  date: Date;
  titel: string | null;
  locatie: string | null;
  createdAt: Date;
  body: { naam: string };
  startsAt?: Date | null;
  endsAt?: Date | null;
  agendaUrl?: string | null;
  sequence?: number;
  updatedAt?: Date;
}): CalendarItem {
  return {
    uid: `vergadering-${m.id}@gr-volg`,
    date: iso(m.date),
    kind: "vergadering",
    title: m.titel ?? `${MEETING_KIND_LABELS[m.kind] ?? "Vergadering"} ${m.body.naam}`,
    description: `${MEETING_KIND_LABELS[m.kind] ?? "Vergadering"} van ${m.body.naam}${m.locatie ? `, ${m.locatie}` : ""}.`,
    stamp: m.updatedAt ?? m.createdAt,
    ...(m.startsAt ? { startsAt: m.startsAt } : {}),
    ...(m.endsAt ? { endsAt: m.endsAt } : {}),
    ...(m.locatie ? { location: m.locatie } : {}),
    ...(m.sequence !== undefined ? { sequence: m.sequence } : {}),
    // The agenda item in the council's raadsinformatiesysteem is the page about this meeting.
    ...(m.agendaUrl ? { url: m.agendaUrl } : {}),
  };
}

export function milestoneItem(
  m: { id: string; label: string; date: Date; dateText: string; bron: string },
  stamp: Date,
): CalendarItem {
  return {
    uid: `mijlpaal-${m.id}@gr-volg`,
    date: iso(m.date),
    kind: "mijlpaal",
    title: m.label,
    description: `${m.dateText} (bron: ${m.bron}).`,
    stamp,
  };
}

/**
 * The regeling's inwerkingtreding once it is a fact (the secretariat's step, or the scheduled job that records a
 * planned inwerkingtreding on its day; issue 15 point 2), in the public regeling calendar and its iCalendar feed.
 */
export function inForceItem(i: { procedureId: string; naam: string; effectiveOn: string; stamp: Date }): CalendarItem {
  return {
    uid: `inwerkingtreding-${i.procedureId}@gr-volg`,
    date: i.effectiveOn,
    kind: "mijlpaal",
    title: `In werking getreden: ${i.naam}`,
    description: `${i.naam} is met ingang van ${formatDutchDate(i.effectiveOn)} in werking getreden.`,
    stamp: i.stamp,
  };
}

export const byDate = (a: CalendarItem, b: CalendarItem) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid);
