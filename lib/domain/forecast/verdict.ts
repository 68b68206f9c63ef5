/**
 * The verdict in words (Dutch, B1), first thing the secretariat reads: can the target in-force date
 * still be reached, and if not, the earliest feasible date and why.
 */
import type { IsoDate } from "../dates";
import { diffDays } from "../dates";
import { dutchDay } from "./calendar";
import type { CriticalPath, ParticipantForecast } from "./forecast";

export interface ForecastVerdict {
  /** true: reachable; false: not; null: cannot be computed (no feasible date known). */
  reachable: boolean | null;
  targetInForce: IsoDate;
  publicationDeadline: IsoDate;
  earliestInForce: IsoDate | null;
  /** One or more sentences, the verdict first. */
  text: string;
  /** Further lines: the last feasible dates per gemeente. */
  details: string[];
}

const plural = (n: number) => `${n} ${Math.abs(n) === 1 ? "dag" : "dagen"}`;

export function buildVerdict(x: {
  target: IsoDate;
  publicationDeadline: IsoDate;
  earliestPublication: IsoDate | null;
  earliestInForce: IsoDate | null;
  published: boolean;
  criticalPath: CriticalPath | null;
  participants: ParticipantForecast[];
  today: IsoDate;
}): ForecastVerdict {
  const target = dutchDay(x.target);
  const deadline = dutchDay(x.publicationDeadline);
  const why = x.criticalPath ? ` Reden: ${x.criticalPath.reason}.` : "";
  const details = x.participants
    .filter((p) => p.scope === "full" && p.status !== "afgerond")
    .map((p) => {
      const l = p.latest;
      const raad = p.raadDone ? "raad: klaar" : `raad uiterlijk ${l.raad ? dutchDay(l.raad) : "—"}`;
      const college = `college uiterlijk ${l.college ? dutchDay(l.college) : "—"}`;
      const late = !p.raadDone && l.raad !== null && l.raad < x.today ? " (al verstreken)" : "";
      return `${p.name}: ${raad}${late}, ${college}, ondertekening uiterlijk ${dutchDay(l.signing)}.`;
    });
  if (details.length)
    details.unshift(`Terugrekenen vanaf bekendmaking uiterlijk ${deadline} (in werkdagen, per gemeente):`);
  const base = {
    targetInForce: x.target,
    publicationDeadline: x.publicationDeadline,
    earliestInForce: x.earliestInForce,
    details,
  };
  // A participant whose own signing date is known and already too late makes the target unreachable, even while
  // another participant's date cannot be computed yet (Wgr art. 1 lid 1–2: every party must have signed).
  const certainlyLate = x.participants.filter(
    (p) => p.scope === "full" && p.status === "te_laat" && p.signDate !== null,
  );
  if ((!x.earliestPublication || !x.earliestInForce) && !x.published && certainlyLate.length > 0)
    return {
      ...base,
      reachable: false,
      text: `Inwerkingtreding op ${target} is niet meer haalbaar: ${certainlyLate.map((p) => p.name).join(", ")} kan niet op tijd ondertekenen voor bekendmaking uiterlijk ${deadline}. De vroegst haalbare datum is nog niet te berekenen.${why}`,
    };
  if (!x.earliestPublication || !x.earliestInForce)
    return {
      ...base,
      reachable: null,
      text: `Niet te berekenen of inwerkingtreding op ${target} haalbaar is: er is geen haalbare datum bekend.${why}`,
    };
  if (x.published) {
    const ok = x.earliestPublication <= x.publicationDeadline;
    return {
      ...base,
      reachable: ok,
      text: `De regeling is bekendgemaakt op ${dutchDay(x.earliestPublication)}. Inwerkingtreding kan vanaf ${dutchDay(x.earliestInForce)}${ok ? `; ${target} is haalbaar.` : `; ${target} is niet haalbaar.`}`,
    };
  }
  // Awb art. 3:40: in force only after publication, so publication on the in-force day is too late.
  if (x.earliestPublication <= x.publicationDeadline) {
    const slack = diffDays(x.publicationDeadline, x.earliestPublication);
    return {
      ...base,
      reachable: true,
      text: `Inwerkingtreding op ${target} is haalbaar. De regeling moet uiterlijk ${deadline} bekendgemaakt zijn; volgens de planning kan dat op ${dutchDay(x.earliestPublication)} (${plural(slack)} speling).${why}`,
    };
  }
  return {
    ...base,
    reachable: false,
    text: `Inwerkingtreding op ${target} is niet meer haalbaar. Daarvoor moet de regeling uiterlijk ${deadline} bekendgemaakt zijn, maar dat kan op zijn vroegst op ${dutchDay(x.earliestPublication)}. De vroegst haalbare datum van inwerkingtreding is ${dutchDay(x.earliestInForce)}.${why}`,
  };
}
