/** Wave 10 (issue 20 point 13): planning on Atw working days (lib/domain/forecast/calendar.ts), Awb art. 3:40. */
import { describe, expect, it } from "vitest";
import { dutchDay, earliestInForceAfter, publicationDeadline, WorkingDays } from "@/lib/domain";

const days = new WorkingDays();

describe("forecast calendar", () => {
  it("moves to working days around Christmas 2026 (Thu 24, Fri 25 and Sat 26 December)", () => {
    expect(days.isWorkingDay("2026-12-24")).toBe(true);
    expect(days.isWorkingDay("2026-12-25")).toBe(false);
    expect(days.onOrAfter("2026-12-24")).toBe("2026-12-24");
    expect(days.onOrAfter("2026-12-25")).toBe("2026-12-28");
    expect(days.onOrBefore("2026-12-27")).toBe("2026-12-24");
    expect(days.onOrBefore("2026-12-28")).toBe("2026-12-28");
    expect(days.after("2026-12-25", 0)).toBe("2026-12-28");
    expect(days.after("2026-12-24", 1)).toBe("2026-12-28");
    expect(days.before("2026-12-27", 0)).toBe("2026-12-24");
    expect(days.before("2026-12-27", 1)).toBe("2026-12-23");
    expect(days.reason("2026-12-25")).toBe("1e Kerstdag (Atw art. 3 lid 1)");
    expect(days.reason("2026-12-24")).toBeNull();
  });

  it("Awb art. 3:40: publication by the last working day before the in-force date; in force the day after", () => {
    expect(publicationDeadline("2027-01-01", days)).toBe("2026-12-31");
    expect(publicationDeadline("2026-12-28", days)).toBe("2026-12-24");
    expect(earliestInForceAfter("2026-12-31")).toBe("2027-01-01");
    expect(dutchDay("2027-01-26")).toBe("26 januari 2027");
  });
});
