import type { Db } from "@/lib/db/client";
import type { DeadlineTrace, IsoDate, RaadTrackState } from "@/lib/domain";
import { toDayNumber } from "@/lib/domain";
import { loadGrProcedure } from "@/lib/services/gr-procedure-store";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const FINAL_STATES = ["in_werking", "besloten"];

export interface GriffieProcedureView {
  procedureId: string;
  procedureKind: string;
  titel: string;
  regelingNaam: string;
  documentTitel: string;
  participantId: string;
  procedureVersion: number;
  trackStatus: string;
  /** The college's track of the same procedure and the raad's stored zienswijze (for the status texts). */
  collegeStatus?: string;
  zienswijzeStatus?: string;
  deadline?: DeadlineTrace;
  daysLeft?: number;
}

export interface GriffieOverview {
  procedures: GriffieProcedureView[];
  meetings: { id: string; kind: string; date: IsoDate; titel: string | null }[];
}

/** The griffier's start page: open procedures of regelingen the own gemeente takes part in, and the raad's next meetings. */
export async function loadGriffieOverview(db: Db, gemeenteId: string, today: IsoDate): Promise<GriffieOverview> {
  const participants = await db.participant.findMany({
    where: { gemeenteId, leftOn: null },
    include: {
      regeling: { select: { naam: true } },
      tracks: {
        where: { kind: { in: ["RAAD", "COLLEGE"] } },
        include: { procedure: { include: { document: { select: { titel: true } } } } },
      },
    },
  });
  const procedures: GriffieProcedureView[] = [];
  const zienswijzen = await db.zienswijze.findMany({
    where: { participantId: { in: participants.map((p) => p.id) } },
    select: { procedureId: true, participantId: true, status: true },
  });
  for (const p of participants) {
    for (const t of p.tracks) {
      if (t.kind !== "RAAD") continue;
      if (FINAL_STATES.includes(t.procedure.derivedState)) continue;
      const view: GriffieProcedureView = {
        procedureId: t.procedureId,
        procedureKind: t.procedure.kind,
        titel: t.procedure.titel,
        regelingNaam: p.regeling.naam,
        documentTitel: t.procedure.document.titel,
        participantId: p.id,
        procedureVersion: t.procedure.version,
        trackStatus: t.status,
        collegeStatus: p.tracks.find((c) => c.kind === "COLLEGE" && c.procedureId === t.procedureId)?.status,
        zienswijzeStatus: zienswijzen.find((z) => z.procedureId === t.procedureId && z.participantId === p.id)?.status,
      };
      const deadline = (t.data as unknown as Partial<RaadTrackState>).zienswijze?.deadline;
      if (deadline && ["ontvangen", "geagendeerd"].includes(t.status)) {
        view.deadline = deadline;
        view.daysLeft = toDayNumber(deadline.end) - toDayNumber(today);
      }
      procedures.push(view);
    }
  }
  procedures.sort((a, b) => (a.daysLeft ?? 1e9) - (b.daysLeft ?? 1e9) || a.titel.localeCompare(b.titel, "nl"));
  const meetings = await raadMeetings(db, gemeenteId, today, 5);
  return { procedures, meetings };
}

export async function raadMeetings(db: Db, gemeenteId: string, from: IsoDate, take?: number) {
  const rows = await db.meeting.findMany({
    where: { body: { gemeenteId, kind: "RAAD" }, date: { gte: new Date(`${from}T00:00:00Z`) }, cancelledAt: null },
    orderBy: { date: "asc" },
    take,
  });
  return rows.map((m) => ({ id: m.id, kind: m.kind, date: iso(m.date), titel: m.titel }));
}

/** A GR procedure and the own gemeente's participant in it; null when there is none or the gemeente takes no part. */
export async function loadOwnGrProcedure(db: Db, procedureId: string, gemeenteId: string) {
  const loaded = await loadGrProcedure(db, procedureId);
  if (!loaded) return null;
  const participantId = Object.keys(loaded.gemeenteOf).find((id) => loaded.gemeenteOf[id] === gemeenteId);
  return participantId ? { loaded, participantId } : null;
}

/** Everything the procedure page needs for one raad: the track, the version and its articles, the zienswijze and the besluiten. */
export async function loadGriffieProcedure(db: Db, procedureId: string, gemeenteId: string) {
  const own = await loadOwnGrProcedure(db, procedureId, gemeenteId);
  if (!own) return null;
  const { loaded, participantId } = own;
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { id: procedureId },
    include: { document: true, regeling: { select: { naam: true, pdfVerplicht: true } } },
  });
  const track = loaded.state.raadTracks[participantId];
  const versionIds = [track.zienswijze?.documentVersionId, track.toestemming?.documentVersionId].filter(
    (v): v is string => Boolean(v),
  );
  const versions = await db.documentVersion.findMany({
    where: { id: { in: versionIds } },
    include: { articles: { orderBy: { position: "asc" }, select: { id: true, nummer: true, titel: true } } },
  });
  const zienswijze = await db.zienswijze.findFirst({
    where: { procedureId, participantId },
    include: {
      points: { orderBy: { nummer: "asc" }, include: { article: { select: { nummer: true, titel: true } } } },
      besluit: true,
    },
  });
  const besluiten = await db.besluit.findMany({
    where: { procedureId, participantId },
    // Legal order: by the raadsbesluit's date, not by when it was registered (issue 16 point 2).
    orderBy: [{ besluitdatum: "asc" }, { createdAt: "asc" }],
    include: {
      moties: true,
      file: { select: { id: true, bestandsnaam: true, sha256: true, size: true } },
      gecorrigeerdDoor: { select: { id: true } },
    },
  });
  // The own raad track's version: the forms send it back, so another gemeente's registration
  // (which bumps only that gemeente's track) does not make this page's forms stale.
  return {
    procedure,
    participantId,
    version: loaded.trackVersions.raad[participantId] ?? 0,
    track,
    regional: loaded.state.regional,
    college: loaded.state.collegeTracks[participantId],
    versions,
    zienswijze,
    besluiten,
  };
}
