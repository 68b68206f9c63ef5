import { Prisma } from "@/generated/prisma/client";
import { getPrisma, type Db } from "@/lib/db/client";
import { todayInNetherlands } from "@/lib/domain";
import {
  LIST_SUBJECTS,
  listsOfTables,
  narrowable,
  PERSONAL_PAGE_SUBJECTS,
  PUBLIC_PAGE_SUBJECTS,
  SUBJECTS,
  subjectsOfTables,
} from "./subjects";

type Sql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

// Microseconds since 1970: a version set by a reset is above every version handed out before it,
// so after a restore (which brings back old rows) no page cached before can match again.
const NOW_MICROS = Prisma.sql`(extract(epoch FROM clock_timestamp()) * 1000000)::bigint`;

/**
 * Data versions ("DataVersion"): one row per kind of shown data (lib/public-cache/subjects.ts), one
 * per regeling ("regeling:<id>") and for its register entries ("register:<id>", shown on its public
 * page only), one per gemeente ("gemeente:<id>") and one per list ("lijst:…"). The command
 * runner bumps what a command wrote in the SAME transaction as the change (bumpWrittenSubjects),
 * so a reader that sees a version also sees the data it stands for, on every app instance (the
 * versions live in PostgreSQL). A write the runner can narrow (only rows that belong to a
 * regeling: procedures, tracks, besluiten, register entries, …) moves that regeling, its
 * participants' gemeenten and the lists it can change; any other shown write moves its kinds, which every page
 * reads. A page's key is the versions it reads (pageSubjects). Commits that write no shown table —
 * sign-ins, login throttling, sessions, reminder bookkeeping, audit rows, other databases — move
 * nothing, so they re-render nothing. Writes outside the runner that change shown data (seed,
 * scale generator, restore) call resetAllDataVersions afterwards.
 */

export type WriteCounts = Map<string, number>;

/**
 * Rows written per table by this connection, as PostgreSQL counts them (pg_stat_xact_user_tables).
 * The counts are the backend's pending statistics: they include earlier transactions of the same
 * connection until they are flushed (at most once a second on PostgreSQL, never on PGlite), but
 * never flush inside a transaction. So the runner reads them at the start and at the end of its
 * transaction, and the tables whose count grew are exactly the ones the command wrote.
 */
export async function tableWriteCounts(tx: Sql): Promise<WriteCounts> {
  const rows = await tx.$queryRaw<{ t: string; n: bigint | number }[]>`
    SELECT relname::text AS t, n_tup_ins + n_tup_upd + n_tup_del AS n FROM pg_stat_xact_user_tables
    WHERE schemaname = current_schema()`;
  return new Map(rows.map((r) => [r.t, Number(r.n)]));
}

/**
 * Inside the runner's transaction, before the command: switch on the row triggers that note the
 * regeling of every row written to a NARROWED table (migration 20261202091201_scoped_data_versions).
 * Transaction-local: it ends with the transaction, so no other writer on the connection is noted.
 */
export async function startNarrowing(tx: Sql): Promise<void> {
  await tx.$queryRaw`SELECT set_config('gr_volg.touch', 'aan', true) AS on`;
}

/**
 * The runner's first statement: tableWriteCounts and startNarrowing in one round trip (every round
 * trip of a write waits for its Node process, which under reader load is busy rendering).
 */
export async function startWriteTracking(tx: Sql): Promise<WriteCounts> {
  const [row] = await tx.$queryRaw<{ on: string; counts: string }[]>`
    SELECT set_config('gr_volg.touch', 'aan', true) AS on, ${COUNTS_JSON} AS counts`;
  return countsOf(row?.counts);
}

const COUNTS_JSON = Prisma.sql`coalesce((SELECT json_object_agg(relname, n_tup_ins + n_tup_upd + n_tup_del)
  FROM pg_stat_xact_user_tables WHERE schemaname = current_schema()), '{}')::text`;

const countsOf = (json: string | undefined): WriteCounts =>
  new Map(Object.entries(JSON.parse(json ?? "{}") as Record<string, number | string>).map(([t, n]) => [t, Number(n)]));

type Scope = { k: string; id: string; regeling: string | null; gemeente: string | null };

/** Note kinds that resolve to no regeling or gemeente and are still complete (see NOTES). */
const GEBRUIKER_NOTE = "gebruiker";
const UNSHOWN_NOTE = "ongetoond";
/** A register entry's note (migration 20261202091201_scoped_data_versions): its regeling's public page only. */
const EIGEN_NOTE = "eigen";

/**
 * The trigger notes ("kind:id", old and new image of every row) resolved to regelingen and
 * gemeenten ("eigen": a regeling whose change shows on its own page only). A note whose parent no
 * longer exists (deleted in the same transaction) resolves to no regeling: the caller then falls
 * back to moving the kinds. Meetings, recesses and bodies fan out: the body's gemeente and every
 * regeling it takes part in (their pages list its meetings and forecast from them), or the
 * regelingen of a regional body's regio. A stored file resolves to its besluit's regeling, or to
 * "ongetoond" when no besluit references it (no page shows it). A user resolves to "gebruiker".
 */
const NOTES = Prisma.sql`
    WITH n AS (
      SELECT DISTINCT split_part(x, ':', 1) AS k, substr(x, strpos(x, ':') + 1) AS id
      FROM unnest(string_to_array(coalesce(current_setting('gr_volg.touched', true), ''), ' ')) AS x
      WHERE x <> ''
    ), fan AS (
      SELECT n.k, n.id, b."gemeenteId" AS g, b."regioId" AS r FROM n LEFT JOIN "Body" b ON b.id = n.id
        WHERE n.k = 'body'
      UNION ALL SELECT k, id, id, NULL FROM n WHERE k = 'gemeente+' AND id <> '?'
      UNION ALL SELECT k, id, NULL, id FROM n WHERE k = 'regio' AND id <> '?'
    )
    SELECT k, id, id AS regeling, NULL::text AS gemeente FROM n WHERE k IN ('regeling', 'eigen')
      OR (k = 'vervangt' AND id <> '?')
    -- Any other note (the trigger's "full" mark after a bulk change) resolves to nothing: move the kinds.
    UNION ALL SELECT k, id, NULL, NULL FROM n
      WHERE k NOT IN ('regeling', 'eigen', 'vervangt', 'gemeente', 'procedure', 'besluit', 'zienswijze', 'document',
        'version', 'file', 'body', 'gemeente+', 'regio')
    UNION ALL SELECT k, id, NULL, id FROM n WHERE k = 'gemeente'
    UNION ALL SELECT n.k, n.id, p."regelingId", NULL FROM n LEFT JOIN "Procedure" p ON p.id = n.id
      WHERE n.k = 'procedure'
    UNION ALL SELECT n.k, n.id, p."regelingId", NULL FROM n LEFT JOIN "Besluit" b ON b.id = n.id
      LEFT JOIN "Procedure" p ON p.id = b."procedureId" WHERE n.k = 'besluit'
    UNION ALL SELECT n.k, n.id, p."regelingId", NULL FROM n LEFT JOIN "Zienswijze" z ON z.id = n.id
      LEFT JOIN "Procedure" p ON p.id = z."procedureId" WHERE n.k = 'zienswijze'
    UNION ALL SELECT n.k, n.id, d."regelingId", NULL FROM n LEFT JOIN "Document" d ON d.id = n.id
      WHERE n.k = 'document'
    UNION ALL SELECT n.k, n.id, d."regelingId", NULL FROM n LEFT JOIN "DocumentVersion" v ON v.id = n.id
      LEFT JOIN "Document" d ON d.id = v."documentId" WHERE n.k = 'version'
    UNION ALL SELECT n.k, n.id, p."regelingId", NULL FROM n JOIN "Besluit" b ON b."fileId" = n.id
      LEFT JOIN "Procedure" p ON p.id = b."procedureId" WHERE n.k = 'file'
    UNION ALL SELECT ${UNSHOWN_NOTE}::text, n.id, NULL, NULL FROM n
      WHERE n.k = 'file' AND NOT EXISTS (SELECT 1 FROM "Besluit" b WHERE b."fileId" = n.id)
    -- A body in neither a gemeente nor a regio (or deleted with its meeting) resolves to nothing.
    UNION ALL SELECT k, id, NULL, g FROM fan WHERE g IS NOT NULL OR r IS NULL
    UNION ALL SELECT fan.k, fan.id, p."regelingId", NULL FROM fan JOIN "Participant" p ON p."gemeenteId" = fan.g
    UNION ALL SELECT fan.k, fan.id, x.id, NULL FROM fan JOIN "Regeling" x ON x."regioId" = fan.r
    -- A regional body of a regio without regelingen: never guess, move the kinds.
    UNION ALL SELECT k, id, NULL, NULL FROM fan
      WHERE g IS NULL AND r IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Regeling" x WHERE x."regioId" = fan.r)`;

/**
 * After the command, one round trip: the write counts (tableWriteCounts), the resolved notes
 * (NOTES) and whether the triggers were on.
 */
async function endOfCommand(tx: Sql): Promise<{ atEnd: WriteCounts; scopes: Scope[]; on: boolean }> {
  const [row] = await tx.$queryRaw<{ counts: string; scopes: string; on: boolean }[]>`
    SELECT ${COUNTS_JSON} AS counts, coalesce((SELECT json_agg(x) FROM (${NOTES}) AS x), '[]')::text AS scopes,
      current_setting('gr_volg.touch', true) = 'aan' AS on`;
  return { atEnd: countsOf(row?.counts), scopes: JSON.parse(row?.scopes ?? "[]") as Scope[], on: row?.on === true };
}

const resolved = (s: Scope) =>
  s.regeling !== null || s.gemeente !== null || s.k === GEBRUIKER_NOTE || s.k === UNSHOWN_NOTE;

/**
 * Inside the runner's transaction, after the command: bump the versions of what it wrote. When it
 * wrote only NARROWED tables (and private bookkeeping) and every written row resolves: the versions
 * of those regelingen, of every participant's gemeente (a gemeente page shows its regelingen'
 * procedures), the lists whose content the written tables can change (listsOfTables: a register
 * entry none, a besluit the besluiten list, …) and, for a user, "gebruiker". Otherwise the kinds of the tables
 * it wrote, which every page reads. Returns the subjects moved.
 */
export async function bumpWrittenSubjects(tx: Sql, atStart: WriteCounts): Promise<string[]> {
  const { atEnd, scopes, on } = await endOfCommand(tx);
  const written = [...atEnd].filter(([table, n]) => n > (atStart.get(table) ?? 0)).map(([table]) => table);
  const subjects = subjectsOfTables(written);
  if (subjects.length === 0) return [];
  if (narrowable(written)) {
    // No notes: only a user's private settings were written (the user trigger watches the shown
    // columns only) — if the triggers were on. Otherwise never guess: move the kinds.
    if (scopes.length === 0 && on) return [];
    if (scopes.length > 0 && scopes.every(resolved)) return bumpScopes(tx, scopes, listsOfTables(written));
  }
  await bumpSubjects(tx, subjects);
  return subjects;
}

async function bumpScopes(tx: Sql, scopes: Scope[], lists: readonly string[]): Promise<string[]> {
  // "eigen" rows (register entries) are shown on their regeling's public page only: they move that
  // regeling's "register:<id>" row, which only that page reads — not "regeling:<id>" (read by the
  // matrix, the feeds, the cycles and the memoised matrix and timeline), and no gemeente page.
  const regelingen = [...new Set(scopes.flatMap((s) => (s.regeling && s.k !== EIGEN_NOTE ? [s.regeling] : [])))];
  const registers = [...new Set(scopes.flatMap((s) => (s.regeling && s.k === EIGEN_NOTE ? [s.regeling] : [])))];
  const gemeenten = [...new Set(scopes.flatMap((s) => (s.gemeente ? [s.gemeente] : [])))];
  // Lists move by what the written tables can change in them (not for a user or an unshown file).
  const kinds = scopes.some((s) => s.k === GEBRUIKER_NOTE) ? [GEBRUIKER_NOTE] : [];
  const none = [regelingen, registers, gemeenten, lists, kinds].every((x) => x.length === 0);
  if (none) return [];
  // Sorted, so concurrent writers take the row locks in one order (no deadlock between them).
  const moved = await tx.$queryRaw<{ subject: string }[]>`
    INSERT INTO "DataVersion" (subject, version)
    SELECT s, ${NOW_MICROS} FROM (
      SELECT 'regeling:' || r AS s FROM unnest(${regelingen}::text[]) AS r
      UNION SELECT 'register:' || r FROM unnest(${registers}::text[]) AS r
      UNION SELECT 'gemeente:' || g FROM unnest(${gemeenten}::text[]) AS g
      UNION SELECT 'gemeente:' || p."gemeenteId" FROM "Participant" p WHERE p."regelingId" = ANY(${regelingen}::text[])
      UNION SELECT unnest(${[...lists, ...kinds]}::text[])
    ) AS x ORDER BY s
    ON CONFLICT (subject) DO UPDATE SET version = "DataVersion".version + 1
    RETURNING subject`;
  return moved.map((m) => m.subject).sort();
}

export async function bumpSubjects(tx: Sql, subjects: readonly string[]): Promise<void> {
  // The row lock serializes writers of one subject until commit; a sequence would not do: nextval is
  // visible before the data commits, so a page could be stored under a version whose data it lacks.
  await tx.$executeRaw`
    INSERT INTO "DataVersion" (subject, version)
    SELECT s, ${NOW_MICROS} FROM unnest(${[...subjects].sort()}::text[]) AS s ORDER BY s
    ON CONFLICT (subject) DO UPDATE SET version = "DataVersion".version + 1`;
}

/**
 * After a write that bypassed the runner (seed, scale generator, restore): every kind and every list
 * move to above anything handed out before. Every page's key contains the kinds, so the
 * per-regeling/gemeente rows need not move (a restored backup may bring old ones back: harmless).
 */
export async function resetAllDataVersions(db: Sql): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "DataVersion" (subject, version)
    SELECT s, ${NOW_MICROS} FROM unnest(${KIND_ROWS}::text[]) AS s
    ON CONFLICT (subject) DO UPDATE SET version = GREATEST("DataVersion".version + 1, EXCLUDED.version)`;
}

export type VersionRow = Record<string, string>;

const KIND_ROWS: string[] = [...SUBJECTS, ...LIST_SUBJECTS];

/** Which one regeling or gemeente pages to read the versions of, by the slug in their URL; documents by id. */
export interface PageWants {
  regelingen?: readonly string[];
  gemeenten?: readonly string[];
  /** `/documenten/<id>` shows one document of one regeling: keyed by that regeling's row. */
  documenten?: readonly string[];
}

/**
 * The kinds' and the lists' versions, plus for each wanted slug `regeling@<slug>` / `gemeente@<slug>`
 * = "<id>:<version>" (absent when no such regeling/gemeente exists; "<id>:0" when it has never
 * moved), `register@<slug>` = the version of that regeling's register entries ("0": never moved),
 * and for each wanted document `document@<id>` = "<its regeling's id>:<that regeling's
 * version>". One statement: a handful of primary-key reads plus one unique-index read per slug/id.
 */
export async function readVersions(db: Pick<Db, "$queryRaw">, wants: PageWants = {}): Promise<VersionRow> {
  const rows = await db.$queryRaw<{ subject: string; version: string }[]>`
    SELECT subject, version::text AS version FROM "DataVersion" WHERE subject = ANY(${KIND_ROWS}::text[])
    UNION ALL SELECT 'regeling@' || r.slug, r.id || ':' || coalesce(d.version, 0)::text
      FROM "Regeling" r LEFT JOIN "DataVersion" d ON d.subject = 'regeling:' || r.id
      WHERE r.slug = ANY(${[...(wants.regelingen ?? [])]}::text[])
    UNION ALL SELECT 'register@' || r.slug, coalesce(d.version, 0)::text
      FROM "Regeling" r LEFT JOIN "DataVersion" d ON d.subject = 'register:' || r.id
      WHERE r.slug = ANY(${[...(wants.regelingen ?? [])]}::text[])
    UNION ALL SELECT 'gemeente@' || g.slug, g.id || ':' || coalesce(d.version, 0)::text
      FROM "Gemeente" g LEFT JOIN "DataVersion" d ON d.subject = 'gemeente:' || g.id
      WHERE g.slug = ANY(${[...(wants.gemeenten ?? [])]}::text[])
    UNION ALL SELECT 'document@' || x.id, x."regelingId" || ':' || coalesce(d.version, 0)::text
      FROM "Document" x LEFT JOIN "DataVersion" d ON d.subject = 'regeling:' || x."regelingId"
      WHERE x.id = ANY(${[...(wants.documenten ?? [])]}::text[])`;
  return Object.fromEntries(rows.map((r) => [r.subject, r.version]));
}

/**
 * The cache key of a page reading these subjects. Public pages also depend on the calendar day
 * ("nog 12 dagen"), so the Dutch date is part of it.
 */
export function versionKey(
  versions: VersionRow,
  subjects: readonly string[] = DEFAULT_SUBJECTS,
  now: Date = new Date(),
): string {
  return `${subjects.map((s) => `${s}=${versions[s] ?? 0}`).join(",")}|${todayInNetherlands(now)}`;
}

/** Anything not mapped below: every kind plus every list (conservative). */
const DEFAULT_SUBJECTS: readonly string[] = [...PUBLIC_PAGE_SUBJECTS, ...LIST_SUBJECTS];

/** The lists each index page shows (besides the kinds). */
const INDEX_LISTS: Record<string, readonly string[]> = {
  // The default regeling's overview, the regelingen (state, target verdict) and the gemeenten as ways in.
  "/": ["lijst:overzicht", "lijst:gemeenten"],
  "/regelingen": ["lijst:overzicht"],
  "/gemeenten": ["lijst:gemeenten"],
};

/**
 * What a page's key reads: `subjects`, plus `ifMissing.add` when the row `ifMissing.subject` does
 * not exist (the matrix of an unknown or absent regeling shows the default regeling instead).
 */
export interface PageKeying {
  subjects: string[];
  wants: PageWants;
  ifMissing?: { subject: string; add: readonly string[] };
}

/** The key of a page from the versions read for it (see pageSubjects). */
export function pageKey(versions: VersionRow, page: PageKeying, now: Date = new Date()): string {
  const missing = page.ifMissing && versions[page.ifMissing.subject] === undefined;
  const subjects = missing && page.ifMissing ? [...page.subjects, ...page.ifMissing.add] : page.subjects;
  return versionKey(versions, subjects, now);
}

/**
 * The subjects a page at this path reads: every kind (a write the runner cannot narrow moves
 * them), plus its own regeling's or gemeente's row for `/regelingen/<slug>` (and its register entries'
 * row: the page lists them among its records) and `/gemeenten/<slug>`,
 * its document's regeling's row for `/documenten/<id>` (the page shows that document, its versions
 * and articles, its regeling's name and the adoption dates from that regeling's procedures), the
 * lists an index page shows (INDEX_LISTS), or every list for any other path. The signed-in matrix
 * (`/secretariaat?regeling=<slug>`) reads its user, its regeling's row and the regeling names (its
 * search); without a known regeling it shows the default one, so it then reads every list.
 */
export function pageSubjects(
  pathname: string,
  personal = false,
  search: URLSearchParams = new URLSearchParams(),
): PageKeying {
  if (personal) {
    const every = [...PERSONAL_PAGE_SUBJECTS, ...LIST_SUBJECTS];
    const slug = search.get("regeling");
    if (pathname !== "/secretariaat" || !slug) return { subjects: every, wants: {} };
    const own = `regeling@${slug}`;
    return {
      subjects: [...PERSONAL_PAGE_SUBJECTS, "lijst:namen", own],
      wants: { regelingen: [slug] },
      ifMissing: { subject: own, add: LIST_SUBJECTS },
    };
  }
  const index = INDEX_LISTS[pathname];
  if (index) return { subjects: [...PUBLIC_PAGE_SUBJECTS, ...index], wants: {} };
  const m = /^\/(regelingen|gemeenten|documenten)\/([^/]+)\/?$/.exec(pathname);
  let slug: string | null = null;
  if (m) {
    try {
      slug = decodeURIComponent(m[2]);
    } catch {
      slug = null;
    }
  }
  if (!m || slug === null) return { subjects: [...DEFAULT_SUBJECTS], wants: {} };
  // The public regeling page also shows its register entries (records): their own row, see regelingData.
  if (m[1] === "regelingen") {
    const page = regelingData(slug);
    return { ...page, subjects: [...page.subjects, `register@${slug}`] };
  }
  const kind = m[1] === "gemeenten" ? "gemeente" : "document";
  const wants = { gemeente: { gemeenten: [slug] }, document: { documenten: [slug] } };
  return { subjects: [...PUBLIC_PAGE_SUBJECTS, `${kind}@${slug}`], wants: wants[kind] };
}

/**
 * The key of what one regeling shows everywhere but on its public page: every kind and its own row
 * (`regeling@<slug>`), without its register entries (R15, `register@<slug>`), which only the public
 * regeling page shows (its records). Read by its feed, its begroting cycles, the memoised matrix and
 * timeline; the matrix page's own key (pageSubjects, personal) reads the same row.
 */
export function regelingData(slug: string): PageKeying {
  return { subjects: [...PUBLIC_PAGE_SUBJECTS, `regeling@${slug}`], wants: { regelingen: [slug] } };
}

/** The current key of regelingData(slug) (for memoised read models of one regeling). */
export async function currentRegelingDataVersion(slug: string): Promise<string> {
  const page = regelingData(slug);
  return pageKey(await currentDataVersions(page.wants), page);
}

/**
 * currentRegelingDataVersion for a regeling that exists; null for an unknown slug, so a memo keyed by it never
 * keeps (or shares through PostgreSQL) a result per address a client made up.
 */
export async function knownRegelingDataVersion(slug: string): Promise<string | null> {
  const page = regelingData(slug);
  const versions = await currentDataVersions(page.wants);
  return versions[`regeling@${slug}`] === undefined ? null : pageKey(versions, page);
}

async function readDataVersions(wants: PageWants): Promise<VersionRow> {
  return readVersions(await getPrisma(), wants);
}

interface Batch {
  regelingen: Set<string>;
  gemeenten: Set<string>;
  documenten: Set<string>;
  read?: Promise<VersionRow>;
}

let inFlight: Batch | null = null;
let queued: (Batch & { read: Promise<VersionRow> }) | null = null;

function startRead(batch: Batch): Promise<VersionRow> {
  const read: Promise<VersionRow> = readDataVersions({
    regelingen: [...batch.regelingen],
    gemeenten: [...batch.gemeenten],
    documenten: [...batch.documenten],
  }).finally(() => {
    if (inFlight === batch) inFlight = null;
  });
  batch.read = read;
  inFlight = batch;
  return read;
}

function addWants(batch: Batch, wants: PageWants): void {
  for (const s of wants.regelingen ?? []) batch.regelingen.add(s);
  for (const s of wants.gemeenten ?? []) batch.gemeenten.add(s);
  for (const s of wants.documenten ?? []) batch.documenten.add(s);
}

/**
 * readVersions, shared by concurrent callers without ever answering a caller with versions read
 * before it arrived: while a read is in flight, newcomers join the next read (their slugs added to
 * it), which starts when the current one ends. Under load this is one query per round trip, not per
 * request.
 */
export function currentDataVersions(wants: PageWants = {}): Promise<VersionRow> {
  if (!inFlight) {
    const batch: Batch = { regelingen: new Set(), gemeenten: new Set(), documenten: new Set() };
    addWants(batch, wants);
    return startRead(batch);
  }
  if (!queued) {
    const batch: Batch = { regelingen: new Set(), gemeenten: new Set(), documenten: new Set() };
    const read = (inFlight.read as Promise<VersionRow>).then(ignore, ignore).then(() => {
      queued = null;
      return startRead(batch);
    });
    queued = Object.assign(batch, { read });
  }
  addWants(queued, wants);
  return queued.read;
}

/** The key for pages reading these subjects (default: every kind plus every list). */
export async function currentDataVersion(
  subjects: readonly string[] = DEFAULT_SUBJECTS,
  wants: PageWants = {},
): Promise<string> {
  return versionKey(await currentDataVersions(wants), subjects);
}

/** The key of the public (or personal) page at this path (the matrix also needs its query). */
export async function currentPageVersion(
  pathname: string,
  personal = false,
  search?: URLSearchParams,
): Promise<string> {
  const page = pageSubjects(pathname, personal, search);
  return pageKey(await currentDataVersions(page.wants), page);
}

function ignore() {}
