/**
 * The correction of a regional step's date (issue 15 point 5): a new record with its reason beside the old date,
 * never a silent overwrite (`regional.corrections` keeps what was recorded before, the audit trail the event).
 *
 * The corrected date must still fit the procedure as the step itself had to (regional.ts): not in the future (a
 * fact is registered once it happened), not before the step it follows, not after a step that followed it. The
 * order is the one the law gives the steps:
 * - concept → BOSD-akkoord → opening of the zienswijzeprocedure (the ontwerp the BOSD agreed to, Wgr art. 1 lid 2);
 * - sending to each raad after the opening, before that raad's confirmed receipt (Wgr art. 1 lid 2–3);
 * - closing only once every raad's 8-week term has ended on the corrected day (Wgr art. 1 lid 3);
 * - nota van beantwoording → definitieve versie → opening of the toestemmingsprocedure, before any raad received
 *   the toestemmingsvoorstel (Wgr art. 1 lid 4);
 * - bekendmaking after the last ondertekening (Wgr art. 1 lid 4: a college treft the regeling by signing), and
 *   the inwerkingtreding after the day of bekendmaking (Awb art. 3:40).
 */
import type { IsoDate } from "../../dates";
import { checkDate, refuse, type Refusal, type TransitionContext } from "../../events";
import { isWithinScope } from "../../participants";
import { requireText } from "../common";
import { REGIONAL_EVENTS, type RegionalEventType } from "./machines";
import { inForceAfterPublicationRefusal } from "./publication";
import { zienswijzeWindowClosed } from "./raad-track";
import { withAssumedReceipt } from "./sending";
import type { GrProcedureState, RegionalCorrection, RegionalTrackState } from "./types";

/** The regional steps whose date can be corrected, with the Dutch name used in refusals and the history. */
export const CORRECTABLE_REGIONAL_STEPS = {
  concept_opgesteld: "het opstellen van het concept",
  bosd_akkoord: "het akkoord van het BOSD",
  zienswijzeprocedure_geopend: "de opening van de zienswijzeprocedure",
  ontwerp_verzonden: "de verzending van het ontwerp aan de raad",
  zienswijzeprocedure_gesloten: "de sluiting van de zienswijzeprocedure",
  nota_van_beantwoording_vastgesteld: "de vaststelling van de nota van beantwoording",
  definitieve_versie_vastgesteld: "het vaststellen van de definitieve versie",
  toestemmingsprocedure_geopend: "de opening van de toestemmingsprocedure",
  bekendmaking_geregistreerd: "de bekendmaking",
  inwerkingtreding_geregistreerd: "de inwerkingtreding",
} as const;
export type CorrectableRegionalStep = keyof typeof CORRECTABLE_REGIONAL_STEPS;
/** The same steps as a list (the form's and the audit event's schema). */
export const CORRECTABLE_REGIONAL_STEP_KEYS = Object.keys(CORRECTABLE_REGIONAL_STEPS) as [
  CorrectableRegionalStep,
  ...CorrectableRegionalStep[],
];

export interface RegionalCorrectionEvent {
  type: "regionale_stap_gecorrigeerd";
  step: CorrectableRegionalStep;
  /** For `ontwerp_verzonden`: whose sending is corrected. */
  participantId?: string;
  date: IsoDate;
  reason: string;
  /** The regeling's delivery assumption, to move an assumed receipt with a corrected send date. */
  deliveryDays?: number;
}

type Corrected = { ok: true; state: GrProcedureState } | Refusal;
type Bound = { date: IsoDate | undefined; what: string };

const isCorrectableRegionalEvent = (e: RegionalEventType): e is Extract<RegionalEventType, CorrectableRegionalStep> =>
  e in CORRECTABLE_REGIONAL_STEPS;
/**
 * The correctable steps of the regional track in their legal order: the machine's own event list (the ontwerp's
 * sending per raad sits beside it; a herziene versie is not a correctable date).
 */
const CHAIN: readonly CorrectableRegionalStep[] = REGIONAL_EVENTS.filter(isCorrectableRegionalEvent);

const versionDate = (p: GrProcedureState, id: string | undefined) =>
  id === undefined ? undefined : p.documentVersions.find((v) => v.id === id)?.createdOn;

/** The date recorded now for a step (for the sending: of the named raad). */
export function recordedRegionalDate(
  p: GrProcedureState,
  step: CorrectableRegionalStep,
  participantId?: string,
): IsoDate | undefined {
  const reg = p.regional;
  switch (step) {
    case "concept_opgesteld":
      return versionDate(p, reg.conceptVersionId);
    case "bosd_akkoord":
      return reg.bosdAkkoord?.decidedOn;
    case "zienswijzeprocedure_geopend":
      return reg.zienswijzeprocedure?.openedOn;
    case "ontwerp_verzonden":
      return participantId ? reg.ontwerpVerzonden?.[participantId] : undefined;
    case "zienswijzeprocedure_gesloten":
      return reg.zienswijzeprocedure?.closedOn;
    case "nota_van_beantwoording_vastgesteld":
      return reg.notaVanBeantwoording?.decidedOn;
    case "definitieve_versie_vastgesteld":
      return versionDate(p, reg.definitiveVersionId);
    case "toestemmingsprocedure_geopend":
      return reg.toestemmingsprocedure?.openedOn;
    case "bekendmaking_geregistreerd":
      return reg.bekendmaking?.publishedOn;
    case "inwerkingtreding_geregistreerd":
      return reg.inwerkingtreding?.effectiveOn;
  }
}

/** Whether a step has a recorded date that can be corrected (the secretariat's form lists only those). */
export function isRegionalStepRecorded(p: GrProcedureState, step: CorrectableRegionalStep): boolean {
  if (step === "ontwerp_verzonden") return Object.keys(p.regional.ontwerpVerzonden ?? {}).length > 0;
  return recordedRegionalDate(p, step) !== undefined;
}

/**
 * A correction of a regional step's date: a new record with its reason beside the old date. The corrected date must
 * still fit the procedure: not in the future, not before the step it follows, not after a fact that depends on it.
 */
export function correctRegionalStep(
  p: GrProcedureState,
  event: RegionalCorrectionEvent,
  ctx: TransitionContext & { today: IsoDate },
): Corrected {
  const what = CORRECTABLE_REGIONAL_STEPS[event.step];
  if (!what) return refuse("ongeldige_invoer", "Deze stap kan niet worden gecorrigeerd.");
  const r = requireText("De reden van de correctie", event.reason) ?? checkDate("Gecorrigeerde datum", event.date, ctx);
  if (r) return r;
  const recorded = recordedRegionalDate(p, event.step, event.participantId);
  if (recorded === undefined)
    return refuse("vereiste_stap_ontbreekt", `Er is nog geen datum van ${what} geregistreerd.`);
  if (recorded === event.date)
    return refuse("ongeldige_invoer", `De datum van ${what} is al ${event.date}; er valt niets te corrigeren.`);
  const conflict = orderConflict(p, event, what) ?? dependentConflict(p, event, what);
  if (conflict) return conflict;
  const correction: RegionalCorrection = {
    step: event.step,
    ...(event.participantId ? { participantId: event.participantId } : {}),
    from: recorded,
    to: event.date,
    reason: event.reason.trim(),
    correctedOn: ctx.today,
  };
  const next = withCorrectedDate(p, event, ctx);
  return {
    ok: true,
    state: { ...next, regional: { ...next.regional, corrections: [...(p.regional.corrections ?? []), correction] } },
  };
}

/** The state with the step's new date (nothing else changes but an assumed receipt that follows a send date). */
function withCorrectedDate(
  p: GrProcedureState,
  event: RegionalCorrectionEvent,
  ctx: TransitionContext,
): GrProcedureState {
  const reg = p.regional;
  const on = event.date;
  const regional = (patch: Partial<RegionalTrackState>) => ({ ...p, regional: { ...reg, ...patch } });
  const version = (id: string | undefined) => ({
    ...p,
    documentVersions: p.documentVersions.map((v) => (v.id === id ? { ...v, createdOn: on } : v)),
  });
  switch (event.step) {
    case "concept_opgesteld":
      return version(reg.conceptVersionId);
    case "definitieve_versie_vastgesteld":
      return version(reg.definitiveVersionId);
    case "bosd_akkoord":
      return reg.bosdAkkoord ? regional({ bosdAkkoord: { ...reg.bosdAkkoord, decidedOn: on } }) : p;
    case "zienswijzeprocedure_geopend":
      return reg.zienswijzeprocedure
        ? regional({ zienswijzeprocedure: { ...reg.zienswijzeprocedure, openedOn: on } })
        : p;
    case "zienswijzeprocedure_gesloten":
      return reg.zienswijzeprocedure
        ? regional({ zienswijzeprocedure: { ...reg.zienswijzeprocedure, closedOn: on } })
        : p;
    case "nota_van_beantwoording_vastgesteld":
      return reg.notaVanBeantwoording
        ? regional({ notaVanBeantwoording: { ...reg.notaVanBeantwoording, decidedOn: on } })
        : p;
    case "toestemmingsprocedure_geopend":
      return reg.toestemmingsprocedure
        ? regional({ toestemmingsprocedure: { ...reg.toestemmingsprocedure, openedOn: on } })
        : p;
    case "bekendmaking_geregistreerd":
      return reg.bekendmaking ? regional({ bekendmaking: { ...reg.bekendmaking, publishedOn: on } }) : p;
    case "inwerkingtreding_geregistreerd":
      return regional({ inwerkingtreding: { effectiveOn: on } });
    case "ontwerp_verzonden": {
      const id = event.participantId ?? "";
      const zp = reg.zienswijzeprocedure;
      const track = p.raadTracks[id];
      const next = regional({ ontwerpVerzonden: { ...reg.ontwerpVerzonden, [id]: on } });
      if (!track || !zp) return next;
      const input = { documentVersionId: zp.documentVersionId, sentOn: on, deliveryDays: event.deliveryDays };
      return { ...next, raadTracks: { ...p.raadTracks, [id]: withAssumedReceipt(track, input, ctx) } };
    }
  }
}

/** The nearest recorded step before and after this one in the legal order. */
function orderConflict(p: GrProcedureState, event: RegionalCorrectionEvent, what: string): Refusal | null {
  const at = (CHAIN as readonly string[]).indexOf(event.step);
  if (at < 0) return null;
  const bound = (step: CorrectableRegionalStep): Bound => ({
    date: recordedRegionalDate(p, step),
    what: CORRECTABLE_REGIONAL_STEPS[step],
  });
  const before = CHAIN.slice(0, at)
    .map(bound)
    .filter((b) => b.date !== undefined)
    .at(-1);
  const after = CHAIN.slice(at + 1)
    .map(bound)
    .find((b) => b.date !== undefined);
  // Awb art. 3:40: the inwerkingtreding lies strictly after the day of bekendmaking (either side corrected).
  if (event.step === "inwerkingtreding_geregistreerd")
    return inForceAfterPublicationRefusal("De gecorrigeerde datum van inwerkingtreding", event.date, before?.date);
  if (event.step === "bekendmaking_geregistreerd" && after?.date !== undefined && after.date <= event.date)
    return inForceAfterPublicationRefusal("De datum van inwerkingtreding", after.date, event.date);
  if (after?.date !== undefined && event.date > after.date) return tooLate(what, event.date, after.date, after.what);
  return checkDate("Gecorrigeerde datum", event.date, { notBefore: before ?? { date: undefined, what: "" } });
}

const tooLate = (what: string, date: IsoDate, later: IsoDate, laterWhat: string) =>
  refuse(
    "datum_te_vroeg",
    `De gecorrigeerde datum van ${what} (${date}) ligt na ${laterWhat} (${later}). Kies een datum tot en met ${later}, of corrigeer eerst die latere datum.`,
  );

/** The facts of the raden and colleges that bound a regional step's date. */
function dependentConflict(p: GrProcedureState, event: RegionalCorrectionEvent, what: string): Refusal | null {
  const reg = p.regional;
  const tracks = Object.entries(p.raadTracks);
  // A raad that left the procedure (membership.ts) keeps its recorded facts but is no longer a participant.
  const name = (id: string) => p.participants.find((x) => x.id === id)?.name ?? "een uitgetreden deelnemer";
  const later = (date: IsoDate, laterWhat: string) =>
    event.date > date ? tooLate(what, event.date, date, laterWhat) : null;
  switch (event.step) {
    case "concept_opgesteld": {
      for (const o of reg.raadsledenoverleggen ?? [])
        if (event.date > o.heldOn) return tooLate(what, event.date, o.heldOn, "een raadsledenoverleg over het concept");
      return null;
    }
    case "ontwerp_verzonden": {
      const id = event.participantId ?? "";
      const zw = p.raadTracks[id]?.zienswijze;
      if (zw && !zw.assumed && event.date > zw.receivedOn)
        return tooLate(what, event.date, zw.receivedOn, `de ontvangst door de griffie van ${name(id)}`);
      return checkDate("Gecorrigeerde datum", event.date, {
        notBefore: { date: reg.zienswijzeprocedure?.openedOn, what: "de opening van de zienswijzeprocedure" },
      });
    }
    case "zienswijzeprocedure_geopend": {
      for (const [id, sentOn] of Object.entries(reg.ontwerpVerzonden ?? {}))
        if (event.date > sentOn) return tooLate(what, event.date, sentOn, `de verzending aan de raad van ${name(id)}`);
      for (const [id, t] of tracks)
        if (t.zienswijze && !t.zienswijze.assumed && event.date > t.zienswijze.receivedOn)
          return tooLate(what, event.date, t.zienswijze.receivedOn, `de ontvangst door de griffie van ${name(id)}`);
      return null;
    }
    case "zienswijzeprocedure_gesloten": {
      // Wgr art. 1 lid 3: every raad's own 8-week term must have ended on the corrected day of closing.
      for (const x of p.participants.filter((x) => isWithinScope(x, p.topics))) {
        const track = p.raadTracks[x.id];
        if (track && track.status !== "nog_niet_ontvangen" && !zienswijzeWindowClosed(track, event.date))
          return refuse(
            "datum_te_vroeg",
            `De gecorrigeerde datum van ${what} (${event.date}) valt niet na de termijn van ${x.name}, die loopt tot en met ${track.zienswijze?.deadline.end}.`,
          );
      }
      return null;
    }
    case "toestemmingsprocedure_geopend": {
      for (const [id, t] of tracks)
        if (t.toestemming) {
          const r = later(t.toestemming.receivedOn, `de ontvangst van het toestemmingsvoorstel door ${name(id)}`);
          if (r) return r;
        }
      return null;
    }
    case "bekendmaking_geregistreerd": {
      // Wgr art. 1 lid 4: the regeling is made known after every full participant's college signed it.
      const lastSigned = p.participants
        .filter((x) => x.scope === "full")
        .map((x) => p.collegeTracks[x.id]?.signedOn)
        .reduce<IsoDate | undefined>((a, b) => (b !== undefined && (a === undefined || b > a) ? b : a), undefined);
      return checkDate("Gecorrigeerde datum", event.date, {
        notBefore: { date: lastSigned, what: "de laatste ondertekening" },
      });
    }
    default:
      return null;
  }
}
