/** State and event shapes of the GR procedure. All JSON-serialisable. */
import type { IsoDate } from "../../dates";
import type { DeadlineTrace } from "../../deadlines/compute";
import type { Decision } from "../../decision";
import type { Participant } from "../../participants";
import type { CorrectableRegionalStep, RegionalCorrectionEvent } from "./corrections";
import type { CollegeTrackStatus, GrKind, GrWijzigenVariant, RaadTrackStatus, RegionalStatus } from "./machines";

export interface ZienswijzePoint {
  number: number;
  /** Article or "bijlage" the point is about. */
  subject: string;
  text: string;
}

export interface Agenda {
  commissieDate?: IsoDate;
  raadDate?: IsoDate;
}

export const REFUSAL_GROUNDS = ["strijd_met_het_recht", "strijd_met_het_algemeen_belang"] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
/**
 * A refusal on a ground outside Wgr art. 1 lid 4. Such a raadsbesluit still exists and binds the college until it is
 * vernietigd (Gemeentewet art. 268 ff.), so it is recorded, flagged `meetsWgrGrounds: false`.
 */
export const OTHER_REFUSAL_GROUND = "andere_grond" as const;

export interface ToestemmingRecord {
  documentVersionId: string;
  receivedOn: IsoDate;
  agenda?: Agenda;
  decision?: Decision;
  refusal?: {
    ground: RefusalGround | typeof OTHER_REFUSAL_GROUND;
    motivation: string;
    /** False for a refusal on a ground outside Wgr art. 1 lid 4 (recorded, flagged). Absent on older records = true. */
    meetsWgrGrounds?: boolean;
  };
  aanhoudingen: { decidedOn: IsoDate; expectedDate: IsoDate; reason?: string }[];
}

export interface RaadTrackState {
  id: string;
  participantId: string;
  status: RaadTrackStatus;
  zienswijze?: {
    documentVersionId: string;
    /** Receipt at the griffie (R1, R25). */
    receivedOn: IsoDate;
    /**
     * True while the receipt is assumed (send date + the regeling's delivery assumption, sending.ts) and the
     * griffie has not confirmed it; the confirmed receipt replaces it.
     */
    assumed?: boolean;
    /** R2: 8 weeks, Atw-extended. */
    deadline: DeadlineTrace;
    agenda?: Agenda;
    decision?: Decision;
    points?: ZienswijzePoint[];
    /** True when "geen zienswijze" was registered (R3). */
    waived?: boolean;
    /** Decided after the statutory deadline. */
    late?: boolean;
    /**
     * Adopted after the regional nota van beantwoording was vastgesteld: the nota does not answer it, so the
     * secretariat still has to (Wgr art. 1 lid 3: the raad's zienswijze is to be weighed).
     */
    afterNota?: boolean;
  };
  toestemming?: ToestemmingRecord;
  /** Earlier toestemming records that became stale through a new version (R8). */
  superseded: ToestemmingRecord[];
  /** The participant left the procedure on this day (membership.ts); the track is kept as it was. */
  endedOn?: IsoDate;
}

export interface CollegeTrackState {
  id: string;
  participantId: string;
  status: CollegeTrackStatus;
  documentVersionId?: string;
  collegebesluit?: Decision;
  signedOn?: IsoDate;
  publication?: { publishedOn: IsoDate; reference?: string };
  /** The college's voorgenomen besluit to take part, taken before it asks its raad for toestemming (Wgr art. 1 lid 2). */
  voorgenomenBesluit?: Decision;
  superseded: { documentVersionId: string; collegebesluit?: Decision; signedOn?: IsoDate }[];
  /** The participant left the procedure on this day (membership.ts); the track is kept as it was. */
  endedOn?: IsoDate;
}

export type NotaDisposition = "overgenomen" | "deels_overgenomen" | "niet_overgenomen";

export interface NotaAnswer {
  participantId: string;
  pointNumber: number;
  disposition: NotaDisposition;
  answer: string;
}

export interface DocumentVersion {
  id: string;
  label: string;
  kind: "concept" | "definitief" | "herzien";
  createdOn: IsoDate;
}

export interface RegionalTrackState {
  status: RegionalStatus;
  conceptVersionId?: string;
  bosdAkkoord?: Decision;
  zienswijzeprocedure?: { documentVersionId: string; openedOn: IsoDate; closedOn?: IsoDate };
  notaVanBeantwoording?: { decidedOn: IsoDate; answers: NotaAnswer[] };
  definitiveVersionId?: string;
  toestemmingsprocedure?: { documentVersionId: string; openedOn: IsoDate };
  bekendmaking?: {
    publishedOn: IsoDate;
    /** The Gemeenteblad reference (Wgr art. 26). */
    reference?: string;
    /** The participant whose gemeentebestuur published the regeling (Wgr art. 26). */
    publishingParticipantId?: string;
    /** The in-force date the regeling names, registered with the publication (after it: Awb art. 3:40). */
    plannedInForceOn?: IsoDate;
  };
  inwerkingtreding?: { effectiveOn: IsoDate };
  /** participantId → the day its college sent the ontwerp to its raad (Wgr art. 1 lid 2–3). */
  ontwerpVerzonden?: Record<string, IsoDate>;
  /** The regional raadsledenoverleg (klankbord) meetings held during the procedure. */
  raadsledenoverleggen?: RaadsledenoverlegRecord[];
  /** The planned raadsvergaderingen and BOSD meetings about the regeling that were held (planned.ts). */
  vergaderingen?: MeetingRecord[];
  /** Corrections of a regional step's date, each with the date it replaced and its reason (sending.ts). */
  corrections?: RegionalCorrection[];
}

export interface RegionalCorrection {
  step: CorrectableRegionalStep;
  participantId?: string;
  from: IsoDate;
  to: IsoDate;
  reason: string;
  correctedOn: IsoDate;
}

export interface MeetingRecord {
  body: "raad" | "bosd";
  /** For a raadsvergadering: whose raad met. */
  participantId?: string;
  heldOn: IsoDate;
}

export interface RaadsledenoverlegRecord {
  heldOn: IsoDate;
  notes: string;
}

export interface GrProcedureState {
  id: string;
  kind: GrKind;
  variant?: GrWijzigenVariant;
  title: string;
  topics: string[];
  participants: Participant[];
  documentVersions: DocumentVersion[];
  currentVersionId: string | null;
  regional: RegionalTrackState;
  raadTracks: Record<string, RaadTrackState>;
  collegeTracks: Record<string, CollegeTrackState>;
  /** Participants that joined during the procedure (membership.ts). */
  joined?: Record<string, { joinedOn: IsoDate; reason: string }>;
  /** Participants that left during the procedure: no longer counted; their tracks are end-dated, never deleted. */
  formerParticipants?: { participant: Participant; leftOn: IsoDate; reason: string }[];
}

// ---------------------------------------------------------------- events (commands)
export type RaadTrackEvent =
  | { type: "ontwerp_ontvangen"; receivedOn: IsoDate; documentVersionId: string }
  | { type: "zienswijze_geagendeerd"; agenda: Agenda }
  | { type: "zienswijze_vastgesteld"; decision: Decision; points: ZienswijzePoint[] }
  | { type: "geen_zienswijze"; decidedOn: IsoDate; decision?: Decision }
  | { type: "toestemmingsvoorstel_ontvangen"; receivedOn: IsoDate; documentVersionId: string }
  | { type: "toestemming_geagendeerd"; agenda: Agenda }
  | { type: "toestemming_verleend"; decision: Decision }
  | { type: "toestemming_geweigerd"; decision: Decision; ground: string; motivation: string }
  | { type: "toestemming_aangehouden"; decidedOn: IsoDate; expectedDate: IsoDate; reason?: string }
  | { type: "besluit_gecorrigeerd"; of: "zienswijze" | "toestemming"; decision: Decision; reason: string }
  /** System cascade (R8), emitted by the regional step `herziene_versie_gepubliceerd`. */
  | { type: "nieuwe_versie_gepubliceerd"; documentVersionId: string };

export type CollegeTrackEvent =
  | { type: "collegebesluit_genomen"; decision: Decision }
  | { type: "ondertekend"; signedOn: IsoDate; documentVersionId: string }
  | { type: "besluit_bekendgemaakt"; publishedOn: IsoDate; reference?: string }
  | { type: "nieuwe_versie_gepubliceerd"; documentVersionId: string }
  /** A record, not a step: the track's status does not change. */
  | { type: "voorgenomen_besluit_genomen"; decision: Decision };

export type RegionalEvent =
  | { type: "concept_opgesteld"; documentVersionId: string; label: string; createdOn: IsoDate }
  | { type: "bosd_akkoord"; decision: Decision }
  | { type: "zienswijzeprocedure_geopend"; documentVersionId: string; openedOn: IsoDate }
  | { type: "zienswijzeprocedure_gesloten"; closedOn: IsoDate }
  | { type: "nota_van_beantwoording_vastgesteld"; decidedOn: IsoDate; answers: NotaAnswer[] }
  | { type: "definitieve_versie_vastgesteld"; documentVersionId: string; label: string; createdOn: IsoDate }
  | { type: "toestemmingsprocedure_geopend"; documentVersionId: string; openedOn: IsoDate }
  | {
      type: "herziene_versie_gepubliceerd";
      documentVersionId: string;
      label: string;
      createdOn: IsoDate;
      reason: string;
    }
  | {
      type: "bekendmaking_geregistreerd";
      publishedOn: IsoDate;
      reference?: string;
      publishingParticipantId?: string;
      plannedInForceOn?: IsoDate;
    }
  | { type: "inwerkingtreding_geregistreerd"; effectiveOn: IsoDate }
  | RegionalRecordEvent;

/** Regional records: facts kept with the procedure that do not move its regional status (records.ts). */
export type RegionalRecordEvent =
  | {
      type: "ontwerp_verzonden";
      participantIds: string[];
      sentOn: IsoDate;
      /** The regeling's delivery assumption (days from sending to the assumed receipt; sending.ts). */
      deliveryDays?: number;
    }
  | RegionalCorrectionEvent
  | { type: "raadsledenoverleg_gehouden"; heldOn: IsoDate; notes: string }
  /** A planned raadsvergadering or BOSD meeting was held (planned.ts): the meeting, never its decision. */
  | { type: "vergadering_gehouden"; body: MeetingRecord["body"]; participantId?: string; heldOn: IsoDate }
  | { type: "deelnemer_toegetreden"; participant: Participant; joinedOn: IsoDate; reason: string }
  | { type: "deelnemer_uitgetreden"; participantId: string; leftOn: IsoDate; reason: string };

export type GrCommand =
  | { track: "regional"; event: RegionalEvent }
  | { track: "raad"; participantId: string; event: RaadTrackEvent }
  | { track: "college"; participantId: string; event: CollegeTrackEvent };
