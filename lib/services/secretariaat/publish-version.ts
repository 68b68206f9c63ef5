import type { Db } from "@/lib/db/client";
import type { Subject } from "@/lib/auth/permissions";
import { forbidden, invalidInput } from "../refusals";
import { articleHash, versionHash } from "@/lib/documents/hash";
import { ImportError, parseStructuredText } from "@/lib/documents/import";
import { publishVersionSchema } from "@/lib/validation/version";
import { appendAudit, recordWrites } from "../audit";

export type PublishResult =
  | { ok: true; versionId: string; number: number }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

/**
 * Publishes a new version of a document. Versions are immutable: a change is always a new version
 * (number + 1), with a content hash so everyone can see which text a council decided on. Taking
 * the version into a procedure (definitive / revised) is a separate regional step.
 */
export async function publishVersion(
  db: Db,
  user: (Subject & { id: string }) | null,
  raw: unknown,
): Promise<PublishResult> {
  const parsed = publishVersionSchema.safeParse(raw);
  if (!parsed.success) {
    return invalidInput(parsed.error);
  }
  const refused = forbidden(user, "versie.publiceren");
  if (refused) return refused;
  const input = parsed.data;
  let articles = input.articles ?? [];
  if (articles.length === 0) {
    try {
      articles = parseStructuredText(input.text ?? "");
    } catch (e) {
      if (e instanceof ImportError) return { ok: false, message: e.message, fieldErrors: { text: e.message } };
      throw e;
    }
  }
  const keys = new Set(articles.map((a) => a.key));
  if (keys.size !== articles.length)
    return {
      ok: false,
      message: "Elke artikelsleutel mag maar één keer voorkomen.",
      fieldErrors: { articles: "Dubbele sleutel." },
    };
  const document = await db.document.findUnique({ where: { id: input.documentId }, select: { id: true, titel: true } });
  if (!document)
    return {
      ok: false,
      message: "Dit document bestaat niet.",
      fieldErrors: { documentId: "Kies een bestaand document." },
    };

  const hash = versionHash(articles);
  const created = await db.$transaction(async (tx) => {
    const last = await tx.documentVersion.findFirst({
      where: { documentId: document.id },
      orderBy: { number: "desc" },
      select: { number: true, contentHash: true },
    });
    const number = (last?.number ?? 0) + 1;
    const version = await tx.documentVersion.create({
      data: {
        documentId: document.id,
        number,
        label: input.label,
        status: input.status,
        contentHash: hash,
        toelichting: input.toelichting ?? null,
        createdById: user!.id,
        articles: { create: articles.map((a, position) => ({ ...a, position, contentHash: articleHash(a) })) },
      },
      include: { articles: { select: { id: true } } },
    });
    recordWrites(tx, [
      { table: "DocumentVersion", id: version.id },
      ...version.articles.map((a) => ({ table: "Article" as const, id: a.id })),
    ]);
    await appendAudit(tx, [
      {
        type: "versie_gepubliceerd",
        actorId: user!.id,
        actorRole: user!.role,
        gemeenteId: null,
        subjectKind: "document",
        subjectId: document.id,
        fromState: last ? `versie ${last.number}` : null,
        toState: `versie ${number}`,
        payload: {
          versionId: version.id,
          label: input.label,
          status: input.status,
          contentHash: hash,
          articles: articles.length,
          sameTextAsPrevious: last?.contentHash === hash,
        },
      },
    ]);
    return version;
  });
  return { ok: true, versionId: created.id, number: created.number };
}
