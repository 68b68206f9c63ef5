/**
 * Planned steps (issue 15): a step whose date is fixed in advance — today the inwerkingtreding that the
 * bekendmaking names ("treedt in werking met ingang van 1 januari 2027") — is kept as a planned record
 * with its legal basis, apart from the facts. The facts keep refusing future dates (events.ts
 * checkDate: a raadsbesluit cannot be registered before it is taken); on its date a scheduled job turns
 * the planned step into the fact.
 *
 * Awb art. 3:40: a besluit "treedt niet in werking voordat het is bekendgemaakt". So an inwerkingtreding
 * can only be planned once the bekendmaking is registered, and only for a day after the day of
 * bekendmaking (a regeling in force "met ingang van" a date is in force from 00:00 that day).
 *
 * Meetings (issue 15 point 2): a scheduled raadsvergadering of one participant and a planned meeting of the BOSD can
 * be planned the same way. What becomes a fact on the meeting's day is only that the meeting was HELD with the
 * regeling on its agenda (`vergadering_gehouden`, a record on the procedure that moves no status) — never the
 * decision taken in it: a raadsbesluit (zienswijze, toestemming) or the BOSD-akkoord is a besluit with its own date,
 * stemming and document, registered by the griffier or the secretariat once it is taken (events.ts checkDate
 * refuses a besluit dated in the future; Gemeentewet art. 20/28 for the raad's decision). A meeting can be moved
 * (a raad postpones) or withdrawn (the item is taken off the agenda) with a reason, as the inwerkingtreding can.
 */
import { type IsoDate, isIsoDate } from "../dates";
import { refuse, type Refusal } from "../events";
import { inForceAfterPublicationRefusal } from "./gr/publication";

/** The steps that can be planned; the job records each as its GR fact on the planned date. */
export const PLANNED_STEP_KINDS = ["inwerkingtreding", "raadsvergadering", "bosd_vergadering"] as const;
export type PlannedStepKind = (typeof PLANNED_STEP_KINDS)[number];
export type PlannedMeetingKind = Exclude<PlannedStepKind, "inwerkingtreding">;

export const isPlannedMeeting = (step: string): step is PlannedMeetingKind =>
  step === "raadsvergadering" || step === "bosd_vergadering";

export const PLANNED_STEP_STATUSES = ["GEPLAND", "UITGEVOERD", "INGETROKKEN"] as const;
export type PlannedStepStatus = (typeof PLANNED_STEP_STATUSES)[number];

export interface PlannedStepView {
  status: PlannedStepStatus;
  plannedOn: IsoDate;
  /** The kind (the Awb 3:40 bound applies to the inwerkingtreding only); absent = inwerkingtreding. */
  step?: PlannedStepKind;
}

/** What the GR procedure already says that matters for planning its inwerkingtreding. */
export interface PlanningContext {
  today: IsoDate;
  /** The day of bekendmaking, when it is registered. */
  publishedOn: IsoDate | undefined;
  /** The inwerkingtreding already registered as a fact. */
  inForceOn: IsoDate | undefined;
  /** The procedure's planned step of this kind that is still planned, if any. */
  active: PlannedStepView | undefined;
}

const LABELS: Record<PlannedStepKind, string> = {
  inwerkingtreding: "De geplande datum van inwerkingtreding",
  raadsvergadering: "De datum van de geplande raadsvergadering",
  bosd_vergadering: "De datum van de geplande vergadering van het BOSD",
};
const label = LABELS.inwerkingtreding;

/** A planned date must be a later day than today: a date that has come is a fact, never planned. */
function futureDateRefusal(
  plannedOn: IsoDate,
  today: IsoDate,
  what: string,
  hint = "Is het al gebeurd? Registreer het dan als feit.",
): Refusal | null {
  if (!isIsoDate(plannedOn))
    return refuse("ongeldige_datum", `${what}: ongeldige datum "${String(plannedOn)}" (gebruik JJJJ-MM-DD).`);
  if (plannedOn <= today)
    return refuse("datum_te_vroeg", `${what} (${plannedOn}) moet na vandaag (${today}) liggen. ${hint}`);
  return null;
}

/**
 * A planned date must be a later day than today: a date that has come is a fact, registered as such
 * (or by the job), never planned. Awb 3:40 applies to the planned date as it does to the fact.
 */
function plannedDateRefusal(plannedOn: IsoDate, ctx: PlanningContext): Refusal | null {
  return (
    futureDateRefusal(
      plannedOn,
      ctx.today,
      label,
      "Is de regeling al in werking getreden? Registreer dan de inwerkingtreding zelf.",
    ) ?? inForceAfterPublicationRefusal(label, plannedOn, ctx.publishedOn)
  );
}

/** Planning the inwerkingtreding: after the bekendmaking (Awb 3:40), not in force yet, one plan at a time. */
export function checkPlanInwerkingtreding(plannedOn: IsoDate, ctx: PlanningContext): Refusal | null {
  if (ctx.inForceOn !== undefined)
    return refuse(
      "ongeldige_overgang",
      `De regeling is al in werking getreden op ${ctx.inForceOn}; er valt niets meer te plannen.`,
    );
  if (ctx.publishedOn === undefined)
    return refuse(
      "vereiste_stap_ontbreekt",
      "Registreer eerst de bekendmaking: een regeling treedt niet in werking voordat zij is bekendgemaakt (artikel 3:40 Awb).",
    );
  if (ctx.active !== undefined)
    return refuse(
      "ongeldige_overgang",
      `De inwerkingtreding is al gepland op ${ctx.active.plannedOn}. Verplaats of trek die planning in.`,
    );
  return plannedDateRefusal(plannedOn, ctx);
}

/** Only a step that is still planned can be moved or withdrawn (a fact is corrected, never un-planned). */
function stillPlannedRefusal(step: PlannedStepView, what: string): Refusal | null {
  if (step.status === "GEPLAND") return null;
  return refuse(
    "ongeldige_overgang",
    step.status === "UITGEVOERD"
      ? `Deze stap is al uitgevoerd op ${step.plannedOn}; ${what} kan niet meer.`
      : `Deze planning is ingetrokken; ${what} kan niet meer.`,
  );
}

/** Moving a planned step to another later day (same rules as planning it). */
export function checkMovePlannedStep(
  step: PlannedStepView,
  newDate: IsoDate,
  ctx: Omit<PlanningContext, "active">,
): Refusal | null {
  const notPlanned = stillPlannedRefusal(step, "verplaatsen");
  if (notPlanned) return notPlanned;
  if (newDate === step.plannedOn)
    return refuse("ongeldige_invoer", `De stap staat al gepland op ${newDate}; kies een andere datum.`);
  if (step.step !== undefined && isPlannedMeeting(step.step))
    return futureDateRefusal(newDate, ctx.today, LABELS[step.step]);
  return plannedDateRefusal(newDate, { ...ctx, active: undefined });
}

export function checkWithdrawPlannedStep(step: PlannedStepView): Refusal | null {
  return stillPlannedRefusal(step, "intrekken");
}

/** Due: still planned and its day has come (Dutch calendar day). */
export function isPlannedStepDue(step: PlannedStepView, today: IsoDate): boolean {
  return step.status === "GEPLAND" && step.plannedOn <= today;
}

/** What the procedure says that matters for planning a meeting about it. */
export interface MeetingPlanningContext {
  today: IsoDate;
  /** The inwerkingtreding already registered: the procedure is over, there is nothing left to meet about. */
  inForceOn: IsoDate | undefined;
  /** For a raadsvergadering: whether the raad is a participant within the procedure's scope. */
  participantInScope?: boolean;
  /** A meeting of the same body already planned on that day for this procedure. */
  duplicate: boolean;
}

/**
 * Planning a raadsvergadering or a BOSD meeting: a later day than today, while the procedure is not yet in force;
 * a raadsvergadering is one of a participant within the procedure's scope (only its raad decides on it, Wgr art. 1),
 * and one plan per body and day.
 */
export function checkPlanMeeting(
  kind: PlannedMeetingKind,
  plannedOn: IsoDate,
  ctx: MeetingPlanningContext,
): Refusal | null {
  if (ctx.inForceOn !== undefined)
    return refuse(
      "ongeldige_overgang",
      `De regeling is al in werking getreden op ${ctx.inForceOn}; er valt geen vergadering meer over te plannen.`,
    );
  if (kind === "raadsvergadering" && ctx.participantInScope !== true)
    return refuse(
      "buiten_reikwijdte",
      "Kies de raad van een gemeente die aan deze procedure deelneemt; alleen die raad besluit erover.",
    );
  if (ctx.duplicate)
    return refuse("ongeldige_invoer", `Deze vergadering staat op ${plannedOn} al gepland voor deze procedure.`);
  return futureDateRefusal(plannedOn, ctx.today, LABELS[kind]);
}
