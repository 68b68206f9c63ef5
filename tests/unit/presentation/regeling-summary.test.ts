import { describe, expect, it } from "vitest";
import {
  countPerStand,
  isBoundedRegeling,
  radenDecidingNow,
  SUMMARY_PARTICIPANTS,
  SUMMARY_ROWS,
  type RaadRow,
} from "@/lib/presentation/regeling-summary";

const raad = (naam: string, status: string | null, lastDay: string | null = null): RaadRow => ({
  naam,
  slug: naam.toLowerCase(),
  status,
  stand: status ?? "—",
  lastDay,
});

describe("isBoundedRegeling (public regeling page)", () => {
  it("shows a regeling with few participants completely, one with many as a summary unless asked for all", () => {
    expect(isBoundedRegeling(SUMMARY_PARTICIPANTS, false)).toBe(false);
    expect(isBoundedRegeling(SUMMARY_PARTICIPANTS + 1, false)).toBe(true);
    expect(isBoundedRegeling(30, true)).toBe(false);
  });
});

describe("countPerStand", () => {
  it("counts every stand once, the most frequent first and ties by text", () => {
    expect(countPerStand(["b", "a", "c", "a", "c", "a"])).toEqual([
      { stand: "a", count: 3 },
      { stand: "c", count: 2 },
      { stand: "b", count: 1 },
    ]);
    expect(countPerStand([])).toEqual([]);
  });

  it("adds up to the number of participants", () => {
    const stands = Array.from({ length: 30 }, (_, i) => `stand ${i % 7}`);
    expect(countPerStand(stands).reduce((s, c) => s + c.count, 0)).toBe(30);
  });
});

describe("radenDecidingNow", () => {
  it("keeps only raden that have to decide now, the nearest last day first, those without one last", () => {
    const r = radenDecidingNow([
      raad("Almere", "toestemming_verleend"),
      raad("Urk", "geagendeerd", "2027-02-01"),
      raad("Lelystad", "ontvangen", "2027-01-15"),
      raad("Dronten", "toestemming_ontvangen"),
      raad("Zeewolde", null),
      raad("Noordoostpolder", "nog_niet_ontvangen"),
      raad("Amsterdam", "herbesluit_nodig"),
      raad("Emmen", "geen_zienswijze"),
    ]);
    expect(r.total).toBe(4);
    expect(r.shown.map((x) => x.naam)).toEqual(["Lelystad", "Urk", "Amsterdam", "Dronten"]);
  });

  it("shows at most the limit and counts the rest", () => {
    const rows = Array.from({ length: 25 }, (_, i) =>
      raad(`G${String(i).padStart(2, "0")}`, "ontvangen", `2027-01-${String(25 - i).padStart(2, "0")}`),
    );
    const r = radenDecidingNow(rows);
    expect(r.total).toBe(25);
    expect(r.shown).toHaveLength(SUMMARY_ROWS);
    expect(r.shown[0].naam).toBe("G24");
    expect(r.shown.every((x, i) => i === 0 || (r.shown[i - 1].lastDay ?? "") <= (x.lastDay ?? ""))).toBe(true);
  });
});
