import type { ForecastResult } from "@/lib/domain";
import { formatDutchDate } from "@/lib/presentation/dates";
import { RISK_LABELS } from "@/lib/presentation/labels";
import { assignRows, estimateTextWidth, labelLeft } from "@/lib/presentation/timeline-layout";

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
  const font = 12;
  // Ties: every participant that determines the date is marked, not only the first by name.
  const critical = new Set(result.criticalPath?.participantIds ?? []);
  const statusOf = (p: ForecastResult["participants"][number]) =>
    `${RISK_LABELS[p.status]}${p.signDate ? ` — ${formatDutchDate(p.signDate)}` : " — geen datum"}${critical.has(p.id) ? " (kritiek)" : ""}`;
  // Columns as wide as their longest text (estimated generously), so no label is ever cut.
  const labelW = Math.max(60, ...result.participants.map((p) => estimateTextWidth(p.name, font))) + 8;
  const statusW = Math.max(...result.participants.map((p) => estimateTextWidth(statusOf(p), font)), 60) + 8;
  const plotW = 520;
  const rowH = 30;
  const dates = [
    result.today,
    result.target.signBy,
    result.target.inForce,
    ...result.participants.flatMap((p) => (p.signDate ? [p.signDate] : [])),
  ];
  const start = t(result.today);
  const end = Math.max(...dates.map(t)) + 14 * DAY;
  const x = (iso: string) => labelW + ((t(iso) - start) / (end - start)) * plotW;
  const width = labelW + plotW + statusW;
  const targetLines = [
    { iso: result.target.signBy, label: `Ondertekening uiterlijk: ${formatDutchDate(result.target.signBy)}` },
    { iso: result.target.inForce, label: `Inwerkingtreding: ${formatDutchDate(result.target.inForce)}` },
  ].map((l) => {
    const w = estimateTextWidth(l.label, font);
    return { ...l, w, left: labelLeft(x(l.iso), w, 0, width) };
  });
  const rows = assignRows(
    targetLines.map((l) => ({ left: Math.min(l.left, x(l.iso)), right: Math.max(l.left + l.w, x(l.iso)) })),
    6,
  );
  const top = 16 + (Math.max(0, ...rows) + 1) * 14;
  const height = top + result.participants.length * rowH + 20;
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
      {targetLines.map((line, i) => (
        <g key={line.label}>
          <line
            x1={x(line.iso)}
            x2={x(line.iso)}
            y1={top - 8}
            y2={height - 10}
            stroke="#1a1a1a"
            strokeDasharray={i === 0 ? "4 3" : undefined}
          />
          <text x={line.left} y={12 + rows[i] * 14} fontSize={font} fill="#1a1a1a">
            {line.label}
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
            <text x={labelW + plotW + 8} y={y + 15} fontSize={font} fill="#1a1a1a">
              {statusOf(p)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
