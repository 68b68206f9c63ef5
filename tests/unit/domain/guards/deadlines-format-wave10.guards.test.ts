/** Wave 10 (issue 20 point 13): the Dutch texts of lib/domain/deadlines/format.ts, shown in timelines and the CLI. */
import { describe, expect, it } from "vitest";
import { computeDeadline, explainDeadline, formatShortDutchDate } from "@/lib/domain";

describe("deadlines/format.ts", () => {
  it("formatShortDutchDate pads day and month", () => {
    expect(formatShortDutchDate("2026-05-06")).toBe("06-05-2026");
    expect(formatShortDutchDate("2026-12-31")).toBe("31-12-2026");
  });

  it("explains a statutory period counted forwards, line by line", () => {
    const t = computeDeadline({ start: "2026-11-02", period: "P12D", kind: "statutory" });
    expect(explainDeadline(t)).toEqual([
      "Start: maandag 2 november 2026; termijn P12D (wettelijk, vooruitgerekend).",
      "Nominaal einde: zaterdag 14 november 2026.",
      "Niet op zaterdag 14 november 2026: zaterdag.",
      "Niet op zondag 15 november 2026: zondag.",
      "Einde termijn: maandag 16 november 2026.",
      "Verlengd van 2026-11-14 tot en met 2026-11-16 (Algemene termijnenwet, 12 dagen na 2026-11-02).",
    ]);
  });

  it("explains an agreed period counted back, and marks a provisional end", () => {
    const back = computeDeadline({ start: "2026-11-28", period: "P2W", kind: "agreed", direction: "before" });
    expect(explainDeadline(back).slice(0, 3)).toEqual([
      "Start: zaterdag 28 november 2026; termijn P2W (afgesproken, teruggerekend).",
      "Nominaal einde: zaterdag 14 november 2026.",
      "Einde termijn: zaterdag 14 november 2026.",
    ]);
    const open = computeDeadline({ start: "2029-04-27", period: "P2W", kind: "statutory" });
    expect(explainDeadline(open)[2]).toBe("Einde termijn: vrijdag 11 mei 2029 (voorlopig).");
  });
});
