import type { ForecastResult, ParticipantForecast } from "@/lib/domain";
import { formatDutchDate } from "./dates";

/**
 * The one sentence every page that shows a regeling's target in-force date puts beside it (issue 16
 * point 4): can the target still be reached and, if not, the earliest feasible date and why. It only
 * words the forecast's verdict (lib/domain/forecast): no rule is recomputed here.
 */
export interface TargetVerdict {
  /** true: reachable; false: out of reach; null: not to be computed yet. */
  reachable: boolean | null;
  target: string;
  earliest: string | null;
  text: string;
}

/** "de zienswijzetermijn … loopt tot …" reads on after a colon; a full sentence ("Toestemming geweigerd. …") after a stop. */
function because(reason: string | undefined): string {
  const r = reason?.trim().replace(/\.$/, "");
  if (!r) return ".";
  return /^[a-z]/.test(r) ? `: ${r}.` : `. ${r}.`;
}

export function targetVerdict(
  result: Pick<ForecastResult, "verdict" | "criticalPath" | "earliestPublication">,
): TargetVerdict {
  const v = result.verdict;
  const target = formatDutchDate(v.targetInForce);
  const earliest = v.earliestInForce ? formatDutchDate(v.earliestInForce) : null;
  const deadline = formatDutchDate(v.publicationDeadline);
  const reason = result.criticalPath?.reason;
  if (v.reachable === null)
    return {
      reachable: null,
      target,
      earliest,
      text: `Nog niet te zeggen of de beoogde datum ${target} haalbaar is${because(reason ?? "er is nog geen haalbare datum bekend")}`,
    };
  if (v.reachable)
    return {
      reachable: true,
      target,
      earliest,
      text: `De beoogde datum ${target} is haalbaar. De regeling moet uiterlijk ${deadline} bekendgemaakt zijn${
        result.earliestPublication
          ? `; volgens de planning kan dat op ${formatDutchDate(result.earliestPublication)}`
          : ""
      }.`,
    };
  return {
    reachable: false,
    target,
    earliest,
    text: `De beoogde datum ${target} is niet meer haalbaar${because(reason)} Vroegst haalbaar: ${earliest ?? "nog niet bekend"}. Voor ${target} had de regeling uiterlijk ${deadline} bekendgemaakt moeten zijn.`,
  };
}

/** Whether one participant can still make the target, in words (the forecast's status, never recomputed). */
export interface ParticipantVerdict {
  /** true: makes it; false: does not; null: no date known. */
  makesIt: boolean | null;
  /** Short: for a lane title or a table cell. */
  short: string;
}

export function participantVerdict(
  p: Pick<ParticipantForecast, "status" | "signDate" | "steps">,
  signBy: string,
): ParticipantVerdict {
  const by = formatDutchDate(signBy);
  if (p.status === "afgerond")
    return { makesIt: true, short: `ondertekend${p.signDate ? ` op ${formatDutchDate(p.signDate)}` : ""}` };
  if (!p.signDate) {
    const why = p.steps.findLast((s) => s.date === null)?.basis;
    return { makesIt: null, short: `geen haalbare datum bekend${why ? ` (${why})` : ""}` };
  }
  const sign = formatDutchDate(p.signDate);
  if (p.status === "te_laat")
    return {
      makesIt: false,
      short: `haalt het niet: ondertekenen kan op zijn vroegst op ${sign} (uiterlijk ${by} nodig)`,
    };
  if (p.status === "risico")
    return { makesIt: true, short: `haalt het net: ondertekenen verwacht op ${sign} (uiterlijk ${by})` };
  return { makesIt: true, short: `haalt het: ondertekenen verwacht op ${sign} (uiterlijk ${by})` };
}
