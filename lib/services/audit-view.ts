import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { PERMISSIONS, type Subject } from "@/lib/auth/permissions";
import { auditQuerySchema, type AuditQuery } from "@/lib/validation/audit";
import { describeAuditEvent } from "@/lib/audit/render";
import { forbidden, type Refused } from "./refusals";

/**
 * Read side of the audit trail for the audit view and its CSV export: filters → one
 * authorization check (audit.bekijken; a role scoped to its own gemeente only ever sees events of
 * that gemeente) → keyset pagination on the id, newest first. The trail is append-only and can be
 * huge, so nothing here counts rows or uses OFFSET: every page is "the next N ids below the cursor".
 */

export interface AuditRow {
  id: string;
  at: Date;
  actorId: string | null;
  actorNaam: string;
  actorEmail: string | null;
  actorRole: string;
  gemeente: string | null;
  type: string;
  /** The type's Dutch label from the audit catalogue ("Onbekende gebeurtenis (…)" for older types). */
  label: string;
  /** The payload in Dutch words (lib/audit/render.ts): what people see instead of the stored JSON. */
  details: string;
  subjectKind: string;
  subjectId: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  payload: unknown;
  hash: string;
}

export interface AuditSelection {
  ok: true;
  query: AuditQuery;
  where: Prisma.AuditEventWhereInput;
  /** Set when the user may only see one gemeente (griffier): the view says so. */
  scopedTo: { id: string; naam: string } | null;
}

export interface AuditPage {
  ok: true;
  query: AuditQuery;
  scopedTo: AuditSelection["scopedTo"];
  events: AuditRow[];
  /** The cursor for the next (older) page, or null on the last page. */
  next: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;

/** Start of a calendar day in Dutch time, as an instant: the view shows and filters Dutch dates. */
export function startOfDutchDay(iso: string): Date {
  const utcMidnight = new Date(`${iso}T00:00:00Z`);
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", hour: "2-digit", hourCycle: "h23" }).format(
      utcMidnight,
    ),
  );
  return new Date(utcMidnight.getTime() - hour * 3_600_000);
}

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Validates the query, authorizes once and builds the filter. Unknown gemeente or user → a field message. */
export async function selectAuditEvents(db: Db, user: Subject | null, raw: unknown): Promise<AuditSelection | Refused> {
  const parsed = auditQuerySchema.safeParse(raw);
  if (!parsed.success) {
    // The first message per field is the one that explains it ("not a date" before "does not exist").
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join(".") || "form"] ??= issue.message;
    return { ok: false, message: "Controleer de filters.", fieldErrors };
  }
  const q = parsed.data;

  const gemeente = q.gemeente
    ? await db.gemeente.findUnique({ where: { slug: q.gemeente }, select: { id: true, naam: true } })
    : null;
  // Deny by default; a griffier asking for another gemeente is refused here, not silently narrowed.
  const refused = forbidden(user, "audit.bekijken", q.gemeente ? { gemeenteId: gemeente?.id ?? "__onbekend__" } : {});
  // can() refuses a missing user, so `!user` only narrows the type here.
  if (refused || !user) return refused ?? { ok: false, message: "U bent niet ingelogd." };
  if (q.gemeente && !gemeente)
    return { ok: false, message: "Controleer de filters.", fieldErrors: { gemeente: "Deze gemeente bestaat niet." } };

  let scopedTo: AuditSelection["scopedTo"] = null;
  if (PERMISSIONS[user.role]["audit.bekijken"] === "own_gemeente") {
    const own = await db.gemeente.findUnique({
      where: { id: user.gemeenteId ?? "" },
      select: { id: true, naam: true },
    });
    if (!own) return { ok: false, message: "Uw account is niet aan een gemeente gekoppeld." };
    scopedTo = own;
  }

  let actorId: string | undefined;
  if (q.wie) {
    // Only accounts the viewer may see (a griffier: the own gemeente's users). An unknown or
    // invisible address selects nothing, exactly like an account without events: no oracle for
    // which addresses have an account.
    const actor = await db.user.findFirst({ where: { email: q.wie, ...visibleUsers(scopedTo) }, select: { id: true } });
    actorId = actor?.id ?? NO_ACTOR;
  }

  const gemeenteId = scopedTo?.id ?? gemeente?.id;
  const where: Prisma.AuditEventWhereInput = {
    ...(gemeenteId ? { gemeenteId } : {}),
    ...(actorId ? { actorId } : {}),
    ...(q.soort ? { type: q.soort } : {}),
    // A prefix, so a procedure id also finds its tracks ("<procedure>:raad:<deelnemer>").
    ...(q.onderwerp ? { subjectId: { startsWith: q.onderwerp } } : {}),
    ...(q.van || q.tot
      ? {
          at: {
            ...(q.van ? { gte: startOfDutchDay(q.van) } : {}),
            ...(q.tot ? { lt: startOfDutchDay(nextDay(q.tot)) } : {}),
          },
        }
      : {}),
  };
  return { ok: true, query: q, where, scopedTo };
}

/** An actor id no event has: the filter for an address the viewer may not (or cannot) pick. */
const NO_ACTOR = "__geen-zichtbare-gebruiker__";

const visibleUsers = (scopedTo: AuditSelection["scopedTo"]): Prisma.UserWhereInput =>
  scopedTo ? { gemeenteId: scopedTo.id } : {};

/** The accounts the "wie" filter offers: those the viewer may see, by e-mail address. */
export async function auditActorChoices(
  db: Db,
  scopedTo: AuditSelection["scopedTo"],
): Promise<{ email: string; naam: string }[]> {
  return db.user.findMany({
    where: visibleUsers(scopedTo),
    select: { email: true, naam: true },
    orderBy: { email: "asc" },
    take: 1000,
  });
}

/** One page of events, newest first, below the query's cursor (`na`). */
export async function listAuditEvents(
  db: Db,
  user: Subject | null,
  raw: unknown,
  pageSize = DEFAULT_PAGE_SIZE,
): Promise<AuditPage | Refused> {
  const sel = await selectAuditEvents(db, user, raw);
  if (!sel.ok) return sel;
  const rows = await db.auditEvent.findMany({
    where: sel.query.na ? { AND: [sel.where, { id: { lt: BigInt(sel.query.na) } }] } : sel.where,
    orderBy: { id: "desc" },
    take: pageSize + 1,
  });
  const more = rows.length > pageSize;
  const page = await describe(db, rows.slice(0, pageSize), new Map());
  return {
    ok: true,
    query: sel.query,
    scopedTo: sel.scopedTo,
    events: page,
    next: more ? page[page.length - 1].id : null,
  };
}

/** Every selected event in batches, newest first; memory stays flat however many there are. */
export async function* auditEventBatches(db: Db, sel: AuditSelection, batchSize = 500): AsyncGenerator<AuditRow[]> {
  let cursor: bigint | null = null;
  const gemeenten = new Map<string, string>();
  for (;;) {
    const rows: Awaited<ReturnType<typeof db.auditEvent.findMany>> = await db.auditEvent.findMany({
      where: cursor === null ? sel.where : { AND: [sel.where, { id: { lt: cursor } }] },
      orderBy: { id: "desc" },
      take: batchSize,
    });
    if (rows.length === 0) return;
    yield await describe(db, rows, gemeenten);
    if (rows.length < batchSize) return;
    cursor = rows[rows.length - 1].id;
  }
}

type EventRecord = Awaited<ReturnType<Db["auditEvent"]["findMany"]>>[number];

/** Adds the actor's name and e-mail address and the gemeente's name (two small lookups per batch). */
async function describe(db: Db, rows: EventRecord[], gemeenteCache: Map<string, string>): Promise<AuditRow[]> {
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, naam: true, email: true } })).map(
      (u) => [u.id, u],
    ),
  );
  const missing = [
    ...new Set(rows.flatMap((r) => (r.gemeenteId && !gemeenteCache.has(r.gemeenteId) ? [r.gemeenteId] : []))),
  ];
  if (missing.length) {
    for (const g of await db.gemeente.findMany({ where: { id: { in: missing } }, select: { id: true, naam: true } }))
      gemeenteCache.set(g.id, g.naam);
  }
  return rows.map((r) => {
    const u = r.actorId ? users.get(r.actorId) : undefined;
    const { label, details } = describeAuditEvent(r.type, r.payload);
    return {
      id: r.id.toString(),
      at: r.at,
      actorId: r.actorId,
      actorNaam: r.actorId ? (u?.naam ?? "Onbekende gebruiker") : "Systeem",
      actorEmail: u?.email ?? null,
      actorRole: r.actorRole,
      gemeente: r.gemeenteId ? (gemeenteCache.get(r.gemeenteId) ?? "Onbekende gemeente") : null,
      type: r.type,
      label,
      details,
      subjectKind: r.subjectKind,
      subjectId: r.subjectId,
      fromState: r.fromState,
      toState: r.toState,
      reason: r.reason,
      payload: r.payload,
      hash: r.hash,
    };
  });
}
