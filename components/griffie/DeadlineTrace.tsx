import type { DeadlineTrace as Trace } from "@/lib/domain";
import { formatDutchDate } from "@/lib/presentation/dates";

const PERIOD_LABELS: Record<string, string> = { P8W: "8 weken", P6W: "6 weken", P12W: "12 weken" };

/** How a statutory date was computed: start, period, nominal end and each extension with its reason. */
export function DeadlineTrace({ trace }: { trace: Trace }) {
  return (
    <details className="grv-trace">
      <summary>Hoe is deze datum berekend?</summary>
      <ul>
        <li>Start: {formatDutchDate(trace.start)} (ontvangst door de griffie)</li>
        <li>
          Termijn: {PERIOD_LABELS[trace.period] ?? trace.period} (
          {trace.kind === "statutory"
            ? "wettelijke termijn, Algemene termijnenwet van toepassing"
            : "afgesproken termijn"}
          )
        </li>
        <li>Nominaal einde: {formatDutchDate(trace.nominalEnd)}</li>
        {trace.extensions.map((x) => (
          <li key={`${x.date}-${x.rule}`}>
            Verlengd: {formatDutchDate(x.date)} telt niet mee — {x.reason}
          </li>
        ))}
        <li>
          Einde: <strong>{formatDutchDate(trace.end)}</strong>
          {trace.extensions.length === 0 ? " (geen verlenging nodig)" : ""}
        </li>
        {trace.provisional ? <li>Let op: de feestdagen van dit jaar zijn nog niet definitief vastgesteld.</li> : null}
      </ul>
    </details>
  );
}
