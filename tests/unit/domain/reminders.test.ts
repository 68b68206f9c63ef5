import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, dueReminders, type ReminderRulesInput } from "@/lib/domain";

const base = (
  today: string,
  over: Partial<ReminderRulesInput["procedures"][number]["participants"][number]> = {},
): ReminderRulesInput => ({
  today,
  leadDays: [14, 3],
  announceWithinDays: 7,
  procedures: [
    {
      id: "p1",
      title: "Treffen GR",
      openings: [{ step: "zienswijzeprocedure", openedOn: "2026-05-01" }],
      participants: [
        {
          id: "urk",
          name: "Urk",
          inScope: true,
          open: true,
          deadline: { label: "Zienswijze", end: "2026-07-07" },
          ...over,
        },
        {
          id: "zeewolde",
          name: "Zeewolde",
          inScope: false,
          open: true,
          deadline: { label: "Zienswijze", end: "2026-07-07" },
        },
      ],
    },
  ],
});

const kinds = (input: ReminderRulesInput) => dueReminders(input).map((r) => r.key);

describe("reminder rules", () => {
  it("announces an opened procedure to every participant in scope, only shortly after opening", () => {
    expect(kinds(base("2026-05-03"))).toEqual(["procedure_geopend:zienswijzeprocedure:p1:urk"]);
    expect(kinds(base("2026-04-30"))).toEqual([]);
    expect(kinds(base("2026-05-09"))).toEqual([]);
  });

  it("reminds in the most urgent window before a deadline, with a key per window", () => {
    expect(kinds(base("2026-06-22"))).toEqual([]); // 15 days left
    expect(kinds(base("2026-06-23"))).toEqual(["termijn_nadert:p1:urk:2026-07-07:14"]);
    expect(kinds(base("2026-07-03"))).toEqual(["termijn_nadert:p1:urk:2026-07-07:14"]); // 4 days left
    expect(kinds(base("2026-07-04"))).toEqual(["termijn_nadert:p1:urk:2026-07-07:3"]);
    expect(kinds(base("2026-07-07"))).toEqual(["termijn_nadert:p1:urk:2026-07-07:3"]);
    expect(kinds(base("2026-07-08"))).toEqual([]);
  });

  it("does not remind a raad that already decided, nor one outside the scope", () => {
    expect(kinds(base("2026-07-04", { open: false }))).toEqual([]);
    expect(kinds(base("2026-07-04", { inScope: false }))).toEqual([]);
  });

  it("tells the secretariat when a participant is at risk, once per status", () => {
    const due = dueReminders(base("2026-06-01", { forecastStatus: "risico" }));
    expect(due.map((r) => [r.key, r.audience])).toEqual([["risico:p1:urk:risico", "secretariaat"]]);
    expect(kinds(base("2026-06-01", { forecastStatus: "op_schema" }))).toEqual([]);
  });

  it("over any run of days, sends at most one reminder per window and all keys are distinct per day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 60 }), (startOffset, days) => {
        const keys = new Set<string>();
        let count = 0;
        for (let d = 0; d < days; d++) {
          const due = dueReminders(base(addDays("2026-05-01", startOffset + d))).filter(
            (r) => r.kind === "termijn_nadert",
          );
          expect(new Set(due.map((r) => r.key)).size).toBe(due.length);
          for (const r of due) keys.add(r.key);
          count += due.length;
        }
        // Two windows (14 and 3 days) per deadline: never more distinct reminders than that.
        expect(keys.size).toBeLessThanOrEqual(2);
        expect(count).toBeGreaterThanOrEqual(keys.size);
      }),
    );
  });
});
