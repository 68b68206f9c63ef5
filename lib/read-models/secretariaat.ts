import type { Db } from "@/lib/db/client";
import { sortByLegalDate } from "@/lib/presentation/legal-date";
import { GR_PROCEDURE_INCLUDE, loadedGrProcedureOf } from "@/lib/services/gr-procedure-store";
import { loadConsensusMatrix, type ConsensusMatrix } from "@/lib/services/consensus";
import { NotFoundError } from "@/lib/services/forecast";
import { memoByDataVersion } from "@/lib/cache/versioned-memo";
import { currentRegelingDataVersion } from "@/lib/public-cache/data-version";

/**
 * The procedure page of the secretariat: the procedure row is read once, with its tracks (the domain
 * state) and the versions of its document; the newest version's articles are the starting point for editing.
 */
export async function loadSecretariaatProcedure(db: Db, id: string) {
  const procedure = await db.procedure.findUnique({
    where: { id },
    include: {
      ...GR_PROCEDURE_INCLUDE,
      // Participants of the regeling, in the same statement: who can still join the procedure (toetreding).
      regeling: {
        select: {
          slug: true,
          participants: {
            where: { leftOn: null },
            select: { id: true, gemeente: { select: { naam: true } } },
            orderBy: { gemeente: { naam: "asc" } },
          },
        },
      },
      document: {
        include: {
          versions: {
            orderBy: { number: "asc" },
            select: { id: true, number: true, label: true, status: true, publishedAt: true, contentHash: true },
          },
        },
      },
    },
  });
  const loaded = procedure ? loadedGrProcedureOf(procedure) : null;
  if (!procedure || !loaded) return null;
  const newest = procedure.document.versions.at(-1);
  const newestArticles = newest
    ? await db.article.findMany({
        where: { versionId: newest.id },
        orderBy: { position: "asc" },
        select: { nummer: true, titel: true, tekst: true },
      })
    : [];
  // Participants of the regeling without a place in this procedure: who can join it (toetreding).
  const inProcedure = new Set(loaded.state.participants.map((p) => p.id));
  const candidates = procedure.regeling.participants
    .filter((p) => !inProcedure.has(p.id))
    .map((p) => ({ id: p.id, name: p.gemeente.naam }));
  return { procedure, loaded, newestArticles, candidates };
}

/** One track (raad or college of one gemeente in one procedure), its audit history and the names of its actors. */
export async function loadTrackHistory(db: Db, trackId: string) {
  const track = await db.track.findUnique({
    where: { id: trackId },
    include: {
      procedure: { select: { id: true, kind: true, titel: true } },
      participant: { select: { gemeente: { select: { naam: true } } } },
    },
  });
  if (!track) return null;
  // Older events name the track as procedure:orgaan:participant instead of by its id.
  const subjectIds = [
    trackId,
    `${track.procedureId}:${track.kind === "RAAD" ? "raad" : "college"}:${track.participantId}`,
  ];
  const events = await db.auditEvent.findMany({ where: { subjectId: { in: subjectIds } }, orderBy: { id: "asc" } });
  const actorIds = [...new Set(events.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
  const users = await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, naam: true } });
  // Legal order (issue 16 point 2): a besluit registered late is listed at the day it was taken.
  return { track, events: sortByLegalDate(events), actors: new Map(users.map((u) => [u.id, u.naam])) };
}

/** A document with every version and its articles (for the comparison of two versions). */
export async function loadDocumentVersions(db: Db, id: string) {
  return db.document.findUnique({
    where: { id },
    include: {
      versions: { orderBy: { number: "asc" }, include: { articles: { orderBy: { position: "asc" } } } },
      procedures: { select: { id: true }, take: 1 },
    },
  });
}

/** The regeling (with its gemeenten) and its newest GR procedure, for the concept-raadsvoorstellen. */
export async function loadRaadsvoorstelOverview(db: Db, slug: string) {
  const regeling = await db.regeling.findUnique({
    where: { slug },
    include: {
      participants: {
        include: { gemeente: { select: { slug: true, naam: true } } },
        orderBy: { gemeente: { naam: "asc" } },
      },
    },
  });
  const procedure = regeling
    ? await db.procedure.findFirst({
        where: { regelingId: regeling.id, kind: { in: ["GR_TREFFEN", "GR_WIJZIGEN", "GR_OPHEFFEN"] } },
        orderBy: { createdAt: "desc" },
        select: { id: true, titel: true },
      })
    : null;
  return { regeling, procedure };
}

/** The articles of the newest version of a procedure's document, labelled for the nota's answer form. */
export async function loadNotaArticleChoices(db: Db, procedureId: string) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { id: procedureId }, select: { documentId: true } });
  const newest = await db.documentVersion.findFirst({
    where: { documentId: procedure.documentId },
    orderBy: { number: "desc" },
    include: { articles: { orderBy: { position: "asc" }, select: { id: true, nummer: true, titel: true } } },
  });
  if (!newest) return [];
  return newest.articles.map((a) => ({
    id: a.id,
    label: `${/^\d/.test(a.nummer) ? `Artikel ${a.nummer}` : a.nummer} – ${a.titel} (${newest.label})`,
  }));
}

/**
 * Whether the document has a version newer than every version the adopted zienswijzen were given on
 * (the draft the nota's changed articles belong to), and the newest version's label.
 */
export async function loadNotaDraft(db: Db, procedureId: string) {
  const procedure = await db.procedure.findUniqueOrThrow({ where: { id: procedureId }, select: { documentId: true } });
  const [newest, answeredOn] = await Promise.all([
    db.documentVersion.findFirst({
      where: { documentId: procedure.documentId },
      orderBy: { number: "desc" },
      select: { number: true, label: true },
    }),
    db.documentVersion.findFirst({
      where: { zienswijzen: { some: { procedureId, status: { in: ["VASTGESTELD", "INGEDIEND"] } } } },
      orderBy: { number: "desc" },
      select: { number: true },
    }),
  ]);
  return {
    newestLabel: newest?.label ?? null,
    hasDraft: Boolean(newest && answeredOn && newest.number > answeredOn.number),
  };
}

/** The gemeenten taking part in a regeling, by name (the what-if choice of the timeline). */
export async function listRegelingGemeenten(db: Db, slug: string) {
  return db.participant.findMany({
    where: { regeling: { slug } },
    select: { gemeente: { select: { slug: true, naam: true } } },
    orderBy: { gemeente: { naam: "asc" } },
  });
}

// The matrix (4 statements plus the forecast of every track) is the same for every secretariat
// user until data changes: keep it per regeling, day and data version (docs/caching.md). It shows
// one regeling only, so it reads that regeling's row (as its public page does), not "lijst": a
// change to another regeling leaves it cached.
const cachedMatrix = memoByDataVersion(
  {
    max: 64,
    key: (_db: Db, slug: string, today: string) => `${slug}|${today}`,
    version: (_db: Db, slug: string) => currentRegelingDataVersion(slug),
  },
  loadConsensusMatrix,
);

/** The (cached) consensus matrix of a regeling, or null when there is no regeling with that slug. */
export async function consensusMatrixOrNull(db: Db, slug: string, today: string): Promise<ConsensusMatrix | null> {
  try {
    return await cachedMatrix(db, slug, today);
  } catch (e) {
    if (e instanceof NotFoundError) return null;
    throw e;
  }
}

/** R15: the registers that do not list the regeling yet (Wgr art. 27; the central GR-register). */
export { missingRegisters, registerOverview } from "@/lib/services/secretariaat/registers";

/** Issue 20 points 9 and 12: the recorded facts of a procedure, dated, for its history. */
export { loadProcedureRecords } from "@/lib/services/secretariaat/records-timeline";
