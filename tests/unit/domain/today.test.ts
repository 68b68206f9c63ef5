import { describe, expect, it } from "vitest";
import { dateInAmsterdam, todayInNetherlands } from "@/lib/domain";

describe("todayInNetherlands: the calendar date in Amsterdam, not in UTC", () => {
  it("is already tomorrow between 00:00 and 01:00 in winter (UTC+1)", () => {
    expect(todayInNetherlands(new Date("2026-12-01T22:59:59Z"))).toBe("2026-12-01");
    expect(todayInNetherlands(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-02");
  });

  it("is already tomorrow between 00:00 and 02:00 in summer (UTC+2)", () => {
    expect(todayInNetherlands(new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
    expect(todayInNetherlands(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
  });

  it("agrees with the domain's date of a timestamp, and refuses an invalid date", () => {
    expect(dateInAmsterdam("2026-03-29T00:30:00Z")).toBe(todayInNetherlands(new Date("2026-03-29T00:30:00Z")));
    expect(() => todayInNetherlands(new Date("not a date"))).toThrow(/Ongeldige datum/);
  });
});
