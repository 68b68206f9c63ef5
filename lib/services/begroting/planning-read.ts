import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import {
  feasibility,
  planningRaadItems,
  planningWarnings,
  type BegrotingPlanning,
  type BegrotingState,
  type Feasibility,
  type IsoDate,
  type PlanningRaadItem,
} from "@/lib/domain";
import type { AgendaMeetingRef } from "@/lib/domain/agenda";
import { storedPlanning } from "./planning";
import { loadRegelingBegrotingCycli } from "./read";

type Reader = Db | Prisma.TransactionClient;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const dbDate = (d: IsoDate) => new Date(`${d}T00:00:00Z`);

export interface PlanningRaad {
  gemeenteId: string;
  gemeenteSlug: string;
  naam: string;
  feasibility: Feasibility;
}

export interface PlanningItemView extends PlanningRaadItem {
  raden: PlanningRaad[];
}

export interface BegrotingPlanningView {
  procedureId: string;
  jaar: number;
  /** The planning's own version (0: none set yet); the form sends it back. */
  version: number;
  planning: BegrotingPlanning;
  warnings: string[];
  items: PlanningItemView[];
}

/** The RAAD meetings (not cancelled) of these gemeenten between two days, per gemeente, by date. */
export async function raadMeetings(db: Reader, gemeenteIds: string[], from: IsoDate, to: IsoDate) {
  const rows = gemeenteIds.length
    ? await db.meeting.findMany({
        where: {
          kind: "RAAD",
          body: { kind: "RAAD", gemeenteId: { in: gemeenteIds } },
          date: { gte: dbDate(from), lte: dbDate(to) },
          cancelledAt: null,
        },
        select: { id: true, date: true, titel: true, body: { select: { gemeenteId: true } } },
        orderBy: { date: "asc" },
      })
    : [];
  const byGemeente = new Map<string, AgendaMeetingRef[]>();
  for (const m of rows) {
    const g = m.body.gemeenteId;
    if (!g) continue;
    byGemeente.set(g, [...(byGemeente.get(g) ?? []), { id: m.id, date: iso(m.date), titel: m.titel }]);
  }
  return byGemeente;
}

export const span = (items: PlanningRaadItem[]) => ({
  from: items.map((i) => i.from).reduce((a, b) => (a < b ? a : b)),
  to: items.map((i) => i.lastDay).reduce((a, b) => (a > b ? a : b)),
});

/**
 * The secretariat's view of a cycle's planning: the planned dates with their warnings, and per raad item the last
 * day and per participating gemeente whether its raad meets in time. Three statements: the procedure, its
 * participants' gemeenten and their raad meetings in the items' window.
 */
export async function loadBegrotingPlanning(db: Reader, procedureId: string): Promise<BegrotingPlanningView | null> {
  const row = await db.procedure.findUnique({
    where: { id: procedureId },
    select: { id: true, kind: true, regional: true, planning: true },
  });
  if (row?.kind !== "BEGROTING_ZIENSWIJZE") return null;
  const [view] = await planningViews(db, [row]);
  return view;
}

type PlanningRow = { id: string; regional: Prisma.JsonValue; planning: Prisma.JsonValue };

/**
 * The planning views of several cycles in at most two more statements (the raden's gemeenten and their raad
 * meetings in the window of every planned item), whatever the number of cycles.
 */
async function planningViews(db: Reader, rows: PlanningRow[]): Promise<BegrotingPlanningView[]> {
  const cycles = rows.map((row) => {
    const state = row.regional as unknown as BegrotingState;
    return { row, state, items: planningRaadItems(state.year, storedPlanning(row.planning) ?? {}) };
  });
  const planned = cycles.filter((c) => c.items.length);
  const participantIds = [...new Set(planned.flatMap((c) => c.state.participants.map((p) => p.id)))];
  const participants = participantIds.length
    ? await db.participant.findMany({
        where: { id: { in: participantIds } },
        select: { id: true, gemeente: { select: { id: true, slug: true, naam: true } } },
      })
    : [];
  const gemeenteOf = new Map(participants.map((p) => [p.id, p.gemeente]));
  const allItems = planned.flatMap((c) => c.items);
  const meetings = allItems.length
    ? await raadMeetings(
        db,
        [...new Set(participants.map((p) => p.gemeente.id))],
        span(allItems).from,
        span(allItems).to,
      )
    : new Map<string, AgendaMeetingRef[]>();
  return cycles.map(({ row, state, items }) =>
    planningView(row, items.length ? state.participants.flatMap((p) => gemeenteOf.get(p.id) ?? []) : [], meetings),
  );
}

/** The planning view of a loaded cycle row, given its gemeenten and their raad meetings in the items' window. */
export function planningView(
  row: { id: string; regional: unknown; planning: unknown },
  gemeenten: readonly { id: string; slug: string; naam: string }[],
  meetings: ReadonlyMap<string, AgendaMeetingRef[]>,
): BegrotingPlanningView {
  const state = row.regional as unknown as BegrotingState;
  const { version = 0, ...planning } = storedPlanning(row.planning) ?? {};
  const sorted = [...gemeenten].sort((a, b) => a.naam.localeCompare(b.naam, "nl"));
  return {
    procedureId: row.id,
    jaar: state.year,
    version,
    planning,
    warnings: planningWarnings(state.year, planning),
    items: planningRaadItems(state.year, planning).map((item) => ({
      ...item,
      raden: sorted.map((g) => ({
        gemeenteId: g.id,
        gemeenteSlug: g.slug,
        naam: g.naam,
        feasibility: feasibility(item, meetings.get(g.id) ?? []),
      })),
    })),
  };
}

export interface GriffiePlanningRow {
  procedureId: string;
  jaar: number;
  regeling: { naam: string; slug: string };
  item: PlanningRaadItem;
  feasibility: Feasibility;
}

/**
 * A griffie's view: for every begroting cycle with a planning of every regeling its gemeente takes part in, whether
 * the own raad can make each planned item. Two statements: the planned cycles and the own raad's meetings.
 */
export async function loadGriffiePlanningen(db: Reader, gemeenteId: string): Promise<GriffiePlanningRow[]> {
  const rows = await db.procedure.findMany({
    where: {
      kind: "BEGROTING_ZIENSWIJZE",
      regeling: { participants: { some: { gemeenteId } } },
    },
    select: { id: true, regional: true, planning: true, regeling: { select: { naam: true, slug: true } } },
    orderBy: [{ jaar: "desc" }, { titel: "asc" }],
  });
  const planned = rows.flatMap((r) => {
    const state = r.regional as unknown as BegrotingState;
    const stored = storedPlanning(r.planning);
    if (!stored) return [];
    const { version: _version, ...planning } = stored;
    return planningRaadItems(state.year, planning).map((item) => ({ r, state, item }));
  });
  if (!planned.length) return [];
  const { from, to } = span(planned.map((p) => p.item));
  const meetings = (await raadMeetings(db, [gemeenteId], from, to)).get(gemeenteId) ?? [];
  return planned.map(({ r, state, item }) => ({
    procedureId: r.id,
    jaar: state.year,
    regeling: r.regeling,
    item,
    feasibility: feasibility(item, meetings),
  }));
}

/** Every cycle of a regeling (by slug) with its planning, for the public API; null for an unknown regeling. */
export async function loadRegelingBegrotingCycliMetPlanning(db: Reader, slug: string) {
  const data = await loadRegelingBegrotingCycli(db, slug);
  if (!data) return null;
  // Every cycle's planning in three statements, not three per year.
  const rows = await db.procedure.findMany({
    where: { id: { in: data.cycles.map((c) => c.id) } },
    select: { id: true, regional: true, planning: true },
  });
  const planningen = new Map((await planningViews(db, rows)).map((v) => [v.procedureId, v]));
  return { ...data, planningen };
}
