import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { getPrisma } from "@/lib/db/client";
import { procedureStateLabel } from "@/lib/presentation/labels";
import { type ListSubject, PUBLIC_PAGE_SUBJECTS } from "@/lib/public-cache/subjects";
import { servedFromCache } from "./cached";
import { JSON_TYPE, readHandler, readOnly } from "./http";
import { pageOf, pageWindow, parseQuery } from "./pagination";

/**
 * The list resources of /api/v1 (regelingen, gemeenten, documenten, besluiten, zienswijzen):
 * each page is read with two SQL statements (the total and the page itself, nested lists
 * aggregated in PostgreSQL), whatever the size of the data set: no N+1, no loading everything
 * to slice it in Node. The JSON shapes are those of lib/api/resources.ts (and lib/api/openapi.ts).
 */
export type Window = { skip: number; take: number };
export type ListResult<T> = { total: number; items: T[] };

/**
 * One GET handler for a paginated list: parse and check the query, load one page, answer with ETag.
 * The page is kept server-side per URL while the kinds and `list` (the list version whose content
 * this resource shows: lib/public-cache/subjects.ts) have not moved (lib/api/cached.ts); shared between instances
 * only at a canonical URL of the schema's parameters (lib/public-cache/shareable.ts).
 */
export function listRoute<S extends z.ZodObject>(
  schema: S,
  load: (db: Db, q: z.infer<S>, win: Window) => Promise<ListResult<unknown>>,
  list: ListSubject,
) {
  const keying = { subjects: [...PUBLIC_PAGE_SUBJECTS, list], wants: {} };
  const accepted = Object.keys(schema.shape);
  return {
    ...readOnly,
    GET: readHandler(async (request: Request) => {
      const q = parseQuery(request, schema);
      if (!q.ok) return q.response;
      const win = pageWindow(q.data);
      return servedFromCache(
        request,
        keying,
        async () => {
          const { total, items } = await load(await getPrisma(), q.data, win);
          // A page without items (past the last page, or filtered on a slug that does not exist) is not shared:
          // an outside client could make such keys without end (lib/public-cache/shareable.ts).
          const body = JSON.stringify(pageOf(request, items, total, win));
          return { body, contentType: JSON_TYPE, shareable: items.length > 0 };
        },
        accepted,
      );
    }),
  };
}

const json = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;
const page = (win: Window) => Prisma.sql`LIMIT ${win.take} OFFSET ${win.skip}`;
const self = (href: string) => ({ self: { href } });
/** A timestamp as JSON.stringify writes a Date (ISO 8601, UTC, milliseconds). */
const isoTs = (col: Prisma.Sql) => Prisma.sql`to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const day = (col: Prisma.Sql) => Prisma.sql`to_char(${col}, 'YYYY-MM-DD')`;

async function total(db: Db, query: Prisma.Sql): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>(query);
  return Number(rows[0]?.n ?? 0);
}

// ───────────── regelingen ─────────────

type RegelingRow = {
  slug: string;
  naam: string;
  citeertitel: string | null;
  vorm: string;
  partijen: string;
  regio: string | null;
  grKind: string | null;
  grState: string | null;
  targetSignBy: string | null;
  targetInForce: string | null;
  inWerkingOp: string | null;
  beeindigdOp: string | null;
};

/** Newest in force first (as the public list): the page with each regeling's GR procedure stand. */
export async function listRegelingen(
  db: Db,
  _q: unknown,
  win: Window,
): Promise<ListResult<ReturnType<typeof regelingItem>>> {
  const [n, rows] = await Promise.all([
    total(db, Prisma.sql`SELECT count(*)::int AS n FROM "Regeling"`),
    db.$queryRaw<RegelingRow[]>`
      SELECT r.slug, r.naam, r.citeertitel, r.vorm::text AS vorm, r.partijen::text AS partijen, rg.naam AS regio,
             gr.kind AS "grKind", gr."derivedState" AS "grState",
             ${day(Prisma.sql`r."targetSignBy"`)} AS "targetSignBy", ${day(Prisma.sql`r."targetInForce"`)} AS "targetInForce",
             ${day(Prisma.sql`r."inWerkingOp"`)} AS "inWerkingOp", ${day(Prisma.sql`r."beeindigdOp"`)} AS "beeindigdOp"
      FROM "Regeling" r
      LEFT JOIN "Regio" rg ON rg.id = r."regioId"
      LEFT JOIN LATERAL (
        SELECT p.kind::text AS kind, p."derivedState" FROM "Procedure" p
        WHERE p."regelingId" = r.id AND p.kind::text IN ('GR_TREFFEN', 'GR_WIJZIGEN', 'GR_OPHEFFEN')
        ORDER BY p."createdAt", p.id LIMIT 1
      ) gr ON true
      ORDER BY r."inWerkingOp" DESC, r."createdAt", r.naam, r.id
      ${page(win)}`,
  ]);
  return { total: n, items: rows.map(regelingItem) };
}

function regelingItem(r: RegelingRow) {
  return {
    slug: r.slug,
    naam: r.naam,
    citeertitel: r.citeertitel,
    vorm: r.vorm,
    partijen: r.partijen,
    regio: r.regio,
    stand: r.grState,
    standLabel: r.grKind && r.grState ? procedureStateLabel(r.grKind, r.grState) : null,
    ondertekeningUiterlijk: r.targetSignBy,
    beoogdeInwerkingtreding: r.targetInForce,
    inWerkingOp: r.inWerkingOp,
    beeindigdOp: r.beeindigdOp,
    _links: {
      ...self(`/api/v1/regelingen/${r.slug}`),
      html: { href: `/regelingen/${r.slug}` },
      agenda: { href: `/ics/regelingen/${r.slug}.ics` },
    },
  };
}

// ───────────── gemeenten ─────────────

type GemeenteRow = { slug: string; naam: string; cbsCode: string | null; regelingen: unknown };

/** Gemeenten by name with the regelingen they take part in. */
export async function listGemeenten(db: Db, _q: unknown, win: Window) {
  const [n, rows] = await Promise.all([
    total(db, Prisma.sql`SELECT count(*)::int AS n FROM "Gemeente"`),
    db.$queryRaw<GemeenteRow[]>`
      SELECT g.slug, g.naam, g."cbsCode",
             (SELECT COALESCE(json_agg(json_build_object('slug', r.slug, 'naam', r.naam, 'deelname', p.scope) ORDER BY r.slug), '[]')
              FROM "Participant" p JOIN "Regeling" r ON r.id = p."regelingId" WHERE p."gemeenteId" = g.id) AS regelingen
      FROM "Gemeente" g
      ORDER BY g.naam, g.id
      ${page(win)}`,
  ]);
  return {
    total: n,
    items: rows.map((g) => ({
      slug: g.slug,
      naam: g.naam,
      cbsCode: g.cbsCode,
      regelingen: json<{ slug: string; naam: string; deelname: string }[]>(g.regelingen),
      _links: {
        ...self(`/api/v1/gemeenten/${g.slug}`),
        html: { href: `/gemeenten/${g.slug}` },
        agenda: { href: `/ics/gemeenten/${g.slug}.ics` },
      },
    })),
  };
}

// ───────────── documenten ─────────────

type DocumentRow = {
  id: string;
  titel: string;
  soort: string;
  omschrijving: string | null;
  periode: string | null;
  bron: string | null;
  topics: string[];
  partOfRegeling: boolean;
  regeling: string;
  versies: unknown;
};

/** Documents in order of creation, each with its versions (without article texts). */
export async function listDocumenten(db: Db, q: { regeling?: string }, win: Window) {
  const where = q.regeling ? Prisma.sql`WHERE r.slug = ${q.regeling}` : Prisma.empty;
  const [n, rows] = await Promise.all([
    total(
      db,
      Prisma.sql`SELECT count(*)::int AS n FROM "Document" d JOIN "Regeling" r ON r.id = d."regelingId" ${where}`,
    ),
    db.$queryRaw<DocumentRow[]>`
      SELECT d.id, d.titel, d.kind::text AS soort, d.omschrijving, d.periode, d.bron, d.topics, d."partOfRegeling", r.slug AS regeling,
             (SELECT COALESCE(json_agg(json_build_object(
                'id', v.id, 'nummer', v.number, 'label', v.label, 'status', v.status, 'contentHash', v."contentHash",
                'gepubliceerdOp', ${isoTs(Prisma.sql`v."publishedAt"`)}) ORDER BY v.number), '[]')
              FROM "DocumentVersion" v WHERE v."documentId" = d.id) AS versies
      FROM "Document" d JOIN "Regeling" r ON r.id = d."regelingId"
      ${where}
      ORDER BY d."createdAt", d.id
      ${page(win)}`,
  ]);
  return {
    total: n,
    items: rows.map((doc) => ({
      id: doc.id,
      titel: doc.titel,
      soort: doc.soort,
      omschrijving: doc.omschrijving,
      periode: doc.periode,
      bron: doc.bron,
      onderwerpen: doc.topics,
      deelVanRegeling: doc.partOfRegeling,
      regeling: doc.regeling,
      versies: json<Record<string, unknown>[]>(doc.versies).map((v) => ({
        ...v,
        _links: self(`/api/v1/documenten/${doc.id}/versies`),
      })),
      _links: {
        ...self(`/api/v1/documenten/${doc.id}`),
        versies: { href: `/api/v1/documenten/${doc.id}/versies` },
        html: { href: `/documenten/${doc.id}` },
      },
    })),
  };
}

// ───────────── besluiten and zienswijzen: filtered by regeling and/or gemeente slug ─────────────

type Filter = { regeling?: string; gemeente?: string };

/** An unknown slug gives an empty list (never everything): the sub-select yields NULL, which matches nothing. */
function filterSql(f: Filter, alias: { procedure: string; participant: string }) {
  const parts: Prisma.Sql[] = [];
  if (f.regeling)
    parts.push(
      Prisma.sql`${Prisma.raw(alias.procedure)}."regelingId" = (SELECT id FROM "Regeling" WHERE slug = ${f.regeling})`,
    );
  if (f.gemeente)
    parts.push(
      Prisma.sql`${Prisma.raw(alias.participant)}."gemeenteId" = (SELECT id FROM "Gemeente" WHERE slug = ${f.gemeente})`,
    );
  return parts;
}

const whereOf = (parts: Prisma.Sql[]) =>
  parts.length ? Prisma.sql`WHERE ${Prisma.join(parts, " AND ")}` : Prisma.empty;

type BesluitRow = {
  id: string;
  soort: string;
  uitkomst: string;
  besluitdatum: string;
  besluitnummer: string | null;
  orgaan: string;
  gemeente: string | null;
  regeling: string;
  procedure: string;
  dvId: string;
  dvLabel: string;
  dvDocument: string;
  voor: number | null;
  tegen: number | null;
  aanwezig: number | null;
  zittingHebbendeLeden: number | null;
  weigeringsgrond: string | null;
  motivering: string | null;
  verwachteDatum: string | null;
  publicatieDatum: string | null;
  publicatieVindplaats: string | null;
  corrigeert: string | null;
  moties: unknown;
};

/** Besluiten in date order with votes and moties. */
export async function listBesluiten(db: Db, f: Filter, win: Window) {
  // The total joins only what the filter needs (unfiltered: a plain count of the table).
  const countFrom = Prisma.sql`FROM "Besluit" b
    ${f.regeling ? Prisma.sql`JOIN "Procedure" pr ON pr.id = b."procedureId"` : Prisma.empty}
    ${f.gemeente ? Prisma.sql`JOIN "Participant" b_p ON b_p.id = b."participantId"` : Prisma.empty}`;
  const [n, rows] = await Promise.all([
    total(
      db,
      Prisma.sql`SELECT count(*)::int AS n ${countFrom} ${whereOf(filterSql(f, { procedure: "pr", participant: "b_p" }))}`,
    ),
    db.$queryRaw<BesluitRow[]>`
      SELECT b.id, b.type::text AS soort, b.uitkomst::text AS uitkomst, ${day(Prisma.sql`b.besluitdatum`)} AS besluitdatum, b.besluitnummer,
             bo.naam AS orgaan, g.slug AS gemeente, r.slug AS regeling, pr.titel AS procedure,
             dv.id AS "dvId", dv.label AS "dvLabel", dv."documentId" AS "dvDocument",
             b."stemmenVoor" AS voor, b."stemmenTegen" AS tegen, b.aanwezig, b."zittingHebbendeLeden",
             b.weigeringsgrond::text AS weigeringsgrond, b.motivering, ${day(Prisma.sql`b."verwachteDatum"`)} AS "verwachteDatum",
             ${day(Prisma.sql`b."publicatieDatum"`)} AS "publicatieDatum", b."publicatieVindplaats", b."corrigeertId" AS corrigeert,
             (SELECT COALESCE(json_agg(json_build_object(
                'id', m.id, 'soort', m.soort, 'titel', m.titel, 'indiener', m.indiener, 'uitkomst', m.uitkomst,
                'stemmenVoor', m."stemmenVoor", 'stemmenTegen', m."stemmenTegen", 'tekst', m.tekst) ORDER BY m.titel, m.id), '[]')
              FROM "Motie" m WHERE m."besluitId" = b.id) AS moties
      FROM "Besluit" b
      JOIN "Body" bo ON bo.id = b."bodyId"
      JOIN "Procedure" pr ON pr.id = b."procedureId"
      JOIN "Regeling" r ON r.id = pr."regelingId"
      JOIN "DocumentVersion" dv ON dv.id = b."documentVersionId"
      LEFT JOIN "Participant" b_p ON b_p.id = b."participantId"
      LEFT JOIN "Gemeente" g ON g.id = b_p."gemeenteId"
      ${whereOf(filterSql(f, { procedure: "pr", participant: "b_p" }))}
      ORDER BY b.besluitdatum, b."createdAt", b.id
      ${page(win)}`,
  ]);
  return {
    total: n,
    items: rows.map((b) => ({
      id: b.id,
      soort: b.soort,
      uitkomst: b.uitkomst,
      besluitdatum: b.besluitdatum,
      besluitnummer: b.besluitnummer,
      orgaan: b.orgaan,
      gemeente: b.gemeente,
      regeling: b.regeling,
      procedure: b.procedure,
      documentVersie: { id: b.dvId, label: b.dvLabel, document: b.dvDocument },
      stemmen: { voor: b.voor, tegen: b.tegen, aanwezig: b.aanwezig, zittingHebbendeLeden: b.zittingHebbendeLeden },
      weigeringsgrond: b.weigeringsgrond,
      motivering: b.motivering,
      verwachteDatum: b.verwachteDatum,
      publicatieDatum: b.publicatieDatum,
      publicatieVindplaats: b.publicatieVindplaats,
      corrigeert: b.corrigeert,
      moties: json<unknown[]>(b.moties),
    })),
  };
}

type ZienswijzeRow = {
  id: string;
  status: "VASTGESTELD" | "INGEDIEND";
  gemeente: string;
  regeling: string;
  dvId: string;
  dvLabel: string;
  dvDocument: string;
  vastgesteldOp: string | null;
  ingediendOp: string | null;
  punten: unknown;
};

/** Only zienswijzen a raad adopted (VASTGESTELD) or submitted (INGEDIEND); drafts never. */
export async function listZienswijzen(db: Db, f: Filter, win: Window) {
  const where = whereOf([
    Prisma.sql`z.status::text IN ('VASTGESTELD', 'INGEDIEND')`,
    ...filterSql(f, { procedure: "pr", participant: "p" }),
  ]);
  const from = Prisma.sql`FROM "Zienswijze" z JOIN "Procedure" pr ON pr.id = z."procedureId" JOIN "Participant" p ON p.id = z."participantId"`;
  const [n, rows] = await Promise.all([
    total(db, Prisma.sql`SELECT count(*)::int AS n ${from} ${where}`),
    db.$queryRaw<ZienswijzeRow[]>`
      SELECT z.id, z.status::text AS status, g.slug AS gemeente, r.slug AS regeling,
             dv.id AS "dvId", dv.label AS "dvLabel", dv."documentId" AS "dvDocument",
             ${day(Prisma.sql`bs.besluitdatum`)} AS "vastgesteldOp", ${day(Prisma.sql`z."ingediendOp"`)} AS "ingediendOp",
             (SELECT COALESCE(json_agg(json_build_object(
                'nummer', zp.nummer, 'onderwerp', zp.onderwerp, 'artikel', a.nummer, 'tekst', zp.tekst,
                'antwoord', zp.antwoord, 'afdoening', zp.disposition, 'gewijzigdArtikel', ca.nummer) ORDER BY zp.nummer), '[]')
              FROM "ZienswijzePoint" zp
              LEFT JOIN "Article" a ON a.id = zp."articleId"
              LEFT JOIN "Article" ca ON ca.id = zp."changedArticleId"
              WHERE zp."zienswijzeId" = z.id) AS punten
      ${from}
      JOIN "Gemeente" g ON g.id = p."gemeenteId"
      JOIN "Regeling" r ON r.id = pr."regelingId"
      JOIN "DocumentVersion" dv ON dv.id = z."documentVersionId"
      LEFT JOIN "Besluit" bs ON bs.id = z."besluitId"
      ${where}
      ORDER BY z."ingediendOp" NULLS LAST, z."createdAt", z.id
      ${page(win)}`,
  ]);
  return {
    total: n,
    items: rows.map((z) => ({
      id: z.id,
      status: z.status,
      gemeente: z.gemeente,
      regeling: z.regeling,
      documentVersie: { id: z.dvId, label: z.dvLabel, document: z.dvDocument },
      vastgesteldOp: z.vastgesteldOp,
      ingediendOp: z.ingediendOp,
      punten: json<unknown[]>(z.punten),
    })),
  };
}

// ───────────── deadlines: Deadline rows and the statutory zienswijze deadline inside each raad track ─────────────

type DeadlineRow = {
  id: string;
  datum: string;
  soort: string;
  label: string;
  grondslag: string | null;
  regeling: string;
  gemeente: string | null;
  procedure: string;
  berekening: unknown;
};

/**
 * Every deadline in date order, then id: the Deadline rows and, per raad track, its statutory
 * zienswijze deadline (read from the track JSON in SQL; only while it has an end date). Two
 * statements (total and page) instead of loading every track into Node and slicing there.
 */
export async function listDeadlinesPage(db: Db, f: Filter & { vanaf?: string }, win: Window) {
  const regeling = f.regeling ? Prisma.sql`(SELECT id FROM "Regeling" WHERE slug = ${f.regeling})` : null;
  const gemeente = f.gemeente ? Prisma.sql`(SELECT id FROM "Gemeente" WHERE slug = ${f.gemeente})` : null;
  const end = Prisma.sql`t.data#>>'{zienswijze,deadline,end}'`;
  const rowsWhere = whereOf([
    ...(regeling ? [Prisma.sql`pr."regelingId" = ${regeling}`] : []),
    ...(gemeente ? [Prisma.sql`dp."gemeenteId" = ${gemeente}`] : []),
    ...(f.vanaf ? [Prisma.sql`d."dueOn" >= ${f.vanaf}::date`] : []),
  ]);
  const tracksWhere = whereOf([
    Prisma.sql`t.kind = 'RAAD'`,
    Prisma.sql`COALESCE(${end}, '') <> ''`,
    ...(regeling ? [Prisma.sql`pr."regelingId" = ${regeling}`] : []),
    ...(gemeente ? [Prisma.sql`p."gemeenteId" = ${gemeente}`] : []),
    ...(f.vanaf ? [Prisma.sql`${end} >= ${f.vanaf}`] : []),
  ]);
  const union = Prisma.sql`
    SELECT 'deadline-' || d.id AS id, ${day(Prisma.sql`d."dueOn"`)} AS datum, d.kind::text AS soort, d.label, d.grondslag, r.slug AS regeling,
           g.slug AS gemeente, pr.titel AS procedure, d.trace AS berekening
    FROM "Deadline" d JOIN "Procedure" pr ON pr.id = d."procedureId" JOIN "Regeling" r ON r.id = pr."regelingId"
    LEFT JOIN "Track" dt ON dt.id = d."trackId" LEFT JOIN "Participant" dp ON dp.id = dt."participantId" LEFT JOIN "Gemeente" g ON g.id = dp."gemeenteId"
    ${rowsWhere}
    UNION ALL
    SELECT 'zienswijzetermijn-' || t.id, ${end}, 'STATUTORY', 'Einde termijn zienswijze gemeenteraad ' || g.naam, 'Wgr art. 1 lid 3', r.slug,
           g.slug, pr.titel, t.data#>'{zienswijze,deadline}'
    FROM "Track" t JOIN "Procedure" pr ON pr.id = t."procedureId" JOIN "Regeling" r ON r.id = pr."regelingId"
    JOIN "Participant" p ON p.id = t."participantId" JOIN "Gemeente" g ON g.id = p."gemeenteId"
    ${tracksWhere}`;
  const [n, rows] = await Promise.all([
    total(db, Prisma.sql`SELECT count(*)::int AS n FROM (${union}) u`),
    db.$queryRaw<DeadlineRow[]>`SELECT * FROM (${union}) u ORDER BY datum COLLATE "C", id COLLATE "C" ${page(win)}`,
  ]);
  return { total: n, items: rows.map((r) => ({ ...r, berekening: json<unknown>(r.berekening) })) };
}
