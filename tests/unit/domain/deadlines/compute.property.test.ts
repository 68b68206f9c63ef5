import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computeDeadline, isAtwRestDay } from "@/lib/domain/deadlines";

const DAY = 86_400_000;
const dateArb = fc
  .integer({ min: Date.UTC(2025, 0, 1) / DAY, max: Date.UTC(2032, 11, 31) / DAY })
  .map((n) => new Date(n * DAY).toISOString().slice(0, 10));
// statutory periods of at most 12 weeks (Atw applies)
const periodArb = fc.oneof(
  fc.integer({ min: 1, max: 12 }).map((w) => `P${w}W`),
  fc.integer({ min: 1, max: 84 }).map((d) => `P${d}D`),
  fc.integer({ min: 1, max: 2 }).map((m) => `P${m}M`),
);

describe("deadline properties", () => {
  it("(a) a statutory forward period ≤ 12 weeks never ends on a rest day, never before the nominal end, and every skipped day is traced", () => {
    fc.assert(
      fc.property(dateArb, periodArb, (start, period) => {
        const t = computeDeadline({ start, period, kind: "statutory" });
        expect(isAtwRestDay(t.end)).toBe(false);
        expect(t.end >= t.nominalEnd).toBe(true);
        expect(t.end > t.start).toBe(true);
        // each day from the nominal end up to (not incl.) the end appears once in the trace, in order
        const days = (Date.parse(t.end) - Date.parse(t.nominalEnd)) / DAY;
        expect(t.extensions.map((e) => e.date)).toEqual(
          Array.from({ length: days }, (_, i) =>
            new Date(Date.parse(t.nominalEnd) + i * DAY).toISOString().slice(0, 10),
          ),
        );
        // art. 1 steps are exactly the rest days
        for (const e of t.extensions) expect(e.rule === "atw_art_1_lid_1").toBe(isAtwRestDay(e.date));
        expect(days).toBeLessThan(10);
      }),
      { numRuns: 2000 },
    );
  });

  it("agreed and backward periods always end on the nominal date", () => {
    fc.assert(
      fc.property(dateArb, periodArb, fc.boolean(), (start, period, agreed) => {
        const t = agreed
          ? computeDeadline({ start, period, kind: "agreed" })
          : computeDeadline({ start, period, kind: "statutory", direction: "before" });
        expect(t.end).toBe(t.nominalEnd);
        expect(t.extensions).toEqual([]);
        if (!agreed) expect(t.end < t.start).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("a statutory period never ends earlier than the same agreed period, and is monotone in its start", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 12 }), (start, weeks) => {
        const period = `P${weeks}W`;
        const s = computeDeadline({ start, period, kind: "statutory" });
        const a = computeDeadline({ start, period, kind: "agreed" });
        expect(s.end >= a.end).toBe(true);
        const nextDay = new Date(Date.parse(start) + DAY).toISOString().slice(0, 10);
        expect(computeDeadline({ start: nextDay, period, kind: "statutory" }).end >= s.end).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
