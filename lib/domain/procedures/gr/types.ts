/** State and event shapes of the GR procedure. All JSON-serialisable. */
import type { IsoDate } from "../../dates";
import type { DeadlineTrace } from "../../deadlines/compute";
import type { Decision } from "../../decision";
import type { Participant } from "../../participants";
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
}

export interface CollegeTrackState {
  id: string;
  participantId: string;
  status: CollegeTrackStatus;
  documentVersionId?: string;
  collegebesluit?: Decision;
  signedOn?: IsoDate;
  publication?: { publishedOn: IsoDate; reference?: string };
  superseded: { documentVersionId: string; collegebesluit?: Decision; signedOn?: IsoDate }[];
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
  bekendmaking?: { publishedOn: IsoDate; reference?: string };
  inwerkingtreding?: { effectiveOn: IsoDate };
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
  | { type: "nieuwe_versie_gepubliceerd"; documentVersionId: string };

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
  | { type: "bekendmaking_geregistreerd"; publishedOn: IsoDate; reference?: string }
  | { type: "inwerkingtreding_geregistreerd"; effectiveOn: IsoDate };

export type GrCommand =
  | { track: "regional"; event: RegionalEvent }
  | { track: "raad"; participantId: string; event: RaadTrackEvent }
  | { track: "college"; participantId: string; event: CollegeTrackEvent };
