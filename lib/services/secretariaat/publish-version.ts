import type { z } from "zod";
import { articleHash, versionHash } from "@/lib/documents/hash";
import { ImportError, parseStructuredText } from "@/lib/documents/import";
import { publishVersionSchema } from "@/lib/validation/version";
import { Refusal, defineCommand, type AuthorizedPerson, type Tx } from "@/lib/commands";
import { definitiveVersionWarning } from "@/lib/domain";
import { appendAudit, recordWrites } from "../audit";

/**
 * Publishes a new version of a document. Versions are immutable: a change is always a new version
 * (number + 1), with a content hash so everyone can see which text a council decided on. Taking
 * the version into a procedure (definitive / revised) is a separate regional step.
 */
export const publishVersion = defineCommand({
  name: "publishVersion",
  input: publishVersionSchema,
  permission: "versie.publiceren",
  target: "regio",
  run: ({ tx, data: input, user, now }) => createVersion(tx, input, user, now),
});

/**
 * Writes the new version (number + 1, articles, content hash) and its audit event inside the
 * caller's transaction; publishVersion and starting a Dienstverleningshandvest actualisatie use it.
 */
export async function createVersion(
  tx: Tx,
  input: Omit<z.output<typeof publishVersionSchema>, "documentId"> & { documentId: string },
  user: AuthorizedPerson,
  now: Date,
) {
  const articles = articlesOf(input);
  const keys = new Set(articles.map((a) => a.key));
  if (keys.size !== articles.length)
    throw new Refusal("Elke artikelsleutel mag maar één keer voorkomen.", { articles: "Dubbele sleutel." });
  const document = await tx.document.findUnique({ where: { id: input.documentId }, select: { id: true } });
  if (!document) throw new Refusal("Dit document bestaat niet.", { documentId: "Kies een bestaand document." });

  const hash = versionHash(articles);
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
      createdById: user.id,
      inhoudChecklist: input.inhoudChecklist ?? [],
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
      actorId: user.id,
      actorRole: user.role,
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
      at: now,
    },
  ]);
  // R16: a definitive text with content items not ticked off is published with a warning, not refused.
  const waarschuwing = input.status === "DEFINITIEF" ? definitiveVersionWarning(input.inhoudChecklist ?? []) : null;
  return { versionId: version.id, number, waarschuwing };
}

/** The articles as given, or parsed from the structured text (a Dutch message when it cannot be read). */
function articlesOf(input: Pick<z.output<typeof publishVersionSchema>, "articles" | "text">) {
  if (input.articles?.length) return input.articles;
  try {
    return parseStructuredText(input.text ?? "");
  } catch (e) {
    if (e instanceof ImportError) throw new Refusal(e.message, { text: e.message });
    throw e;
  }
}
