/**
 * Wave 11 (issue 20 points 11 and 13): the forecast's decisions — which meeting counts, when a raad or college can
 * decide, when a participant is "te laat" or "risico", which participant and step form the critical path, and the
 * warnings for a meeting on a feestdag — pinned with example calendars (lib/domain/forecast/forecast.ts).
 * Legal anchors: Wgr art. 1 lid 3 (zienswijzetermijn 8 weken), Wgr art. 1 lid 4 (toestemming before the
 * collegebesluit), Awb art. 3:40 (bekendmaking before inwerkingtreding), Atw art. 3 (no step on a feestdag).
 */
import { describe, expect, it } from "vitest";
import {
  dutchDay,
  FORECAST_ASSUMPTIONS,
  forecast,
  type ForecastInput,
  type ForecastParticipantInput,
  type ForecastResult,
  type MeetingKind,
} from "@/lib/domain";
import { inputFor, participantInput as p, seededFlevoland } from "../forecast/fixtures";

const at = (kind: MeetingKind, ...dates: string[]) => dates.map((date) => ({ kind, date }));
const received = (receivedOn: string) => ({
  status: "toestemming_ontvangen" as const,
  toestemming: { receivedOn, aanhoudingen: [] },
});
const urk = (x: Partial<ForecastParticipantInput>) => p({ id: "urk", name: "Urk", ...x });
const one = (today: string, x: ForecastParticipantInput, extra: Partial<ForecastInput> = {}): ForecastResult =>
  forecast({ ...inputFor(today, {}, [x]), ...extra });
const step = (r: ForecastResult, name: string, i = 0) => r.participants[i].steps.find((s) => s.step === name);
const raadOn = (r: ForecastResult, i = 0) => step(r, "toestemming_verleend", i)?.date;
const r0 = (r: ForecastResult) => r.participants[0];
const holdUrk = (times: number) => ({ scenario: { holdOver: { participantId: "urk", times } } });

describe("which meetings count (calendarOf, raadDates)", () => {
  const recess = () =>
    urk({
      raadTrack: received("2026-09-15"),
      meetings: at("raad", "2026-10-01", "2026-10-05", "2026-10-16", "2026-10-22"),
      recesses: [{ from: "2026-10-05", to: "2026-10-16" }],
    });

  it("a recess excludes its first and last day, not the day before", () => {
    expect(raadOn(one("2026-09-21", recess()))).toBe("2026-10-01");
    // held over once: the next usable raad is after the recess (5 and 16 October are recess days)
    expect(raadOn(one("2026-09-21", recess(), holdUrk(1)))).toBe("2026-10-22");
  });

  it("meetings entered out of order are used in date order", () => {
    const r = one(
      "2026-10-01",
      urk({
        raadTrack: received("2026-09-15"),
        meetings: [...at("raad", "2026-11-12", "2026-10-08"), ...at("college", "2026-10-20", "2026-10-13")],
      }),
    );
    expect(raadOn(r)).toBe("2026-10-08");
    expect(step(r, "collegebesluit_genomen")?.date).toBe("2026-10-13");
  });

  it("a meeting on a feestdag before today gives no warning; one after today does", () => {
    const r = one(
      "2026-10-01",
      urk({ raadTrack: received("2026-09-15"), meetings: at("raad", "2026-04-27", "2026-10-08", "2026-12-25") }),
    );
    expect(r.warnings).toEqual([
      "De raadsvergadering van Urk op 25 december 2026 valt op 1e Kerstdag (Atw art. 3 lid 1); de prognose plant daar geen stap.",
    ]);
    expect(raadOn(r)).toBe("2026-10-08");
  });

  it("a raad meeting on today counts (from today on)", () => {
    const r = one("2026-10-08", urk({ raadTrack: received("2026-09-15"), meetings: at("raad", "2026-10-08") }));
    expect(raadOn(r)).toBe("2026-10-08");
  });

  it("the raad decides after a commissie held on/after receipt; a raad on the commissie's day does not count", () => {
    const sameDay = one(
      "2026-09-24",
      urk({
        raadTrack: received("2026-09-24"),
        meetings: [...at("commissie", "2026-09-24"), ...at("raad", "2026-10-08")],
      }),
    );
    expect(raadOn(sameDay)).toBe("2026-10-08");
    const r = one(
      "2026-10-01",
      urk({
        raadTrack: received("2026-09-15"),
        meetings: [...at("commissie", "2026-10-08"), ...at("raad", "2026-10-08", "2026-10-29")],
      }),
    );
    expect(raadOn(r)).toBe("2026-10-29");
  });

  it("the commissie date on the toestemming's agenda counts as a commissie", () => {
    const r = one(
      "2026-10-01",
      urk({
        raadTrack: {
          status: "toestemming_ontvangen",
          toestemming: { receivedOn: "2026-09-15", aanhoudingen: [], agenda: { commissieDate: "2026-10-15" } },
        },
        meetings: at("raad", "2026-10-08", "2026-10-29"),
      }),
    );
    expect(raadOn(r)).toBe("2026-10-29");
  });

  it("college meetings only: the raad is assumed 20 working days after receipt (no raad calendar)", () => {
    const r = one(
      "2026-10-01",
      urk({ raadTrack: received("2026-09-15"), meetings: at("college", "2026-11-03", "2026-11-10") }),
    );
    expect(step(r, "toestemming_verleend")).toEqual({
      step: "toestemming_verleend",
      date: "2026-10-29",
      basis: "geen vergaderdata van de raad: aangenomen 20 werkdagen na ontvangst: raad van Urk op 29 oktober 2026",
    });
    expect(step(r, "collegebesluit_genomen")).toEqual({
      step: "collegebesluit_genomen",
      date: "2026-11-03",
      basis: "collegevergadering op 3 november 2026",
    });
    expect(r.participants[0].notes).toEqual([]);
  });

  it("no calendars and held over once: one raad cycle (20 working days) later", () => {
    const r = one("2026-10-01", urk({ raadTrack: received("2026-09-15") }), holdUrk(1));
    expect(step(r, "toestemming_verleend")?.basis).toBe(
      "geen vergaderdata van de raad: aangenomen 20 werkdagen na ontvangst, 1× aangehouden: raad van Urk op 26 november 2026",
    );
    expect(raadOn(r)).toBe("2026-11-26");
    expect(r.participants[0].notes).toEqual(["Scenario: besluit 1× aangehouden tot een volgende raadsvergadering."]);
  });

  it("a scenario without a hold-over changes nothing", () => {
    const x = urk({ raadTrack: received("2026-09-15"), meetings: at("raad", "2026-10-08") });
    expect(one("2026-10-01", x, { scenario: {} }).participants).toEqual(one("2026-10-01", x).participants);
  });
});

describe("zienswijze window (Wgr art. 1 lid 3)", () => {
  it("without a recorded deadline the 8 weeks are computed from receipt", () => {
    const r = one("2026-09-01", urk({ raadTrack: { status: "ontvangen", zienswijze: { receivedOn: "2026-08-17" } } }));
    expect(r.participants[0].steps[0]).toEqual({
      step: "zienswijze_termijn_gesloten",
      date: "2026-10-13",
      basis: "de zienswijzetermijn van 8 weken loopt tot 12 oktober 2026",
    });
  });

  it("a raadsvergadering on the last day of the termijn closes the window that day", () => {
    const r = one(
      "2026-09-01",
      urk({
        raadTrack: { status: "ontvangen", zienswijze: { receivedOn: "2026-08-13", deadline: { end: "2026-10-08" } } },
        meetings: at("raad", "2026-10-08", "2026-11-12"),
      }),
    );
    expect(r.participants[0].steps[0]).toEqual({
      step: "zienswijze_termijn_gesloten",
      date: "2026-10-08",
      basis: "de raad van Urk besluit over de zienswijze op 8 oktober 2026",
    });
  });

  it("the toestemmingsvoorstel comes after the window closes, also when the procedure opened earlier", () => {
    const r = forecast(
      inputFor("2026-09-01", { toestemmingsprocedureOpensOn: "2026-09-01" }, [
        urk({
          raadTrack: { status: "ontvangen", zienswijze: { receivedOn: "2026-08-24", deadline: { end: "2026-10-20" } } },
        }),
      ]),
    );
    expect(r.participants[0].steps[1]).toEqual({
      step: "toestemmingsvoorstel_ontvangen",
      date: "2026-10-21",
      basis: "na sluiting van de zienswijzetermijn en opening van de toestemmingsprocedure",
    });
  });

  it("the regional termijn closes with the LAST raad's window, whatever the order of the participants", () => {
    const input = inputFor(
      "2026-09-01",
      { status: "zienswijzeprocedure_geopend", zienswijzeprocedureOpenedOn: "2026-08-17" },
      [
        p({
          id: "almere",
          name: "Almere",
          raadTrack: { status: "ontvangen", zienswijze: { receivedOn: "2026-08-17", deadline: { end: "2026-10-12" } } },
        }),
        p({
          id: "dronten",
          name: "Dronten",
          raadTrack: { status: "ontvangen", zienswijze: { receivedOn: "2026-08-10", deadline: { end: "2026-10-05" } } },
        }),
        p({ id: "urk", name: "Urk", raadTrack: received("2026-08-20") }),
      ],
    );
    const closed = forecast(input).regionalSteps.find((s) => s.step === "zienswijzeprocedure_gesloten");
    expect(closed).toEqual({
      step: "zienswijzeprocedure_gesloten",
      date: "2026-10-13",
      done: false,
      basis: "de zienswijzetermijn van 8 weken loopt tot 12 oktober 2026",
    });
  });

  it("a recorded closing keeps its basis; the nota keeps its own", () => {
    const r = forecast(
      inputFor("2026-10-20", { status: "zienswijzeprocedure_gesloten", zienswijzeprocedureClosedOn: "2026-10-13" }, [
        urk({
          raadTrack: { status: "ontvangen", zienswijze: { receivedOn: "2026-08-17", deadline: { end: "2026-10-12" } } },
        }),
      ]),
    );
    expect(r.regionalSteps.map((s) => [s.step, s.done, s.basis])).toEqual([
      ["zienswijzeprocedure_gesloten", true, "vastgelegd"],
      ["nota_van_beantwoording_vastgesteld", false, "15 werkdagen voor de nota van beantwoording"],
      ["definitieve_versie_vastgesteld", false, "5 werkdagen voor de definitieve versie"],
      ["toestemmingsprocedure_geopend", false, "5 werkdagen tot de raden het toestemmingsvoorstel ontvangen"],
    ]);
  });
});

describe("the receipt assumption in the notes", () => {
  it("no regional status: no regional step, 'ontwerp vandaag ontvangen'", () => {
    const r = one("2026-10-01", urk({}));
    expect(r.regionalSteps).toEqual([]);
    expect(r.participants[0].notes).toEqual(["Aanname: ontwerp vandaag ontvangen."]);
  });

  it("a raad that has its zienswijze record gets no assumption; one without it (or not received) does", () => {
    const zw = { receivedOn: "2026-09-15", deadline: { end: "2026-11-10" } };
    const r = forecast(
      inputFor("2026-10-01", {}, [
        p({ id: "a", name: "A", raadTrack: { status: "ontvangen", zienswijze: zw } }),
        p({ id: "b", name: "B", raadTrack: { status: "ontvangen" } }),
        p({ id: "c", name: "C", raadTrack: { status: "nog_niet_ontvangen", zienswijze: zw } }),
        p({ id: "d", name: "D", raadTrack: { status: "geen_zienswijze" } }),
      ]),
    );
    expect(r.participants.map((x) => x.notes)).toEqual([
      [],
      ["Aanname: ontwerp vandaag ontvangen."],
      ["Aanname: ontwerp vandaag ontvangen."],
      [],
    ]);
  });

  it("seeded Flevoland: the assumed receipt is the planned opening of the zienswijzeprocedure", () => {
    const r = forecast(seededFlevoland());
    const opened = r.regionalSteps.find((s) => s.step === "zienswijzeprocedure_geopend")?.date ?? "";
    expect(r.participants[0].notes).toEqual([`Aanname: ontwerp ontvangen op ${dutchDay(opened)}.`]);
  });
});

describe("raad already decided, college, signature", () => {
  it("ondertekend or eigen besluit bekendgemaakt: afgerond on the signing date", () => {
    for (const status of ["ondertekend", "besluit_bekendgemaakt"] as const) {
      const r = one(
        "2026-10-01",
        urk({ raadTrack: { status: "toestemming_verleend" }, collegeTrack: { status, signedOn: "2026-08-20" } }),
      );
      expect(r.participants[0]).toMatchObject({ status: "afgerond", signDate: "2026-08-20" });
      expect(r.participants[0].steps).toEqual([
        { step: "ondertekend", date: "2026-08-20", basis: "ondertekend", done: true },
      ]);
    }
    const noDate = one("2026-10-01", urk({ collegeTrack: { status: "ondertekend" } }));
    expect(noDate.participants[0]).toMatchObject({ status: "afgerond", signDate: "2026-10-01" });
    expect(noDate.participants[0].steps[0].date).toBeNull();
  });

  it("a collegebesluit already taken: recorded steps, signature on the day", () => {
    const r = one(
      "2026-10-07",
      urk({
        raadTrack: {
          status: "toestemming_verleend",
          toestemming: { receivedOn: "2026-09-15", aanhoudingen: [], decision: { decidedOn: "2026-09-30" } },
        },
        collegeTrack: { status: "collegebesluit_genomen", collegebesluit: { decidedOn: "2026-10-06" } },
      }),
    );
    expect(r.participants[0].steps).toEqual([
      {
        step: "toestemming_verleend",
        date: "2026-09-30",
        basis: "toestemming verleend op 30 september 2026",
        done: true,
      },
      { step: "collegebesluit_genomen", date: "2026-10-06", basis: "collegebesluit genomen", done: true },
      {
        step: "ondertekend",
        date: "2026-10-07",
        basis: "op de dag van het collegebesluit (of de eerste werkdag daarna)",
      },
    ]);
    expect(r.participants[0]).toMatchObject({ raadDone: true, signDate: "2026-10-07" });
  });

  it("a college that decided implies the raad's toestemming (Wgr art. 1 lid 4), also without the records", () => {
    const r = one(
      "2026-10-07",
      urk({ raadTrack: received("2026-09-15"), collegeTrack: { status: "collegebesluit_genomen" } }),
    );
    expect(r.participants[0].raadDone).toBe(true);
    expect(r.participants[0].steps.slice(0, 2)).toEqual([
      { step: "toestemming_verleend", date: "2026-10-07", basis: "toestemming verleend", done: true },
      { step: "collegebesluit_genomen", date: "2026-10-07", basis: "collegebesluit genomen", done: true },
    ]);
  });

  it("the college meets the day after the raad: that meeting counts", () => {
    const r = one(
      "2026-10-01",
      urk({
        raadTrack: received("2026-09-15"),
        meetings: [...at("raad", "2026-10-08"), ...at("college", "2026-10-09")],
      }),
    );
    expect(step(r, "collegebesluit_genomen")).toEqual({
      step: "collegebesluit_genomen",
      date: "2026-10-09",
      basis: "collegevergadering op 9 oktober 2026",
    });
  });

  it("no college calendar and a raad decision in the past: 5 working days counted from yesterday", () => {
    const r = one(
      "2026-10-01",
      urk({
        raadTrack: {
          status: "toestemming_verleend",
          toestemming: { receivedOn: "2026-08-01", aanhoudingen: [], decision: { decidedOn: "2026-09-01" } },
        },
      }),
    );
    expect(step(r, "collegebesluit_genomen")).toEqual({
      step: "collegebesluit_genomen",
      date: "2026-10-07",
      basis: "geen vergaderdata van het college: aangenomen 5 werkdagen na het raadsbesluit",
    });
  });

  it("no college meeting after the raadsbesluit: te laat, and the critical path says why", () => {
    const r = one(
      "2026-10-01",
      urk({ raadTrack: { status: "toestemming_verleend" }, meetings: at("college", "2026-09-10") }),
    );
    expect(r.participants[0]).toMatchObject({ status: "te_laat", signDate: null, slackDays: null });
    expect(r.participants[0].steps.at(-1)).toEqual({
      step: "collegebesluit_genomen",
      date: null,
      basis: "geen collegevergadering van Urk na het raadsbesluit bekend",
    });
    expect(r.criticalPath).toMatchObject({
      step: "collegebesluit_genomen",
      date: null,
      reason: "geen collegevergadering van Urk na het raadsbesluit bekend",
    });
  });

  it("signing lag and publication lead days are used and described", () => {
    const x = urk({
      raadTrack: received("2026-09-15"),
      meetings: [...at("raad", "2026-10-08"), ...at("college", "2026-10-09")],
    });
    const r = one("2026-10-01", x, { options: { signingLagDays: 2 } });
    expect(step(r, "ondertekend")).toEqual({
      step: "ondertekend",
      date: "2026-10-13",
      basis: "2 werkdag(en) na het collegebesluit",
    });
    expect(r.earliestPublication).toBe("2026-10-15");
    const lead = forecast({ ...inputFor("2026-10-01", { publicationLeadDays: 5 }, [x]) });
    expect(lead.earliestPublication).toBe("2026-10-16");
    expect(lead.durations.publication).toBe(5);
  });
});

describe("status thresholds (te laat / risico / op schema)", () => {
  const signOn = (college: string, extra: Partial<ForecastInput> = {}) =>
    one("2026-12-01", urk({ raadTrack: { status: "toestemming_verleend" }, meetings: at("college", college) }), extra)
      .participants[0];

  it("signing on the signBy day itself is risico (0 days), not te laat", () => {
    expect(signOn("2026-12-31")).toMatchObject({ signDate: "2026-12-31", slackDays: 0, status: "risico" });
  });

  it("exactly the threshold's slack is op schema; one day less is risico", () => {
    expect(signOn("2026-12-17")).toMatchObject({ slackDays: 14, status: "op_schema" });
    expect(signOn("2026-12-18")).toMatchObject({ slackDays: 13, status: "risico" });
    expect(signOn("2026-12-17", { options: { riskThresholdDays: 15 } }).status).toBe("risico");
  });
});

describe("refused and received without a record", () => {
  it("a refused toestemming whose new raadsbesluit comes too late is te laat, not only risico", () => {
    const r = one(
      "2026-12-01",
      urk({
        raadTrack: { status: "toestemming_geweigerd" },
        meetings: [...at("raad", "2027-01-07"), ...at("college", "2027-01-12")],
      }),
    );
    expect(r0(r)).toMatchObject({ signDate: "2027-01-12", status: "te_laat" });
  });

  it("a toestemmingsvoorstel received without its record: received today", () => {
    const r = one(
      "2026-10-01",
      urk({ raadTrack: { status: "toestemming_ontvangen" }, meetings: at("raad", "2026-10-08") }),
    );
    expect(raadOn(r)).toBe("2026-10-08");
    expect(r0(r).status).toBe("op_schema");
  });
});

describe("aangehouden and geagendeerd", () => {
  const agendaTrack = (
    status: "toestemming_geagendeerd" | "toestemming_ontvangen",
    raadDate: string,
    aanhoudingen: { decidedOn: string; expectedDate: string }[] = [],
  ) => ({ status, toestemming: { receivedOn: "2026-09-15", aanhoudingen, agenda: { raadDate } } });

  it("geagendeerd after an earlier aanhouding: the agenda date counts, not the old expected date", () => {
    const r = one(
      "2026-10-15",
      urk({
        raadTrack: agendaTrack("toestemming_geagendeerd", "2026-11-12", [
          { decidedOn: "2026-10-08", expectedDate: "2026-11-26" },
        ]),
        meetings: at("raad", "2026-10-08", "2026-11-12", "2026-11-26"),
      }),
    );
    expect(step(r, "toestemming_verleend")?.basis).toBe(
      "geagendeerd voor 12 november 2026: raad van Urk op 12 november 2026",
    );
  });

  it("aangehouden without a raad calendar: 20 working days after the expected date", () => {
    const r = one(
      "2026-10-15",
      urk({
        raadTrack: {
          status: "toestemming_aangehouden",
          toestemming: {
            receivedOn: "2026-09-15",
            aanhoudingen: [{ decidedOn: "2026-10-08", expectedDate: "2026-11-02" }],
          },
        },
      }),
    );
    expect(step(r, "toestemming_verleend")?.basis).toBe(
      "aangehouden tot 2 november 2026: raad van Urk op 30 november 2026",
    );
  });

  it("aangehouden: back to a raad after the expected date without a new commissie (the gemeente has commissies)", () => {
    const r = one(
      "2026-10-15",
      urk({
        raadTrack: {
          status: "toestemming_aangehouden",
          toestemming: {
            receivedOn: "2026-09-15",
            aanhoudingen: [{ decidedOn: "2026-10-08", expectedDate: "2026-11-02" }],
          },
        },
        meetings: [
          ...at("commissie", "2026-09-24", "2026-11-19"),
          ...at("raad", "2026-10-08", "2026-11-12", "2026-11-26"),
        ],
      }),
    );
    expect(step(r, "toestemming_verleend")?.basis).toBe(
      "aangehouden tot 2 november 2026: raad van Urk op 12 november 2026",
    );
  });

  it("agenda date today counts; without a raad calendar it is used as is", () => {
    const r = one("2026-11-12", urk({ raadTrack: agendaTrack("toestemming_geagendeerd", "2026-11-12") }));
    expect(raadOn(r)).toBe("2026-11-12");
    const later = one("2026-11-12", urk({ raadTrack: agendaTrack("toestemming_geagendeerd", "2026-12-17") }));
    expect(raadOn(later)).toBe("2026-12-17");
  });

  it("an agenda date already past: the next raad after the commissie", () => {
    const r = one(
      "2026-11-13",
      urk({
        raadTrack: agendaTrack("toestemming_geagendeerd", "2026-11-12"),
        meetings: at("raad", "2026-11-12", "2026-11-26"),
      }),
    );
    expect(step(r, "toestemming_verleend")?.basis).toBe(
      "eerstvolgende raadsvergadering na de commissie: raad van Urk op 26 november 2026",
    );
  });

  it("an agenda date on a track that is not geagendeerd is not used", () => {
    const r = one(
      "2026-10-01",
      urk({
        raadTrack: agendaTrack("toestemming_ontvangen", "2026-11-12"),
        meetings: at("raad", "2026-10-08", "2026-11-12"),
      }),
    );
    expect(raadOn(r)).toBe("2026-10-08");
  });

  it("an agenda date outside the raad calendar: the next raad of the calendar", () => {
    const r = one(
      "2026-10-01",
      urk({
        raadTrack: agendaTrack("toestemming_geagendeerd", "2026-11-19"),
        meetings: at("raad", "2026-11-12", "2026-11-26"),
      }),
    );
    expect(step(r, "toestemming_verleend")?.basis).toBe(
      "geagendeerd voor 19 november 2026: raad van Urk op 26 november 2026",
    );
  });

  it("an agenda date on 1e Kerstdag: warned, never planned there (Atw art. 3)", () => {
    const warning =
      "De raadsvergadering van Urk op 25 december 2026 valt op 1e Kerstdag (Atw art. 3 lid 1); de prognose plant daar geen stap.";
    const r = one(
      "2026-12-01",
      urk({
        raadTrack: agendaTrack("toestemming_geagendeerd", "2026-12-25"),
        meetings: at("raad", "2026-12-17", "2027-01-07"),
      }),
    );
    expect(r.warnings).toEqual([warning]);
    expect(raadOn(r)).toBe("2027-01-07");
    // without a raad calendar: the next assumed meeting (20 working days later), not "te laat" for lack of a date
    const noCal = one("2026-12-01", urk({ raadTrack: agendaTrack("toestemming_geagendeerd", "2026-12-25") }));
    expect(noCal.warnings).toEqual([warning]);
    expect(raadOn(noCal)).toBe("2027-01-25");
  });
});

describe("critical path", () => {
  it("a step on today is the bottleneck when nothing waits longer; recorded steps are not", () => {
    // raad and college decided (no dates recorded: today); only the signature is still to come, today
    const r = one(
      "2026-10-01",
      urk({ raadTrack: { status: "toestemming_verleend" }, collegeTrack: { status: "collegebesluit_genomen" } }),
    );
    expect(r.participants[0].steps.map((s) => [s.step, s.date, s.done ?? false])).toEqual([
      ["toestemming_verleend", "2026-10-01", true],
      ["collegebesluit_genomen", "2026-10-01", true],
      ["ondertekend", "2026-10-01", false],
    ]);
    expect(r.criticalPath).toMatchObject({
      step: "ondertekend",
      date: "2026-10-01",
      reason: "op de dag van het collegebesluit (of de eerste werkdag daarna)",
    });
  });

  it("ties between waits: the earliest step is named", () => {
    const r = one(
      "2026-10-01",
      urk({
        raadTrack: received("2026-09-15"),
        meetings: [...at("raad", "2026-10-08"), ...at("college", "2026-10-15")],
      }),
    );
    expect(r.criticalPath).toMatchObject({ step: "toestemming_verleend", date: "2026-10-08" });
  });

  it("a step already past (a zienswijzetermijn that ran out) does not shift the waits", () => {
    const r = forecast(
      inputFor("2026-10-01", { toestemmingsprocedureOpensOn: "2026-09-01" }, [
        urk({
          raadTrack: { status: "ontvangen", zienswijze: { receivedOn: "2026-07-27", deadline: { end: "2026-09-20" } } },
          meetings: [...at("raad", "2026-10-08"), ...at("college", "2026-10-20")],
        }),
      ]),
    );
    expect(r.participants[0].steps.map((s) => s.date)).toEqual([
      "2026-09-21",
      "2026-10-01",
      "2026-10-08",
      "2026-10-20",
      "2026-10-20",
    ]);
    expect(r.criticalPath).toMatchObject({ step: "collegebesluit_genomen", date: "2026-10-20" });
  });

  it("the receipt of the toestemmingsvoorstel is not itself a bottleneck", () => {
    const r = forecast(
      inputFor("2026-10-01", { toestemmingsprocedureOpensOn: "2026-11-02" }, [
        urk({
          raadTrack: { status: "geen_zienswijze" },
          meetings: [...at("raad", "2026-11-05"), ...at("college", "2026-11-10")],
        }),
      ]),
    );
    expect(step(r, "toestemmingsvoorstel_ontvangen")?.date).toBe("2026-11-02");
    expect(r.criticalPath).toMatchObject({ step: "toestemming_verleend", date: "2026-11-05" });
  });

  it("a recorded regional step is never the bottleneck, even with a date after today", () => {
    const r = forecast(
      inputFor("2026-10-01", { status: "toestemmingsprocedure_geopend", bosdAkkoordOn: "2026-11-20" }, [
        urk({ raadTrack: { status: "toestemming_verleend" }, meetings: at("college", "2026-10-06") }),
      ]),
    );
    expect(r.regionalSteps).toContainEqual({
      step: "bosd_akkoord",
      date: "2026-11-20",
      done: true,
      basis: "vastgelegd",
    });
    expect(r.criticalPath).toMatchObject({ step: "collegebesluit_genomen", date: "2026-10-06" });
  });

  it("every full participant signed (not yet published): no critical path", () => {
    const signed = (id: string) => p({ id, name: id, collegeTrack: { status: "ondertekend", signedOn: "2026-09-10" } });
    const r = forecast(inputFor("2026-10-01", {}, [signed("a"), signed("b")]));
    expect(r.criticalPath).toBeNull();
    expect(r.earliestPublication).toBe("2026-10-05");
  });

  it("a blocked participant: the last step and its basis, or its first note", () => {
    const past = one("2026-10-01", urk({ raadTrack: received("2026-09-15"), meetings: at("raad", "2026-09-24") }));
    const basis = "eerstvolgende raadsvergadering na de commissie: geen geschikte raadsvergadering van Urk bekend";
    expect(r0(past)).toMatchObject({ status: "te_laat", signDate: null });
    expect(past.participants[0].steps.at(-1)).toEqual({ step: "toestemming_verleend", date: null, basis });
    expect(past.criticalPath).toMatchObject({ step: "toestemming_verleend", date: null, reason: basis });
    const refused = one(
      "2026-10-01",
      urk({ raadTrack: { status: "toestemming_geweigerd" }, meetings: at("raad", "2026-09-24") }),
    );
    expect(refused.criticalPath?.reason).toBe(refused.participants[0].notes[0]);
    expect(refused.criticalPath?.reason).toMatch(/^Toestemming geweigerd\. Er is een nieuw raadsbesluit nodig/);
  });
});

describe("verdict input and assumptions", () => {
  it("a published regeling: the verdict speaks of the bekendmaking", () => {
    const r = forecast({ ...seededFlevoland(), regional: { status: "bekendgemaakt", publishedOn: "2026-12-31" } });
    expect(r.verdict.text).toBe(
      "De regeling is bekendgemaakt op 31 december 2026. Inwerkingtreding kan vanaf 1 januari 2027; 1 januari 2027 is haalbaar.",
    );
    expect(r.criticalPath).toBeNull();
  });

  it("the assumptions list the fixed ones and the durations", () => {
    const r = forecast(seededFlevoland());
    expect(r.assumptions.slice(0, FORECAST_ASSUMPTIONS.length)).toEqual(FORECAST_ASSUMPTIONS);
    expect(r.assumptions).toHaveLength(FORECAST_ASSUMPTIONS.length + 3);
    expect(r.assumptions.join("\n")).toContain(
      "Bekendmaking uiterlijk de dag vóór de inwerkingtreding (Awb art. 3:40)",
    );
    expect(r.assumptions.at(-1)).toMatch(/^Zonder vergaderdata van het college: collegebesluit 5 werkdagen/);
  });
});
