/**
 * "Mijn taken" (issue 15 point 3): the next step of each party in a GR procedure, with the day by which it must be
 * done and — for a step of the raad or the college — the meeting in which it has to happen. Pure rules on the
 * domain state; the read model (lib/read-models/tasks.ts) loads the state and the meetings.
 *
 * The deadlines come from the law and from the regeling's own target dates:
 * - zienswijze: the statutory 8 weeks after receipt, Atw-extended (Wgr art. 1 lid 3; kept in the track);
 * - toestemming, collegebesluit and ondertekening: worked back from the last publication day before the beoogde
 *   inwerkingtreding (Awb art. 3:40) on the gemeente's own meeting calendar (lib/domain/forecast/work-back.ts);
 * - closing the zienswijzeprocedure: the last raad's zienswijze deadline (Wgr art. 1 lid 3);
 * - bekendmaking: the last day before the beoogde inwerkingtreding (Awb art. 3:40); inwerkingtreding: the date the
 *   published regeling names.
 */
import type { IsoDate } from "./dates";
import type { LatestDates } from "./forecast/work-back";
import { isVoorgenomenBesluitDue, nextCollegeEvent } from "./procedures/gr/college-track";
import type { CollegeTrackState, RaadTrackState, RegionalTrackState } from "./procedures/gr/types";

export type RaadTaskStep =
  | "ontvangst"
  | "agendering"
  | "zienswijze"
  | "toestemmingsvoorstel"
  | "toestemming_agendering"
  | "toestemming";
export type CollegeTaskStep = "voorgenomen_besluit" | "collegebesluit" | "ondertekening" | "eigen_bekendmaking";
export type RegionalTaskStep =
  | "concept"
  | "bosd_akkoord"
  | "zienswijzeprocedure_openen"
  | "zienswijzeprocedure_sluiten"
  | "nota"
  | "definitieve_versie"
  | "toestemmingsprocedure"
  | "bekendmaking"
  | "inwerkingtreding";

export interface NextStep<S extends string> {
  step: S;
  /** The last day for the step, or null when neither law nor the regeling sets one. */
  deadline: IsoDate | null;
  /** True when the step needs a decision in a meeting of the raad or college. */
  inMeeting: boolean;
}

const AWAITING_TOESTEMMINGSVOORSTEL = [
  "ontvangen",
  "geagendeerd",
  "zienswijze_vastgesteld",
  "geen_zienswijze",
  "herbesluit_nodig",
];

/** The raad's (griffier's) next step, or null when the raad has nothing to do now. */
export function nextRaadStep(
  raad: RaadTrackState,
  regional: RegionalTrackState,
  latest: Pick<LatestDates, "raad"> | null,
): NextStep<RaadTaskStep> | null {
  if (raad.endedOn) return null;
  const zienswijzeEnd = raad.zienswijze?.deadline.end ?? null;
  const toestemmingBy = latest?.raad ?? null;
  // The toestemmingsvoorstel arrives once the regio opened the toestemmingsprocedure (Wgr art. 1 lid 4).
  if (regional.status === "toestemmingsprocedure_geopend" && AWAITING_TOESTEMMINGSVOORSTEL.includes(raad.status))
    return { step: "toestemmingsvoorstel", deadline: null, inMeeting: false };
  switch (raad.status) {
    case "nog_niet_ontvangen":
      return regional.status === "zienswijzeprocedure_geopend"
        ? { step: "ontvangst", deadline: null, inMeeting: false }
        : null;
    case "ontvangen":
      return { step: "agendering", deadline: zienswijzeEnd, inMeeting: true };
    case "geagendeerd":
      return { step: "zienswijze", deadline: zienswijzeEnd, inMeeting: true };
    case "toestemming_ontvangen":
      return { step: "toestemming_agendering", deadline: toestemmingBy, inMeeting: true };
    case "toestemming_geagendeerd":
      return { step: "toestemming", deadline: toestemmingBy, inMeeting: true };
    case "toestemming_aangehouden": {
      const expected = raad.toestemming?.aanhoudingen.at(-1)?.expectedDate ?? null;
      return { step: "toestemming", deadline: expected ?? toestemmingBy, inMeeting: true };
    }
    default:
      return null;
  }
}

/** The college's next step (own gemeente), or null: the collegebesluit only after the own raad's toestemming (R6). */
export function nextCollegeStep(
  college: CollegeTrackState,
  raad: RaadTrackState,
  regional: RegionalTrackState,
  latest: Pick<LatestDates, "raad" | "college" | "signing" | "publication"> | null,
  currentVersionId: string | null,
): NextStep<CollegeTaskStep> | null {
  if (college.endedOn) return null;
  const next = nextCollegeEvent(raad.status, college.status);
  if (next === "collegebesluit_genomen")
    return { step: "collegebesluit", deadline: latest?.college ?? null, inMeeting: true };
  if (next === "ondertekend") return { step: "ondertekening", deadline: latest?.signing ?? null, inMeeting: false };
  if (next === "besluit_bekendgemaakt")
    return { step: "eigen_bekendmaking", deadline: latest?.publication ?? null, inMeeting: false };
  // Wgr art. 1 lid 4: the voornemen goes to the raad before it decides on toestemming (college-track.ts).
  return isVoorgenomenBesluitDue(regional, raad, college, currentVersionId)
    ? { step: "voorgenomen_besluit", deadline: latest?.raad ?? null, inMeeting: true }
    : null;
}

/** The regional (secretariat's) next step, given every raad track and the regeling's beoogde inwerkingtreding. */
export function nextRegionalStep(
  regional: RegionalTrackState,
  raden: RaadTrackState[],
  publicationBy: IsoDate | null,
): NextStep<RegionalTaskStep> | null {
  const plain = (step: RegionalTaskStep, deadline: IsoDate | null = null) => ({ step, deadline, inMeeting: false });
  switch (regional.status) {
    case "nieuw":
      return plain("concept");
    case "concept_opgesteld":
      return { step: "bosd_akkoord", deadline: null, inMeeting: true };
    case "bosd_akkoord":
      return plain("zienswijzeprocedure_openen");
    case "zienswijzeprocedure_geopend": {
      // The procedure can close once every raad's own 8-week term has ended (Wgr art. 1 lid 3).
      const ends = raden.flatMap((r) => (r.zienswijze ? [r.zienswijze.deadline.end] : [])).sort();
      return plain("zienswijzeprocedure_sluiten", ends.at(-1) ?? null);
    }
    case "zienswijzeprocedure_gesloten":
      return plain("nota");
    case "nota_van_beantwoording_gereed":
      return plain("definitieve_versie");
    case "definitieve_versie_vastgesteld":
      return plain("toestemmingsprocedure");
    case "toestemmingsprocedure_geopend":
      return plain("bekendmaking", publicationBy);
    case "bekendgemaakt":
      return plain("inwerkingtreding", regional.bekendmaking?.plannedInForceOn ?? null);
    default:
      return null;
  }
}

/** A raad is late when the day for its open step has passed (the secretariat's list of raden to chase). */
export function raadIsLate(step: NextStep<RaadTaskStep> | null, today: IsoDate): boolean {
  return step?.deadline ? step.deadline < today : false;
}

export interface MeetingRef {
  id: string;
  date: IsoDate;
  titel: string | null;
}

/**
 * The meeting in which a step must happen: the first meeting from today on, on or before the deadline. Null when the
 * step needs no meeting, or no meeting is planned in time (then the page says so).
 */
export function meetingForStep(
  step: Pick<NextStep<string>, "deadline" | "inMeeting">,
  meetings: readonly MeetingRef[],
  today: IsoDate,
): MeetingRef | null {
  if (!step.inMeeting) return null;
  const sorted = [...meetings].sort((a, b) => a.date.localeCompare(b.date));
  return sorted.find((m) => m.date >= today && (step.deadline === null || m.date <= step.deadline)) ?? null;
}

export interface TaskGroup<T> {
  meeting: MeetingRef | null;
  tasks: T[];
}

/**
 * Tasks grouped by the meeting they belong to (earliest meeting first; tasks without a meeting last), each group
 * ordered by deadline (no deadline last).
 */
export function groupTasksByMeeting<T extends { meeting: MeetingRef | null; deadline: IsoDate | null }>(
  tasks: readonly T[],
): TaskGroup<T>[] {
  const groups = new Map<string, TaskGroup<T>>();
  for (const t of tasks) {
    const key = t.meeting ? `${t.meeting.date}|${t.meeting.id}` : "~";
    const g = groups.get(key) ?? { meeting: t.meeting, tasks: [] };
    g.tasks.push(t);
    groups.set(key, g);
  }
  const byDeadline = (a: T, b: T) => (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999");
  return (
    [...groups.entries()]
      // Code-point order: ISO dates sort by day, and "~" (no meeting) after every date. Map keys are unique, so two
      // keys are never equal and "not before" is "after".
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, g]) => ({ meeting: g.meeting, tasks: [...g.tasks].sort(byDeadline) }))
  );
}
