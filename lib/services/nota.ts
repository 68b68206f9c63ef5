import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { ConflictError, Refusal, defineCommand } from "@/lib/commands";
import { answerNotaSchema, answerPointSchema } from "@/lib/validation/nota";
import { appendAudit, recordWrites } from "./audit";
import { NotFoundError } from "./forecast";

/** Zienswijzen count for the nota once the raad adopted them; drafts never do. */
const ADOPTED = ["VASTGESTELD", "INGEDIEND"] as const;

export interface NotaPoint {
  id: string;
  zienswijzeId: string;
  gemeente: string;
  gemeenteId: string;
  participantId: string;
  nummer: number;
  onderwerp: string;
  tekst: string;
  antwoord: string | null;
  disposition: "OVERGENOMEN" | "DEELS_OVERGENOMEN" | "NIET_OVERGENOMEN" | null;
  changedArticle: { id: string; nummer: string; titel: string; versionLabel: string } | null;
}

export interface NotaGroup {
  /** Null: points about the document as a whole. */
  article: { key: string; nummer: string; titel: string } | null;
  points: NotaPoint[];
}

export interface NotaView {
  procedureId: string;
  titel: string;
  groups: NotaGroup[];
  total: number;
  answered: number;
  complete: boolean;
  /** The state of all answers this view was read on (notaBasis): the form sends it back to detect a stale form. */
  basis: string;
}

type AnswerState = {
  id: string;
  antwoord: string | null;
  disposition: string | null;
  changedArticleId: string | null;
};

/** A short fingerprint of every answer (in id order), so a save on a stale form is a conflict, not an overwrite. */
export function notaBasis(points: readonly AnswerState[]): string {
  const rows = [...points]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => [p.id, p.antwoord, p.disposition, p.changedArticleId]);
  return createHash("sha256").update(JSON.stringify(rows)).digest("base64url").slice(0, 32);
}

/**
 * All adopted zienswijze points of all raden, grouped by the article they concern (matched across
 * versions by the article's stable key), in article order. One query.
 */
export async function loadNota(
  db: Db | Prisma.TransactionClient,
  procedureId: string,
  opts: { gemeenteId?: string } = {},
): Promise<NotaView> {
  const procedure = await db.procedure.findUnique({ where: { id: procedureId }, select: { id: true, titel: true } });
  if (!procedure) throw new NotFoundError("Deze procedure bestaat niet.");
  const points = await db.zienswijzePoint.findMany({
    where: {
      zienswijze: {
        procedureId,
        status: { in: [...ADOPTED] },
        ...(opts.gemeenteId ? { participant: { gemeenteId: opts.gemeenteId } } : {}),
      },
    },
    include: {
      zienswijze: {
        select: { id: true, participant: { select: { id: true, gemeente: { select: { id: true, naam: true } } } } },
      },
      article: { select: { key: true, nummer: true, titel: true, position: true } },
      changedArticle: { select: { id: true, nummer: true, titel: true, version: { select: { label: true } } } },
    },
  });
  const groups = new Map<string, NotaGroup & { position: number }>();
  for (const p of points) {
    const key = p.article?.key ?? "";
    const group = groups.get(key) ?? {
      article: p.article ? { key: p.article.key, nummer: p.article.nummer, titel: p.article.titel } : null,
      points: [],
      position: p.article?.position ?? -1,
    };
    group.points.push({
      id: p.id,
      zienswijzeId: p.zienswijze.id,
      gemeente: p.zienswijze.participant.gemeente.naam,
      gemeenteId: p.zienswijze.participant.gemeente.id,
      participantId: p.zienswijze.participant.id,
      nummer: p.nummer,
      onderwerp: p.onderwerp,
      tekst: p.tekst,
      antwoord: p.antwoord,
      disposition: p.disposition,
      changedArticle: p.changedArticle
        ? {
            id: p.changedArticle.id,
            nummer: p.changedArticle.nummer,
            titel: p.changedArticle.titel,
            versionLabel: p.changedArticle.version.label,
          }
        : null,
    });
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort((a, b) => a.position - b.position);
  for (const g of ordered) g.points.sort((a, b) => a.gemeente.localeCompare(b.gemeente, "nl") || a.nummer - b.nummer);
  const answered = points.filter((p) => p.antwoord && p.disposition).length;
  return {
    procedureId,
    titel: procedure.titel,
    groups: ordered.map(({ position: _p, ...g }) => g),
    total: points.length,
    answered,
    complete: points.length > 0 && answered === points.length,
    basis: notaBasis(points),
  };
}

/** The secretariat answers one adopted zienswijze point: the answer, the disposition and its audit event together. */
export const answerPoint = defineCommand({
  name: "answerPoint",
  input: answerPointSchema,
  permission: "nota.bewerken",
  target: "regio",
  async run({ tx, data: input, user }) {
    const point = await tx.zienswijzePoint.findUnique({
      where: { id: input.pointId },
      include: {
        zienswijze: { select: { status: true, procedureId: true, documentVersion: { select: { documentId: true } } } },
      },
    });
    if (!point || !ADOPTED.includes(point.zienswijze.status as (typeof ADOPTED)[number]))
      throw new Refusal("Dit zienswijzepunt bestaat niet of is nog niet door de raad vastgesteld.");
    if (input.changedArticleId) {
      const foreign = await foreignArticles(tx, [input.changedArticleId], point.zienswijze.documentVersion.documentId);
      if (foreign.size > 0)
        throw new Refusal(FOREIGN_ARTICLE, { changedArticleId: "Kies een artikel van dit document." });
    }
    await tx.zienswijzePoint.update({
      where: { id: point.id },
      data: {
        antwoord: input.antwoord,
        disposition: input.disposition,
        changedArticleId: input.changedArticleId ?? null,
      },
    });
    recordWrites(tx, [{ table: "ZienswijzePoint", id: point.id }]);
    await appendAudit(tx, [
      {
        type: "zienswijzepunt_beantwoord",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: null,
        subjectKind: "zienswijzepunt",
        subjectId: point.id,
        fromState: point.disposition ?? "onbeantwoord",
        toState: input.disposition,
        payload: {
          procedureId: point.zienswijze.procedureId,
          antwoord: input.antwoord,
          changedArticleId: input.changedArticleId ?? null,
        },
      },
    ]);
    return {};
  },
});

const FOREIGN_ARTICLE = "Het gewijzigde artikel hoort niet bij dit document.";

/** The article ids among `ids` that are not an article of a version of this document (unknown ids included). */
async function foreignArticles(tx: Prisma.TransactionClient, ids: readonly string[], documentId: string) {
  const own = await tx.article.findMany({
    where: { id: { in: [...ids] }, version: { documentId } },
    select: { id: true },
  });
  const ownIds = new Set(own.map((a) => a.id));
  return new Set(ids.filter((id) => !ownIds.has(id)));
}

const answeredCount = (points: readonly AnswerState[], given: readonly { pointId: string }[]) =>
  points.filter((p) => (p.antwoord && p.disposition) || given.some((g) => g.pointId === p.id)).length;

/**
 * The secretariat saves the whole nota van beantwoording in one pass: for every point it answered,
 * the answer, the disposition and the changed article of the new (draft) version — one transaction,
 * one audit event. Points left empty stay as they are. A form opened before someone else saved is a
 * conflict (its `basis` no longer matches), so nobody's answers are overwritten unseen.
 */
export const answerNota = defineCommand({
  name: "answerNota",
  input: answerNotaSchema,
  permission: "nota.bewerken",
  target: "regio",
  async run({ tx, data: input, user, now }) {
    // One save at a time per procedure: the basis check and the writes see the same answers.
    await tx.$queryRaw`SELECT id FROM "Procedure" WHERE id = ${input.procedureId} FOR UPDATE`;
    const procedure = await tx.procedure.findUnique({
      where: { id: input.procedureId },
      select: { documentId: true },
    });
    if (!procedure) throw new Refusal("Deze procedure bestaat niet.");
    const points = await tx.zienswijzePoint.findMany({
      where: { zienswijze: { procedureId: input.procedureId, status: { in: [...ADOPTED] } } },
      select: { id: true, antwoord: true, disposition: true, changedArticleId: true },
    });
    if (notaBasis(points) !== input.basis)
      throw new ConflictError(
        "Iemand anders heeft de nota net gewijzigd. Laad de pagina opnieuw, controleer de antwoorden en sla dan op.",
      );
    const byId = new Map(points.map((p) => [p.id, p]));
    const fieldErrors: Record<string, string> = {};
    input.answers.forEach((a, i) => {
      if (!byId.has(a.pointId))
        fieldErrors[`answers.${i}.antwoord`] =
          "Dit zienswijzepunt bestaat niet of is nog niet door de raad vastgesteld.";
    });
    if (Object.keys(fieldErrors).length > 0)
      throw new Refusal("Een zienswijzepunt bestaat niet of is nog niet door de raad vastgesteld.", fieldErrors);
    // The schema makes a started point carry both the answer and the disposition.
    const given = input.answers.flatMap((a) =>
      a.antwoord !== "" && a.disposition
        ? [
            {
              pointId: a.pointId,
              antwoord: a.antwoord,
              disposition: a.disposition,
              changedArticleId: a.changedArticleId ?? null,
            },
          ]
        : [],
    );
    const linked = [...new Set(given.flatMap((a) => (a.changedArticleId ? [a.changedArticleId] : [])))];
    const foreign = await foreignArticles(tx, linked, procedure.documentId);
    input.answers.forEach((a, i) => {
      if (a.antwoord !== "" && a.changedArticleId && foreign.has(a.changedArticleId))
        fieldErrors[`answers.${i}.changedArticleId`] = "Kies een artikel van dit document.";
    });
    if (Object.keys(fieldErrors).length > 0) throw new Refusal(FOREIGN_ARTICLE, fieldErrors);

    const changed = given.filter((a) => {
      const old = byId.get(a.pointId);
      return (
        old?.antwoord !== a.antwoord || old.disposition !== a.disposition || old.changedArticleId !== a.changedArticleId
      );
    });
    for (const a of changed)
      await tx.zienswijzePoint.update({
        where: { id: a.pointId },
        data: { antwoord: a.antwoord, disposition: a.disposition, changedArticleId: a.changedArticleId },
      });
    if (changed.length === 0) return { saved: 0, basis: input.basis };
    recordWrites(
      tx,
      changed.map((a) => ({ table: "ZienswijzePoint" as const, id: a.pointId })),
    );
    await appendAudit(tx, [
      {
        type: "nota_beantwoord",
        actorId: user.id,
        actorRole: user.role,
        gemeenteId: null,
        subjectKind: "procedure",
        subjectId: input.procedureId,
        fromState: `${answeredCount(points, [])} beantwoord`,
        toState: `${answeredCount(points, given)} beantwoord`,
        payload: { procedureId: input.procedureId, points: changed },
        at: now,
      },
    ]);
    const after = points.map((p) => {
      const a = changed.find((c) => c.pointId === p.id);
      return a
        ? { id: p.id, antwoord: a.antwoord, disposition: a.disposition, changedArticleId: a.changedArticleId }
        : p;
    });
    return { saved: changed.length, basis: notaBasis(after) };
  },
});
