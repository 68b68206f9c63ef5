import { format } from "date-fns/format";
import { nl } from "date-fns/locale/nl";
import { parts, type IsoDate } from "../dates";
import type { DeadlineTrace } from "./compute";

/** "dinsdag 26 mei 2026" */
export function formatDutchDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return format(new Date(year, month - 1, day), "EEEE d MMMM yyyy", { locale: nl });
}

/** "26-05-2026" */
export function formatShortDutchDate(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${String(day).padStart(2, "0")}-${String(month).padStart(2, "0")}-${year}`;
}

/** Dutch, line by line explanation of a computed deadline (for timelines and tooltips). */
export function explainDeadline(trace: DeadlineTrace): string[] {
  const lines = [
    `Start: ${formatDutchDate(trace.start)}; termijn ${trace.period} (${trace.kind === "statutory" ? "wettelijk" : "afgesproken"}, ${
      trace.direction === "after" ? "vooruit" : "terug"
    }gerekend).`,
    `Nominaal einde: ${formatDutchDate(trace.nominalEnd)}.`,
  ];
  for (const ext of trace.extensions) lines.push(`Niet op ${formatDutchDate(ext.date)}: ${ext.reason}.`);
  lines.push(`Einde termijn: ${formatDutchDate(trace.end)}${trace.provisional ? " (voorlopig)" : ""}.`);
  return [...lines, ...trace.notes];
}
