import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { PERMISSIONS, type Subject } from "@/lib/auth/permissions";
import { PUBLIC_ZIENSWIJZE_STATUSES } from "@/lib/services/public/common";
import { fail, parseInput, type Result } from "@/lib/result";
import { SEARCH_DOCUMENTS, SEARCH_MAX_HITS, SEARCH_TEXT } from "./search-expressions";

/**
 * Full-text search over regelingen, gemeenten, documents (titles and the articles of their newest
 * version), zienswijze points, the answers to them (nota van beantwoording) and besluiten.
 *
 * PostgreSQL's Dutch snowball configuration stems both sides ("zienswijzen" finds "zienswijze");
 * PGlite ships the same configuration, so one SQL text serves both engines. Every searched
 * expression has a GIN expression index (migration `search_and_meeting_links`); the expressions
 * live in search-expressions.ts so the index and the query cannot drift apart.
 */

export const SEARCH_MAX_LENGTH = 200;

export const zoekSchema = z.object({
  q: z
    .string({ error: "Vul een zoekterm in." })
    // Control characters and the highlight markers never belong in a query.
    .transform((s) => s.replace(/[\u0000-\u001f\u007f\uE000\uE001]/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, "Vul een zoekterm in.")
        .max(SEARCH_MAX_LENGTH, `Gebruik hoogstens ${SEARCH_MAX_LENGTH} tekens.`),
    ),
});

export type SearchKind = "regeling" | "gemeente" | "document" | "artikel" | "zienswijzepunt" | "antwoord" | "besluit";

export interface SearchHit {
  kind: SearchKind;
  id: string;
  title: string;
  /** Text with the matched words between HIGHLIGHT_START and HIGHLIGHT_END (never HTML). */
  snippet: string;
  href: string;
  rank: number;
  /** Only for signed-in users who may see it: a zienswijze that is still a concept. */
  concept: boolean;
}

/** Private-use characters, so a snippet never carries markup from the stored text into the page. */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";
const HEADLINE_OPTIONS = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

type Row = {
  kind: SearchKind;
  id: string;
  title: string;
  ref: string;
  snippet: string;
  rank: number;
  concept: boolean;
};

/**
 * Which concept zienswijzen the user may see, from the one permissions table: none for the public,
 * the own gemeente's for "own_gemeente", all for "all".
 */
function conceptScope(subject: Subject | null): Prisma.Sql {
  const scope = subject ? PERMISSIONS[subject.role]?.["zienswijze.concept.bekijken"] : undefined;
  const open = Prisma.sql`z."status"::text IN (${Prisma.join([...PUBLIC_ZIENSWIJZE_STATUSES])})`;
  if (scope === "all") return Prisma.sql`TRUE`;
  if (scope === "own_gemeente" && subject?.gemeenteId)
    return Prisma.sql`(${open} OR pa."gemeenteId" = ${subject.gemeenteId})`;
  return open;
}

const raw = (s: string) => Prisma.raw(s);

/** A zienswijze point with its zienswijze, gemeente and regeling (for both points and answers). */
const POINTS_WITH_OWNER = Prisma.sql`FROM "ZienswijzePoint" p
        JOIN "Zienswijze" z ON z."id" = p."zienswijzeId"
        JOIN "Participant" pa ON pa."id" = z."participantId"
        JOIN "Gemeente" gm ON gm."id" = pa."gemeenteId"
        JOIN "Regeling" r ON r."id" = pa."regelingId", q`;

function hrefOf(r: Row): string {
  switch (r.kind) {
    case "regeling":
      return `/regelingen/${r.ref}`;
    case "gemeente":
      return `/gemeenten/${r.ref}`;
    case "document":
      return `/documenten/${r.ref}`;
    case "artikel":
      return `/documenten/${r.ref}`;
    case "zienswijzepunt":
    case "antwoord":
      return r.concept ? "/griffie" : `/regelingen/${r.ref}`;
    case "besluit":
      return r.ref;
  }
}

/** The search itself: at most SEARCH_MAX_HITS hits, best first; a Dutch refusal for unusable input. */
export async function searchAll(
  db: Db,
  rawInput: unknown,
  subject: Subject | null,
): Promise<Result<{ q: string; hits: SearchHit[] }>> {
  const parsed = parseInput(zoekSchema, rawInput);
  if (!parsed.ok) return fail(parsed.fieldErrors.q ?? parsed.message, parsed.fieldErrors);
  const { q } = parsed.data;
  const [{ usable }] = await db.$queryRaw<{ usable: boolean }[]>`
    SELECT numnode(websearch_to_tsquery('dutch', ${q})) > 0 AS usable`;
  if (!usable)
    return fail("Deze zoekterm bevat geen woorden om op te zoeken. Probeer een ander woord.", {
      q: "Gebruik een woord, bijvoorbeeld een naam of een onderwerp.",
    });
  const scope = conceptScope(subject);
  const rows = await db.$queryRaw<Row[]>`
    WITH q AS (SELECT websearch_to_tsquery('dutch', ${q}) AS q),
    hits AS (
      SELECT 'regeling' AS kind, r."id", r."naam" AS title, r."slug" AS ref, ${raw(SEARCH_TEXT.regeling)} AS body,
             ts_rank(${raw(SEARCH_DOCUMENTS.regeling)}, q.q, 1) AS rank, FALSE AS concept
        FROM "Regeling" r, q WHERE ${raw(SEARCH_DOCUMENTS.regeling)} @@ q.q
      UNION ALL
      SELECT 'gemeente', g."id", g."naam", g."slug", ${raw(SEARCH_TEXT.gemeente)},
             ts_rank(${raw(SEARCH_DOCUMENTS.gemeente)}, q.q, 1), FALSE
        FROM "Gemeente" g, q WHERE ${raw(SEARCH_DOCUMENTS.gemeente)} @@ q.q
      UNION ALL
      SELECT 'document', d."id", d."titel", d."id", ${raw(SEARCH_TEXT.document)},
             ts_rank(${raw(SEARCH_DOCUMENTS.document)}, q.q, 1), FALSE
        FROM "Document" d, q WHERE ${raw(SEARCH_DOCUMENTS.document)} @@ q.q
      UNION ALL
      SELECT 'artikel', a."id",
             d."titel" || ' — ' || CASE WHEN a."nummer" ~ '^[0-9]' THEN 'artikel ' || a."nummer" ELSE a."nummer" END
               || '. ' || a."titel",
             d."id" || '#versie-' || v."number", ${raw(SEARCH_TEXT.artikel)},
             ts_rank(${raw(SEARCH_DOCUMENTS.artikel)}, q.q, 1), FALSE
        FROM "Article" a
        JOIN "DocumentVersion" v ON v."id" = a."versionId"
        JOIN "Document" d ON d."id" = v."documentId", q
       WHERE ${raw(SEARCH_DOCUMENTS.artikel)} @@ q.q
         AND v."number" = (SELECT max(v2."number") FROM "DocumentVersion" v2 WHERE v2."documentId" = d."id")
      UNION ALL
      SELECT 'zienswijzepunt', p."id", 'Zienswijze ' || gm."naam" || ', punt ' || p."nummer" || ': ' || p."onderwerp",
             r."slug", ${raw(SEARCH_TEXT.zienswijzepunt)},
             ts_rank(${raw(SEARCH_DOCUMENTS.zienswijzepunt)}, q.q, 1), z."status"::text = 'CONCEPT'
        ${POINTS_WITH_OWNER}
       WHERE ${raw(SEARCH_DOCUMENTS.zienswijzepunt)} @@ q.q AND ${scope}
      UNION ALL
      SELECT 'antwoord', p."id", 'Antwoord op de zienswijze van ' || gm."naam" || ', punt ' || p."nummer",
             r."slug", ${raw(SEARCH_TEXT.antwoord)},
             ts_rank(${raw(SEARCH_DOCUMENTS.antwoord)}, q.q, 1), z."status"::text = 'CONCEPT'
        ${POINTS_WITH_OWNER}
       WHERE p."antwoord" IS NOT NULL AND ${raw(SEARCH_DOCUMENTS.antwoord)} @@ q.q AND ${scope}
      UNION ALL
      SELECT 'besluit', b."id",
             'Besluit ' || coalesce(gm."naam", r."naam") || coalesce(' (' || b."besluitnummer" || ')', '')
               || ' van ' || to_char(b."besluitdatum", 'DD-MM-YYYY'),
             CASE WHEN gm."slug" IS NULL THEN '/regelingen/' || r."slug" ELSE '/gemeenten/' || gm."slug" END,
             ${raw(SEARCH_TEXT.besluit)},
             ts_rank(${raw(SEARCH_DOCUMENTS.besluit)}, q.q, 1), FALSE
        FROM "Besluit" b
        JOIN "Procedure" pr ON pr."id" = b."procedureId"
        JOIN "Regeling" r ON r."id" = pr."regelingId"
        LEFT JOIN "Participant" pa ON pa."id" = b."participantId"
        LEFT JOIN "Gemeente" gm ON gm."id" = pa."gemeenteId", q
       WHERE ${raw(SEARCH_DOCUMENTS.besluit)} @@ q.q
    )
    SELECT h.kind, h."id", h.title, h.ref, h.concept, h.rank::float8 AS rank,
           ts_headline('dutch', h.body, q.q, ${HEADLINE_OPTIONS}) AS snippet
      FROM (SELECT * FROM hits ORDER BY rank DESC, title ASC, "id" ASC LIMIT ${SEARCH_MAX_HITS}) h, q
     ORDER BY h.rank DESC, h.title ASC, h."id" ASC`;
  return {
    ok: true,
    q,
    hits: rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      title: r.title,
      snippet: r.snippet,
      href: hrefOf(r),
      rank: Number(r.rank),
      concept: Boolean(r.concept),
    })),
  };
}
