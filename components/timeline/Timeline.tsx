import "./timeline.css";
import { formatDutchDate } from "@/lib/presentation/dates";
import {
  FACT_KIND_LABELS,
  type TimelineFactKind,
  type TimelineLineKind,
  type TimelineModel,
} from "@/lib/presentation/timeline";
import { layoutTimeline, type PlacedText, type TimelineLayout } from "@/lib/presentation/timeline-layout";
import { Table } from "@/components/ui/Table";

/** Layouts: a wide drawing for a screen and print, a narrow one for a phone (CSS shows one of them). */
const WIDE = { width: 760, fontSize: 13 };
const NARROW = { width: 300, fontSize: 14 };

const LINE_STYLE: Record<TimelineLineKind, { stroke: string; dash?: string; width: number }> = {
  vandaag: { stroke: "#0b5394", width: 2 },
  ondertekening: { stroke: "#4a4a4a", dash: "5 3", width: 1.5 },
  bekendmaking: { stroke: "#4a4a4a", dash: "2 3", width: 1.5 },
  doel: { stroke: "#a4161a", width: 2 },
  vroegst: { stroke: "#8a5300", dash: "6 3", width: 2 },
};

export function Marker({ kind, x, y }: { kind: TimelineFactKind; x: number; y: number }) {
  switch (kind) {
    case "gebeurd":
      return <circle cx={x} cy={y} r={5} fill="#1a1a1a" />;
    case "gepland":
      return <circle cx={x} cy={y} r={4.5} fill="#fff" stroke="#0b5394" strokeWidth={2} />;
    case "termijn":
      return <path d={`M${x} ${y - 6}L${x + 6} ${y + 5}L${x - 6} ${y + 5}Z`} fill="#a4161a" />;
    case "vergadering":
      return <path d={`M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`} fill="#5b2a86" />;
  }
}

function Text({ t, layout, bold = false }: { t: PlacedText; layout: TimelineLayout; bold?: boolean }) {
  return (
    <text
      x={t.x}
      y={t.y}
      fontSize={layout.fontSize}
      fill="#1a1a1a"
      fontWeight={bold ? "bold" : undefined}
      stroke="#fff"
      strokeWidth={3}
      paintOrder="stroke"
    >
      {t.lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one label never change order; a line may repeat
        <tspan key={`${i}-${line}`} x={t.x} dy={i === 0 ? 0 : layout.lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

function TimelineSvg({
  model,
  layout,
  id,
  variant,
}: {
  model: TimelineModel;
  layout: TimelineLayout;
  id: string;
  variant: string;
}) {
  const titleId = `${id}-${variant}-titel`;
  const descId = `${id}-${variant}-omschrijving`;
  const late = model.lanes.filter((l) => l.verdict?.makesIt === false).map((l) => l.name);
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className={`grv-tijdlijn__svg grv-tijdlijn__svg--${variant}`}
      data-testid={`tijdlijn-visueel-${variant}`}
    >
      <title id={titleId}>{model.title}</title>
      <desc id={descId}>
        Vandaag is {formatDutchDate(model.today)}.{" "}
        {model.lines
          .filter((l) => l.kind !== "vandaag")
          .map((l) => `${l.label}: ${formatDutchDate(l.date)}.`)
          .join(" ")}{" "}
        {late.length ? `Haalt de beoogde datum niet: ${late.join(", ")}.` : ""} De tabel onder de tekening bevat alle
        stappen, termijnen en vergaderingen.
      </desc>
      {layout.ticks.map((t) => (
        <g key={t.date}>
          <line x1={t.x} x2={t.x} y1={layout.plot.top} y2={layout.plot.bottom} stroke="#d0d0d0" strokeWidth={1} />
          {t.label ? <Text t={t.label} layout={layout} /> : null}
        </g>
      ))}
      {layout.lanes.map((lane, i) => (
        <g key={lane.id} data-lane={lane.id}>
          {i > 0 ? <line x1={0} x2={layout.width} y1={lane.top - 2} y2={lane.top - 2} stroke="#8a8a8a" /> : null}
          {lane.bar ? (
            <line
              x1={lane.bar.x1}
              x2={Math.max(lane.bar.x2, lane.bar.x1 + 2)}
              y1={lane.barY}
              y2={lane.barY}
              stroke={model.lanes[i]?.verdict?.makesIt === false ? "#f2b8b5" : "#b7d7bd"}
              strokeWidth={8}
            />
          ) : null}
        </g>
      ))}
      {layout.lines.map((l) => {
        const s = LINE_STYLE[l.kind];
        return (
          <line
            key={l.key}
            data-key={l.key}
            x1={l.x}
            x2={l.x}
            y1={l.label.y - layout.fontSize}
            y2={layout.plot.bottom}
            stroke={s.stroke}
            strokeDasharray={s.dash}
            strokeWidth={s.width}
          />
        );
      })}
      {layout.markers.map((m) => (
        <g key={m.key} data-key={m.key}>
          <Marker kind={m.kind} x={m.x} y={m.y} />
        </g>
      ))}
      {layout.lines.map((l) => (
        <Text key={l.key} t={l.label} layout={layout} bold={l.kind === "doel" || l.kind === "vandaag"} />
      ))}
      {layout.lanes.map((lane) => (
        <Text key={lane.id} t={lane.title} layout={layout} bold />
      ))}
    </svg>
  );
}

function LegendIcon({ kind }: { kind: TimelineFactKind }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <Marker kind={kind} x={8} y={8} />
    </svg>
  );
}

/**
 * The visual timeline of a regeling or of one gemeente (issue 16 point 3): an SVG (role="img" with a
 * title and description) and a table with the same facts. Server component; no client JavaScript.
 */
export function Timeline({ model, id }: { model: TimelineModel; id: string }) {
  const laneName = new Map(model.lanes.map((l) => [l.id, l.name]));
  const rows = [
    ...model.lines.map((l) => ({
      key: l.key,
      date: l.date,
      who: "Alle deelnemers",
      what: l.label,
      kind: FACT_KIND_LABELS[l.kind],
    })),
    ...model.facts.map((f) => ({
      key: f.key,
      date: f.date,
      who: laneName.get(f.laneId) ?? "—",
      what: f.label,
      kind: FACT_KIND_LABELS[f.kind],
    })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  const participants = model.lanes.filter((l) => l.verdict);
  return (
    <div className="grv-tijdlijn" data-testid="tijdlijn-visueel">
      <figure className="grv-tijdlijn__figure" aria-labelledby={`${id}-bijschrift`}>
        <TimelineSvg model={model} layout={layoutTimeline(model, WIDE)} id={id} variant="breed" />
        <TimelineSvg model={model} layout={layoutTimeline(model, NARROW)} id={id} variant="smal" />
        <figcaption id={`${id}-bijschrift`} className="grv-tijdlijn__caption">
          {model.title}. De tabel hieronder bevat dezelfde gegevens.
        </figcaption>
        <ul className="grv-tijdlijn__legend" aria-label="Legenda">
          {(["gebeurd", "gepland", "termijn", "vergadering"] as const).map((k) => (
            <li key={k}>
              <LegendIcon kind={k} /> {FACT_KIND_LABELS[k]}
            </li>
          ))}
          <li>
            <span className="grv-tijdlijn__swatch grv-tijdlijn__swatch--vandaag" aria-hidden="true" /> Vandaag
          </li>
          <li>
            <span className="grv-tijdlijn__swatch grv-tijdlijn__swatch--doel" aria-hidden="true" /> Beoogde
            inwerkingtreding
          </li>
        </ul>
      </figure>
      {participants.length ? (
        <Table caption="Haalt elke gemeente de beoogde datum?" head={["Gemeente", "Verwachting"]}>
          {participants.map((l) => (
            <tr key={l.id} className="utrecht-table__row" data-lane={l.id}>
              <th scope="row" className="utrecht-table__header-cell">
                {l.name}
              </th>
              <td className="utrecht-table__cell">{l.verdict?.short}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      <Table
        caption={`${model.title}: alle stappen, termijnen en vergaderingen`}
        head={["Datum", "Wie", "Wat", "Soort"]}
      >
        {rows.map((r) => (
          <tr key={r.key} className="utrecht-table__row" data-key={r.key}>
            <td className="utrecht-table__cell">
              <time dateTime={r.date}>{formatDutchDate(r.date)}</time>
            </td>
            <td className="utrecht-table__cell">{r.who}</td>
            <th scope="row" className="utrecht-table__header-cell">
              {r.what}
            </th>
            <td className="utrecht-table__cell">{r.kind}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
