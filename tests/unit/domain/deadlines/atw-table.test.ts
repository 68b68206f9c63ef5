/**
 * Independent check of the Atw calendar 2023–2035 (issue 20 point 1). The expected dates are in
 * atw-table.tsv, worked out by hand from the law (Atw art. 1, 2, 3 and 4), the published Easter
 * dates and the gelijkstellingsbesluiten 2023–2025 and 2026–2028 — NOT with the engine's own
 * helpers; each row has a one-line reason. 2029–2035 have no decree yet: those rows are
 * provisional, and where the Friday after Hemelvaartsdag (or after a Thursday Nieuwjaarsdag,
 * Koningsdag or 2e Kerstdag) is at stake the "likely" end is later.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDeadlineCommand } from "@/cli/commands/deadline";
import { computeDeadline, type DeadlineDirection, type DeadlineKind } from "@/lib/domain/deadlines";

interface Row {
  start: string;
  period: string;
  kind: DeadlineKind;
  direction: DeadlineDirection;
  end: string;
  provisional: boolean;
  likely: string | null;
  reason: string;
}

const ROWS: Row[] = readFileSync(join(__dirname, "atw-table.tsv"), "utf8")
  .split("\n")
  .filter((line) => /^\d{4}-/.test(line))
  .map((line) => {
    const [start, period, kind, direction, end, provisional, likely, reason] = line.split("\t");
    return {
      start,
      period,
      kind: kind as DeadlineKind,
      direction: direction as DeadlineDirection,
      end,
      provisional: provisional === "ja",
      likely: likely === "-" ? null : likely,
      reason,
    };
  });

describe("Atw deadlines 2023–2035 against an independent table", () => {
  it("the table is large enough and covers every year 2023–2035", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    expect(ROWS.every((r) => r.reason.length > 5)).toBe(true);
    const years = new Set(ROWS.map((r) => Number(r.end.slice(0, 4))));
    for (let y = 2023; y <= 2035; y += 1) expect(years.has(y)).toBe(true);
  });

  it.each(ROWS)("$start + $period ($kind, $direction) → $end: $reason", (row) => {
    const { start, period, kind, direction } = row;
    const t = computeDeadline({ start, period, kind, direction });
    expect([t.end, t.provisional, t.likelyEnd ?? null]).toEqual([row.end, row.provisional, row.likely]);
    // `gr-volg deadline` gives the same answer
    const cli = JSON.parse(runDeadlineCommand({ start, period, kind, direction }).stdout);
    expect([cli.end, cli.provisional, cli.likelyEnd ?? null]).toEqual([row.end, row.provisional, row.likely]);
  });
});

describe("the trace of a provisional deadline says where it will probably move", () => {
  it("Hemelvaart 2029: names the Friday after Hemelvaartsdag and the later likely end", () => {
    const t = computeDeadline({ start: "2029-03-15", period: "P8W", kind: "statutory" });
    const text = t.notes.join(" ");
    expect(text).toContain("geen gelijkstellingsbesluit bekend voor 2029 (wel voor 2023–2028)");
    expect(text).toContain("2029-05-11 is een vrijdag na Hemelvaartsdag");
    expect(text).toContain("vermoedelijk op 2029-05-14 in plaats van 2029-05-11");
  });

  it("Goede Vrijdag 2029: no move expected, but a decree can only make it later", () => {
    const t = computeDeadline({ start: "2029-02-02", period: "P8W", kind: "statutory" });
    expect(t.likelyEnd).toBeUndefined();
    expect(t.notes.join(" ")).toContain("kan later worden, nooit eerder");
  });

  it("a deadline in a decree year has no provisional notes", () => {
    const t = computeDeadline({ start: "2025-04-03", period: "P8W", kind: "statutory" });
    expect(t.notes.join(" ")).not.toMatch(/Voorlopig|gelijkstellingsbesluit bekend/);
  });
});
