/**
 * Wave 10 (issue 20 point 13): Algemene termijnenwet art. 4 for periods with months, and the other survivors of
 * `lib/domain/deadlines/compute.ts`. See docs/rules.md R18a for the text relied on.
 */
import { describe, expect, it } from "vitest";
import {
  applyDuration,
  art4Exclusion,
  computeDeadline,
  DEFAULT_FORECAST_DURATIONS,
  latestDates,
  parseDuration,
  WorkingDays,
} from "@/lib/domain";

const d = (text: string) => parseDuration(text);
const MONTHS = "Atw art. 4: een termijn van meer dan drie maanden wordt niet verlengd";

describe("Atw art. 4: a period with months is excluded when it ends after start + 3 months", () => {
  it("a month plus more than 90 days is longer than three months (it used to be extended)", () => {
    expect(art4Exclusion(d("P1M91D"), "2026-01-15")).toBe(MONTHS);
    // Ends on Sunday 2026-05-17: excluded, so not moved to Monday.
    const t = computeDeadline({ start: "2026-01-15", period: "P1M91D", kind: "statutory" });
    expect(t).toMatchObject({ nominalEnd: "2026-05-17", end: "2026-05-17", extensions: [], provisional: false });
    expect(t.notes).toEqual([MONTHS]);
  });

  it("boundary: exactly three months is extended, one day more is not (start 2026-01-15 → 2026-04-15)", () => {
    expect(art4Exclusion(d("P2M31D"), "2026-01-15")).toBeNull();
    expect(art4Exclusion(d("P2M32D"), "2026-01-15")).toBe(MONTHS);
    expect(art4Exclusion(d("P1M8W"), "2026-01-15")).toBeNull();
    expect(art4Exclusion(d("P1M9W"), "2026-01-15")).toBe(MONTHS);
  });

  it("the boundary follows February: 2 months and 29 days is longer than three months in 2027, not in 2028", () => {
    expect(art4Exclusion(d("P2M28D"), "2026-12-01")).toBeNull();
    expect(art4Exclusion(d("P2M29D"), "2026-12-01")).toBe(MONTHS);
    expect(art4Exclusion(d("P2M29D"), "2027-12-01")).toBeNull();
    expect(art4Exclusion(d("P2M30D"), "2027-12-01")).toBe(MONTHS);
  });

  it("ending on a Sunday: 1 month and 8 weeks is extended to Monday, 1 month and 9 weeks is not", () => {
    const within = computeDeadline({ start: "2026-01-15", period: "P1M8W", kind: "statutory" });
    expect(within).toMatchObject({ nominalEnd: "2026-04-12", end: "2026-04-13" });
    expect(within.extensions.map((e) => [e.date, e.rule])).toEqual([["2026-04-12", "atw_art_1_lid_1"]]);
    const longer = computeDeadline({ start: "2026-01-15", period: "P1M9W", kind: "statutory" });
    expect(longer).toMatchObject({ nominalEnd: "2026-04-19", end: "2026-04-19", extensions: [] });
    expect(longer.notes).toEqual([MONTHS]);
  });

  it("the exact notes of the other art. 4 grounds", () => {
    expect(art4Exclusion(d("P1Y"), "2026-01-15")).toBe("Atw art. 4: een termijn in jaren wordt niet verlengd");
    expect(art4Exclusion(d("P13W"), "2026-01-15")).toBe(
      "Atw art. 4: een termijn van meer dan twaalf weken wordt niet verlengd",
    );
    expect(art4Exclusion(d("P91D"), "2026-01-15")).toBe(
      "Atw art. 4: een termijn van meer dan 90 dagen wordt niet verlengd",
    );
  });
});

describe("compute.ts: other survivors of the mutation run", () => {
  it("applies two or more years as whole years, before months (R20 counting)", () => {
    expect(applyDuration("2026-03-31", d("P2Y"), true)).toBe("2024-03-31");
    expect(applyDuration("2024-02-29", d("P2Y1M"), false)).toBe("2026-03-28");
  });

  it("Atw art. 3 lid 3: a provisional end on the likely Friday after Hemelvaartsdag names that day and the later end", () => {
    const t = computeDeadline({ start: "2029-04-27", period: "P2W", kind: "statutory" });
    expect(t).toMatchObject({ end: "2029-05-11", extensions: [], provisional: true, likelyEnd: "2029-05-14" });
    expect(t.notes).toEqual([
      "geen gelijkstellingsbesluit bekend voor 2029 (wel voor 2023–2028)",
      "Voorlopig: 2029-05-11 is een vrijdag na Hemelvaartsdag (vermoedelijk gelijkgesteld), zoals in elk besluit tot nu toe; de termijn eindigt dan vermoedelijk op 2029-05-14 in plaats van 2029-05-11 (later, nooit eerder).",
    ]);
  });

  it("a short period over New Year names the open years in order", () => {
    const t = computeDeadline({ start: "2029-12-30", period: "P3D", kind: "statutory" });
    expect(t).toMatchObject({ end: "2030-01-02", provisional: true });
    expect(t.notes.slice(0, 2)).toEqual([
      "geen gelijkstellingsbesluit bekend voor 2029 (wel voor 2023–2028)",
      "geen gelijkstellingsbesluit bekend voor 2030 (wel voor 2023–2028)",
    ]);
  });
});

describe("Atw art. 3 lid 3: only a short period depends on the days of a year without decree", () => {
  it("a period with five working days in 2022 (no decree known) ending in 2023 (decree known) is final", () => {
    const t = computeDeadline({ start: "2022-12-20", period: "P3W", kind: "statutory" });
    expect(t).toMatchObject({ end: "2023-01-10", provisional: false, notes: [] });
  });

  it("a short period in such a year is provisional", () => {
    const t = computeDeadline({ start: "2022-12-21", period: "P3D", kind: "statutory" });
    expect(t).toMatchObject({ end: "2022-12-27", provisional: true });
    expect(t.notes[0]).toBe("geen gelijkstellingsbesluit bekend voor 2022 (wel voor 2023–2028)");
  });
});

describe("forecast/work-back.ts: Awb art. 3:40, the latest dates on the gemeente's own meeting calendar", () => {
  it("takes the last meeting on or before each limit, and the raad at least one day before the college", () => {
    const cal = {
      raad: ["2026-12-10", "2026-12-15", "2026-12-17"],
      college: ["2026-12-08", "2026-12-15", "2026-12-16", "2026-12-22"],
      hasRaad: true,
      hasCollege: true,
    };
    expect(latestDates(null, cal, "2026-12-18", { ...DEFAULT_FORECAST_DURATIONS }, new WorkingDays())).toEqual({
      publication: "2026-12-18",
      signing: "2026-12-16",
      college: "2026-12-16",
      raad: "2026-12-15",
    });
  });
});

describe("Atw art. 3 lid 3: the provisional note names the likely gelijkgestelde dag that moves the end", () => {
  it("art. 2: a likely day within a short period (the end moves by art. 2), not the art. 2 reason", () => {
    const t = computeDeadline({ start: "2029-05-09", period: "P3D", kind: "statutory" });
    expect(t).toMatchObject({ end: "2029-05-14", likelyEnd: "2029-05-15" });
    expect(t.notes.at(-1)).toBe(
      "Voorlopig: 2029-05-11 is een vrijdag na Hemelvaartsdag (vermoedelijk gelijkgesteld), zoals in elk besluit tot nu toe; de termijn eindigt dan vermoedelijk op 2029-05-15 in plaats van 2029-05-14 (later, nooit eerder).",
    );
  });

  it.each([
    // 2030 also has a likely day after the end (27 December); 2032 one listed after Hemelvaart but earlier (2 January).
    ["2030-05-17", "2030-05-31", "2030-06-03"],
    ["2032-04-23", "2032-05-07", "2032-05-10"],
  ])("from %s the end %s on the Friday after Hemelvaartsdag will probably move to %s", (start, end, likelyEnd) => {
    const t = computeDeadline({ start, period: "P2W", kind: "statutory" });
    expect(t).toMatchObject({ end, likelyEnd });
    expect(t.notes.at(-1)).toBe(
      `Voorlopig: ${end} is een vrijdag na Hemelvaartsdag (vermoedelijk gelijkgesteld), zoals in elk besluit tot nu toe; de termijn eindigt dan vermoedelijk op ${likelyEnd} in plaats van ${end} (later, nooit eerder).`,
    );
  });
});
