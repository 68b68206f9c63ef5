/**
 * Jaarrekening of begrotingsjaar j, the closing track of the yearly cycle (Wgr as amended 1-7-2022):
 * - art. 34b: the dagelijks bestuur sends the voorlopige jaarrekening to the raden before 30 April of j+1
 *   (15 April before the 2022 amendment);
 * - art. 34 lid 3: the algemeen bestuur adopts the jaarrekening in j+1 (the year after the year it concerns);
 *   it goes to Gedeputeerde Staten within two weeks after adoption and before 15 July of j+1.
 * [U] The text of art. 34 lid 3 / 34b itself was not retrieved: the dates rest on the before/after table in
 * /work/shared/legal.md §1.7 (gemeente.nu [C], BZK [O]) and on the Ch. IV analogue art. 58 lid 4 ("vóór 15 juli", [T]).
 * Late steps are lawful to record (the bestuur did act), so they are warned, not refused; impossible ones are refused.
 */
import { addDays, diffDays, fromParts, parts, type IsoDate } from "../dates";
import { checkDate, refuse, type TransitionContext, type TransitionResult } from "../events";
import { guaranteed } from "../invariant";
import type { BegrotingState } from "./begroting";
import { defineMachine, openStep, requireText, stepDone, type EventOf, type StatusOf } from "./common";

export const JAARREKENING_MACHINE = defineMachine("jaarrekening", "Jaarrekening — bestuur van de regeling", {
  niet_gestart: ["Nog niet verzonden", { voorlopige_jaarrekening_verzonden: "voorlopig_verzonden" }],
  voorlopig_verzonden: ["Voorlopige jaarrekening naar de raden", { jaarrekening_vastgesteld: "vastgesteld" }],
  vastgesteld: ["Jaarrekening vastgesteld", { jaarrekening_naar_gs: "naar_gs_verzonden" }],
  naar_gs_verzonden: ["Jaarrekening naar Gedeputeerde Staten", {}],
});
export type JaarrekeningStatus = StatusOf<typeof JAARREKENING_MACHINE>;
export type JaarrekeningEventType = EventOf<typeof JAARREKENING_MACHINE>;
export const { states: JAARREKENING_STATES, labels: JAARREKENING_LABELS } = JAARREKENING_MACHINE;

export interface JaarrekeningState {
  status: JaarrekeningStatus;
  voorlopigSentOn?: IsoDate;
  vaststelling?: { decidedOn: IsoDate; besluitnummer?: string };
  gsSentOn?: IsoDate;
}

export type JaarrekeningEvent =
  | { type: "voorlopige_jaarrekening_verzonden"; sentOn: IsoDate }
  | { type: "jaarrekening_vastgesteld"; decidedOn: IsoDate; besluitnummer?: string }
  | { type: "jaarrekening_naar_gs"; sentOn: IsoDate };

export const JAARREKENING_EVENT_TYPES: ReadonlySet<string> = new Set<JaarrekeningEventType>(
  JAARREKENING_MACHINE.events,
);

/** A cycle stored before the jaarrekening existed has no track yet: it has not started. */
export function jaarrekeningOf(s: Pick<BegrotingState, "jaarrekening">): JaarrekeningState {
  return s.jaarrekening ?? { status: "niet_gestart" };
}

/** Wgr art. 34b (as amended 1-7-2022): the voorlopige jaarrekening of year j reaches the raden by 30 April j+1. */
export function voorlopigeJaarrekeningDeadline(year: number): IsoDate {
  return fromParts(year + 1, 4, 30);
}

/** Wgr art. 34 lid 3: to GS within two weeks after adoption and before 15 July j+1 (so 14 July at the latest). */
export function jaarrekeningGsDeadline(year: number, decidedOn?: IsoDate): IsoDate {
  const latest = fromParts(year + 1, 7, 14);
  if (!decidedOn) return latest;
  const twoWeeks = addDays(decidedOn, 14);
  return twoWeeks < latest ? twoWeeks : latest;
}

export function transitionJaarrekening(
  s: BegrotingState,
  event: JaarrekeningEvent,
  ctx: TransitionContext,
): TransitionResult<BegrotingState> {
  const jr = jaarrekeningOf(s);
  const open = openStep(JAARREKENING_MACHINE, jr.status, event.type, ctx);
  if (open.ok === false) return open;
  const { today } = open;
  const warnings = [...s.warnings];
  let next: JaarrekeningState;
  switch (event.type) {
    case "voorlopige_jaarrekening_verzonden": {
      const r = checkDate("Datum verzending voorlopige jaarrekening", event.sentOn, { today });
      if (r) return r;
      // A jaarrekening accounts for a whole begrotingsjaar: it cannot exist before that year is over.
      if (parts(event.sentOn).year <= s.year)
        return refuse(
          "datum_te_vroeg",
          `De jaarrekening ${s.year} kan pas na afloop van ${s.year} naar de raden, dus op of na 1 januari ${s.year + 1}.`,
        );
      const latest = voorlopigeJaarrekeningDeadline(s.year);
      if (event.sentOn > latest)
        warnings.push(`Voorlopige jaarrekening later dan ${latest} naar de raden verzonden (Wgr art. 34b).`);
      next = { status: "voorlopig_verzonden", voorlopigSentOn: event.sentOn };
      break;
    }
    case "jaarrekening_vastgesteld": {
      const voorlopig = guaranteed(jr.voorlopigSentOn, "de voorlopige jaarrekening");
      const r =
        checkDate("Datum vaststelling jaarrekening", event.decidedOn, {
          today,
          notBefore: { date: voorlopig, what: "de verzending van de voorlopige jaarrekening" },
        }) ?? (event.besluitnummer === undefined ? null : requireText("Het besluitnummer", event.besluitnummer));
      if (r) return r;
      if (parts(event.decidedOn).year > s.year + 1)
        warnings.push(`Jaarrekening ${s.year} niet in ${s.year + 1} vastgesteld (Wgr art. 34 lid 3).`);
      const vaststelling: JaarrekeningState["vaststelling"] = { decidedOn: event.decidedOn };
      if (event.besluitnummer !== undefined) vaststelling.besluitnummer = event.besluitnummer;
      next = { ...jr, status: "vastgesteld", vaststelling };
      break;
    }
    case "jaarrekening_naar_gs": {
      const decidedOn = guaranteed(jr.vaststelling, "de vaststelling van de jaarrekening").decidedOn;
      const r = checkDate("Datum verzending jaarrekening aan GS", event.sentOn, {
        today,
        notBefore: { date: decidedOn, what: "de vaststelling van de jaarrekening" },
      });
      if (r) return r;
      if (diffDays(event.sentOn, decidedOn) > 14)
        warnings.push("Jaarrekening later dan twee weken na vaststelling verzonden aan GS (Wgr art. 34 lid 3).");
      if (event.sentOn > fromParts(s.year + 1, 7, 14))
        warnings.push(`Jaarrekening niet vóór 15 juli ${s.year + 1} verzonden aan GS (Wgr art. 34 lid 3).`);
      next = { ...jr, status: "naar_gs_verzonden", gsSentOn: event.sentOn };
      break;
    }
  }
  const reason = warnings.slice(s.warnings.length).join(" ") || undefined;
  const state: BegrotingState = { ...s, jaarrekening: next, warnings };
  return stepDone(ctx, { kind: "begroting", id: `${s.id}:jaarrekening` }, event, jr.status, next.status, state, reason);
}
