import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Subject } from "@/lib/auth/permissions";
import { forbidden, invalidInput } from "./refusals";
import { answerPointSchema } from "@/lib/validation/nota";
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
  };
}

export type ServiceResult = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** The secretariat answers one point: validate → authorize → write the answer and its audit event together. */
export async function answerPoint(
  db: Db,
  user: (Subject & { id: string }) | null,
  raw: unknown,
): Promise<ServiceResult> {
  const parsed = answerPointSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const refused = forbidden(user, "nota.bewerken");
  if (refused) return refused;
  const input = parsed.data;
  const point = await db.zienswijzePoint.findUnique({
    where: { id: input.pointId },
    include: {
      zienswijze: { select: { status: true, procedureId: true, documentVersion: { select: { documentId: true } } } },
    },
  });
  if (!point || !ADOPTED.includes(point.zienswijze.status as (typeof ADOPTED)[number])) {
    return { ok: false, message: "Dit zienswijzepunt bestaat niet of is nog niet door de raad vastgesteld." };
  }
  if (input.changedArticleId) {
    const article = await db.article.findUnique({
      where: { id: input.changedArticleId },
      select: { version: { select: { documentId: true } } },
    });
    if (!article || article.version.documentId !== point.zienswijze.documentVersion.documentId) {
      return {
        ok: false,
        message: "Het gewijzigde artikel hoort niet bij dit document.",
        fieldErrors: { changedArticleId: "Kies een artikel van dit document." },
      };
    }
  }
  await db.$transaction(async (tx) => {
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
        actorId: user!.id,
        actorRole: user!.role,
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
  });
  return { ok: true };
}
