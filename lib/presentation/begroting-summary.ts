import type { BegrotingCycleView, BegrotingRaadView, WijzigingView } from "@/lib/services/begroting/read";
import type { BegrotingPlanningView } from "@/lib/services/begroting/planning-read";
import { countPerStand, SUMMARY_ROWS, type StandCount } from "./regeling-summary";

/**
 * The begroting section of the public page of a regeling with many participants (issue 18 point 2, wave 14). The
 * complete section lists every raad of the current cycle with its zienswijze points and the bestuur's answers, a
 * table with a row per raad for every planned item, and for every other year every raad's outcome with all points:
 * its size grew with raden × years (60 of the 95 kB of the national summary page, wave 11). The summary keeps the
 * cycle's facts and statutory deadlines and replaces each per-raad list by counts, at most SUMMARY_YEARS earlier
 * and later years and at most SUMMARY_ROWS wijzigingen and names; the complete section is one link away.
 */

/** Earlier years and later years on the summary: the newest earlier ones, the nearest later ones. */
export const SUMMARY_YEARS = 3;

/** The bestuur's planned dates of a cycle, as the public page lists them (complete and summary alike). */
export const PLANNED: [keyof BegrotingPlanningView["planning"], string][] = [
  ["kadersOn", "Kaders en voorlopige jaarrekening naar de raden"],
  ["ontwerpSentOn", "Ontwerpbegroting naar de raden"],
  ["aanbiedingOn", "Aanbieding aan het algemeen bestuur"],
  ["vaststellingOn", "Vaststelling van de begroting"],
  ["jaarrekeningOn", "Vaststelling van de jaarrekening"],
];

/** What a raad did with the ontwerpbegroting, in a few words (the compact list of other years). */
export function raadOutcome(c: Pick<BegrotingCycleView, "vastgesteldOn">, r: BegrotingRaadView): string {
  // After the vaststelling a raad that only received the ontwerp has let its window pass.
  if (r.status === "ontvangen" && c.vastgesteldOn) return "geen zienswijze ingediend";
  if (r.status === "zienswijze_ingediend") return "zienswijze, nog niet beantwoord";
  if (r.status === "beantwoord") return "zienswijze, beantwoord";
  if (r.status === "geen_zienswijze") return "geen zienswijze";
  return r.statusLabel.toLowerCase();
}

/** "12 zienswijze, beantwoord; 18 geen zienswijze": the outcomes of a year's raden, most first. */
export function outcomeText(counts: readonly StandCount[]): string {
  return counts.length ? counts.map((c) => `${c.count} ${c.stand}`).join("; ") : "geen raden";
}

export interface OpenRaden {
  /** Raden that received the ontwerp and can still give a zienswijze (the cycle is not yet adopted). */
  count: number;
  /** The first of their last days (ISO), null when none has a running window. */
  firstLastDay: string | null;
}

/** The raden that can still give a zienswijze on the current cycle, with the first last day among them. */
export function openRaden(cycle: BegrotingCycleView): OpenRaden {
  if (cycle.vastgesteldOn) return { count: 0, firstLastDay: null };
  const open = cycle.raden.filter((r) => r.status === "ontvangen");
  const days = open.flatMap((r) => (r.termijnEinde ? [r.termijnEinde] : [])).sort();
  return { count: open.length, firstLastDay: days[0] ?? null };
}

export interface PlanningItemSummary {
  key: string;
  label: string;
  grondslag: string;
  lastDay: string;
  raden: number;
  /** Raden with a raadsvergadering before the last day. */
  inTime: number;
  /** The first SUMMARY_ROWS raden (by name) without a raadsvergadering in time. */
  late: string[];
  lateTotal: number;
}

/** Per planned item: one last day for every raad, how many raden meet in time and which do not (at most `limit`). */
export function planningItemSummaries(view: BegrotingPlanningView, limit = SUMMARY_ROWS): PlanningItemSummary[] {
  return view.items.map((item) => {
    const late = item.raden.filter((r) => r.feasibility.kind !== "haalbaar").map((r) => r.naam);
    return {
      key: item.key,
      label: item.label,
      grondslag: item.grondslag,
      lastDay: item.lastDay,
      raden: item.raden.length,
      inTime: item.raden.length - late.length,
      late: late.slice(0, limit),
      lateTotal: late.length,
    };
  });
}

export interface YearSummary {
  id: string;
  jaar: number;
  statusLabel: string;
  outcomes: StandCount[];
  wijzigingen: number;
}

/** Other years compactly: per year its stand and how many raden did what, the first `limit` of them. */
export function yearSummaries(
  cycles: readonly BegrotingCycleView[],
  limit = SUMMARY_YEARS,
): { shown: YearSummary[]; total: number } {
  return {
    shown: cycles.slice(0, limit).map((c) => ({
      id: c.id,
      jaar: c.jaar,
      statusLabel: c.statusLabel,
      outcomes: countPerStand(c.raden.map((r) => raadOutcome(c, r))),
      wijzigingen: c.wijzigingen.length,
    })),
    total: cycles.length,
  };
}

export interface WijzigingSummary {
  nummer: number;
  titel: string;
  statusLabel: string;
  /** "3 van 30 raden gaven een zienswijze", or why there is no zienswijze procedure (yet). */
  raden: string;
}

/** The year's begrotingswijzigingen, one line each (the newest `limit`), instead of a table of every raad per wijziging. */
export function wijzigingSummaries(
  wijzigingen: readonly WijzigingView[],
  limit = SUMMARY_ROWS,
): { shown: WijzigingSummary[]; total: number } {
  const newest = [...wijzigingen].sort((a, b) => b.nummer - a.nummer).slice(0, limit);
  return {
    shown: newest.map((w) => ({
      nummer: w.nummer,
      titel: w.titel,
      statusLabel: w.statusLabel,
      raden: w.vrijgesteld
        ? "Geen zienswijzeprocedure (uitgezonderde categorie)"
        : w.sentOn
          ? `${w.raden.filter((r) => r.zienswijze).length} van ${w.raden.length} raden gaven een zienswijze`
          : "Nog niet naar de raden",
    })),
    total: wijzigingen.length,
  };
}
