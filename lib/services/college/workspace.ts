import type { Db } from "@/lib/db/client";
import {
  hasToestemmingFor,
  isVoorgenomenBesluitDue,
  isWithinScope,
  nextCollegeEvent,
  RAAD_TRACK_LABELS,
} from "@/lib/domain";
import type { CollegeTrackState, GrProcedureState, RaadTrackState } from "@/lib/domain";
import { formatDutchDate } from "@/lib/presentation/dates";
import { COLLEGE_STEP_TODO, type CollegeStep } from "@/lib/presentation/college";
import { loadedGrProcedureOf, GR_PROCEDURE_INCLUDE } from "@/lib/services/gr-procedure-store";

export interface CollegeProcedureView {
  procedureId: string;
  procedureKind: string;
  titel: string;
  regelingNaam: string;
  participantId: string;
  gemeenteNaam: string;
  /** The version the college decides on and signs, with where to read and download it. */
  version: { id: string; number: number; label: string; href: string } | null;
  collegeStatus: CollegeTrackState["status"];
  raadStatus: RaadTrackState["status"] | undefined;
  /** The steps the college can record now (the voorgenomen besluit and/or the next step of its track). */
  steps: CollegeStep[];
  /** The preconditions of the next step, in words (Wgr art. 1 lid 4: the own raad's toestemming on this version). */
  preconditions: string[];
  /** The college track's own version: the forms send it back (optimistic concurrency per track). */
  expectedVersion: number;
  collegebesluitOn?: string;
  signedOn?: string;
  publishedOn?: string;
}

/**
 * The college workspace of one gemeente: every GR procedure of a regeling the gemeente takes part in, with
 * what the college must do now and why it can or cannot yet. Only the own gemeente's tracks are read.
 */
export async function loadCollegeWorkspace(db: Db, gemeenteId: string): Promise<CollegeProcedureView[]> {
  const rows = await db.procedure.findMany({
    where: { tracks: { some: { kind: "COLLEGE", participant: { gemeenteId, leftOn: null } } } },
    include: { ...GR_PROCEDURE_INCLUDE, regeling: { select: { naam: true } } },
    orderBy: { createdAt: "asc" },
  });
  const versionIds = rows
    .map((r) => (r.regional as { currentVersionId?: string | null } | null)?.currentVersionId)
    .filter((v): v is string => typeof v === "string");
  const versions = await db.documentVersion.findMany({
    where: { id: { in: versionIds } },
    select: { id: true, number: true, label: true, documentId: true },
  });
  const views: CollegeProcedureView[] = [];
  for (const row of rows) {
    const loaded = loadedGrProcedureOf(row);
    if (!loaded) continue;
    const participantId = Object.keys(loaded.gemeenteOf).find((id) => loaded.gemeenteOf[id] === gemeenteId);
    const participant = loaded.state.participants.find((p) => p.id === participantId);
    const college = participantId ? loaded.state.collegeTracks[participantId] : undefined;
    if (!participantId || !participant || !college) continue;
    const raad = loaded.state.raadTracks[participantId];
    const v = versions.find((x) => x.id === loaded.state.currentVersionId);
    views.push({
      procedureId: row.id,
      procedureKind: row.kind,
      titel: row.titel,
      regelingNaam: row.regeling.naam,
      participantId,
      gemeenteNaam: participant.name,
      version: v
        ? { id: v.id, number: v.number, label: v.label, href: `/documenten/${v.documentId}#versie-${v.number}` }
        : null,
      collegeStatus: college.status,
      raadStatus: raad?.status,
      steps: collegeStepsOpen(loaded.state, participantId),
      preconditions: preconditionsOf(participant.name, raad, college, loaded.state.currentVersionId, v?.number),
      expectedVersion: loaded.trackVersions.college[participantId] ?? 0,
      ...(college.collegebesluit ? { collegebesluitOn: college.collegebesluit.decidedOn } : {}),
      ...(college.signedOn ? { signedOn: college.signedOn } : {}),
      ...(college.publication ? { publishedOn: college.publication.publishedOn } : {}),
    });
  }
  return views;
}

/**
 * The college steps one participant can record now: the voorgenomen besluit while its raad has not yet given
 * toestemming on the geldende version (lib/domain isVoorgenomenBesluitDue), then collegebesluit, ondertekening and the own
 * bekendmaking in that order (Wgr art. 1 lid 4, R6/R12; the domain's nextCollegeEvent).
 */
export function collegeStepsOpen(state: GrProcedureState, participantId: string): CollegeStep[] {
  const participant = state.participants.find((p) => p.id === participantId);
  const raad = state.raadTracks[participantId];
  const college = state.collegeTracks[participantId];
  if (!participant || !isWithinScope(participant, state.topics)) return [];
  const steps: CollegeStep[] = [];
  if (isVoorgenomenBesluitDue(state.regional, raad, college, state.currentVersionId))
    steps.push("voorgenomen_besluit_genomen");
  const next = nextCollegeEvent(raad?.status, college?.status);
  if (next) steps.push(next);
  return steps;
}

function preconditionsOf(
  gemeente: string,
  raad: RaadTrackState | undefined,
  college: CollegeTrackState,
  versionId: string | null,
  versionNumber: number | undefined,
): string[] {
  const versie = versionNumber === undefined ? "de geldende versie" : `versie ${versionNumber}`;
  if (!versionId) return ["Er is nog geen vastgestelde versie van de regeling waarover het college kan besluiten."];
  if (college.status === "wacht_op_toestemming") {
    if (raad && hasToestemmingFor(raad, versionId)) {
      const on = raad.toestemming?.decision?.decidedOn;
      return [
        `Voldaan: de raad van ${gemeente} heeft${on ? ` op ${formatDutchDate(on)}` : ""} toestemming verleend voor ${versie}. Het college kan nu besluiten.`,
      ];
    }
    const stand = raad ? (RAAD_TRACK_LABELS[raad.status] ?? raad.status) : "onbekend";
    return [
      `Nog niet voldaan: de raad van ${gemeente} moet eerst toestemming verlenen voor ${versie} (stand van de raad: ${stand.toLowerCase()}). Het college besluit en ondertekent pas daarna (artikel 1, vierde lid, Wgr).`,
    ];
  }
  if (college.status === "collegebesluit_genomen") {
    return [
      `Voldaan: het college besloot op ${formatDutchDate(college.collegebesluit?.decidedOn ?? "")} over ${versie}. Onderteken dezelfde versie.`,
    ];
  }
  if (college.status === "ondertekend") {
    return [
      `Voldaan: de regeling is ondertekend op ${formatDutchDate(college.signedOn ?? "")}. Maak het eigen besluit bekend.`,
    ];
  }
  return ["Het college heeft alle stappen voor deze versie gezet."];
}

/** One open college step for a task list ("Mijn taken"): what to do, for which regeling, and where the form is. */
export interface OpenCollegeStep {
  procedureId: string;
  titel: string;
  regelingNaam: string;
  step: CollegeStep;
  wat: string;
  href: string;
}

/** The college's open steps for its own gemeente, for a task list on the landing page. */
export async function listOpenCollegeSteps(db: Db, gemeenteId: string): Promise<OpenCollegeStep[]> {
  const views = await loadCollegeWorkspace(db, gemeenteId);
  return views.flatMap((v) =>
    v.steps.map((step) => ({
      procedureId: v.procedureId,
      titel: v.titel,
      regelingNaam: v.regelingNaam,
      step,
      wat: COLLEGE_STEP_TODO[step],
      href: `/college#procedure-${v.procedureId}`,
    })),
  );
}
