import type { Db } from "@/lib/db/client";
import { Prisma } from "@/generated/prisma/client";
import {
  addDays,
  forecast,
  type ForecastInput,
  type ForecastResult,
  type IsoDate,
  type RegionalStatus,
} from "@/lib/domain";

const MEETING_KIND: Record<string, "commissie" | "raad" | "college" | "bosd" | undefined> = {
  COMMISSIE: "commissie",
  RAAD: "raad",
  COLLEGE: "college",
  BESTUURLIJK_OVERLEG: "bosd",
};

export class NotFoundError extends Error {
  readonly status = 404;
}

const GR_KINDS = ["GR_TREFFEN", "GR_WIJZIGEN", "GR_OPHEFFEN"];

/** The regeling's participants as the forecast and the consensus matrix need them (ordered by gemeente name). */
export interface RegelingParticipants {
  id: string;
  slug: string;
  naam: string;
  targetSignBy: IsoDate | null;
  targetInForce: IsoDate | null;
  participants: { id: string; gemeenteId: string; naam: string; slug: string; scope: "FULL" | "ADDENDUM" }[];
}

type ParticipantRow = {
  regelingId: string;
  slug: string;
  naam: string;
  targetSignBy: string | null;
  targetInForce: string | null;
  id: string | null;
  gemeenteId: string | null;
  gnaam: string | null;
  gslug: string | null;
  scope: "FULL" | "ADDENDUM" | null;
};

/** One query: the regeling and its participants with their gemeente, or null. */
export async function loadRegelingParticipants(db: Db, slug: string): Promise<RegelingParticipants | null> {
  const rows = await db.$queryRaw<ParticipantRow[]>`
    SELECT r.id AS "regelingId", r.slug, r.naam,
           to_char(r."targetSignBy", 'YYYY-MM-DD') AS "targetSignBy", to_char(r."targetInForce", 'YYYY-MM-DD') AS "targetInForce",
           p.id, p."gemeenteId", p.scope::text AS scope, g.naam AS gnaam, g.slug AS gslug
    FROM "Regeling" r
    LEFT JOIN "Participant" p ON p."regelingId" = r.id
    LEFT JOIN "Gemeente" g ON g.id = p."gemeenteId"
    WHERE r.slug = ${slug}
    ORDER BY g.naam, p.id`;
  if (!rows.length) return null;
  const r = rows[0];
  return {
    id: r.regelingId,
    slug: r.slug,
    naam: r.naam,
    targetSignBy: r.targetSignBy,
    targetInForce: r.targetInForce,
    // LEFT JOIN: a regeling without participants gives one row of nulls; a participant row has them all.
    participants: rows.flatMap((p) =>
      p.id && p.gemeenteId !== null && p.gnaam !== null && p.gslug !== null && p.scope !== null
        ? [{ id: p.id, gemeenteId: p.gemeenteId, naam: p.gnaam, slug: p.gslug, scope: p.scope }]
        : [],
    ),
  };
}

/** The latest GR procedure's id and the regional facts the forecast needs, or null. */
export interface GrProcedureHead {
  id: string;
  toestemmingsprocedureOpensOn: IsoDate | null;
  publishedOn: IsoDate | null;
  /** Regional status and recorded dates (absent in heads built by older callers: then nothing regional is planned). */
  regionalStatus?: RegionalStatus | null;
  bosdAkkoordOn?: IsoDate | null;
  zienswijzeprocedureOpenedOn?: IsoDate | null;
  zienswijzeprocedureClosedOn?: IsoDate | null;
  notaOn?: IsoDate | null;
}

/** The regional JSON paths of a GR procedure head (shared by every query that loads one); `alias` is the Procedure table's. */
export function grHeadColumns(alias: string) {
  const r = Prisma.raw(`${alias}.regional`);
  return Prisma.sql`${r}#>>'{regional,toestemmingsprocedure,openedOn}' AS "toestemmingsprocedureOpensOn",
    ${r}#>>'{regional,bekendmaking,publishedOn}' AS "publishedOn",
    ${r}#>>'{regional,status}' AS "regionalStatus",
    ${r}#>>'{regional,bosdAkkoord,decidedOn}' AS "bosdAkkoordOn",
    ${r}#>>'{regional,zienswijzeprocedure,openedOn}' AS "zienswijzeprocedureOpenedOn",
    ${r}#>>'{regional,zienswijzeprocedure,closedOn}' AS "zienswijzeprocedureClosedOn",
    ${r}#>>'{regional,notaVanBeantwoording,decidedOn}' AS "notaOn"`;
}

export async function latestGrProcedure(db: Db, regelingId: string): Promise<GrProcedureHead | null> {
  const rows = await db.$queryRaw<GrProcedureHead[]>`
    SELECT p.id, ${grHeadColumns("p")}
    FROM "Procedure" p WHERE "regelingId" = ${regelingId} AND kind::text IN ('GR_TREFFEN', 'GR_WIJZIGEN', 'GR_OPHEFFEN')
    ORDER BY "createdAt" DESC, id DESC LIMIT 1`;
  return rows[0] ?? null;
}

export const isGrKind = (kind: string) => GR_KINDS.includes(kind);

/**
 * The domain forecast for a regeling whose participants and GR procedure are already loaded:
 * two queries (the procedure's tracks; every participant's meetings from today and recesses),
 * independent of the number of participants.
 */
export async function forecastFor(
  db: Db,
  regeling: RegelingParticipants,
  proc: GrProcedureHead,
  opts: { today: IsoDate; holdOver?: { gemeenteSlug: string; times?: number } },
): Promise<ForecastResult> {
  return forecast(await forecastInputFor(db, regeling, proc, opts));
}

/** The forecast's input (tracks, calendars, regional facts) as forecastFor reads it; the timeline also draws it. */
export async function forecastInputFor(
  db: Db,
  regeling: RegelingParticipants,
  proc: GrProcedureHead,
  opts: { today: IsoDate; holdOver?: { gemeenteSlug: string; times?: number } },
): Promise<ForecastInput> {
  const holdOver = opts.holdOver;
  const holdOverParticipant = holdOver
    ? regeling.participants.find((p) => p.slug === holdOver.gemeenteSlug)
    : undefined;
  if (holdOver && !holdOverParticipant)
    throw new NotFoundError(`Gemeente "${holdOver.gemeenteSlug}" neemt niet deel aan deze regeling.`);
  const [tracks, calendar] = await Promise.all([
    db.$queryRaw<{ participantId: string; kind: "RAAD" | "COLLEGE"; data: unknown }[]>`
      SELECT "participantId", kind::text AS kind, data FROM "Track" WHERE "procedureId" = ${proc.id}`,
    // Meetings from a year before today (a commissie already held still counts) and recesses of every participant's raad and college (one round trip).
    db.$queryRaw<{ gemeenteId: string; kind: string | null; a: string; b: string | null }[]>`
      SELECT b."gemeenteId", m.kind::text AS kind, to_char(m.date, 'YYYY-MM-DD') AS a, NULL AS b
      FROM "Body" b JOIN "Meeting" m ON m."bodyId" = b.id
      WHERE b."gemeenteId" IN (SELECT "gemeenteId" FROM "Participant" WHERE "regelingId" = ${regeling.id})
        AND b.kind::text IN ('RAAD', 'COLLEGE') AND m.date >= ${addDays(opts.today, -365)}::date AND m."cancelledAt" IS NULL
      UNION ALL
      SELECT b."gemeenteId", NULL, to_char(r."from", 'YYYY-MM-DD'), to_char(r."to", 'YYYY-MM-DD')
      FROM "Body" b JOIN "Recess" r ON r."bodyId" = b.id
      WHERE b."gemeenteId" IN (SELECT "gemeenteId" FROM "Participant" WHERE "regelingId" = ${regeling.id})
        AND b.kind::text IN ('RAAD', 'COLLEGE')
      ORDER BY 1, 3`,
  ]);
  const raad = new Map<string, unknown>();
  const college = new Map<string, unknown>();
  for (const t of tracks)
    (t.kind === "RAAD" ? raad : college).set(t.participantId, typeof t.data === "string" ? JSON.parse(t.data) : t.data);
  const meetings = new Map<string, ForecastInput["participants"][number]["meetings"]>();
  const recesses = new Map<string, ForecastInput["participants"][number]["recesses"]>();
  for (const c of calendar) {
    const meetingKind = c.kind ? MEETING_KIND[c.kind] : undefined;
    if (c.b !== null) {
      const list = recesses.get(c.gemeenteId) ?? [];
      recesses.set(c.gemeenteId, list);
      list.push({ from: c.a, to: c.b });
    } else if (meetingKind) {
      const list = meetings.get(c.gemeenteId) ?? [];
      meetings.set(c.gemeenteId, list);
      list.push({ kind: meetingKind, date: c.a });
    }
  }
  // Only the parties with tracks in this procedure: an addendum participant of another regeling
  // (Zeewolde on the new GR) is no party and has nothing to forecast (issue 20 point 3).
  const parties = regeling.participants.filter((p) => raad.has(p.id) && college.has(p.id));
  const participants: ForecastInput["participants"] = parties.map((p) => ({
    id: p.id,
    name: p.naam,
    scope: p.scope === "FULL" ? "full" : "addendum",
    raadTrack: raad.get(p.id) as ForecastInput["participants"][number]["raadTrack"],
    collegeTrack: college.get(p.id) as ForecastInput["participants"][number]["collegeTrack"],
    meetings: meetings.get(p.gemeenteId) ?? [],
    recesses: recesses.get(p.gemeenteId) ?? [],
  }));
  return {
    today: opts.today,
    target: { signBy: regeling.targetSignBy ?? "2026-12-31", inForce: regeling.targetInForce ?? "2027-01-01" },
    participants,
    regional: {
      toestemmingsprocedureOpensOn: proc.toestemmingsprocedureOpensOn ?? undefined,
      publishedOn: proc.publishedOn ?? undefined,
      status: proc.regionalStatus ?? undefined,
      bosdAkkoordOn: proc.bosdAkkoordOn ?? undefined,
      zienswijzeprocedureOpenedOn: proc.zienswijzeprocedureOpenedOn ?? undefined,
      zienswijzeprocedureClosedOn: proc.zienswijzeprocedureClosedOn ?? undefined,
      notaOn: proc.notaOn ?? undefined,
    },
    scenario:
      holdOverParticipant && holdOver
        ? { holdOver: { participantId: holdOverParticipant.id, times: holdOver.times } }
        : undefined,
  };
}

/**
 * Builds the domain forecast's input from the database: the GR procedure's tracks and every
 * participant's meeting calendar and recesses (4 queries, independent of the number of participants).
 */
export async function forecastRegeling(
  db: Db,
  slug: string,
  opts: { today: IsoDate; holdOver?: { gemeenteSlug: string; times?: number } },
): Promise<ForecastResult> {
  const regeling = await loadRegelingParticipants(db, slug);
  if (!regeling) throw new NotFoundError(`Geen regeling gevonden met de naam "${slug}".`);
  const proc = await latestGrProcedure(db, regeling.id);
  if (!proc) throw new NotFoundError(`De regeling "${slug}" heeft geen GR-procedure.`);
  return forecastFor(db, regeling, proc, opts);
}
