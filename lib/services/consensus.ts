import { targetVerdict, type TargetVerdict } from "@/lib/presentation/target-verdict";
import type { Db } from "@/lib/db/client";
import type { ForecastStatus, IsoDate } from "@/lib/domain";
import { procedureStateLabel, trackStatusLabel } from "@/lib/presentation/labels";
import { cellWithoutRaadTrack, collegeStatusText } from "@/lib/presentation/status";
import { dvhParticipantStand } from "@/lib/presentation/dienstverleningshandvest";
import type { DvhState } from "@/lib/domain";
import {
  forecastFor,
  grHeadColumns,
  isGrKind,
  loadRegelingParticipants,
  NotFoundError,
  type GrProcedureHead,
} from "./forecast";

export type RiskStatus = ForecastStatus | "niet_van_toepassing";

export interface MatrixCell {
  procedureId: string;
  participantId: string;
  trackId: string | null;
  status: string | null;
  label: string;
  /** The applicable deadline (from the track's own trace), if any. */
  deadline: IsoDate | null;
  risk: RiskStatus;
  /** The college track of the same participant (GR procedures): its state and the dates of its steps. */
  college: CollegeCell | null;
}

/** The college track beside the raad track: collegebesluit, ondertekening and the own bekendmaking, with dates. */
export interface CollegeCell {
  status: string;
  label: string;
  collegebesluitOn: IsoDate | null;
  signedOn: IsoDate | null;
  publishedOn: IsoDate | null;
}

export interface ConsensusMatrix {
  regeling: { slug: string; naam: string };
  participants: { id: string; naam: string; slug: string; scope: "FULL" | "ADDENDUM" }[];
  rows: {
    procedureId: string;
    kind: string;
    document: string;
    state: string;
    stateLabel: string;
    cells: MatrixCell[];
  }[];
  /** The target verdict in words (issue 16 point 4), from the same forecast; null without a GR procedure. */
  targetVerdict?: TargetVerdict | null;
}

const DONE = new Set([
  "toestemming_verleend",
  "vastgesteld",
  "geamendeerd_vastgesteld",
  "verworpen",
  "ondertekend",
  "besluit_bekendgemaakt",
]);

/** One row per procedure × raad track, with only the fields the matrix shows (the deadline read from the track's JSON in SQL). */
type ProcedureTrackRow = Omit<GrProcedureHead, "id"> & {
  id: string;
  kind: string;
  derivedState: string;
  titel: string;
  trackId: string | null;
  participantId: string | null;
  status: string | null;
  deadline: string | null;
  collegeStatus: string | null;
  collegebesluitOn: string | null;
  signedOn: string | null;
  collegePublishedOn: string | null;
  /** The Dienstverleningshandvest's domain state (it has no raad tracks); null for other kinds. */
  dvh: DvhState | null;
};

/**
 * Procedures × participants of one regeling: per cell the raad track's state, its deadline and a
 * risk status (from the domain forecast for GR procedures). Four queries whatever the number of
 * participants or procedures (participants; procedures with their raad tracks; for the forecast
 * the GR procedure's tracks and the participants' meetings and recesses); no JSON of a track is
 * parsed in Node except the GR tracks the forecast needs.
 */
export async function loadConsensusMatrix(db: Db, slug: string, today: IsoDate): Promise<ConsensusMatrix> {
  const regeling = await loadRegelingParticipants(db, slug);
  if (!regeling) throw new NotFoundError(`Geen regeling gevonden met de naam "${slug}".`);
  const rows = await db.$queryRaw<ProcedureTrackRow[]>`
    SELECT pr.id, pr.kind::text AS kind, pr."derivedState", d.titel,
           CASE WHEN pr.kind = 'DVH_ACTUALISEREN' THEN pr.regional END AS dvh,
           ${grHeadColumns("pr")},
           t.id AS "trackId", t."participantId", t.status,
           COALESCE(t.data#>>'{zienswijze,deadline,end}', t.data#>'{toestemming,aanhoudingen}'->-1->>'expectedDate') AS deadline,
           c.status AS "collegeStatus", c.data#>>'{collegebesluit,decidedOn}' AS "collegebesluitOn",
           c.data->>'signedOn' AS "signedOn", c.data#>>'{publication,publishedOn}' AS "collegePublishedOn"
    FROM "Procedure" pr
    JOIN "Document" d ON d.id = pr."documentId"
    LEFT JOIN "Track" t ON t."procedureId" = pr.id AND t.kind = 'RAAD'
    LEFT JOIN "Track" c ON c."procedureId" = pr.id AND c.kind = 'COLLEGE' AND c."participantId" = t."participantId"
    WHERE pr."regelingId" = ${regeling.id}
    ORDER BY pr."createdAt", pr.id`;

  const procedures: (ProcedureTrackRow & { tracks: Map<string, ProcedureTrackRow> })[] = [];
  for (const r of rows) {
    let proc = procedures.at(-1);
    if (proc?.id !== r.id) {
      proc = { ...r, tracks: new Map() };
      procedures.push(proc);
    }
    if (r.participantId) proc.tracks.set(r.participantId, r);
  }
  const gr = procedures.findLast((p) => isGrKind(p.kind));
  // The forecast's regional facts (status and recorded dates), read in the same statement.
  const head: GrProcedureHead | null = gr
    ? {
        id: gr.id,
        toestemmingsprocedureOpensOn: gr.toestemmingsprocedureOpensOn,
        publishedOn: gr.publishedOn,
        regionalStatus: gr.regionalStatus,
        bosdAkkoordOn: gr.bosdAkkoordOn,
        zienswijzeprocedureOpenedOn: gr.zienswijzeprocedureOpenedOn,
        zienswijzeprocedureClosedOn: gr.zienswijzeprocedureClosedOn,
        notaOn: gr.notaOn,
      }
    : null;
  const forecast = head ? await forecastFor(db, regeling, head, { today }) : null;
  const riskOf = new Map(forecast?.participants.map((p) => [p.id, p.status]) ?? []);

  return {
    regeling: { slug: regeling.slug, naam: regeling.naam },
    targetVerdict: forecast && regeling.targetInForce ? targetVerdict(forecast) : null,
    participants: regeling.participants.map((p) => ({ id: p.id, naam: p.naam, slug: p.slug, scope: p.scope })),
    rows: procedures.map((proc) => ({
      procedureId: proc.id,
      kind: proc.kind,
      document: proc.titel,
      state: proc.derivedState,
      stateLabel: procedureStateLabel(proc.kind, proc.derivedState),
      cells: regeling.participants.map((p): MatrixCell => {
        const track = proc.tracks.get(p.id);
        // Track.status is NOT NULL: a null status is the LEFT JOIN's "no track for this participant".
        if (proc.dvh) {
          const stand = dvhParticipantStand(proc.dvh, p.id);
          return {
            procedureId: proc.id,
            participantId: p.id,
            trackId: null,
            status: stand.stand,
            label: stand.label,
            deadline: null,
            risk: stand.stand === "raad_geinformeerd" ? "afgerond" : "niet_van_toepassing",
            college: null,
          };
        }
        if (!track || track.status === null) {
          return {
            procedureId: proc.id,
            participantId: p.id,
            trackId: null,
            status: null,
            label: cellWithoutRaadTrack(proc.kind),
            deadline: null,
            risk: "niet_van_toepassing",
            college: null,
          };
        }
        const status = track.status;
        const risk: RiskStatus = DONE.has(status)
          ? "afgerond"
          : isGrKind(proc.kind)
            ? (riskOf.get(p.id) ?? "op_schema")
            : "niet_van_toepassing";
        return {
          procedureId: proc.id,
          participantId: p.id,
          trackId: track.trackId,
          status,
          label: trackStatusLabel(proc.kind, "RAAD", status),
          deadline: track.deadline,
          risk,
          college:
            track.collegeStatus === null
              ? null
              : {
                  status: track.collegeStatus,
                  // The presentation layer's text (issue 16 point 1): never "wacht op toestemming" once the raad
                  // granted or refused it.
                  label: collegeStatusText({
                    procedureKind: proc.kind,
                    raad: { status },
                    college: { status: track.collegeStatus },
                  }),
                  collegebesluitOn: track.collegebesluitOn,
                  signedOn: track.signedOn,
                  publishedOn: track.collegePublishedOn,
                },
        };
      }),
    })),
  };
}

/** Regelingen whose name or slug contains `term` (for the secretariat's regeling search): one query, at most `limit` rows. */
export async function searchRegelingen(db: Db, term: string, limit = 25): Promise<{ slug: string; naam: string }[]> {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.$queryRaw<{ slug: string; naam: string }[]>`
    SELECT slug, naam FROM "Regeling" WHERE naam ILIKE ${pattern} OR slug ILIKE ${pattern} ORDER BY naam, slug LIMIT ${limit}`;
}
