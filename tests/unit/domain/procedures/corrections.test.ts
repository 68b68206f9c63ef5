import { describe, expect, it } from "vitest";
import {
  CORRECTABLE_REGIONAL_STEP_KEYS,
  type CorrectableRegionalStep,
  type GrCommand,
  type GrProcedureState,
  isRegionalStepRecorded,
} from "@/lib/domain";
import {
  FULL,
  apply,
  grantToestemming,
  inToestemming,
  inZienswijzeprocedure,
  receiveOntwerp,
  refusal,
  sign,
} from "./fixtures";

/** Issue 15 point 5: every regional step's date can be corrected, with a reason, within the legal order. */
const correct = (step: CorrectableRegionalStep, date: string, participantId?: string): GrCommand => ({
  track: "regional",
  event: { type: "regionale_stap_gecorrigeerd", step, date, reason: "verkeerd overgenomen", participantId },
});
const TODAY = "2027-02-01";

/** Published 2026-12-15 after every full participant signed on 2026-11-03, in force 2027-01-01. */
function inWerking(): GrProcedureState {
  let s = inToestemming();
  for (const id of FULL) s = sign(grantToestemming(s, id), id);
  s = apply(
    s,
    { track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-12-15" } },
    "2026-12-15",
  );
  return apply(
    s,
    { track: "regional", event: { type: "inwerkingtreding_geregistreerd", effectiveOn: "2027-01-01" } },
    "2027-01-01",
  );
}

/** The corrected state: the new date is in place, and the old one is kept beside it with the reason. */
function corrected(
  s: GrProcedureState,
  step: CorrectableRegionalStep,
  date: string,
  read: (s: GrProcedureState) => unknown,
) {
  const before = read(s);
  const next = apply(s, correct(step, date), TODAY);
  expect(read(next)).toBe(date);
  expect(next.regional.corrections?.at(-1)).toEqual({
    step,
    from: before,
    to: date,
    reason: "verkeerd overgenomen",
    correctedOn: TODAY,
  });
  return next;
}

const version = (id: string) => (s: GrProcedureState) => s.documentVersions.find((v) => v.id === id)?.createdOn;

describe("correcting each regional step: a new record with its reason, within the legal order", () => {
  const s = inWerking();

  it("every correctable step is recorded in a procedure in force", () => {
    for (const step of CORRECTABLE_REGIONAL_STEP_KEYS)
      if (step !== "ontwerp_verzonden") expect(isRegionalStepRecorded(s, step), step).toBe(true);
  });

  it("concept: not after the BOSD-akkoord", () => {
    corrected(s, "concept_opgesteld", "2026-03-12", version("v1"));
    expect(refusal(s, correct("concept_opgesteld", "2026-03-21"), TODAY).code).toBe("datum_te_vroeg");
  });

  it("BOSD-akkoord: not before the concept, not after the opening of the zienswijzeprocedure", () => {
    corrected(s, "bosd_akkoord", "2026-03-25", (x) => x.regional.bosdAkkoord?.decidedOn);
    expect(refusal(s, correct("bosd_akkoord", "2026-03-09"), TODAY).code).toBe("datum_te_vroeg");
    expect(refusal(s, correct("bosd_akkoord", "2026-03-28"), TODAY).message).toContain(
      "de opening van de zienswijzeprocedure",
    );
  });

  it("closing of the zienswijzeprocedure: not before the nota's predecessor order, not after the nota", () => {
    corrected(s, "zienswijzeprocedure_gesloten", "2026-05-28", (x) => x.regional.zienswijzeprocedure?.closedOn);
    expect(refusal(s, correct("zienswijzeprocedure_gesloten", "2026-06-16"), TODAY).code).toBe("datum_te_vroeg");
    expect(refusal(s, correct("zienswijzeprocedure_gesloten", "2026-03-26"), TODAY).code).toBe("datum_te_vroeg");
  });

  it("closing: not before a raad's own 8-week term ended on the corrected day (Wgr art. 1 lid 3)", () => {
    let z = inZienswijzeprocedure();
    for (const id of Object.keys(z.raadTracks)) z = receiveOntwerp(z, id, "2026-03-30");
    // Nobody decided: the terms end on 2026-05-26 (Atw), so the procedure closed after that day.
    z = apply(
      z,
      { track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" } },
      "2026-05-27",
    );
    corrected(z, "zienswijzeprocedure_gesloten", "2026-05-28", (x) => x.regional.zienswijzeprocedure?.closedOn);
    expect(refusal(z, correct("zienswijzeprocedure_gesloten", "2026-05-26"), TODAY).message).toContain(
      "tot en met 2026-05-26",
    );
  });

  it("nota van beantwoording: between the closing and the definitieve versie", () => {
    corrected(s, "nota_van_beantwoording_vastgesteld", "2026-06-01", (x) => x.regional.notaVanBeantwoording?.decidedOn);
    expect(refusal(s, correct("nota_van_beantwoording_vastgesteld", "2026-05-26"), TODAY).code).toBe("datum_te_vroeg");
    expect(refusal(s, correct("nota_van_beantwoording_vastgesteld", "2026-06-21"), TODAY).code).toBe("datum_te_vroeg");
  });

  it("definitieve versie: between the nota and the opening of the toestemmingsprocedure", () => {
    corrected(s, "definitieve_versie_vastgesteld", "2026-07-01", version("v2"));
    expect(refusal(s, correct("definitieve_versie_vastgesteld", "2026-06-14"), TODAY).code).toBe("datum_te_vroeg");
    expect(refusal(s, correct("definitieve_versie_vastgesteld", "2026-09-02"), TODAY).code).toBe("datum_te_vroeg");
  });

  it("bekendmaking: after the last ondertekening, before the inwerkingtreding (Awb art. 3:40)", () => {
    corrected(s, "bekendmaking_geregistreerd", "2026-12-31", (x) => x.regional.bekendmaking?.publishedOn);
    expect(refusal(s, correct("bekendmaking_geregistreerd", "2026-11-02"), TODAY).message).toContain("ondertekening");
    expect(refusal(s, correct("bekendmaking_geregistreerd", "2027-01-01"), TODAY).message).toContain("3:40 Awb");
  });

  it("inwerkingtreding: after the day of bekendmaking (Awb art. 3:40), never in the future", () => {
    corrected(s, "inwerkingtreding_geregistreerd", "2026-12-16", (x) => x.regional.inwerkingtreding?.effectiveOn);
    expect(refusal(s, correct("inwerkingtreding_geregistreerd", "2026-12-15"), TODAY).message).toContain("3:40 Awb");
    expect(refusal(s, correct("inwerkingtreding_geregistreerd", "2027-02-02"), TODAY).code).toBe("datum_in_toekomst");
  });

  it("refuses a step that has no date yet, and keeps earlier corrections beside the new one", () => {
    const z = inZienswijzeprocedure();
    expect(refusal(z, correct("nota_van_beantwoording_vastgesteld", "2026-03-28"), TODAY).code).toBe(
      "vereiste_stap_ontbreekt",
    );
    const twice = apply(
      apply(s, correct("bosd_akkoord", "2026-03-25"), TODAY),
      correct("bosd_akkoord", "2026-03-24"),
      TODAY,
    );
    expect(twice.regional.corrections?.map((c) => [c.from, c.to])).toEqual([
      ["2026-03-20", "2026-03-25"],
      ["2026-03-25", "2026-03-24"],
    ]);
  });
});
