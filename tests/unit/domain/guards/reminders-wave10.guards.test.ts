/** Wave 10 (issue 20 point 13): every condition of lib/domain/reminders.ts, pinned by the whole output. */
import { describe, expect, it } from "vitest";
import { dueReminders, type ReminderRulesInput, reminderWindowStart } from "@/lib/domain";

type P = ReminderRulesInput["procedures"][number]["participants"][number];
const part = (id: string, extra: Partial<P> = {}): P => ({
  id,
  name: `Gemeente ${id}`,
  inScope: true,
  open: true,
  ...extra,
});

const run = (today: string, participants: P[], openedOn = "2026-11-01", leadDays = [14, 3, 3, 2.5, -1]) =>
  dueReminders({
    today,
    leadDays,
    announceWithinDays: 7,
    procedures: [{ id: "gr1", title: "GR Jeugd", openings: [{ step: "zienswijzeprocedure", openedOn }], participants }],
  });

const keys = (r: ReturnType<typeof run>) => r.map((x) => x.key);

describe("reminders: announcements, deadline windows and risks", () => {
  it("announces an opening from the day itself up to announceWithinDays later, only to participants in scope", () => {
    const ps = [part("a"), part("b", { inScope: false })];
    expect(keys(run("2026-10-31", ps))).toEqual([]);
    expect(run("2026-11-01", ps)).toEqual([
      {
        key: "procedure_geopend:zienswijzeprocedure:gr1:a",
        kind: "procedure_geopend",
        procedureId: "gr1",
        audience: { participantId: "a" },
        facts: { procedure: "GR Jeugd", stap: "zienswijzeprocedure", geopendOp: "2026-11-01", deelnemer: "Gemeente a" },
      },
    ]);
    expect(keys(run("2026-11-08", ps))).toEqual(["procedure_geopend:zienswijzeprocedure:gr1:a"]);
    expect(keys(run("2026-11-09", ps))).toEqual([]);
  });

  it("reminds in the most urgent window that started, up to and including the end, only when open and in scope", () => {
    const deadline = { label: "zienswijzetermijn", end: "2026-12-20" };
    const ps = [
      part("a", { deadline }),
      part("b", { deadline, open: false }),
      part("c", { deadline, inScope: false }),
      part("d"),
    ];
    const at = (today: string) => keys(run(today, ps, "2026-01-01"));
    expect(at("2026-12-05")).toEqual([]);
    expect(at("2026-12-06")).toEqual(["termijn_nadert:gr1:a:2026-12-20:14"]);
    expect(at("2026-12-16")).toEqual(["termijn_nadert:gr1:a:2026-12-20:14"]);
    expect(at("2026-12-17")).toEqual(["termijn_nadert:gr1:a:2026-12-20:3"]);
    expect(at("2026-12-20")).toEqual(["termijn_nadert:gr1:a:2026-12-20:3"]);
    expect(at("2026-12-21")).toEqual([]);
    expect(run("2026-12-18", ps, "2026-01-01")[0]).toEqual({
      key: "termijn_nadert:gr1:a:2026-12-20:3",
      kind: "termijn_nadert",
      procedureId: "gr1",
      audience: { participantId: "a" },
      facts: {
        procedure: "GR Jeugd",
        termijn: "zienswijzetermijn",
        einddatum: "2026-12-20",
        dagenOver: 2,
        deelnemer: "Gemeente a",
      },
    });
    // A lead of 0 days reminds on the last day only; negative and fractional leads are ignored.
    expect(keys(run("2026-12-20", ps, "2026-01-01", [0, -3, 0.5]))).toEqual(["termijn_nadert:gr1:a:2026-12-20:0"]);
    expect(keys(run("2026-12-19", ps, "2026-01-01", [0, -3, 1.5]))).toEqual([]);
  });

  it("tells the secretariaat about a participant in scope at risk or too late", () => {
    const ps = [
      part("a", { forecastStatus: "risico" }),
      part("b", { forecastStatus: "te_laat" }),
      part("c", { forecastStatus: "op_schema" }),
      part("d", { forecastStatus: "te_laat", inScope: false }),
    ];
    const r = run("2026-01-01", ps, "2025-01-01");
    expect(r).toEqual([
      {
        key: "risico:gr1:a:risico",
        kind: "risico",
        procedureId: "gr1",
        audience: "secretariaat",
        facts: { procedure: "GR Jeugd", deelnemer: "Gemeente a", status: "risico" },
      },
      {
        key: "risico:gr1:b:te_laat",
        kind: "risico",
        procedureId: "gr1",
        audience: "secretariaat",
        facts: { procedure: "GR Jeugd", deelnemer: "Gemeente b", status: "te_laat" },
      },
    ]);
  });

  it("reminderWindowStart is the end minus the lead days", () => {
    expect(reminderWindowStart("2026-12-20", 14)).toBe("2026-12-06");
  });
});
