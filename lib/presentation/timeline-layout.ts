import { addDays, diffDays, fromParts, parts, type IsoDate } from "@/lib/domain";
import { formatDutchDate } from "./dates";
import type { TimelineFactKind, TimelineLineKind, TimelineModel } from "./timeline";

/**
 * Layout of the visual timeline (issue 16 point 3), pure: dates → x positions, lanes → y positions,
 * and labels placed so that none overlaps another and none is cut at an edge of the drawing. Text
 * width is estimated generously (0.62 em per character, wider than the average of the page font), so
 * a label that fits by the estimate fits on screen and in print.
 */
export interface LayoutOptions {
  /** The drawing's width in SVG user units (the viewBox). */
  width: number;
  fontSize?: number;
}

export interface PlacedText {
  lines: string[];
  /** Left edge of every line (text-anchor start). */
  x: number;
  /** Baseline of the first line; each further line is `lineHeight` lower. */
  y: number;
  width: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { date: IsoDate; x: number; label: PlacedText | null }[];
  lines: { key: string; kind: TimelineLineKind; x: number; label: PlacedText }[];
  lanes: {
    id: string;
    top: number;
    bottom: number;
    title: PlacedText;
    barY: number;
    bar: { x1: number; x2: number } | null;
  }[];
  markers: { key: string; kind: TimelineFactKind; laneId: string; x: number; y: number }[];
}

const CHAR_EM = 0.62;
const PAD = 4;
const GAP = 6;
const MARKER = 6;

export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * CHAR_EM);
}

/** Greedy word wrap to `maxWidth`; a word longer than a line is broken, so no line is ever wider. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(1, Math.floor(maxWidth / (fontSize * CHAR_EM)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let w = word;
    while (w.length > maxChars) {
      if (line) lines.push(line);
      lines.push(w.slice(0, maxChars));
      w = w.slice(maxChars);
      line = "";
    }
    const next = line ? `${line} ${w}` : w;
    if (next.length <= maxChars) line = next;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}

/**
 * Label collision: items (sorted by their left edge) go to the first row whose last item ends at
 * least `gap` before them. Returns the row of every item, in input order.
 */
export function assignRows(items: { left: number; right: number }[], gap: number): number[] {
  const order = items.map((it, i) => ({ ...it, i })).sort((a, b) => a.left - b.left || a.i - b.i);
  const rowEnds: number[] = [];
  const rows = new Array<number>(items.length);
  for (const it of order) {
    let r = rowEnds.findIndex((end) => end + gap <= it.left);
    if (r === -1) {
      r = rowEnds.length;
      rowEnds.push(it.right);
    } else rowEnds[r] = it.right;
    rows[it.i] = r;
  }
  return rows;
}

/** Left edge of a label of width `w` beside x (right of it when it fits, else left), kept inside [min, max]. */
export function labelLeft(x: number, w: number, min: number, max: number): number {
  const right = x + PAD;
  if (right + w <= max) return right;
  const left = x - PAD - w;
  if (left >= min) return left;
  // Fits on neither side: as far right as the drawing allows, so it starts as close to x as possible.
  return Math.max(min, Math.min(right, max - w));
}

/** Date → x over [left, right], the range padded so markers at either end stay inside. */
export function dateScale(start: IsoDate, end: IsoDate, left: number, right: number) {
  const span = Math.max(1, diffDays(end, start));
  return (d: IsoDate) => left + (diffDays(d, start) / span) * (right - left);
}

const MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

/** First days of the months inside [start, end], labelled every `step` months so that no two labels collide. */
function monthTicks(start: IsoDate, end: IsoDate, x: (d: IsoDate) => number, fontSize: number, width: number) {
  const s = parts(start);
  const dates: IsoDate[] = [];
  for (let y = s.year, m = s.month + 1; ; m++) {
    if (m > 12) [y, m] = [y + 1, 1];
    const d = fromParts(y, m, 1);
    if (d > end) break;
    dates.push(d);
  }
  const label = (d: IsoDate, first: boolean) => {
    const p = parts(d);
    return p.month === 1 || first ? `${MONTHS[p.month - 1]} ${p.year}` : MONTHS[p.month - 1];
  };
  for (const step of [1, 2, 3, 4, 6, 12, 24, 60]) {
    const placed = dates.map((d, i) => {
      if (i % step !== 0) return { date: d, x: x(d), label: null };
      const text = label(d, i === 0);
      const w = estimateTextWidth(text, fontSize);
      const left = Math.min(Math.max(x(d) - w / 2, 0), width - w);
      return { date: d, x: x(d), label: { lines: [text], x: left, y: 0, width: w } as PlacedText };
    });
    const labelled = placed.flatMap((p) => (p.label ? [p.label] : []));
    const clash = labelled.some((l, i) => i > 0 && labelled[i - 1].x + labelled[i - 1].width + GAP > l.x);
    if (!clash) return placed;
  }
  return dates.map((d) => ({ date: d, x: x(d), label: null }));
}

export function layoutTimeline(model: TimelineModel, opts: LayoutOptions): TimelineLayout {
  const width = opts.width;
  const fontSize = opts.fontSize ?? 13;
  const lineHeight = Math.round(fontSize * 1.35);
  const left = MARKER + 2;
  const right = width - MARKER - 2;
  const dates = [model.today, ...model.facts.map((f) => f.date), ...model.lines.map((l) => l.date)].sort();
  const first = dates[0] ?? model.today;
  const last = dates.at(-1) ?? model.today;
  const margin = Math.max(3, Math.round(diffDays(last, first) * 0.03));
  const start = addDays(first, -margin);
  const end = addDays(last, margin);
  const x = dateScale(start, end, left, right);

  // Labels of the vertical lines: name and date on two lines, in rows so that none overlaps.
  const lineLabels = model.lines.map((l) => {
    const text = [l.label, formatDutchDate(l.date)];
    const w = Math.max(...text.map((t) => estimateTextWidth(t, fontSize)));
    const lx = labelLeft(x(l.date), w, 0, width);
    return { l, text, w, lx };
  });
  const rows = assignRows(
    lineLabels.map((q) => ({ left: Math.min(q.lx, x(q.l.date)), right: Math.max(q.lx + q.w, x(q.l.date)) })),
    GAP,
  );
  const labelRowH = 2 * lineHeight + PAD;
  const labelRows = rows.length ? Math.max(...rows) + 1 : 0;
  const tickTop = PAD + labelRows * labelRowH;
  const ticks = monthTicks(start, end, x, fontSize, width).map((t) =>
    t.label ? { ...t, label: { ...t.label, y: tickTop + fontSize } } : t,
  );
  const plotTop = tickTop + lineHeight + PAD;

  let y = plotTop + PAD;
  const lanes: TimelineLayout["lanes"] = [];
  const markers: TimelineLayout["markers"] = [];
  for (const lane of model.lanes) {
    const titleText = lane.verdict ? `${lane.name}: ${lane.verdict.short}` : lane.name;
    const titleLines = wrapText(titleText, width, fontSize);
    const title: PlacedText = {
      lines: titleLines,
      x: 0,
      y: y + fontSize,
      width: Math.max(...titleLines.map((t) => estimateTextWidth(t, fontSize))),
    };
    const markerTop = y + titleLines.length * lineHeight + PAD;
    const facts = model.facts.filter((f) => f.laneId === lane.id);
    const markerRows = assignRows(
      facts.map((f) => ({ left: x(f.date) - MARKER, right: x(f.date) + MARKER })),
      2,
    );
    const rowH = 2 * MARKER + 4;
    facts.forEach((f, i) => {
      markers.push({
        key: f.key,
        kind: f.kind,
        laneId: lane.id,
        x: x(f.date),
        y: markerTop + markerRows[i] * rowH + rowH / 2,
      });
    });
    const nRows = facts.length ? Math.max(...markerRows) + 1 : 1;
    const barY = markerTop + rowH / 2;
    const bar = lane.signDate && lane.signDate >= model.today ? { x1: x(model.today), x2: x(lane.signDate) } : null;
    const bottom = markerTop + nRows * rowH + PAD;
    lanes.push({ id: lane.id, top: y, bottom, title, barY, bar });
    y = bottom + PAD;
  }
  const plotBottom = y;
  return {
    width,
    height: plotBottom + PAD,
    fontSize,
    lineHeight,
    plot: { left, right, top: plotTop, bottom: plotBottom },
    ticks,
    lines: lineLabels.map((q, i) => ({
      key: q.l.key,
      kind: q.l.kind,
      x: x(q.l.date),
      label: { lines: q.text, x: q.lx, y: PAD + rows[i] * labelRowH + fontSize, width: q.w },
    })),
    lanes,
    markers,
  };
}
