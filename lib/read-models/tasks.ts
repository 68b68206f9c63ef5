import type { Db } from "@/lib/db/client";
import type { RoleName } from "@/lib/auth/roles";
import { can } from "@/lib/auth/permissions";
import {
  DEFAULT_FORECAST_DURATIONS,
  WorkingDays,
  latestDates,
  publicationDeadline,
  type IsoDate,
  type LatestDates,
} from "@/lib/domain";
import {
  groupTasksByMeeting,
  meetingForStep,
  nextCollegeStep,
  nextRaadStep,
  nextRegionalStep,
  raadIsLate,
  type MeetingRef,
  type TaskGroup,
} from "@/lib/domain/tasks";
import { GR_PROCEDURE_INCLUDE, loadedGrProcedureOf } from "@/lib/services/gr-procedure-store";
import { TASK_FORM_ANCHOR, TASK_LABELS } from "@/lib/presentation/tasks";
import { landingPageLinks, type NavLink } from "@/lib/presentation/navigation";

const GR_KINDS = ["GR_TREFFEN", "GR_WIJZIGEN", "GR_OPHEFFEN"] as const;
const FINAL_STATES = ["in_werking", "besloten"];
const iso = (d: Date) => d.toISOString().slice(0, 10);

export interface Task {
  procedureId: string;
  procedureTitel: string;
  regelingNaam: string;
  /** Who does it: the own raad (griffie), the own college, or the regio (secretariat). */
  orgaan: "raad" | "college" | "regio";
  /** Gemeente name for a regional overview; null for the own gemeente. */
  gemeente: string | null;
  label: string;
  deadline: IsoDate | null;
  late: boolean;
  meeting: MeetingRef | null;
  /** True when the step needs a meeting but none is planned before the deadline. */
  noMeetingInTime: boolean;
  href: string;
}

export interface MyTasks {
  groups: TaskGroup<Task>[];
  /** Secretariat: raden whose step is past its deadline. */
  lateRaden: { procedureTitel: string; gemeente: string; label: string; deadline: IsoDate; href: string }[];
  links: NavLink[];
}

export interface TaskSubject {
  id: string;
  role: RoleName;
  gemeenteId: string | null;
}

export interface Calendar {
  raad: MeetingRef[];
  college: MeetingRef[];
}

/** The latest dates of the own raad and college for a regeling's publication deadline (also the griffie agenda). */
export function latestFor(
  cal: Calendar | undefined,
  publicationBy: IsoDate | null,
  days: WorkingDays,
): LatestDates | null {
  if (!publicationBy) return null;
  const raad = cal?.raad.map((m) => m.date) ?? [];
  const college = cal?.college.map((m) => m.date) ?? [];
  return latestDates(
    null,
    { raad, college, hasRaad: raad.length > 0, hasCollege: college.length > 0 },
    publicationBy,
    { ...DEFAULT_FORECAST_DURATIONS },
    days,
  );
}

/** The raad and college meetings of these gemeenten from today on, per gemeente: one statement. */
export async function loadCalendars(db: Db, gemeenteIds: string[], today: IsoDate): Promise<Map<string, Calendar>> {
  const meetings = await db.meeting.findMany({
    where: {
      body: { gemeenteId: { in: gemeenteIds }, kind: { in: ["RAAD", "COLLEGE"] } },
      kind: { in: ["RAAD", "COLLEGE"] },
      date: { gte: new Date(`${today}T00:00:00Z`) },
      cancelledAt: null,
    },
    select: { id: true, date: true, titel: true, kind: true, body: { select: { gemeenteId: true } } },
    orderBy: { date: "asc" },
  });
  const calendars = new Map<string, Calendar>();
  for (const m of meetings) {
    const gemeenteId = m.body.gemeenteId;
    if (!gemeenteId) continue;
    const cal = calendars.get(gemeenteId) ?? { raad: [], college: [] };
    calendars.set(gemeenteId, cal);
    (m.kind === "RAAD" ? cal.raad : cal.college).push({ id: m.id, date: iso(m.date), titel: m.titel });
  }
  return calendars;
}

/**
 * "Mijn taken" for one user: the next step per open GR procedure for the user's role, with its deadline and the
 * meeting in which it must happen, grouped by meeting. Two queries whatever the number of procedures: the open GR
 * procedures (with their tracks) and the meetings of the gemeenten concerned from today on.
 */
export async function loadMyTasks(db: Db, s: TaskSubject, today: IsoDate): Promise<MyTasks> {
  const subject = { role: s.role, gemeenteId: s.gemeenteId };
  const links = landingPageLinks(subject);
  // Each side is known by its right in the permissions table, never by a role name: the raad's steps
  // (griffier), the college's (college or its bestuurssecretariaat) and the regio's (secretariat).
  const raadSide = can(subject, "raadsbesluit.registreren").allowed;
  const collegeSide = can(subject, "college.bekijken").allowed;
  const ownScoped = (raadSide || collegeSide) && s.gemeenteId !== null;
  const regional = can(subject, "procedure.beheren").allowed;
  if (!ownScoped && !regional) return { groups: [], lateRaden: [], links };

  const rows = await db.procedure.findMany({
    where: {
      kind: { in: [...GR_KINDS] },
      derivedState: { notIn: FINAL_STATES },
      ...(ownScoped ? { tracks: { some: { participant: { gemeenteId: s.gemeenteId ?? "" } } } } : {}),
    },
    include: {
      ...GR_PROCEDURE_INCLUDE,
      regeling: {
        select: {
          naam: true,
          targetInForce: true,
          participants: { select: { id: true, gemeente: { select: { id: true, naam: true } } } },
        },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  const gemeenteIds = ownScoped
    ? [s.gemeenteId ?? ""]
    : [...new Set(rows.flatMap((r) => r.regeling.participants.map((p) => p.gemeente.id)))];
  const calendars = await loadCalendars(db, gemeenteIds, today);

  const days = new WorkingDays();
  const tasks: Task[] = [];
  const lateRaden: MyTasks["lateRaden"] = [];
  for (const row of rows) {
    const loaded = loadedGrProcedureOf(row);
    if (!loaded) continue;
    const { state } = loaded;
    const publicationBy = row.regeling.targetInForce
      ? publicationDeadline(iso(row.regeling.targetInForce), days)
      : null;
    const base = { procedureId: row.id, procedureTitel: row.titel, regelingNaam: row.regeling.naam };
    const nameOf = new Map(row.regeling.participants.map((p) => [p.id, p.gemeente.naam]));
    if (regional) {
      const next = nextRegionalStep(state.regional, Object.values(state.raadTracks), publicationBy);
      if (next)
        tasks.push({
          ...base,
          orgaan: "regio",
          gemeente: null,
          label: TASK_LABELS[next.step],
          deadline: next.deadline,
          late: next.deadline !== null && next.deadline < today,
          meeting: null,
          noMeetingInTime: false,
          href: `/secretariaat/${next.step === "nota" ? "nota" : "procedures"}/${row.id}`,
        });
      for (const [participantId, raad] of Object.entries(state.raadTracks)) {
        const cal = calendars.get(loaded.gemeenteOf[participantId]);
        const step = nextRaadStep(raad, state.regional, latestFor(cal, publicationBy, days));
        if (step?.deadline && raadIsLate(step, today))
          lateRaden.push({
            procedureTitel: row.titel,
            gemeente: nameOf.get(participantId) ?? "",
            label: TASK_LABELS[step.step],
            deadline: step.deadline,
            href: `/secretariaat/procedures/${row.id}`,
          });
      }
      continue;
    }
    const participantId = Object.keys(loaded.gemeenteOf).find((id) => loaded.gemeenteOf[id] === s.gemeenteId);
    const raad = participantId ? state.raadTracks[participantId] : undefined;
    const college = participantId ? state.collegeTracks[participantId] : undefined;
    if (!raad) continue;
    const cal = calendars.get(s.gemeenteId ?? "") ?? { raad: [], college: [] };
    const latest = latestFor(cal, publicationBy, days);
    const push = (
      orgaan: "raad" | "college",
      step: NonNullable<ReturnType<typeof nextRaadStep> | ReturnType<typeof nextCollegeStep>>,
      href: string,
    ) => {
      const meeting = meetingForStep(step, orgaan === "raad" ? cal.raad : cal.college, today);
      tasks.push({
        ...base,
        orgaan,
        gemeente: null,
        label: TASK_LABELS[step.step],
        deadline: step.deadline,
        late: step.deadline !== null && step.deadline < today,
        meeting,
        noMeetingInTime: step.inMeeting && meeting === null,
        href,
      });
    };
    if (raadSide) {
      const step = nextRaadStep(raad, state.regional, latest);
      if (step) push("raad", step, `/griffie/procedures/${row.id}#${TASK_FORM_ANCHOR[step.step]}`);
    } else if (collegeSide && college) {
      const step = nextCollegeStep(college, raad, state.regional, latest, state.currentVersionId);
      if (step) push("college", step, "/college");
    }
  }
  lateRaden.sort((a, b) => a.deadline.localeCompare(b.deadline) || a.gemeente.localeCompare(b.gemeente, "nl"));
  return { groups: groupTasksByMeeting(tasks), lateRaden, links };
}
