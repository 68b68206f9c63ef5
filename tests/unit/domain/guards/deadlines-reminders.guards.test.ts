import { describe, expect, it } from "vitest";
import {
  applyDuration,
  art4Exclusion,
  computeDeadline,
  DeadlineInputError,
  describeDuration,
  dueReminders,
  formatDuration,
  parseDuration,
  reminderWindowStart,
  type ReminderRulesInput,
} from "@/lib/domain";

const d = (text: string) => parseDuration(text);

describe("Algemene termijnenwet: which periods are extended (compute.ts, existing behaviour)", () => {
  it("Atw art. 4: years, more than three months, more than twelve weeks and more than 90 days are never extended", () => {
    expect(art4Exclusion(d("P1Y"), "2026-01-15")).toContain("jaren");
    expect(art4Exclusion(d("P4M"), "2026-01-15")).toContain("drie maanden");
    expect(art4Exclusion(d("P3M1D"), "2026-01-15")).toContain("drie maanden");
    expect(art4Exclusion(d("P3M1W"), "2026-01-15")).toContain("drie maanden");
    expect(art4Exclusion(d("P3M"), "2026-01-15")).toBeNull();
    expect(art4Exclusion(d("P2M3W"), "2026-01-15")).toBeNull();
    expect(art4Exclusion(d("P12W"), "2026-01-15")).toBeNull();
    expect(art4Exclusion(d("P11W7D"), "2026-01-15")).toBeNull();
    expect(art4Exclusion(d("P12W1D"), "2026-01-15")).toContain("twaalf weken");
    expect(art4Exclusion(d("P90D"), "2026-01-15")).toBeNull();
    expect(art4Exclusion(d("P91D"), "2026-01-15")).toContain("90 dagen");
  });

  it("applies a duration forwards and backwards without any extension", () => {
    expect(applyDuration("2026-01-31", d("P1M1W2D"), false)).toBe("2026-03-09");
    expect(applyDuration("2026-03-31", d("P1Y1M"), true)).toBe("2025-02-28");
    expect(applyDuration("2026-05-01", d("P2W"), true)).toBe("2026-04-17");
  });

  it("Atw art. 1 lid 1: a statutory period ending on a Saturday ends on the next Monday", () => {
    const t = computeDeadline({ start: "2026-11-02", period: "P12D", kind: "statutory" });
    expect(t).toMatchObject({
      nominalEnd: "2026-11-14",
      end: "2026-11-16",
      direction: "after",
      period: "P12D",
      kind: "statutory",
    });
    expect(t.extensions.map((e) => [e.date, e.rule])).toEqual([
      ["2026-11-14", "atw_art_1_lid_1"],
      ["2026-11-15", "atw_art_1_lid_1"],
    ]);
    expect(t.notes.at(-1)).toBe(
      "Verlengd van 2026-11-14 tot en met 2026-11-16 (Algemene termijnenwet, 12 dagen na 2026-11-02).",
    );
  });

  it("R18: an agreed period is never extended; Atw art. 1 lid 2: nor one counted backwards", () => {
    const agreed = computeDeadline({ start: "2026-11-02", period: "P12D", kind: "agreed" });
    expect(agreed).toMatchObject({ end: "2026-11-14", extensions: [], provisional: false });
    expect(agreed.notes[0]).toContain("Afgesproken termijn");
    const back = computeDeadline({ start: "2026-11-28", period: "P2W", kind: "statutory", direction: "before" });
    expect(back).toMatchObject({ end: "2026-11-14", direction: "before", extensions: [] });
    expect(back.notes).toEqual([
      "Atw art. 1 lid 2: een termijn die wordt bepaald door terugrekening wordt niet verlengd.",
    ]);
    const neg = computeDeadline({ start: "2026-11-28", period: "-P2W", kind: "statutory" });
    expect(neg).toMatchObject({ end: "2026-11-14", direction: "before" });
    expect(neg.notes).toHaveLength(1);
    const both = computeDeadline({ start: "2026-11-28", period: "-P2W", kind: "statutory", direction: "before" });
    expect(both.end).toBe("2026-11-14");
    expect(both.notes[0]).toContain("één keer teruggerekend");
  });

  it("Atw art. 4 excluded periods keep their nominal end, with the reason in the notes", () => {
    const t = computeDeadline({ start: "2026-02-14", period: "P13W", kind: "statutory" });
    expect(t).toMatchObject({ nominalEnd: "2026-05-16", end: "2026-05-16", extensions: [], provisional: false });
    expect(t.notes).toEqual([art4Exclusion(d("P13W"), "2026-01-15")]);
  });

  it("Atw art. 2 applies from three days: a two-day period ending on a Friday is not extended", () => {
    expect(computeDeadline({ start: "2026-11-04", period: "P2D", kind: "statutory" }).end).toBe("2026-11-06");
    // Three days from Thursday ends Sunday → Monday (art. 1), and then contains Friday and Monday: two working days.
    expect(computeDeadline({ start: "2026-11-05", period: "P3D", kind: "statutory" }).end).toBe("2026-11-09");
    // Three days from Friday ends Monday; only Monday is a working day, so art. 2 adds Tuesday.
    const t = computeDeadline({ start: "2026-11-06", period: "P3D", kind: "statutory" });
    expect(t.end).toBe("2026-11-10");
    expect(t.extensions.map((e) => e.rule)).toEqual(["atw_art_2"]);
  });

  it("refuses bad input with a code per field", () => {
    const code = (input: Parameters<typeof computeDeadline>[0]) => {
      try {
        computeDeadline(input);
      } catch (e) {
        expect(e).toBeInstanceOf(DeadlineInputError);
        return (e as DeadlineInputError).code;
      }
      return "geen fout";
    };
    expect(code({ start: "2026-02-30", period: "P8W", kind: "statutory" })).toBe("ongeldige_startdatum");
    expect(code({ start: "2026-02-03", period: "acht weken", kind: "statutory" })).toBe("ongeldige_termijn");
    expect(code({ start: "2026-02-03", period: "P8W", kind: "wettelijk" as never })).toBe("ongeldig_soort");
    expect(code({ start: "2026-02-03", period: "P8W", kind: "statutory", direction: "na" as never })).toBe(
      "ongeldige_richting",
    );
    expect(new DeadlineInputError("ongeldige_termijn", "m").name).toBe("DeadlineInputError");
  });

  it("formats and describes durations", () => {
    expect(formatDuration({ sign: 1, years: 0, months: 0, weeks: 0, days: 0 })).toBe("P0D");
    expect(formatDuration({ sign: -1, years: 1, months: 2, weeks: 3, days: 4 })).toBe("-P1Y2M3W4D");
    expect(describeDuration(d("P1Y1M1W1D"))).toBe("1 jaar, 1 maand, 1 week en 1 dag");
    expect(describeDuration(d("P2Y3M"))).toBe("2 jaren en 3 maanden");
    expect(describeDuration(d("-P2W"))).toBe("2 weken terug");
  });
});

describe("reminder rules (reminders.ts, existing behaviour)", () => {
  type ReminderParticipant = ReminderRulesInput["procedures"][number]["participants"][number];
  const urk: ReminderParticipant = {
    id: "urk",
    name: "Urk",
    inScope: true,
    open: true,
    deadline: { label: "Toestemming", end: "2026-07-04" },
  };
  const opening = { step: "toestemmingsprocedure" as const, openedOn: "2026-06-24" };
  /** One procedure with Urk; `over` changes the rules input, `participant` changes Urk. */
  const input = (
    over: Partial<ReminderRulesInput> = {},
    participant: Partial<ReminderParticipant> = {},
  ): ReminderRulesInput => {
    const procedure = {
      id: "p1",
      title: "Treffen GR",
      openings: [opening],
      participants: [{ ...urk, ...participant }],
    };
    return { today: "2026-07-01", leadDays: [14, 3], announceWithinDays: 7, procedures: [procedure], ...over };
  };

  it("announces an opening up to and including announceWithinDays after it, never before it", () => {
    expect(dueReminders(input()).filter((r) => r.kind === "procedure_geopend")).toEqual([
      {
        key: "procedure_geopend:toestemmingsprocedure:p1:urk",
        kind: "procedure_geopend",
        procedureId: "p1",
        audience: { participantId: "urk" },
        facts: { procedure: "Treffen GR", stap: "toestemmingsprocedure", geopendOp: "2026-06-24", deelnemer: "Urk" },
      },
    ]);
    expect(dueReminders(input({ today: "2026-07-02" })).some((r) => r.kind === "procedure_geopend")).toBe(false);
    expect(dueReminders(input({ today: "2026-06-23" })).some((r) => r.kind === "procedure_geopend")).toBe(false);
    expect(dueReminders(input({}, { inScope: false }))).toEqual([]);
  });

  it("reminds in the most urgent window that has started, up to and including the last day", () => {
    const due = dueReminders(input()).find((r) => r.kind === "termijn_nadert");
    expect(due).toEqual({
      key: "termijn_nadert:p1:urk:2026-07-04:3",
      kind: "termijn_nadert",
      procedureId: "p1",
      audience: { participantId: "urk" },
      facts: {
        procedure: "Treffen GR",
        termijn: "Toestemming",
        einddatum: "2026-07-04",
        dagenOver: 3,
        deelnemer: "Urk",
      },
    });
    expect(dueReminders(input({ today: "2026-07-04" })).find((r) => r.kind === "termijn_nadert")?.key).toMatch(/:3$/);
    expect(dueReminders(input({ today: "2026-07-05" })).some((r) => r.kind === "termijn_nadert")).toBe(false);
    expect(dueReminders(input({ today: "2026-06-20" })).find((r) => r.kind === "termijn_nadert")?.key).toMatch(/:14$/);
    expect(dueReminders(input({ today: "2026-06-19" })).some((r) => r.kind === "termijn_nadert")).toBe(false);
    // Invalid lead days are ignored; duplicates count once.
    expect(dueReminders(input({ leadDays: [-1, 2.5, 3, 3] })).filter((r) => r.kind === "termijn_nadert")).toHaveLength(
      1,
    );
    expect(
      dueReminders(input({ leadDays: [0], today: "2026-07-04" })).find((r) => r.kind === "termijn_nadert")?.key,
    ).toMatch(/:0$/);
    expect(dueReminders(input({}, { open: false })).some((r) => r.kind === "termijn_nadert")).toBe(false);
    expect(dueReminders(input({}, { deadline: undefined })).some((r) => r.kind === "termijn_nadert")).toBe(false);
  });

  it("tells the secretariat about a participant at risk or too late, not about one on schedule", () => {
    const risk = dueReminders(input({}, { forecastStatus: "te_laat" })).find((r) => r.kind === "risico");
    expect(risk).toEqual({
      key: "risico:p1:urk:te_laat",
      kind: "risico",
      procedureId: "p1",
      audience: "secretariaat",
      facts: { procedure: "Treffen GR", deelnemer: "Urk", status: "te_laat" },
    });
    expect(dueReminders(input({}, { forecastStatus: "risico" })).some((r) => r.kind === "risico")).toBe(true);
    expect(dueReminders(input({}, { forecastStatus: "op_schema" as never })).some((r) => r.kind === "risico")).toBe(
      false,
    );
    expect(dueReminders(input({}, { forecastStatus: "risico", inScope: false }))).toEqual([]);
  });

  it("reminderWindowStart counts back the lead days", () => {
    expect(reminderWindowStart("2026-07-04", 14)).toBe("2026-06-20");
  });
});
