/**
 * The yearly planning of a begroting cycle (issue 17 point 3): the secretariat plans the bestuur's dates for
 * begrotingsjaar Y; from them every raad's last day follows, and per gemeente whether its raad meets in time.
 *
 * The deadlines are NOT derived here a second time: the raad's last day for its zienswijze on the ontwerpbegroting
 * comes from {@link expectedZienswijzeLastDay} (Wgr art. 35 lid 3: until the aanbieding), the latest sending from
 * {@link begrotingDeadlines} (art. 35 lid 1, counted back, no Atw), the kaders' day from {@link kadersDeadline}
 * (art. 34b), and the meeting in which a raad decides from {@link decidingMeeting} (agenda rule A1).
 *
 * Checks of the planning itself (warnings; a planning may be unlawful, the secretariat must see why):
 * - art. 34b: kaders and voorlopige jaarrekening to the raden by the day of {@link kadersDeadline};
 * - art. 35 lid 1: the ontwerp reaches the raden twelve weeks before the aanbieding (the old eight weeks were
 *   replaced by twelve on 1-7-2022);
 * - art. 35 lid 1 and 3: the vaststelling not before the aanbieding (the zienswijzen are attached to the ontwerp);
 * - art. 34 lid 1: vaststelling in the year before the begrotingsjaar; lid 2: to Gedeputeerde Staten within two
 *   weeks after vaststelling and before 15 September, so a vaststelling on or after 15 September misses GS (the
 *   1 August of the old law was moved to 15 September on 1-7-2022);
 * - art. 34 (jaarrekening): adopted in the year after the begrotingsjaar, to GS before 15 July of that year.
 */
import type { AgendaMeetingRef } from "../agenda";
import { decidingMeeting } from "../agenda";
import { fromParts, parts, type IsoDate } from "../dates";
import type { HolidayCalendarConfig } from "../deadlines/holidays";
import {
  begrotingDeadlines,
  createBegroting,
  earliestAanbieding,
  expectedZienswijzeLastDay,
  kadersDeadline,
} from "./begroting";

/** The bestuur's planned dates for begrotingsjaar `year`; every date is optional (a planning grows). */
export interface BegrotingPlanning {
  /** Kaders and voorlopige jaarrekening to the raden (art. 34b). */
  kadersOn?: IsoDate;
  /** Ontwerpbegroting to the raden (art. 35 lid 1). */
  ontwerpSentOn?: IsoDate;
  /** Meeting of the algemeen bestuur that takes the ontwerp up (art. 35 lid 1). */
  aanbiedingOn?: IsoDate;
  /** Meeting of the algemeen bestuur that adopts the begroting (art. 34 lid 1). */
  vaststellingOn?: IsoDate;
  /** Meeting of the algemeen bestuur that adopts the jaarrekening of `year` (art. 34). */
  jaarrekeningOn?: IsoDate;
}

export type PlanningItemKey = "zienswijze_ontwerpbegroting";

/** One thing a raad must decide, with the window its meeting must fall in. */
export interface PlanningRaadItem {
  key: PlanningItemKey;
  label: string;
  grondslag: string;
  /** The raad can decide from this day (the ontwerp reached it, or at the latest lawful sending). */
  from: IsoDate;
  /** Last day (inclusive) for the raad's decision. */
  lastDay: IsoDate;
}

export type Feasibility =
  | { kind: "haalbaar"; meeting: AgendaMeetingRef }
  | { kind: "geen_vergadering"; lastDay: IsoDate };

export const FEASIBILITY_LABELS = {
  haalbaar: "Haalbaar",
  geen_vergadering: "Geen raadsvergadering vóór de termijn",
} as const;

/**
 * The raad items the planning fixes: the zienswijze on the ontwerpbegroting once the aanbieding is planned. With a
 * planned sending the window is exactly the one the raad gets when the ontwerp is sent (the same domain function);
 * without one the raad can count on the latest lawful sending (twelve weeks before the aanbieding).
 */
export function planningRaadItems(
  year: number,
  p: BegrotingPlanning,
  calendar?: HolidayCalendarConfig,
): PlanningRaadItem[] {
  if (!p.aanbiedingOn) return [];
  const deadlines = begrotingDeadlines(year, { aanbiedingOn: p.aanbiedingOn, calendar }).deadlines;
  // Stryker disable next-line OptionalChaining: with an aanbieding begrotingDeadlines always lists both grondslagen
  const byGrondslag = (g: string) => deadlines.find((d) => d.grondslag === g)?.date;
  let from: IsoDate | undefined;
  let lastDay: IsoDate | null | undefined;
  if (p.ontwerpSentOn) {
    // Stryker disable next-line StringLiteral,ArrayDeclaration: only sentOn and aanbiedingOn of this state are read
    const state = createBegroting({ id: "planning", year, participants: [] });
    state.sentOn = p.ontwerpSentOn;
    state.aanbiedingOn = p.aanbiedingOn;
    from = p.ontwerpSentOn;
    lastDay = expectedZienswijzeLastDay(state, calendar);
  } else {
    from = byGrondslag("Wgr art. 35 lid 1");
    lastDay = byGrondslag("Wgr art. 35 lid 3");
  }
  if (!from || !lastDay) return [];
  return [
    {
      key: "zienswijze_ontwerpbegroting",
      label: "Zienswijze op de ontwerpbegroting",
      grondslag: "Wgr art. 35 lid 3",
      from,
      lastDay,
    },
  ];
}

/**
 * Agenda rule A1 applied to a planned item: a raad makes it when it has a meeting in the item's window (from the
 * day the raad can decide up to and including the last day); the meeting named is the last one in that window.
 */
export function feasibility(item: PlanningRaadItem, raadMeetings: readonly AgendaMeetingRef[]): Feasibility {
  const meeting = decidingMeeting(item.lastDay, raadMeetings, item.from);
  return meeting ? { kind: "haalbaar", meeting } : { kind: "geen_vergadering", lastDay: item.lastDay };
}

/** Where the planning itself breaks the law or its own order (Dutch, for the secretariat). */
export function planningWarnings(year: number, p: BegrotingPlanning): string[] {
  const w: string[] = [];
  const j1 = year - 1;
  const kaders = kadersDeadline(year);
  if (p.kadersOn && p.kadersOn > kaders) w.push(`De kaders gaan later dan ${kaders} naar de raden (artikel 34b Wgr).`);
  if (p.kadersOn && p.ontwerpSentOn && p.ontwerpSentOn < p.kadersOn)
    w.push("De ontwerpbegroting is gepland vóór de kaders.");
  if (p.ontwerpSentOn && p.aanbiedingOn && p.aanbiedingOn < earliestAanbieding(p.ontwerpSentOn))
    w.push(
      `De aanbieding aan het algemeen bestuur ligt minder dan twaalf weken na de verzending van de ontwerpbegroting; plan haar op of na ${earliestAanbieding(p.ontwerpSentOn)} (artikel 35, eerste lid, Wgr).`,
    );
  if (p.aanbiedingOn && p.vaststellingOn && p.vaststellingOn < p.aanbiedingOn)
    w.push("De vaststelling is gepland vóór de aanbieding aan het algemeen bestuur (artikel 35 Wgr).");
  if (p.vaststellingOn && parts(p.vaststellingOn).year !== j1)
    w.push(`De begroting ${year} moet in ${j1} worden vastgesteld (artikel 34, eerste lid, Wgr).`);
  else if (p.vaststellingOn && p.vaststellingOn >= fromParts(j1, 9, 15))
    w.push(
      `Na een vaststelling op ${p.vaststellingOn} is de begroting niet vóór 15 september ${j1} bij Gedeputeerde Staten (artikel 34, tweede lid, Wgr).`,
    );
  if (p.jaarrekeningOn && parts(p.jaarrekeningOn).year !== year + 1)
    w.push(`De jaarrekening ${year} moet in ${year + 1} worden vastgesteld (artikel 34 Wgr).`);
  else if (p.jaarrekeningOn && p.jaarrekeningOn >= fromParts(year + 1, 7, 15))
    w.push(
      `Na een vaststelling op ${p.jaarrekeningOn} is de jaarrekening niet vóór 15 juli ${year + 1} bij Gedeputeerde Staten (artikel 34 Wgr).`,
    );
  return w;
}
