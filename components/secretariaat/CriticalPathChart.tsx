import type { ForecastResult } from "@/lib/domain";
import { formatDutchDate } from "@/lib/presentation/dates";
import { RISK_LABELS } from "@/lib/presentation/labels";

const DAY = 86_400_000;
const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const COLOURS: Record<string, string> = {
  op_schema: "#2f7d32",
  risico: "#a15c00",
  te_laat: "#b3261e",
  afgerond: "#2f5d8a",
};

/**
 * Horizontal bars: one per participant from today to its expected signing date, with lines at the
 * target dates. The status is in the text next to each bar as well (not colour only); the table on
 * the page is the full alternative.
 */
export function CriticalPathChart({
  result,
  titleId = "tijdlijn-titel",
  descId = "tijdlijn-omschrijving",
}: {
  result: ForecastResult;
  titleId?: string;
  descId?: string;
}) {
  const labelW = 150;
  const statusW = 170;
  const plotW = 520;
  const rowH = 30;
  const top = 40;
  const dates = [
    result.today,
    result.target.signBy,
    result.target.inForce,
    ...result.participants.flatMap((p) => (p.signDate ? [p.signDate] : [])),
  ];
  const start = t(result.today);
  const end = Math.max(...dates.map(t)) + 14 * DAY;
  const x = (iso: string) => labelW + ((t(iso) - start) / (end - start)) * plotW;
  const height = top + result.participants.length * rowH + 20;
  const width = labelW + plotW + statusW;
  // Ties: every participant that determines the date is marked, not only the first by name.
  const critical = new Set(result.criticalPath?.participantIds ?? []);
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width }}
      data-testid="tijdlijn-svg"
    >
      <title id={titleId}>Kritiek pad naar de inwerkingtreding op {formatDutchDate(result.target.inForce)}</title>
      <desc id={descId}>
        Per gemeente een balk van vandaag ({formatDutchDate(result.today)}) tot de verwachte datum van ondertekening. De
        lijnen tonen de uiterste datum van ondertekening ({formatDutchDate(result.target.signBy)}) en de beoogde
        inwerkingtreding. {result.criticalPath ? `Kritiek pad: ${result.criticalPath.name}.` : ""}
      </desc>
      {[
        { iso: result.target.signBy, label: "Ondertekening uiterlijk" },
        { iso: result.target.inForce, label: "Inwerkingtreding" },
      ].map((line, i) => (
        <g key={line.label}>
          <line
            x1={x(line.iso)}
            x2={x(line.iso)}
            y1={top - 8}
            y2={height - 10}
            stroke="#1a1a1a"
            strokeDasharray={i === 0 ? "4 3" : undefined}
          />
          <text x={x(line.iso)} y={12 + i * 14} fontSize="11" textAnchor="end" fill="#1a1a1a">
            {line.label}: {formatDutchDate(line.iso)}
          </text>
        </g>
      ))}
      {result.participants.map((p, i) => {
        const y = top + i * rowH;
        const endX = p.signDate ? x(p.signDate) : labelW + plotW;
        return (
          <g key={p.id}>
            <text
              x={labelW - 8}
              y={y + 15}
              fontSize="12"
              textAnchor="end"
              fill="#1a1a1a"
              fontWeight={critical.has(p.id) ? "bold" : undefined}
            >
              {p.name}
            </text>
            <rect
              x={labelW}
              y={y + 4}
              width={Math.max(2, endX - labelW)}
              height={rowH - 12}
              fill={COLOURS[p.status] ?? "#555"}
            />
            <text x={labelW + plotW + 8} y={y + 15} fontSize="12" fill="#1a1a1a">
              {RISK_LABELS[p.status]}
              {p.signDate ? ` — ${formatDutchDate(p.signDate)}` : " — geen datum"}
              {critical.has(p.id) ? " (kritiek)" : ""}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
