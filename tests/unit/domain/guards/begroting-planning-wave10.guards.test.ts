/**
 * Survivors of lib/domain/procedures/begroting-planning.ts in the wave-10 mutation run (issue 20 point 13): the
 * planning's warnings at their boundaries (Wgr art. 34b: 30 April is on time) and only when both dates they compare are
 * planned, and the raad item's Dutch label and grondslag.
 */
import { describe, expect, it } from "vitest";
import { planningRaadItems, planningWarnings } from "@/lib/domain";

describe("begroting planning: wave-10 survivors", () => {
  it("kaders on 30 April j-1 are on time, on 1 May late (art. 34b)", () => {
    expect(planningWarnings(2028, { kadersOn: "2027-04-30" })).toEqual([]);
    expect(planningWarnings(2028, { kadersOn: "2027-05-01" })).toEqual([
      "De kaders gaan later dan 2027-04-30 naar de raden (artikel 34b Wgr).",
    ]);
  });

  it("a warning that compares two planned dates stays silent while one of them is not planned", () => {
    expect(planningWarnings(2028, { kadersOn: "2027-04-10" })).toEqual([]);
    expect(planningWarnings(2028, { ontwerpSentOn: "2027-04-20" })).toEqual([]);
    expect(planningWarnings(2028, { aanbiedingOn: "2027-07-13" })).toEqual([]);
    expect(planningWarnings(2028, { vaststellingOn: "2027-07-13" })).toEqual([]);
    expect(planningWarnings(2028, { ontwerpSentOn: "2027-04-20", vaststellingOn: "2027-04-21" })).toEqual([]);
  });

  it("the raad item names what the raad decides and its grondslag", () => {
    expect(planningRaadItems(2028, { ontwerpSentOn: "2027-03-05", aanbiedingOn: "2027-06-10" })).toEqual([
      {
        key: "zienswijze_ontwerpbegroting",
        label: "Zienswijze op de ontwerpbegroting",
        grondslag: "Wgr art. 35 lid 3",
        from: "2027-03-05",
        lastDay: "2027-06-09",
      },
    ]);
  });
});
