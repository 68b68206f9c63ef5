import { Prisma } from "@/generated/prisma/client";
import { getPrisma, type Db } from "@/lib/db/client";
import { todayInNetherlands } from "@/lib/domain";
import { PUBLIC_PAGE_SUBJECTS, SUBJECTS, subjectsOfTables, type Subject } from "./subjects";

type Sql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;

// Microseconds since 1970: a version set by a reset is above every version handed out before it,
// so after a restore (which brings back old rows) no page cached before can match again.
const NOW_MICROS = Prisma.sql`(extract(epoch FROM clock_timestamp()) * 1000000)::bigint`;

/**
 * Per-subject data versions ("DataVersion", one row per kind of shown data — lib/public-cache/subjects.ts).
 * The command runner bumps the subjects a command wrote in the SAME transaction as the change
 * (bumpWrittenSubjects), so a reader that sees a version also sees the data it stands for, on
 * every app instance (the versions live in PostgreSQL). Commits that write none of these tables —
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

/** Inside the runner's transaction, after the command: bump the version of every subject it wrote. */
export async function bumpWrittenSubjects(tx: Sql, atStart: WriteCounts): Promise<Subject[]> {
  const atEnd = await tableWriteCounts(tx);
  const written = [...atEnd].filter(([table, n]) => n > (atStart.get(table) ?? 0)).map(([table]) => table);
  const subjects = subjectsOfTables(written);
  if (subjects.length > 0) await bumpSubjects(tx, subjects);
  return subjects;
}

export async function bumpSubjects(tx: Sql, subjects: readonly Subject[]): Promise<void> {
  // The row lock serializes writers of one subject until commit; a sequence would not do: nextval is
  // visible before the data commits, so a page could be stored under a version whose data it lacks.
  await tx.$executeRaw`
    INSERT INTO "DataVersion" (subject, version)
    SELECT s, ${NOW_MICROS} FROM unnest(${[...subjects]}::text[]) AS s
    ON CONFLICT (subject) DO UPDATE SET version = "DataVersion".version + 1`;
}

/** After a write that bypassed the runner (seed, scale generator, restore): every subject moves. */
export async function resetAllDataVersions(db: Sql): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "DataVersion" (subject, version)
    SELECT s, ${NOW_MICROS} FROM unnest(${[...SUBJECTS]}::text[]) AS s
    ON CONFLICT (subject) DO UPDATE SET version = GREATEST("DataVersion".version + 1, EXCLUDED.version)`;
}

export type VersionRow = Record<string, string>;

/** Every subject's version: one indexed read of a table of a handful of rows. */
export async function readVersions(db: Pick<Db, "$queryRaw">): Promise<VersionRow> {
  const rows = await db.$queryRaw<{ subject: string; version: bigint }[]>`SELECT subject, version FROM "DataVersion"`;
  return Object.fromEntries(rows.map((r) => [r.subject, String(r.version)]));
}

/**
 * The cache key of a page reading these subjects. Public pages also depend on the calendar day
 * ("nog 12 dagen"), so the Dutch date is part of it.
 */
export function versionKey(
  versions: VersionRow,
  subjects: readonly Subject[] = PUBLIC_PAGE_SUBJECTS,
  now: Date = new Date(),
): string {
  return `${subjects.map((s) => `${s}=${versions[s] ?? 0}`).join(",")}|${todayInNetherlands(now)}`;
}

async function readDataVersions(): Promise<VersionRow> {
  return readVersions(await getPrisma());
}

let inFlight: Promise<VersionRow> | null = null;
let queued: Promise<VersionRow> | null = null;

function startRead(): Promise<VersionRow> {
  const read: Promise<VersionRow> = readDataVersions().finally(() => {
    if (inFlight === read) inFlight = null;
  });
  inFlight = read;
  return read;
}

/**
 * readVersions, shared by concurrent callers without ever answering a caller with versions read
 * before it arrived: while a read is in flight, newcomers wait for the next read, which starts when
 * the current one ends. Under load this is one query per round trip, not per request.
 */
export function currentDataVersions(): Promise<VersionRow> {
  if (!inFlight) return startRead();
  queued ??= inFlight.then(ignore, ignore).then(() => {
    queued = null;
    return startRead();
  });
  return queued;
}

/** The key for pages reading these subjects (default: an anonymous public page). */
export async function currentDataVersion(subjects: readonly Subject[] = PUBLIC_PAGE_SUBJECTS): Promise<string> {
  return versionKey(await currentDataVersions(), subjects);
}

function ignore() {}
