import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, forecast } from "@/lib/domain";
import { buildRegelingTimeline, gemeenteTimeline, type TimelineModel } from "@/lib/presentation/timeline";
import {
  assignRows,
  dateScale,
  estimateTextWidth,
  labelLeft,
  layoutTimeline,
  type PlacedText,
  type TimelineLayout,
  wrapText,
} from "@/lib/presentation/timeline-layout";
import { seededFlevoland } from "../domain/forecast/fixtures";

const seededModel = () => {
  const input = seededFlevoland("2026-12-01");
  return buildRegelingTimeline("GR Sociaal Domein Flevoland", input, forecast(input));
};

/** Every text of a layout with its box (estimated width, one line height per line). */
function texts(l: TimelineLayout): { t: PlacedText; top: number; bottom: number }[] {
  const all = [
    ...l.ticks.flatMap((t) => (t.label ? [t.label] : [])),
    ...l.lines.map((x) => x.label),
    ...l.lanes.map((x) => x.title),
  ];
  return all.map((t) => ({ t, top: t.y - l.fontSize, bottom: t.y - l.fontSize + t.lines.length * l.lineHeight }));
}

function expectNothingCut(l: TimelineLayout) {
  for (const { t, top, bottom } of texts(l)) {
    for (const line of t.lines) {
      expect(t.x, line).toBeGreaterThanOrEqual(0);
      expect(t.x + estimateTextWidth(line, l.fontSize), line).toBeLessThanOrEqual(l.width);
    }
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(l.height);
  }
}

function expectNoOverlap(boxes: { left: number; right: number; top: number; bottom: number; name: string }[]) {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
      expect(apart, `${a.name} overlaps ${b.name}`).toBe(true);
    }
}

const lineLabelBoxes = (l: TimelineLayout) =>
  l.lines.map((x) => ({
    name: x.key,
    left: x.label.x,
    right: x.label.x + x.label.width,
    top: x.label.y - l.fontSize,
    bottom: x.label.y - l.fontSize + 2 * l.lineHeight,
  }));

describe("timeline layout helpers", () => {
  it("dateScale maps the range onto [left, right], in date order", () => {
    const x = dateScale("2026-12-01", "2027-06-01", 10, 290);
    expect(x("2026-12-01")).toBe(10);
    expect(x("2027-06-01")).toBe(290);
    expect(x("2027-01-01")).toBeLessThan(x("2027-01-02"));
  });

  it("assignRows puts overlapping items in different rows and reuses a free row", () => {
    expect(
      assignRows(
        [
          { left: 0, right: 100 },
          { left: 50, right: 150 },
          { left: 120, right: 200 },
        ],
        6,
      ),
    ).toEqual([0, 1, 0]);
    expect(
      assignRows(
        [
          { left: 0, right: 100 },
          { left: 103, right: 150 },
        ],
        6,
      ),
    ).toEqual([0, 1]);
  });

  it("labelLeft keeps a label beside its line and inside the drawing", () => {
    expect(labelLeft(10, 50, 0, 300)).toBe(14);
    expect(labelLeft(290, 50, 0, 300)).toBe(236);
    expect(labelLeft(40, 280, 0, 300)).toBe(20);
    expect(labelLeft(150, 400, 0, 300)).toBe(0);
  });

  it("wrapText never makes a line wider than asked, also for one long word", () => {
    const lines = wrapText("Noordoostpolder: haalt het niet: ondertekenen kan op zijn vroegst op 20 mei 2027", 150, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(150);
    expect(wrapText("x".repeat(40), 100, 10).every((l) => estimateTextWidth(l, 10) <= 100)).toBe(true);
    expect(wrapText("a b", 100, 10)).toEqual(["a b"]);
  });
});

describe("layoutTimeline", () => {
  it("seeded Flevoland on 2026-12-01, phone (300) and wide (760): no label cut, line labels apart, dates in order", () => {
    const model = seededModel();
    for (const opts of [
      { width: 300, fontSize: 14 },
      { width: 760, fontSize: 13 },
    ]) {
      const l = layoutTimeline(model, opts);
      expectNothingCut(l);
      expectNoOverlap(lineLabelBoxes(l));
      // "1 januari 2027" is never shortened
      expect(l.lines.find((x) => x.key === "doel")?.label.lines).toEqual([
        "Beoogde inwerkingtreding",
        "1 januari 2027",
      ]);
      const x = (key: string) => l.lines.find((q) => q.key === key)?.x ?? Number.NaN;
      expect(x("vandaag")).toBeLessThan(x("bekendmaking"));
      expect(x("bekendmaking")).toBeLessThan(x("doel"));
      expect(x("doel")).toBeLessThan(x("vroegst"));
      // one marker per fact, each inside the plot and its lane
      expect(l.markers.map((m) => m.key).sort()).toEqual(model.facts.map((f) => f.key).sort());
      for (const m of l.markers) {
        const lane = l.lanes.find((q) => q.id === m.laneId);
        expect(m.x).toBeGreaterThanOrEqual(l.plot.left);
        expect(m.x).toBeLessThanOrEqual(l.plot.right);
        expect(m.y).toBeGreaterThan(lane?.top ?? Number.POSITIVE_INFINITY);
        expect(m.y).toBeLessThan(lane?.bottom ?? Number.NEGATIVE_INFINITY);
      }
      // lanes are stacked, and a lane's title does not run into its markers
      for (const [i, lane] of l.lanes.entries()) {
        if (i) expect(lane.top).toBeGreaterThanOrEqual(l.lanes[i - 1].bottom);
        const titleBottom = lane.title.y - l.fontSize + lane.title.lines.length * l.lineHeight;
        for (const m of l.markers.filter((q) => q.laneId === lane.id))
          expect(m.y - 6).toBeGreaterThanOrEqual(titleBottom);
      }
    }
  });

  it("the gemeente view keeps the regio and the one gemeente", () => {
    const model = gemeenteTimeline(seededModel(), "urk", "Urk");
    expect(model.lanes.map((x) => x.id)).toEqual(["regio", "urk"]);
    expect(model.facts.every((f) => f.laneId === "regio" || f.laneId === "urk")).toBe(true);
    expectNothingCut(layoutTimeline(model, { width: 300, fontSize: 14 }));
  });

  it("property: for any dates and widths, no label is cut and no two line labels or markers in a row overlap", () => {
    const day = fc.integer({ min: 0, max: 900 }).map((n) => addDays("2026-01-01", n));
    const kinds = ["vandaag", "ondertekening", "bekendmaking", "doel", "vroegst"] as const;
    fc.assert(
      fc.property(
        fc.array(day, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(day, fc.constantFrom("gebeurd", "gepland", "termijn", "vergadering" as const)), {
          maxLength: 25,
        }),
        fc.integer({ min: 260, max: 900 }),
        (lineDates, factDates, width) => {
          const model: TimelineModel = {
            title: "t",
            today: lineDates[0],
            lanes: [
              { id: "regio", name: "Regio", verdict: null, signDate: null },
              {
                id: "a",
                name: "Noordoostpolder",
                verdict: {
                  makesIt: false,
                  short: "haalt het niet: ondertekenen kan op zijn vroegst op 28 september 2027",
                },
                signDate: lineDates[0],
              },
            ],
            lines: lineDates.map((d, i) => ({
              key: `l${i}`,
              kind: kinds[i],
              date: d,
              label: "Bekendmaking uiterlijk",
            })),
            facts: factDates.map(([d, kind], i) => ({
              key: `f${i}`,
              date: d,
              laneId: i % 2 ? "a" : "regio",
              kind,
              label: "x",
            })),
          };
          const l = layoutTimeline(model, { width, fontSize: 13 });
          expectNothingCut(l);
          expectNoOverlap(lineLabelBoxes(l));
          const markerBoxes = l.markers.map((m) => ({
            name: m.key,
            left: m.x - 6,
            right: m.x + 6,
            top: m.y - 6,
            bottom: m.y + 6,
          }));
          expectNoOverlap(markerBoxes);
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
