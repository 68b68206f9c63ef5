import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  earliestInForceAfter,
  forecast,
  formatForecastTable,
  isAtwRestDay,
  publicationDeadline,
  WorkingDays,
  type ForecastInput,
  type MeetingKind,
  REGIONAL_STEP_LABELS,
} from "@/lib/domain";
import { inputFor, participantInput, seededFlevoland } from "./fixtures";

const p = participantInput;

/** Meetings of one kind on the given dates. */
const at = (kind: MeetingKind, ...dates: string[]) => dates.map((date) => ({ kind, date }));

describe("verdict in words (issue 20 point 11)", () => {
  it("seeded Flevoland on 2026-12-01: 1-1-2027 cannot be reached, with the earliest feasible date and why", () => {
    const r = forecast(seededFlevoland());
    expect(r.verdict.reachable).toBe(false);
    expect(r.publicationDeadline).toBe("2026-12-31");
    expect(r.verdict.text).toMatch(/^Inwerkingtreding op 1 januari 2027 is niet meer haalbaar\./);
    expect(r.verdict.text).toContain("uiterlijk 31 december 2026 bekendgemaakt");
    expect(r.verdict.text).toContain(`De vroegst haalbare datum van inwerkingtreding is`);
    expect(r.verdict.text).toMatch(/de zienswijzetermijn van 8 weken loopt tot \d+ \w+ 2027/);
    expect(r.earliestInForce).toBe(addDays(r.earliestPublication ?? "", 1));
    expect(r.earliestInForce).toBe("2027-05-28");
    expect(r.verdict.text).toContain("de zienswijzetermijn van 8 weken loopt tot 4 maart 2027");
    expect(r.verdict.text).toContain("De vroegst haalbare datum van inwerkingtreding is 28 mei 2027.");
    // every regional step still to come is planned, none on zero days
    expect(r.regionalSteps.map((s) => s.step)).toEqual(Object.keys(REGIONAL_STEP_LABELS));
    expect(r.regionalSteps).toHaveLength(7);
    const dates = r.regionalSteps.map((s) => s.date);
    for (let i = 1; i < dates.length; i++) expect(dates[i] > dates[i - 1]).toBe(true);
    expect(dates[0] > r.today).toBe(true);
    // no participant is "onbekend": every full one has a planned signing date
    expect(r.participants.every((x) => x.signDate !== null)).toBe(true);
    // the five full participants tie and are named as a tie, not "Almere" because it sorts first
    expect(r.criticalPath).toMatchObject({
      tie: true,
      name: "Almere, Dronten, Lelystad, Noordoostpolder en Urk (gelijk)",
      step: "zienswijzeprocedure_gesloten",
    });
    expect(formatForecastTable(r).split("\n")[0]).toBe(`Oordeel: ${r.verdict.text}`);
  });

  it("plans only the regional steps not yet recorded", () => {
    const r = forecast({
      ...seededFlevoland(),
      regional: { status: "definitieve_versie_vastgesteld", bosdAkkoordOn: "2026-03-20" },
      participants: [p({ id: "urk", name: "Urk", raadTrack: { status: "geen_zienswijze" } })],
    });
    expect(r.regionalSteps.filter((s) => !s.done).map((s) => s.step)).toEqual(["toestemmingsprocedure_geopend"]);
    expect(r.regionalSteps.find((s) => s.step === "bosd_akkoord")).toMatchObject({ date: "2026-03-20", done: true });
    // 5 working days after today (1 December 2026)
    expect(r.regionalSteps.at(-1)?.date).toBe("2026-12-08");
  });

  it("reachable: says so with the slack to the publication deadline", () => {
    const r = forecast({ ...seededFlevoland("2026-01-05") });
    expect(r.verdict.reachable).toBe(true);
    expect(r.verdict.text).toMatch(/^Inwerkingtreding op 1 januari 2027 is haalbaar\./);
  });

  it("Awb 3:40: publication on the in-force day is too late (slack -1), the day before is 0", () => {
    const on = forecast({ ...seededFlevoland(), regional: { status: "bekendgemaakt", publishedOn: "2027-01-01" } });
    expect(on.inForceSlackDays).toBe(-1);
    expect(on.earliestInForce).toBe("2027-01-02");
    expect(on.verdict.reachable).toBe(false);
    const before = forecast({ ...seededFlevoland(), regional: { status: "bekendgemaakt", publishedOn: "2026-12-31" } });
    expect(before.inForceSlackDays).toBe(0);
    expect(before.verdict.reachable).toBe(true);
    expect(earliestInForceAfter("2026-12-31")).toBe("2027-01-01");
  });

  it.each([
    ["2026-12-29", "2026-12-31", true, 0],
    ["2026-12-30", "2027-01-04", false, -4],
  ])("college on %s: publication %s, reachable %s (boundary of Awb 3:40)", (college, pub, ok, slack) => {
    const r = forecast({
      ...seededFlevoland(),
      regional: { status: "toestemmingsprocedure_geopend", toestemmingsprocedureOpensOn: "2026-11-01" },
      participants: [
        p({
          id: "urk",
          name: "Urk",
          raadTrack: { status: "toestemming_verleend" },
          meetings: [{ kind: "college", date: college }],
        }),
      ],
    });
    expect(r.earliestPublication).toBe(pub);
    expect(r.verdict.reachable).toBe(ok);
    expect(r.inForceSlackDays).toBe(slack);
    if (ok) expect(r.verdict.text).toContain("(0 dagen speling)");
  });

  it("the publication deadline is the last working day before the in-force date", () => {
    const days = new WorkingDays();
    expect(publicationDeadline("2027-01-01", days)).toBe("2026-12-31");
    // in force on Monday 4 January 2027: publication by Friday 1 January? No: Nieuwjaarsdag → 31 December
    expect(publicationDeadline("2027-01-04", days)).toBe("2026-12-31");
    expect(publicationDeadline("2026-12-28", days)).toBe("2026-12-24");
  });

  it("cannot be computed when no full participant has a feasible date", () => {
    const input = seededFlevoland();
    input.participants = input.participants.map((x) =>
      x.scope === "full" ? p({ id: x.id, name: x.name, meetings: [{ kind: "raad", date: "2026-12-10" }] }) : x,
    );
    const r = forecast(input);
    expect(r.verdict.reachable).toBeNull();
    expect(r.verdict.text).toMatch(/^Niet te berekenen/);
  });

  it("one participant without a feasible date, the others already too late: out of reach, earliest not yet known", () => {
    const input = seededFlevoland();
    input.participants[0] = p({
      id: "almere",
      name: "Almere",
      meetings: [{ kind: "raad", date: "2026-12-10" }],
    });
    const r = forecast(input);
    expect(r.earliestPublication).toBeNull();
    expect(r.verdict.reachable).toBe(false);
    expect(r.verdict.text).toMatch(/^Inwerkingtreding op 1 januari 2027 is niet meer haalbaar: Dronten, Lelystad/);
    expect(r.verdict.text).toContain("De vroegst haalbare datum is nog niet te berekenen.");
    expect(r.criticalPath).toMatchObject({ participantIds: ["almere"], tie: false, date: null });
  });
});

describe("critical path, klaar and commissie", () => {
  const today = "2026-10-01";
  const base = (): ForecastInput =>
    inputFor(today, { toestemmingsprocedureOpensOn: "2026-09-15" }, [
      p({
        id: "almere",
        name: "Almere",
        raadTrack: { status: "toestemming_ontvangen", toestemming: { receivedOn: "2026-09-15", aanhoudingen: [] } },
        meetings: [...at("commissie", "2026-10-20"), ...at("raad", "2026-11-05"), ...at("college", "2026-11-10")],
      }),
      p({
        id: "urk",
        name: "Urk",
        raadTrack: { status: "toestemming_ontvangen", toestemming: { receivedOn: "2026-09-15", aanhoudingen: [] } },
        // the commissie was held before today, after receipt: it counts
        meetings: [
          ...at("commissie", "2026-09-24"),
          ...at("raad", "2026-10-08", "2026-12-10"),
          ...at("college", "2026-10-13", "2026-12-15"),
        ],
      }),
    ]);

  it("a commissie held before today is used", () => {
    const r = forecast(base());
    const urk = r.participants.find((x) => x.id === "urk");
    expect(urk?.steps.find((s) => s.step === "toestemming_verleend")?.date).toBe("2026-10-08");
  });

  it("names the participant that determines the date, not the first by name", () => {
    const r = forecast(base());
    expect(r.criticalPath).toMatchObject({ participantId: "almere", participantIds: ["almere"], tie: false });
    const later = base();
    later.participants[1].meetings = later.participants[1].meetings.filter((m) => m.date !== "2026-10-08");
    const r2 = forecast(later);
    expect(r2.participants.find((x) => x.id === "urk")?.signDate).toBe("2026-12-15");
    expect(r2.criticalPath).toMatchObject({ participantId: "urk", name: "Urk", tie: false });
  });

  it("ties are named as ties", () => {
    const input = base();
    input.participants[1].meetings = input.participants[0].meetings;
    const r = forecast(input);
    expect(r.criticalPath).toMatchObject({
      participantIds: ["almere", "urk"],
      name: "Almere en Urk (gelijk)",
      tie: true,
    });
  });

  it("a raad that granted toestemming is klaar, not onbekend", () => {
    const input = base();
    input.participants[0].raadTrack = {
      status: "toestemming_verleend",
      toestemming: { receivedOn: "2026-09-15", aanhoudingen: [], decision: { decidedOn: "2026-09-30" } },
    };
    const r = forecast(input);
    const almere = r.participants[0];
    expect(almere.raadDone).toBe(true);
    expect(almere.steps[0]).toMatchObject({ step: "toestemming_verleend", date: "2026-09-30", done: true });
    expect(almere.signDate).toBe("2026-11-10");
    expect(formatForecastTable(r)).toMatch(/Almere\s+volledig\s+klaar \(2026-09-30\)/);
    expect(r.participants[1].raadDone).toBe(false);
  });

  it("after a refusal a new raadsbesluit is planned (same ontwerp or a new version)", () => {
    const input = base();
    input.participants[1].raadTrack = { status: "toestemming_geweigerd" };
    // a new raadsvoorstel goes through the commissie again
    input.participants[1].meetings.push({ kind: "commissie", date: "2026-11-26" });
    const r = forecast(input);
    const urk = r.participants[1];
    expect(urk.notes[0]).toContain("hetzelfde ontwerp");
    expect(urk.notes[0]).not.toMatch(/alleen een nieuwe versie/);
    expect(urk.steps.find((s) => s.step === "toestemming_verleend")?.date).toBe("2026-12-10");
    expect(urk.status).toBe("risico");
  });

  it("works back from the publication deadline to the last raad and college dates per gemeente", () => {
    const r = forecast(base());
    // bekendmaking uiterlijk 31-12-2026; 2 working days before: 29-12; signing on the collegebesluit.
    expect(r.participants[1].latest).toEqual({
      publication: "2026-12-31",
      signing: "2026-12-29",
      college: "2026-12-15",
      raad: "2026-12-10",
    });
    expect(r.participants[0].latest).toMatchObject({ college: "2026-11-10", raad: "2026-11-05" });
    // without calendars: in working days (5 for the college), skipping Christmas
    const noCal = forecast({ ...base(), participants: [p({ id: "x", name: "X" })] });
    expect(noCal.participants[0].latest).toEqual({
      publication: "2026-12-31",
      signing: "2026-12-29",
      college: "2026-12-29",
      raad: "2026-12-21",
    });
    expect(noCal.verdict.details.join("\n")).toContain("X: raad uiterlijk 21 december 2026");
  });
});

describe("never a step on a Saturday, Sunday or feestdag", () => {
  it("skips a raadsvergadering on 1e Kerstdag and warns", () => {
    const r = forecast({
      today: "2026-12-01",
      target: { signBy: "2026-12-31", inForce: "2027-01-01" },
      regional: {},
      participants: [
        p({
          id: "urk",
          name: "Urk",
          raadTrack: { status: "toestemming_ontvangen", toestemming: { receivedOn: "2026-11-20", aanhoudingen: [] } },
          meetings: [...at("raad", "2026-12-25", "2027-01-07"), ...at("college", "2026-12-28", "2027-01-12")],
        }),
      ],
    });
    expect(r.warnings.join(" ")).toContain("raadsvergadering van Urk op 25 december 2026 valt op 1e Kerstdag");
    expect(r.participants[0].steps.find((s) => s.step === "toestemming_verleend")?.date).toBe("2027-01-07");
    expect(r.earliestPublication).toBe("2027-01-14");
  });

  const isoIn = (from: string, span: number) => fc.integer({ min: 0, max: span }).map((n) => addDays(from, n));

  it("property: with random calendars 2026–2030 no planned step falls on a rest day", { timeout: 120_000 }, () => {
    const participant = fc.record({
      status: fc.constantFrom(
        "nog_niet_ontvangen",
        "toestemming_ontvangen",
        "toestemming_geweigerd",
        "toestemming_verleend",
      ),
      meetings: fc.array(
        fc.record({
          kind: fc.constantFrom("commissie", "raad", "college"),
          offset: fc.integer({ min: -30, max: 400 }),
        }),
        { maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(
        isoIn("2026-01-01", 4 * 365),
        fc.array(participant, { minLength: 1, maxLength: 4 }),
        fc.constantFrom("nieuw", "bosd_akkoord", "zienswijzeprocedure_geopend", "definitieve_versie_vastgesteld"),
        fc.integer({ min: 0, max: 3 }),
        (today, ps, status, hold) => {
          const input: ForecastInput = {
            today,
            target: { signBy: "2027-12-31", inForce: "2028-01-01" },
            regional: {
              status: status as "nieuw",
              zienswijzeprocedureOpenedOn: today,
            },
            participants: ps.map((x, i) =>
              p({
                id: `p${i}`,
                name: `P${i}`,
                raadTrack:
                  x.status === "toestemming_ontvangen"
                    ? { status: "toestemming_ontvangen", toestemming: { receivedOn: today, aanhoudingen: [] } }
                    : { status: x.status as "nog_niet_ontvangen" },
                meetings: x.meetings.map((m) => ({ kind: m.kind as "raad", date: addDays(today, m.offset) })),
              }),
            ),
            scenario: { holdOver: { participantId: "p0", times: hold } },
          };
          const r = forecast(input);
          const planned = [
            ...r.regionalSteps.filter((s) => !s.done).map((s) => s.date),
            ...r.participants.flatMap((x) =>
              x.steps
                .filter(
                  (s) =>
                    !s.done && s.step !== "zienswijze_termijn_gesloten" && s.step !== "toestemmingsvoorstel_ontvangen",
                )
                .map((s) => s.date),
            ),
            ...(r.earliestPublication ? [r.earliestPublication] : []),
          ].filter((d): d is string => d !== null);
          for (const d of planned) expect(isAtwRestDay(d), `${d} is a rest day`).toBe(false);
          for (const x of input.participants)
            for (const m of x.meetings)
              if (m.date >= today && isAtwRestDay(m.date))
                expect(r.warnings.some((w) => w.includes(x.name))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
