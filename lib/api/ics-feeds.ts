import { todayInNetherlands } from "@/lib/domain";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { MEETING_KIND_LABELS } from "@/lib/presentation/labels";
import { type MilestoneRecord, milestonesWithFacts } from "@/lib/presentation/milestones";
import { byDate, type CalendarItem, inForceItem } from "@/lib/services/public/common";

/**
 * Read models of the iCalendar feeds: exactly the items (and fields) a feed contains, the same
 * items as the calendars of the public gemeente and regeling pages (lib/services/public), but
 * without the rest of those pages (besluiten, zienswijzen, audit trail, explanations). Four (a
 * gemeente) or five (a regeling) statements in parallel, whatever the number of regelingen, tracks or
 * meetings; the zienswijze deadline and the inwerkingtreding are read from the JSON in PostgreSQL, so
 * no track or procedure JSON is parsed in Node.
 */
const ts = (col: Prisma.Sql) => Prisma.sql`to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const day = (col: Prisma.Sql) => Prisma.sql`to_char(${col}, 'YYYY-MM-DD')`;

type DeadlineRow = {
  id: string;
  label: string;
  dueOn: string;
  grondslag: string | null;
  kind: string;
  titel: string;
  stamp: string;
};
type TrackRow = { id: string; stamp: string; naam: string; start: string | null; period: string | null; end: string };
type MeetingRow = {
  id: string;
  kind: string;
  date: string;
  titel: string | null;
  locatie: string | null;
  stamp: string;
  body: string;
  startsAt: string | null;
  endsAt: string | null;
  sequence: number;
  cancelled: boolean;
};
type MilestoneRow = {
  id: string;
  label: string;
  day: string;
  dateText: string;
  bron: string;
  kind: MilestoneRecord["kind"];
  precision: MilestoneRecord["precision"];
  position: number;
  plannedStep: string | null;
};
/** A GR procedure: its regional state (facts that supersede planned milestones) and its recorded inwerkingtreding. */
type GrProcedureRow = { id: string; regional: unknown; date: string | null; stamp: string };

const deadlineItem = (d: DeadlineRow): CalendarItem => ({
  uid: `deadline-${d.id}@gr-volg`,
  date: d.dueOn,
  kind: "deadline",
  title: d.label,
  description: `${d.titel}. ${d.kind === "STATUTORY" ? "Wettelijke termijn" : "Afgesproken datum"}${d.grondslag ? ` (${d.grondslag})` : ""}.`,
  stamp: new Date(d.stamp),
});

const trackItem = (t: TrackRow): CalendarItem => ({
  uid: `zienswijzetermijn-${t.id}@gr-volg`,
  date: t.end,
  kind: "deadline",
  title: `Einde termijn zienswijze gemeenteraad ${t.naam}`,
  description: `Wettelijke termijn (Wgr art. 1 lid 3): ${t.period ?? undefined} na ontvangst op ${t.start ?? undefined}, einde ${t.end}.`,
  stamp: new Date(t.stamp),
});

const meetingItem = (m: MeetingRow): CalendarItem => ({
  uid: `vergadering-${m.id}@gr-volg`,
  date: m.date,
  kind: "vergadering",
  title: m.titel ?? `${MEETING_KIND_LABELS[m.kind] ?? "Vergadering"} ${m.body}`,
  description: `${MEETING_KIND_LABELS[m.kind] ?? "Vergadering"} van ${m.body}${m.locatie ? `, ${m.locatie}` : ""}.`,
  stamp: new Date(m.stamp),
  ...(m.startsAt ? { startsAt: new Date(m.startsAt) } : {}),
  ...(m.endsAt ? { endsAt: new Date(m.endsAt) } : {}),
  ...(m.locatie ? { location: m.locatie } : {}),
  sequence: m.sequence,
  ...(m.cancelled ? { cancelled: true } : {}),
});

/** Raad tracks with a statutory zienswijze deadline, for the tracks selected by `where`. */
const trackDeadlines = (where: Prisma.Sql) => Prisma.sql`
  SELECT t.id, ${ts(Prisma.sql`t."updatedAt"`)} AS stamp, g.naam,
         t.data#>>'{zienswijze,deadline,start}' AS start, t.data#>>'{zienswijze,deadline,period}' AS period,
         t.data#>>'{zienswijze,deadline,end}' AS "end"
  FROM "Track" t JOIN "Participant" p ON p.id = t."participantId" JOIN "Gemeente" g ON g.id = p."gemeenteId"
  WHERE t.kind = 'RAAD' AND ${where} AND COALESCE(t.data#>>'{zienswijze,deadline,end}', '') <> ''`;

const deadlineCols = Prisma.sql`d.id, d.label, ${day(Prisma.sql`d."dueOn"`)} AS "dueOn", d.grondslag, d.kind::text AS kind, pr.titel, ${ts(Prisma.sql`pr."updatedAt"`)} AS stamp`;
const meetingCols = Prisma.sql`m.id, m.kind::text AS kind, ${day(Prisma.sql`m.date`)} AS date, m.titel, m.locatie, ${ts(Prisma.sql`m."updatedAt"`)} AS stamp, b.naam AS body,
  ${ts(Prisma.sql`m."startsAt"`)} AS "startsAt", ${ts(Prisma.sql`m."endsAt"`)} AS "endsAt", m.sequence, m."cancelledAt" IS NOT NULL AS cancelled`;

/** The calendar of one gemeente (its deadlines, zienswijze deadlines and meetings), or null. */
export async function loadGemeenteCalendar(
  db: Db,
  slug: string,
): Promise<{ naam: string; items: CalendarItem[] } | null> {
  const gemeenteId = Prisma.sql`(SELECT id FROM "Gemeente" WHERE slug = ${slug})`;
  const [gemeente, deadlines, tracks, meetings] = await Promise.all([
    db.$queryRaw<{ naam: string }[]>`SELECT naam FROM "Gemeente" WHERE slug = ${slug}`,
    db.$queryRaw<DeadlineRow[]>`
      SELECT ${deadlineCols} FROM "Deadline" d JOIN "Procedure" pr ON pr.id = d."procedureId"
      WHERE d."trackId" IN (SELECT t.id FROM "Track" t JOIN "Participant" p ON p.id = t."participantId" WHERE p."gemeenteId" = ${gemeenteId})
         OR (d."trackId" IS NULL AND pr."regelingId" IN (SELECT "regelingId" FROM "Participant" WHERE "gemeenteId" = ${gemeenteId}))`,
    db.$queryRaw<TrackRow[]>(trackDeadlines(Prisma.sql`p."gemeenteId" = ${gemeenteId}`)),
    db.$queryRaw<MeetingRow[]>`
      SELECT ${meetingCols} FROM "Meeting" m JOIN "Body" b ON b.id = m."bodyId"
      WHERE b."gemeenteId" = ${gemeenteId} ORDER BY m.date, m.id LIMIT 200`,
  ]);
  if (!gemeente.length) return null;
  return {
    naam: gemeente[0].naam,
    items: [...deadlines.map(deadlineItem), ...tracks.map(trackItem), ...meetings.map(meetingItem)].sort(byDate),
  };
}

/** The calendar of one regeling (deadlines, zienswijze deadlines, coming meetings, dated milestones), or null. */
export async function loadRegelingCalendar(
  db: Db,
  slug: string,
  today = todayInNetherlands(),
): Promise<{ naam: string; items: CalendarItem[] } | null> {
  const rows = await db.$queryRaw<{ id: string; naam: string; regioId: string | null; stamp: string }[]>`
    SELECT id, naam, "regioId", ${ts(Prisma.sql`"createdAt"`)} AS stamp FROM "Regeling" WHERE slug = ${slug}`;
  if (!rows.length) return null;
  const regeling = rows[0];
  const [deadlines, tracks, meetings, milestoneRows, grProcedures] = await Promise.all([
    db.$queryRaw<DeadlineRow[]>`
      SELECT ${deadlineCols} FROM "Deadline" d JOIN "Procedure" pr ON pr.id = d."procedureId" WHERE pr."regelingId" = ${regeling.id}`,
    db.$queryRaw<TrackRow[]>(
      trackDeadlines(Prisma.sql`t."procedureId" IN (SELECT id FROM "Procedure" WHERE "regelingId" = ${regeling.id})`),
    ),
    db.$queryRaw<MeetingRow[]>`
      SELECT ${meetingCols} FROM "Meeting" m JOIN "Body" b ON b.id = m."bodyId"
      WHERE m.date >= ${today}::date
        AND (b."gemeenteId" IN (SELECT "gemeenteId" FROM "Participant" WHERE "regelingId" = ${regeling.id})
             ${regeling.regioId ? Prisma.sql`OR b."regioId" = ${regeling.regioId}` : Prisma.empty})
      ORDER BY m.date, m.id LIMIT 200`,
    // Every milestone: a planned one whose step is registered is dated to the day by that fact (issue 16 point 2).
    db.$queryRaw<MilestoneRow[]>`
      SELECT id, label, ${day(Prisma.sql`date`)} AS day, "dateText", bron, kind::text AS kind, precision::text AS precision,
             position, "plannedStep"
      FROM "Milestone" WHERE "regelingId" = ${regeling.id}`,
    // One read of the GR procedures serves both the milestone facts and the in-force items (the query budget).
    db.$queryRaw<GrProcedureRow[]>`
      SELECT id, regional, regional#>>'{regional,inwerkingtreding,effectiveOn}' AS date,
             ${ts(Prisma.sql`"updatedAt"`)} AS stamp
      FROM "Procedure" WHERE "regelingId" = ${regeling.id} AND kind::text LIKE 'GR%'`,
  ]);
  const inForce = grProcedures.filter((p): p is GrProcedureRow & { date: string } => Boolean(p.date));
  const milestones = milestonesWithFacts(
    milestoneRows.map((m) => ({ ...m, date: new Date(`${m.day}T00:00:00Z`) })),
    grProcedures.map((p) => p.regional),
  ).filter((m) => m.precision === "DAY");
  const stamp = new Date(regeling.stamp);
  return {
    naam: regeling.naam,
    items: [
      ...deadlines.map(deadlineItem),
      ...tracks.map(trackItem),
      ...meetings.map(meetingItem),
      ...milestones.map(
        (m): CalendarItem => ({
          uid: `mijlpaal-${m.id}@gr-volg`,
          date: m.date.toISOString().slice(0, 10),
          kind: "mijlpaal",
          title: m.label,
          description: `${m.dateText} (bron: ${m.bron}).`,
          stamp,
        }),
      ),
      ...inForce.map((p) =>
        inForceItem({ procedureId: p.id, naam: regeling.naam, effectiveOn: p.date, stamp: new Date(p.stamp) }),
      ),
    ].sort(byDate),
  };
}
