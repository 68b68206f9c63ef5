/**
 * Independent check of the Atw calendar 2023–2035 (issue 20 point 1): every expected date below
 * was worked out by hand from the law (Atw art. 1, 2, 3 and 4), the published Easter dates and the
 * gelijkstellingsbesluiten 2023–2025 and 2026–2028 — NOT with the engine's own helpers.
 * 2029–2035 have no decree yet: those rows are provisional, and where the Friday after
 * Hemelvaartsdag (or after a Thursday Nieuwjaarsdag/Koningsdag/2e Kerstdag) is at stake the
 * expected "likely" end is one working day or more later.
 */
import { describe, expect, it } from "vitest";
import { runDeadlineCommand } from "@/cli/commands/deadline";
import { computeDeadline, type DeadlineDirection, type DeadlineKind } from "@/lib/domain/deadlines";

// [start, period, expected end, provisional, likely end (or null), reason]
type Row = [string, string, string, boolean, string | null, string];

const P8W_ROWS: Row[] = [
  ["2023-02-10", "P8W", "2023-04-11", false, null, "Goede Vrijdag (art. 3 lid 2), weekend, 2e Paasdag → dinsdag"],
  ["2023-03-02", "P8W", "2023-05-01", false, null, "Koningsdag (do), 28-4 gelijkgesteld, weekend → maandag"],
  ["2023-03-03", "P8W", "2023-05-01", false, null, "28-4-2023 gelijkgesteld (besluit 2023–2025), weekend → maandag"],
  ["2023-03-10", "P8W", "2023-05-08", false, null, "5 mei (vr; ook buiten een lustrumjaar), weekend → maandag"],
  ["2023-03-23", "P8W", "2023-05-22", false, null, "Hemelvaartsdag, 19-5 gelijkgesteld, weekend → maandag"],
  ["2023-03-24", "P8W", "2023-05-22", false, null, "19-5-2023 gelijkgesteld, weekend → maandag"],
  ["2023-04-03", "P8W", "2023-05-30", false, null, "2e Pinksterdag → dinsdag"],
  ["2023-10-30", "P8W", "2023-12-27", false, null, "1e en 2e Kerstdag (ma/di) → woensdag"],
  ["2023-11-04", "P8W", "2024-01-02", false, null, "zaterdag, zondag, Nieuwjaarsdag 2024 (ma) → dinsdag"],
  ["2024-02-02", "P8W", "2024-04-02", false, null, "Goede Vrijdag, weekend, 2e Paasdag → dinsdag"],
  ["2024-03-02", "P8W", "2024-04-29", false, null, "Koningsdag op zaterdag, zondag → maandag"],
  ["2024-03-10", "P8W", "2024-05-06", false, null, "5 mei op zondag → maandag"],
  ["2024-03-14", "P8W", "2024-05-13", false, null, "Hemelvaartsdag, 10-5 gelijkgesteld, weekend → maandag"],
  ["2024-03-15", "P8W", "2024-05-13", false, null, "10-5-2024 gelijkgesteld, weekend → maandag"],
  ["2024-03-25", "P8W", "2024-05-21", false, null, "2e Pinksterdag → dinsdag"],
  ["2024-10-30", "P8W", "2024-12-30", false, null, "Kerst (wo/do), 27-12 gelijkgesteld, weekend → maandag"],
  ["2024-11-01", "P8W", "2024-12-30", false, null, "27-12-2024 gelijkgesteld, weekend → maandag"],
  ["2024-11-05", "P8W", "2024-12-31", false, null, "oudejaarsdag is een werkdag"],
  ["2024-11-06", "P8W", "2025-01-02", false, null, "Nieuwjaarsdag (wo) → donderdag"],
  ["2025-02-21", "P8W", "2025-04-22", false, null, "Goede Vrijdag, weekend, 2e Paasdag → dinsdag"],
  ["2025-03-01", "P8W", "2025-04-28", false, null, "Koningsdag op zaterdag 26-4 (27-4 is zondag) → maandag"],
  ["2025-03-10", "P8W", "2025-05-06", false, null, "5 mei (ma) → dinsdag"],
  ["2025-04-03", "P8W", "2025-06-02", false, null, "Hemelvaartsdag, 30-5 gelijkgesteld, weekend → maandag"],
  ["2025-04-04", "P8W", "2025-06-02", false, null, "30-5-2025 gelijkgesteld, weekend → maandag"],
  ["2025-04-14", "P8W", "2025-06-10", false, null, "2e Pinksterdag → dinsdag"],
  ["2025-10-31", "P8W", "2025-12-29", false, null, "2e Kerstdag (vr), weekend → maandag; 2025 heeft een besluit"],
  ["2025-11-06", "P8W", "2026-01-05", false, null, "Nieuwjaarsdag (do), 2-1 gelijkgesteld, weekend → maandag"],
  ["2026-03-10", "P8W", "2026-05-06", false, null, "5 mei (di); maandag 4 mei is geen gelijkgestelde dag"],
  ["2026-03-19", "P8W", "2026-05-18", false, null, "Hemelvaartsdag, 15-5 gelijkgesteld, weekend → maandag"],
  ["2026-10-30", "P8W", "2026-12-28", false, null, "1e Kerstdag (vr), 2e Kerstdag (za), zondag → maandag"],
  ["2027-03-02", "P8W", "2027-04-28", false, null, "Koningsdag (di) → woensdag; maandag 26-4 is geen brugdag"],
  ["2027-03-10", "P8W", "2027-05-10", false, null, "5 mei (wo), Hemelvaart (do), 7-5 gelijkgesteld, weekend → maandag"],
  ["2027-03-11", "P8W", "2027-05-10", false, null, "Hemelvaartsdag, 7-5 gelijkgesteld, weekend → maandag"],
  ["2027-10-30", "P8W", "2027-12-27", false, null, "Kerst in het weekend; maandag 27-12 is een werkdag"],
  ["2028-02-18", "P8W", "2028-04-18", false, null, "Goede Vrijdag, weekend, 2e Paasdag → dinsdag"],
  ["2028-03-02", "P8W", "2028-05-01", false, null, "Koningsdag (do), 28-4 gelijkgesteld, weekend → maandag"],
  ["2028-03-30", "P8W", "2028-05-29", false, null, "Hemelvaartsdag, 26-5 gelijkgesteld, weekend → maandag"],
  ["2029-02-02", "P8W", "2029-04-03", true, null, "Goede Vrijdag, weekend, 2e Paasdag → dinsdag (voorlopig)"],
  ["2029-03-02", "P8W", "2029-04-30", true, null, "Koningsdag (vr), weekend → maandag (voorlopig)"],
  [
    "2029-03-15",
    "P8W",
    "2029-05-11",
    true,
    "2029-05-14",
    "Hemelvaartsdag → vrijdag; vermoedelijk gelijkgesteld → maandag",
  ],
  ["2029-10-30", "P8W", "2029-12-27", true, null, "Kerst (di/wo) → donderdag (voorlopig)"],
  ["2029-11-06", "P8W", "2030-01-02", true, null, "Nieuwjaarsdag (di) → woensdag (voorlopig)"],
  [
    "2030-04-04",
    "P8W",
    "2030-05-31",
    true,
    "2030-06-03",
    "Hemelvaartsdag → vrijdag; vermoedelijk gelijkgesteld → maandag",
  ],
  ["2030-04-15", "P8W", "2030-06-11", true, null, "2e Pinksterdag → dinsdag (voorlopig)"],
  ["2031-03-01", "P8W", "2031-04-28", true, null, "Koningsdag op zaterdag 26-4 (27-4 is zondag) → maandag"],
  ["2031-03-10", "P8W", "2031-05-06", true, null, "5 mei (ma) → dinsdag"],
  ["2031-10-30", "P8W", "2031-12-29", true, null, "Kerst (do/vr), weekend → maandag"],
  [
    "2031-11-06",
    "P8W",
    "2032-01-02",
    true,
    "2032-01-05",
    "Nieuwjaarsdag (do) → vrijdag; vermoedelijk gelijkgesteld → maandag",
  ],
  ["2032-03-02", "P8W", "2032-04-28", true, null, "Koningsdag (di) → woensdag"],
  [
    "2032-03-11",
    "P8W",
    "2032-05-07",
    true,
    "2032-05-10",
    "Hemelvaartsdag → vrijdag; vermoedelijk gelijkgesteld → maandag",
  ],
  ["2033-03-02", "P8W", "2033-04-28", true, null, "Koningsdag (wo) → donderdag"],
  ["2033-03-10", "P8W", "2033-05-06", true, null, "5 mei (do) → vrijdag; de vrijdag na 5 mei werd nooit gelijkgesteld"],
  [
    "2033-03-31",
    "P8W",
    "2033-05-27",
    true,
    "2033-05-30",
    "Hemelvaartsdag → vrijdag; vermoedelijk gelijkgesteld → maandag",
  ],
  ["2034-02-10", "P8W", "2034-04-11", true, null, "Goede Vrijdag, weekend, 2e Paasdag → dinsdag"],
  [
    "2034-03-02",
    "P8W",
    "2034-04-28",
    true,
    "2034-05-01",
    "Koningsdag (do) → vrijdag; vermoedelijk gelijkgesteld → maandag",
  ],
  ["2034-10-30", "P8W", "2034-12-27", true, null, "Kerst (ma/di) → woensdag"],
  ["2034-11-06", "P8W", "2035-01-02", true, null, "Nieuwjaarsdag (ma) → dinsdag"],
  ["2035-01-26", "P8W", "2035-03-27", true, null, "Goede Vrijdag, weekend, 2e Paasdag → dinsdag"],
  [
    "2035-03-08",
    "P8W",
    "2035-05-04",
    true,
    "2035-05-07",
    "Hemelvaartsdag → vrijdag; vermoedelijk gelijkgesteld, dan za 5 mei, zo → maandag",
  ],
  ["2035-03-19", "P8W", "2035-05-15", true, null, "2e Pinksterdag → dinsdag"],
];

// Other lengths, short periods (art. 2) and the exclusions (art. 1 lid 2, art. 4, agreed periods).
const OTHER_ROWS: [string, string, DeadlineKind, DeadlineDirection, string, string][] = [
  [
    "2024-12-24",
    "P3D",
    "statutory",
    "after",
    "2024-12-31",
    "27-12 gelijkgesteld → ma 30-12; art. 2 vraagt twee werkdagen → di 31-12",
  ],
  ["2025-12-24", "P3D", "statutory", "after", "2025-12-30", "za 27-12 → ma 29-12; art. 2: enige werkdag → di 30-12"],
  [
    "2026-12-23",
    "P3D",
    "statutory",
    "after",
    "2026-12-28",
    "za 26-12 → ma 28-12; do 24-12 en ma 28-12 zijn twee werkdagen",
  ],
  [
    "2029-03-29",
    "P3D",
    "statutory",
    "after",
    "2029-04-04",
    "Pasen: zo 1-4, 2e Paasdag, di 3-4 enige werkdag → art. 2 → wo 4-4",
  ],
  ["2023-12-25", "P1W", "statutory", "after", "2024-01-02", "Nieuwjaarsdag 2024 (ma) → dinsdag"],
  ["2026-12-18", "P2W", "statutory", "after", "2027-01-04", "Nieuwjaarsdag 2027 (vr), weekend → maandag"],
  [
    "2026-01-09",
    "P12W",
    "statutory",
    "after",
    "2026-04-07",
    "12 weken eindigt op Goede Vrijdag 2026 → dinsdag na Pasen",
  ],
  ["2025-09-26", "P13W", "statutory", "after", "2025-12-26", "meer dan twaalf weken: art. 4, geen verlenging"],
  ["2026-05-28", "P2W", "statutory", "before", "2026-05-14", "teruggerekend: art. 1 lid 2, blijft op Hemelvaartsdag"],
  ["2026-11-27", "P4W", "agreed", "after", "2026-12-25", "afgesproken termijn: geen Atw, blijft op 1e Kerstdag"],
];

describe("Atw deadlines 2023–2035 against an independent table", () => {
  it("the table is large enough and covers every year 2023–2035", () => {
    expect(P8W_ROWS.length + OTHER_ROWS.length).toBeGreaterThanOrEqual(40);
    const years = new Set(P8W_ROWS.map((r) => Number(r[2].slice(0, 4))));
    for (let y = 2023; y <= 2035; y += 1) expect(years.has(y)).toBe(true);
  });

  it.each(P8W_ROWS)("%s + %s → %s (voorlopig %s, vermoedelijk %s): %s", (start, period, end, provisional, likely) => {
    const t = computeDeadline({ start, period, kind: "statutory" });
    expect(t.end).toBe(end);
    expect(t.provisional).toBe(provisional);
    expect(t.likelyEnd ?? null).toBe(likely);
    // `gr-volg deadline` gives the same answer
    const cli = JSON.parse(runDeadlineCommand({ start, period }).stdout);
    expect([cli.end, cli.provisional, cli.likelyEnd ?? null]).toEqual([end, provisional, likely]);
  });

  it.each(OTHER_ROWS)("%s %s (%s, %s) → %s: %s", (start, period, kind, direction, end) => {
    expect(computeDeadline({ start, period, kind, direction }).end).toBe(end);
    expect(JSON.parse(runDeadlineCommand({ start, period, kind, direction }).stdout).end).toBe(end);
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
