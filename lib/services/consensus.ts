import type { Db } from "@/lib/db/client";
import type { ForecastStatus, IsoDate } from "@/lib/domain";
import { procedureStateLabel, trackStatusLabel } from "@/lib/presentation/labels";
import { forecastRegeling, NotFoundError } from "./forecast";

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
}

export interface ConsensusMatrix {
  regeling: { slug: string; naam: string };
  participants: { id: string; naam: string; slug: string; scope: "FULL" | "ADDENDUM" }[];
  rows: { procedureId: string; kind: string; document: string; state: string; stateLabel: string; cells: MatrixCell[] }[];
}

const DONE = new Set(["toestemming_verleend", "vastgesteld", "geamendeerd_vastgesteld", "verworpen", "ondertekend", "besluit_bekendgemaakt"]);

/**
 * Procedures × participants of one regeling: per cell the raad track's state, its deadline and a
 * risk status (from the domain forecast for GR procedures). A fixed number of queries.
 */
export async function loadConsensusMatrix(db: Db, slug: string, today: IsoDate): Promise<ConsensusMatrix> {
  const regeling = await db.regeling.findUnique({
    where: { slug },
    include: { participants: { include: { gemeente: { select: { naam: true, slug: true } } }, orderBy: { gemeente: { naam: "asc" } } } },
  });
  if (!regeling) throw new NotFoundError(`Geen regeling gevonden met de naam "${slug}".`);
  const procedures = await db.procedure.findMany({
    where: { regelingId: regeling.id },
    include: { document: { select: { titel: true } }, tracks: { where: { kind: "RAAD" }, select: { id: true, participantId: true, status: true, data: true } } },
    orderBy: { createdAt: "asc" },
  });
  const hasGr = procedures.some((p) => p.kind.startsWith("GR_"));
  const forecast = hasGr ? await forecastRegeling(db, slug, { today }) : null;
  const riskOf = new Map(forecast?.participants.map((p) => [p.id, p.status]) ?? []);

  return {
    regeling: { slug: regeling.slug, naam: regeling.naam },
    participants: regeling.participants.map((p) => ({ id: p.id, naam: p.gemeente.naam, slug: p.gemeente.slug, scope: p.scope })),
    rows: procedures.map((proc) => ({
      procedureId: proc.id,
      kind: proc.kind,
      document: proc.document.titel,
      state: proc.derivedState,
      stateLabel: procedureStateLabel(proc.kind, proc.derivedState),
      cells: regeling.participants.map((p) => {
        const track = proc.tracks.find((t) => t.participantId === p.id);
        if (!track) {
          return { procedureId: proc.id, participantId: p.id, trackId: null, status: null, label: "Neemt niet deel", deadline: null, risk: "niet_van_toepassing" as const };
        }
        const data = track.data as { zienswijze?: { deadline?: { end?: IsoDate } }; toestemming?: { aanhoudingen?: { expectedDate: IsoDate }[] } };
        const deadline = data.zienswijze?.deadline?.end ?? data.toestemming?.aanhoudingen?.at(-1)?.expectedDate ?? null;
        const risk: RiskStatus = DONE.has(track.status)
          ? "afgerond"
          : proc.kind.startsWith("GR_")
            ? (riskOf.get(p.id) ?? "op_schema")
            : "niet_van_toepassing";
        return { procedureId: proc.id, participantId: p.id, trackId: track.id, status: track.status, label: trackStatusLabel(proc.kind, "RAAD", track.status), deadline, risk };
      }),
    })),
  };
}
