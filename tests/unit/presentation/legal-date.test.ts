import { describe, expect, it } from "vitest";
import {
  legalDateOf,
  sortByLegalDate,
  versionAdoptionDates,
  versionDateFact,
  zienswijzeDatesText,
} from "@/lib/presentation/legal-date";

describe("legalDateOf", () => {
  it("reads the raadsbesluit's date, the agenda date and the version's adoption date from a step's payload", () => {
    expect(legalDateOf({ type: "toestemming_verleend", decision: { decidedOn: "2026-10-15" } })).toBe("2026-10-15");
    expect(legalDateOf({ agenda: { commissieDate: "2026-10-01", raadDate: "2026-10-15" } })).toBe("2026-10-15");
    expect(legalDateOf({ agenda: { commissieDate: "2026-10-01" } })).toBe("2026-10-01");
    expect(legalDateOf({ type: "definitieve_versie_vastgesteld", createdOn: "2026-06-10" })).toBe("2026-06-10");
    expect(legalDateOf({ receivedOn: "2026-05-12" })).toBe("2026-05-12");
  });
  it("has none for a payload without a date", () => {
    expect(legalDateOf({ reason: "x" })).toBeNull();
    expect(legalDateOf(null)).toBeNull();
    expect(legalDateOf({ decidedOn: "15-10-2026" })).toBeNull();
  });
});

describe("sortByLegalDate", () => {
  it("lists a besluit registered later but dated earlier before the later step", () => {
    const events = [
      { id: 1, at: new Date("2026-03-26T09:00:00Z"), payload: { agenda: { raadDate: "2026-03-25" } } },
      { id: 2, at: new Date("2026-03-27T09:00:00Z"), payload: { decision: { decidedOn: "2026-03-20" } } },
      { id: 3, at: new Date("2026-03-21T23:30:00Z"), payload: { note: "zonder datum" } },
    ];
    const sorted = sortByLegalDate(events);
    expect(sorted.map((e) => e.id)).toEqual([2, 3, 1]);
    // without a legal date: the registration day in the Netherlands (23:30 UTC is already the 22nd there)
    expect(sorted[1].legalDate).toBe("2026-03-22");
  });
});

describe("zienswijzeDatesText", () => {
  it("shows the submission date as 'ingediend op', never the adoption date", () => {
    const text = zienswijzeDatesText({
      status: "INGEDIEND",
      ingediendOp: "2026-06-10",
      besluit: { besluitdatum: "2026-06-03" },
    });
    expect(text).toBe("Vastgesteld op 3 juni 2026, ingediend op 10 juni 2026");
  });
  it("an adopted, not yet submitted zienswijze shows only its adoption", () => {
    expect(
      zienswijzeDatesText({ status: "VASTGESTELD", ingediendOp: null, besluit: { besluitdatum: "2026-06-03" } }),
    ).toBe("Vastgesteld op 3 juni 2026");
  });
});

describe("versionDateFact", () => {
  it("dates the May concept by its adoption, not by the day it was entered", () => {
    const entered = new Date("2026-12-01T10:00:00Z");
    expect(versionDateFact({ adoptedOn: "2026-05-12", publishedAt: entered })).toEqual({
      label: "Vastgesteld op",
      value: "12 mei 2026",
    });
    expect(versionDateFact({ adoptedOn: null, publishedAt: entered }).label).toBe("Ingevoerd in GR-volg op");
  });
});

describe("versionAdoptionDates", () => {
  it("reads each version's adoption date from the regional tracks, and skips versions without one", () => {
    const dates = versionAdoptionDates([
      { documentVersions: [{ id: "v1", createdOn: "2026-04-01" }, { id: "v2" }] },
      null,
      { documentVersions: [{ id: "v3", createdOn: "2026-09-15" }] },
    ]);
    expect([...dates]).toEqual([
      ["v1", "2026-04-01"],
      ["v3", "2026-09-15"],
    ]);
  });
});
