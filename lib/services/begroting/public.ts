import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import {
  BEGROTING_LABELS,
  BEGROTING_RAAD_LABELS,
  currentCycleIndex,
  planningRaadItems,
  type BegrotingRaadStatus,
  type BegrotingState,
  type IsoDate,
} from "@/lib/domain";
import { storedPlanning } from "./planning";
import { planningView, raadMeetings, span, type BegrotingPlanningView } from "./planning-read";
import { CYCLE_INCLUDE, cycleView, type BegrotingCycleView } from "./read";

type Reader = Db | Prisma.TransactionClient;

/** The cycle rows without their zienswijzen (and points): a raad's stand is in the cycle's own state. */
const SUMMARY_INCLUDE = {
  ...CYCLE_INCLUDE,
  zienswijzen: { ...CYCLE_INCLUDE.zienswijzen, take: 0 },
} as const satisfies Prisma.ProcedureInclude;

export interface PublicBegrotingen {
  current: BegrotingCycleView | null;
  /** The current cycle's yearly planning (the bestuur's dates, per raad item the last day and feasibility). */
  planning: BegrotingPlanningView | null;
  /** Cycles of earlier years, newest first. */
  past: BegrotingCycleView[];
  /** Cycles of later years (planned or being prepared), nearest first. */
  later: BegrotingCycleView[];
}

/**
 * The begroting section of a public regeling page (issue 17 point 5): the current cycle, the other years and the
 * current cycle's planning. At most three statements, whatever the number of years or raden: the cycles with their
 * zienswijzen and points, the participants' gemeenten, and (only with a planned aanbieding) the raad meetings.
 * `summary`: for the bounded section (components/begroting/PublicBegrotingSummary.tsx), without the zienswijzen,
 * so every raad's `zienswijze` is null; the raden's stands and the wijzigingen come from the cycles' state.
 */
export async function loadPublicBegrotingen(
  db: Reader,
  regelingId: string,
  window: { summary?: boolean } = {},
): Promise<PublicBegrotingen> {
  const rows = await db.procedure.findMany({
    where: { kind: "BEGROTING_ZIENSWIJZE", regelingId },
    // The summary (a regeling with many participants) shows counts, no zienswijze points: it reads none of them.
    include: window.summary ? SUMMARY_INCLUDE : CYCLE_INCLUDE,
    orderBy: [{ jaar: "desc" }, { titel: "asc" }],
  });
  if (!rows.length) return { current: null, planning: null, past: [], later: [] };
  const states = rows.map((r) => r.regional as unknown as BegrotingState);
  const participantIds = [...new Set(states.flatMap((s) => s.participants.map((p) => p.id)))];
  const participants = await db.participant.findMany({
    where: { id: { in: participantIds } },
    select: { id: true, gemeenteId: true, gemeente: { select: { id: true, slug: true, naam: true } } },
  });
  const gemeenteOf = new Map(participants.map((p) => [p.id, p]));
  const cycles = rows.map((r) => cycleView(r, gemeenteOf));
  const i = currentCycleIndex(cycles);
  const current = cycles[i];
  const row = rows[i];
  const state = states[i];
  const items = planningRaadItems(state.year, storedPlanning(row.planning) ?? {});
  const gemeenten = state.participants.flatMap((p) => {
    const g = gemeenteOf.get(p.id)?.gemeente;
    return g ? [g] : [];
  });
  const meetings = items.length
    ? await raadMeetings(
        db,
        gemeenten.map((g) => g.id),
        span(items).from,
        span(items).to,
      )
    : new Map();
  return {
    current,
    planning: row.planning ? planningView(row, gemeenten, meetings) : null,
    past: cycles.filter((c) => c.jaar < current.jaar),
    later: cycles.filter((c) => c.jaar > current.jaar).reverse(),
  };
}

export interface GemeenteBegrotingRow {
  regeling: { naam: string; slug: string };
  /** The regeling has a cycle but this raad is not party to it (an addendum participant, Wgr art. 1). */
  geenPartij: boolean;
  /** The current cycle (see {@link currentCycleIndex}) for this gemeente's raad; null: none (for this raad). */
  cycle: {
    jaar: number;
    statusLabel: string;
    raadStatus: BegrotingRaadStatus;
    raadStatusLabel: string;
    /** The raad's last day: its running window, else the one the planning derives (Wgr art. 35 lid 3). */
    zienswijzeUiterlijk: IsoDate | null;
    /** True when the last day comes from the planning, not from a received ontwerp. */
    gepland: boolean;
  } | null;
}

/** One row per (participation, begroting cycle of its regeling); no cycle: one row with nulls. */
interface GemeenteBegrotingRaw {
  participantId: string;
  naam: string;
  slug: string;
  /** The cycle's `regional.year` and `regional.status`; null when the regeling has no cycle. */
  year: number | null;
  status: string | null;
  /** Only this raad's entry of the cycle's `regional.raden` (null: not party to the cycle). */
  raad: BegrotingState["raden"][string] | null;
  planning: unknown;
}

/**
 * The gemeente page's section "Begrotingen van de gemeenschappelijke regelingen": every regeling the gemeente
 * takes part in, with its current cycle's stand for this raad. One statement, whatever the number of regelingen
 * or years. Of each cycle's state it takes the year, the status and this raad's own entry only, in SQL: the whole
 * state holds every raad of the regeling (~18 kB of JSON per cycle at national scale), so reading it whole moved
 * ~4 MB per miss for a gemeente in 80 regelingen with three cycles each, to use 1/30th of it (issue 18 point 2,
 * docs/performance.md "The gemeente page's begroting section and zienswijzen").
 */
export async function loadGemeenteBegrotingen(db: Reader, gemeenteId: string): Promise<GemeenteBegrotingRow[]> {
  // Cycles newest year first, then by title: the order currentCycleIndex expects (as loadPublicBegrotingen).
  const rows = await db.$queryRaw<GemeenteBegrotingRaw[]>`
    SELECT p.id AS "participantId", r.naam, r.slug,
           (pr.regional->>'year')::int AS year, pr.regional->>'status' AS status,
           pr.regional->'raden'->p.id AS raad, pr.planning
    FROM "Participant" p
    JOIN "Regeling" r ON r.id = p."regelingId"
    LEFT JOIN "Procedure" pr ON pr."regelingId" = r.id AND pr.kind = 'BEGROTING_ZIENSWIJZE'
    WHERE p."gemeenteId" = ${gemeenteId}
    ORDER BY p.id, pr.jaar DESC, pr.titel ASC`;
  const byParticipant = new Map<string, GemeenteBegrotingRaw[]>();
  for (const row of rows) {
    const list = byParticipant.get(row.participantId);
    if (list) list.push(row);
    else byParticipant.set(row.participantId, [row]);
  }
  return [...byParticipant.values()]
    .map((rowsOfOne): GemeenteBegrotingRow => {
      const regeling = { naam: rowsOfOne[0].naam, slug: rowsOfOne[0].slug };
      const cycles = rowsOfOne.filter((c) => c.year !== null && c.status !== null);
      const current = cycles[currentCycleIndex(cycles.map((c) => ({ jaar: c.year ?? 0, status: c.status ?? "" })))];
      const raad = current?.raad;
      if (!current || !raad) return { regeling, cycle: null, geenPartij: !!current };
      const year = current.year ?? 0;
      const status = current.status as BegrotingState["status"];
      const planned = planningRaadItems(year, storedPlanning(current.planning) ?? {})[0]?.lastDay;
      return {
        regeling,
        geenPartij: false,
        cycle: {
          jaar: year,
          statusLabel: BEGROTING_LABELS[status],
          raadStatus: raad.status,
          raadStatusLabel: BEGROTING_RAAD_LABELS[raad.status],
          zienswijzeUiterlijk: raad.deadline?.end ?? (raad.status === "nog_niet_ontvangen" ? (planned ?? null) : null),
          gepland: !raad.deadline && raad.status === "nog_niet_ontvangen" && !!planned,
        },
      };
    })
    .sort((a, b) => a.regeling.naam.localeCompare(b.regeling.naam, "nl"));
}

export interface GemeenteCycleView {
  cycle: BegrotingCycleView;
  /** This gemeente's raad in the cycle: its stand, last day, zienswijze (points) and the bestuur's answer. */
  raad: BegrotingCycleView["raden"][number];
}

export interface GemeenteBegrotingCycli {
  gemeente: { naam: string; slug: string };
  regelingen: { regeling: { naam: string; slug: string }; cycles: GemeenteCycleView[] }[];
}

/**
 * Every begroting cycle of every regeling a gemeente takes part in, with only this gemeente's raad (public API,
 * issue 17 point 5). One statement: the gemeente with its participations, their regelingen' cycles and only its own
 * zienswijzen with their points; null for an unknown gemeente.
 */
export async function loadGemeenteBegrotingCycli(db: Reader, slug: string): Promise<GemeenteBegrotingCycli | null> {
  const gemeente = await db.gemeente.findUnique({
    where: { slug },
    select: {
      naam: true,
      slug: true,
      participations: {
        select: {
          id: true,
          gemeenteId: true,
          regeling: {
            select: {
              naam: true,
              slug: true,
              procedures: {
                where: { kind: "BEGROTING_ZIENSWIJZE" },
                include: {
                  regeling: CYCLE_INCLUDE.regeling,
                  zienswijzen: {
                    where: { participant: { gemeente: { slug } } },
                    include: { points: { orderBy: { nummer: "asc" } } },
                  },
                },
                orderBy: [{ jaar: "desc" }, { titel: "asc" }],
              },
            },
          },
        },
      },
    },
  });
  if (!gemeente) return null;
  const regelingen = gemeente.participations.map((p) => {
    // Only this participant's gemeente is known (and needed): the other raden are not shown.
    const gemeenteOf = new Map([[p.id, { gemeenteId: p.gemeenteId, gemeente: { slug: gemeente.slug } }]]);
    const cycles = p.regeling.procedures.flatMap((row) => {
      const cycle = cycleView(row, gemeenteOf);
      const raad = cycle.raden.find((r) => r.participantId === p.id);
      return raad ? [{ cycle, raad }] : [];
    });
    return { regeling: { naam: p.regeling.naam, slug: p.regeling.slug }, cycles };
  });
  regelingen.sort((a, b) => a.regeling.naam.localeCompare(b.regeling.naam, "nl"));
  return { gemeente: { naam: gemeente.naam, slug: gemeente.slug }, regelingen };
}
