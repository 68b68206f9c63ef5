/**
 * Wave 11 (issue 20 point 13): the forecast's regional plan (lib/domain/forecast/regional-plan.ts). A recorded step is
 * shown as "vastgelegd" on its own date and the plan continues from the later of that date and today; a step not yet
 * reached is planned in Atw working days with its basis in words. September–October 2026 has no Atw feestdag, so
 * only weekends are skipped (2026-09-01 is a Tuesday).
 */
import { describe, expect, it } from "vitest";
import { WorkingDays } from "@/lib/domain/forecast/calendar";
import { DEFAULT_FORECAST_DURATIONS, describeDurations } from "@/lib/domain/forecast/durations";
import { planToestemmingOpening, planZienswijzeOpening } from "@/lib/domain/forecast/regional-plan";

const days = new WorkingDays();
const d = { ...DEFAULT_FORECAST_DURATIONS };
const today = "2026-09-01";
const planned = (step: string, date: string, basis: string) => ({ step, date, done: false, basis });
const recorded = (step: string, date: string) => ({ step, date, done: true, basis: "vastgelegd" });

describe("planZienswijzeOpening", () => {
  it("plans every step from today with its basis in words", () => {
    expect(planZienswijzeOpening({ status: "nieuw" }, today, d, days)).toEqual([
      planned("concept_opgesteld", "2026-09-15", "10 werkdagen voor het concept"),
      planned("bosd_akkoord", "2026-09-29", "10 werkdagen tot het BOSD-akkoord"),
      planned(
        "zienswijzeprocedure_geopend",
        "2026-10-06",
        "5 werkdagen tot de colleges het ontwerp aan de raden sturen",
      ),
    ]);
  });

  it("a reached step without a recorded date is left out; the plan continues from today", () => {
    expect(planZienswijzeOpening({ status: "bosd_akkoord" }, today, d, days)).toEqual([
      planned(
        "zienswijzeprocedure_geopend",
        "2026-09-08",
        "5 werkdagen tot de colleges het ontwerp aan de raden sturen",
      ),
    ]);
  });

  it("a recorded step in the past: the plan continues from today, not from the recorded day", () => {
    expect(planZienswijzeOpening({ status: "bosd_akkoord", bosdAkkoordOn: "2026-08-20" }, today, d, days)).toEqual([
      recorded("bosd_akkoord", "2026-08-20"),
      planned(
        "zienswijzeprocedure_geopend",
        "2026-09-08",
        "5 werkdagen tot de colleges het ontwerp aan de raden sturen",
      ),
    ]);
  });

  it("a recorded step after today (a forecast on an earlier day): the plan continues from the recorded day", () => {
    expect(planZienswijzeOpening({ status: "bosd_akkoord", bosdAkkoordOn: "2026-09-10" }, today, d, days)).toEqual([
      recorded("bosd_akkoord", "2026-09-10"),
      planned(
        "zienswijzeprocedure_geopend",
        "2026-09-17",
        "5 werkdagen tot de colleges het ontwerp aan de raden sturen",
      ),
    ]);
  });
});

describe("planToestemmingOpening", () => {
  const nota = "15 werkdagen voor de nota van beantwoording";
  const definitief = "5 werkdagen voor de definitieve versie";
  const opening = "5 werkdagen tot de raden het toestemmingsvoorstel ontvangen";

  it("the last zienswijzetermijn closed in the past: the plan starts today", () => {
    expect(planToestemmingOpening({ status: "zienswijzeprocedure_geopend" }, "2026-08-20", today, d, days)).toEqual([
      planned("zienswijzeprocedure_gesloten", "2026-09-01", "laatste zienswijzetermijn gesloten"),
      planned("nota_van_beantwoording_vastgesteld", "2026-09-22", nota),
      planned("definitieve_versie_vastgesteld", "2026-09-29", definitief),
      planned("toestemmingsprocedure_geopend", "2026-10-06", opening),
    ]);
  });

  it("the last termijn closes on a Saturday after today: the first working day after it", () => {
    expect(planToestemmingOpening({ status: "zienswijzeprocedure_geopend" }, "2026-09-05", today, d, days)).toEqual([
      planned("zienswijzeprocedure_gesloten", "2026-09-07", "laatste zienswijzetermijn gesloten"),
      planned("nota_van_beantwoording_vastgesteld", "2026-09-28", nota),
      planned("definitieve_versie_vastgesteld", "2026-10-05", definitief),
      planned("toestemmingsprocedure_geopend", "2026-10-12", opening),
    ]);
  });

  it("recorded closing and nota in the past: shown as recorded, the rest planned from today", () => {
    const facts = {
      status: "nota_van_beantwoording_gereed" as const,
      zienswijzeprocedureClosedOn: "2026-08-20",
      notaOn: "2026-08-28",
    };
    expect(planToestemmingOpening(facts, "2026-08-19", today, d, days)).toEqual([
      recorded("zienswijzeprocedure_gesloten", "2026-08-20"),
      recorded("nota_van_beantwoording_vastgesteld", "2026-08-28"),
      planned("definitieve_versie_vastgesteld", "2026-09-08", definitief),
      planned("toestemmingsprocedure_geopend", "2026-09-15", opening),
    ]);
  });

  it("a recorded closing after today: the plan continues from the recorded closing", () => {
    const facts = { status: "zienswijzeprocedure_gesloten" as const, zienswijzeprocedureClosedOn: "2026-09-10" };
    expect(planToestemmingOpening(facts, "2026-08-19", today, d, days)).toEqual([
      recorded("zienswijzeprocedure_gesloten", "2026-09-10"),
      planned("nota_van_beantwoording_vastgesteld", "2026-10-01", nota),
      planned("definitieve_versie_vastgesteld", "2026-10-08", definitief),
      planned("toestemmingsprocedure_geopend", "2026-10-15", opening),
    ]);
  });

  it("reached steps without recorded dates are left out", () => {
    expect(planToestemmingOpening({ status: "definitieve_versie_vastgesteld" }, "2026-08-19", today, d, days)).toEqual([
      planned("toestemmingsprocedure_geopend", "2026-09-08", opening),
    ]);
  });
});

describe("describeDurations (the forecast's assumptions in words)", () => {
  it("names every default", () => {
    expect(describeDurations(DEFAULT_FORECAST_DURATIONS)).toEqual([
      "Regionale stappen (werkdagen): concept 10, BOSD-akkoord 10, opening zienswijzeprocedure 5, nota van beantwoording 15 na het sluiten van de zienswijzetermijn, definitieve versie 5, opening toestemmingsprocedure 5.",
      "Zonder vergaderdata van de raad: raadsbesluit 20 werkdagen na ontvangst van het voorstel; bij aanhouden 20 werkdagen later.",
      "Zonder vergaderdata van het college: collegebesluit 5 werkdagen na het raadsbesluit; ondertekening 0 werkdag(en) na het collegebesluit; bekendmaking 2 werkdagen na de laatste ondertekening.",
    ]);
  });
});
