import type { Db } from "@/lib/db/client";
import type { DvhState } from "@/lib/domain";
import { procedureStateLabel } from "@/lib/presentation/labels";
import { dvhParticipantStand, type DvhParticipantStand } from "@/lib/presentation/dienstverleningshandvest";

export interface DvhOverview {
  procedureId: string;
  titel: string;
  document: { id: string; titel: string };
  regeling: { slug: string; naam: string };
  status: string;
  statusLabel: string;
  partOfRegeling: boolean;
  /** The procedure's version: what every form of the handvest sends back. */
  version: number;
  bosdAkkoordOn: string | null;
  /** The version the actualisatie is about (null before it started), and the one before it for the diff. */
  concept: { number: number; label: string } | null;
  previousNumber: number | null;
  gemeenten: (DvhParticipantStand & { participantId: string; gemeenteId: string; naam: string })[];
}

/** One Dienstverleningshandvest actualisatie with every gemeente's stand (two queries). */
export async function loadDvhOverview(db: Db, procedureId: string): Promise<DvhOverview | null> {
  const proc = await db.procedure.findUnique({
    where: { id: procedureId },
    include: {
      document: { select: { id: true, titel: true, versions: { select: { id: true, number: true, label: true } } } },
      regeling: { select: { slug: true, naam: true } },
    },
  });
  if (proc?.kind !== "DVH_ACTUALISEREN") return null;
  const state = proc.regional as unknown as DvhState;
  const rows = await db.participant.findMany({
    where: { id: { in: state.participants.map((p) => p.id) } },
    select: { id: true, gemeenteId: true, gemeente: { select: { naam: true } } },
    orderBy: { gemeente: { naam: "asc" } },
  });
  const concept = proc.document.versions.find((v) => v.id === state.documentVersionId) ?? null;
  const previous = concept
    ? Math.max(0, ...proc.document.versions.filter((v) => v.number < concept.number).map((v) => v.number))
    : 0;
  return {
    procedureId: proc.id,
    titel: proc.titel,
    document: { id: proc.document.id, titel: proc.document.titel },
    regeling: proc.regeling,
    status: state.status,
    statusLabel: procedureStateLabel(proc.kind, state.status),
    partOfRegeling: state.partOfRegeling,
    version: proc.version,
    bosdAkkoordOn: state.bosdAkkoord?.decidedOn ?? null,
    concept: concept ? { number: concept.number, label: concept.label } : null,
    previousNumber: previous || null,
    gemeenten: rows.map((r) => ({
      participantId: r.id,
      gemeenteId: r.gemeenteId,
      naam: r.gemeente.naam,
      ...dvhParticipantStand(state, r.id),
    })),
  };
}

/** The Dienstverleningshandvest actualisaties in which a gemeente takes part (for the college and griffie lists). */
export async function listDvhProcedures(db: Db, gemeenteId: string | null) {
  return db.procedure.findMany({
    where: {
      kind: "DVH_ACTUALISEREN",
      ...(gemeenteId ? { regeling: { participants: { some: { gemeenteId, leftOn: null } } } } : {}),
    },
    select: { id: true, titel: true, derivedState: true, regeling: { select: { naam: true } } },
    orderBy: { createdAt: "asc" },
  });
}
