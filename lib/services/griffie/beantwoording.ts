import type { Db } from "@/lib/db/client";
import { can, type Subject } from "@/lib/auth/permissions";
import { todayInNetherlands, type IsoDate } from "@/lib/domain";
import { diffVersions, type ArticleDiff } from "@/lib/documents/diff";
import { renderZienswijzeBrief } from "@/lib/documents/word/zienswijze-brief";
import { formatDutchDate } from "@/lib/presentation/dates";
import { notaGroupLabel } from "@/lib/presentation/nota";
import { loadOwnGrProcedure } from "./workspace";
import { forecastRegeling, NotFoundError } from "@/lib/services/forecast";
import { loadNota, type NotaPoint, type NotaView } from "@/lib/services/nota";
import { raadsvoorstelDocx } from "@/lib/services/exports/raadsvoorstel";

/** One of the own raad's points with the regio's answer and the change of the article it led to. */
export interface AnsweredPoint extends NotaPoint {
  over: string;
  diff: ArticleDiff | null;
}

export interface GriffieBeantwoording {
  procedureId: string;
  titel: string;
  gemeente: { slug: string; naam: string };
  points: AnsweredPoint[];
  /** The whole nota van beantwoording, once the regio adopted it (Wgr art. 1 lid 3). */
  nota: NotaView | null;
  notaOn: IsoDate | null;
  /** The own raad's forecast and the regional verdict only (never the other raden's). */
  forecast: { status: string; notes: string[]; latestRaad: IsoDate | null; verdict: string } | null;
}

/**
 * What a griffier needs to write the toestemming raadsvoorstel, for the own gemeente only: the regio's answers to
 * the own raad's points with the changed article (diff between the zienswijze version and the changed one), the
 * whole nota once adopted, and the forecast of the own raad. Null when the gemeente takes no part in the procedure.
 */
export async function loadGriffieBeantwoording(
  db: Db,
  procedureId: string,
  gemeenteId: string,
  today: IsoDate,
): Promise<GriffieBeantwoording | null> {
  const found = await loadOwnGrProcedure(db, procedureId, gemeenteId);
  if (!found) return null;
  const { loaded, participantId } = found;
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { id: procedureId },
    select: { titel: true, regeling: { select: { slug: true } } },
  });
  const gemeente = await db.gemeente.findUniqueOrThrow({
    where: { id: gemeenteId },
    select: { slug: true, naam: true },
  });
  const own = await loadNota(db, procedureId, { gemeenteId });
  const ownPoints = own.groups.flatMap((g) => g.points.map((p) => ({ ...p, over: notaGroupLabel(g.article) })));
  // The changed articles and their text in the version the raad gave its zienswijze on (matched by stable key).
  const changedIds = ownPoints.flatMap((p) => (p.changedArticle ? [p.changedArticle.id] : []));
  const changed = await db.article.findMany({ where: { id: { in: changedIds } } });
  const zienswijzeVersionId = loaded.state.raadTracks[participantId]?.zienswijze?.documentVersionId ?? "";
  const before = await db.article.findMany({
    where: { versionId: zienswijzeVersionId, key: { in: changed.map((a) => a.key) } },
  });
  const diffOf = (id: string): ArticleDiff | null => {
    const after = changed.find((a) => a.id === id);
    if (!after) return null;
    const old = before.filter((a) => a.key === after.key);
    return diffVersions(old, [after])[0] ?? null;
  };
  const points = ownPoints
    .map((p) => ({ ...p, diff: p.changedArticle ? diffOf(p.changedArticle.id) : null }))
    .sort((a, b) => a.nummer - b.nummer);
  const notaOn = loaded.state.regional.notaVanBeantwoording?.decidedOn ?? null;
  const nota = notaOn ? await loadNota(db, procedureId) : null;
  let forecast: GriffieBeantwoording["forecast"] = null;
  try {
    const f = await forecastRegeling(db, procedure.regeling.slug, { today });
    const mine = f.participants.find((p) => p.id === participantId);
    if (mine)
      forecast = { status: mine.status, notes: mine.notes, latestRaad: mine.latest.raad, verdict: f.verdict.text };
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
  }
  return { procedureId, titel: procedure.titel, gemeente, points, nota, notaOn, forecast };
}

export const GRIFFIE_DOCUMENTS = ["raadsvoorstel-zienswijze", "raadsvoorstel-toestemming", "zienswijze-brief"] as const;
export type GriffieDocumentKind = (typeof GRIFFIE_DOCUMENTS)[number];

/** The raad's zienswijze-brief: its newest zienswijze (concept or adopted) as a letter to the bestuur. */
export async function zienswijzeBriefDocx(db: Db, procedureId: string, gemeenteId: string, today: IsoDate) {
  const zw = await db.zienswijze.findFirst({
    where: { procedureId, participant: { gemeenteId } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: {
      participant: { select: { gemeente: { select: { naam: true } }, regeling: { select: { naam: true } } } },
      documentVersion: { select: { label: true } },
      besluit: { select: { besluitdatum: true } },
      points: { orderBy: { nummer: "asc" }, include: { article: { select: { nummer: true, titel: true } } } },
    },
  });
  if (!zw) throw new NotFoundError("De raad heeft in deze procedure nog geen zienswijze opgesteld.");
  return renderZienswijzeBrief({
    gemeente: zw.participant.gemeente.naam,
    date: today,
    regeling: zw.participant.regeling.naam,
    versie: zw.documentVersion.label,
    vastgesteldOp: zw.status !== "CONCEPT" && zw.besluit ? formatDutchDate(zw.besluit.besluitdatum) : null,
    punten: zw.points.map((p) => ({
      nummer: p.nummer,
      onderwerp: p.onderwerp,
      over: notaGroupLabel(p.article),
      tekst: p.tekst,
    })),
  });
}

export type GriffieDocumentResult =
  | { ok: true; basename: string; build: () => Promise<Buffer> }
  | { ok: false; status: 403 | 404; message: string };

/**
 * A griffier's draft document for one gemeente, after the one permission check (own gemeente only, deny by
 * default): another gemeente's griffier is refused with 403 before anything is read about that gemeente's raad.
 */
export async function griffieDocument(
  db: Db,
  subject: Subject,
  procedureId: string,
  gemeenteSlug: string,
  kind: string,
  today: IsoDate = todayInNetherlands(),
): Promise<GriffieDocumentResult> {
  if (!(GRIFFIE_DOCUMENTS as readonly string[]).includes(kind))
    return { ok: false, status: 404, message: "Dit document bestaat niet." };
  const gemeente = await db.gemeente.findUnique({ where: { slug: gemeenteSlug }, select: { id: true } });
  if (!gemeente) return { ok: false, status: 404, message: "Deze gemeente bestaat niet." };
  const decision = can(subject, "raadsstukken.downloaden", { gemeenteId: gemeente.id });
  if (!decision.allowed) return { ok: false, status: 403, message: decision.reason };
  const basename = `${kind}-${gemeenteSlug}`;
  if (kind === "zienswijze-brief")
    return { ok: true, basename, build: () => zienswijzeBriefDocx(db, procedureId, gemeente.id, today) };
  const phase = kind === "raadsvoorstel-toestemming" ? "toestemming" : "zienswijze";
  return { ok: true, basename, build: () => raadsvoorstelDocx(db, procedureId, gemeenteSlug, { today, phase }) };
}
