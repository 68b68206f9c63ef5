/**
 * The correction of a regional step's date (issue 15 point 5; the legal order of Wgr art. 1 lid 2–4, Awb art. 3:40):
 * the Dutch refusal texts, which name the step and the fact that bounds it, and the correction record, pinned for
 * the wave-10 StrykerJS run (issue 20 point 13; corrections.test.ts asserts most refusal codes).
 */
import { describe, expect, it } from "vitest";
import {
  type CorrectableRegionalStep,
  type GrCommand,
  type GrProcedureState,
  isRegionalStepRecorded,
  recordedRegionalDate,
} from "@/lib/domain";
import {
  apply,
  FULL,
  grantToestemming,
  inToestemming,
  inZienswijzeprocedure,
  receiveOntwerp,
  sign,
} from "../procedures/fixtures";
import { expectRefused, fullProcedure as fullProcedureStand } from "./support";

const TODAY = "2027-02-01";
const correct = (
  step: CorrectableRegionalStep,
  date: string,
  extra: { participantId?: string; reason?: string; deliveryDays?: number } = {},
): GrCommand => ({
  track: "regional",
  event: { type: "regionale_stap_gecorrigeerd", step, date, reason: "verkeerd overgenomen", ...extra },
});

/** Every full participant signed on 2026-11-03; published 2026-12-15; in force 2027-01-01. */
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

describe("the refusal names the step and what bounds it", () => {
  const s = inWerking();

  it("a reason, a date that is not in the future, and a date already recorded", () => {
    expect(expectRefused(s, correct("bosd_akkoord", "2026-03-25", { reason: " " }), TODAY, "ongeldige_invoer")).toBe(
      "De reden van de correctie is verplicht.",
    );
    expect(expectRefused(s, correct("bosd_akkoord", "2027-02-02"), TODAY, "datum_in_toekomst")).toBe(
      "Gecorrigeerde datum (2027-02-02) ligt in de toekomst; registreer een besluit of ontvangst pas als het is gebeurd.",
    );
    expect(
      expectRefused(
        inZienswijzeprocedure(),
        correct("nota_van_beantwoording_vastgesteld", "2026-03-28"),
        TODAY,
        "vereiste_stap_ontbreekt",
      ),
    ).toBe("Er is nog geen datum van de vaststelling van de nota van beantwoording geregistreerd.");
  });

  it("the step before and the step after in the legal order", () => {
    expect(expectRefused(s, correct("concept_opgesteld", "2026-03-21"), TODAY, "datum_te_vroeg")).toBe(
      "De gecorrigeerde datum van het opstellen van het concept (2026-03-21) ligt na het akkoord van het BOSD (2026-03-20). Kies een datum tot en met 2026-03-20, of corrigeer eerst die latere datum.",
    );
    expect(expectRefused(s, correct("bosd_akkoord", "2026-03-09"), TODAY, "datum_te_vroeg")).toBe(
      "Gecorrigeerde datum (2026-03-09) ligt vóór het opstellen van het concept (2026-03-10).",
    );
    expect(expectRefused(s, correct("definitieve_versie_vastgesteld", "2026-09-02"), TODAY, "datum_te_vroeg")).toBe(
      "De gecorrigeerde datum van het vaststellen van de definitieve versie (2026-09-02) ligt na de opening van de toestemmingsprocedure (2026-09-01). Kies een datum tot en met 2026-09-01, of corrigeer eerst die latere datum.",
    );
  });

  it("Awb art. 3:40: the bekendmaking after the last signature and before the inwerkingtreding, either side corrected", () => {
    expect(expectRefused(s, correct("bekendmaking_geregistreerd", "2026-11-02"), TODAY, "datum_te_vroeg")).toBe(
      "Gecorrigeerde datum (2026-11-02) ligt vóór de laatste ondertekening (2026-11-03).",
    );
    expect(expectRefused(s, correct("bekendmaking_geregistreerd", "2027-01-01"), TODAY, "datum_te_vroeg")).toMatch(
      /^De datum van inwerkingtreding \(2027-01-01\) moet na de dag van bekendmaking \(2027-01-01\) liggen/,
    );
    expect(expectRefused(s, correct("inwerkingtreding_geregistreerd", "2026-12-15"), TODAY, "datum_te_vroeg")).toMatch(
      /^De gecorrigeerde datum van inwerkingtreding \(2026-12-15\) moet na de dag van bekendmaking \(2026-12-15\) liggen/,
    );
  });

  it("the toestemmingsprocedure opened before any raad received the toestemmingsvoorstel", () => {
    // Every raad received it on 2026-09-02 (grantToestemming); the definitieve versie is of 2026-06-20.
    expect(expectRefused(s, correct("toestemmingsprocedure_geopend", "2026-09-03"), TODAY, "datum_te_vroeg")).toBe(
      "De gecorrigeerde datum van de opening van de toestemmingsprocedure (2026-09-03) ligt na de ontvangst van het toestemmingsvoorstel door Almere (2026-09-02). Kies een datum tot en met 2026-09-02, of corrigeer eerst die latere datum.",
    );
  });
});

describe("Wgr art. 1 lid 2–3: the opening, the sending and the closing of the zienswijzeprocedure", () => {
  const sent = (s: GrProcedureState, ids: string[], sentOn: string) =>
    apply(s, { track: "regional", event: { type: "ontwerp_verzonden", participantIds: ids, sentOn } }, sentOn);

  it("the opening not after a sending or a confirmed receipt", () => {
    const z = sent(inZienswijzeprocedure(), ["dronten"], "2026-03-28");
    expect(expectRefused(z, correct("zienswijzeprocedure_geopend", "2026-03-29"), TODAY, "datum_te_vroeg")).toBe(
      "De gecorrigeerde datum van de opening van de zienswijzeprocedure (2026-03-29) ligt na de verzending aan de raad van Dronten (2026-03-28). Kies een datum tot en met 2026-03-28, of corrigeer eerst die latere datum.",
    );
    const received = receiveOntwerp(inZienswijzeprocedure(), "almere", "2026-03-30");
    expect(expectRefused(received, correct("zienswijzeprocedure_geopend", "2026-03-31"), TODAY, "datum_te_vroeg")).toBe(
      "De gecorrigeerde datum van de opening van de zienswijzeprocedure (2026-03-31) ligt na de ontvangst door de griffie van Almere (2026-03-30). Kies een datum tot en met 2026-03-30, of corrigeer eerst die latere datum.",
    );
  });

  it("the sending to a raad: not before the opening, not after that raad's confirmed receipt; it moves an assumed receipt", () => {
    const z = sent(inZienswijzeprocedure(), ["almere", "dronten"], "2026-03-28");
    expect(
      expectRefused(
        z,
        correct("ontwerp_verzonden", "2026-03-26", { participantId: "almere" }),
        TODAY,
        "datum_te_vroeg",
      ),
    ).toBe("Gecorrigeerde datum (2026-03-26) ligt vóór de opening van de zienswijzeprocedure (2026-03-27).");
    const confirmed = receiveOntwerp(z, "almere", "2026-03-30");
    expect(
      expectRefused(
        confirmed,
        correct("ontwerp_verzonden", "2026-03-31", { participantId: "almere" }),
        TODAY,
        "datum_te_vroeg",
      ),
    ).toBe(
      "De gecorrigeerde datum van de verzending van het ontwerp aan de raad (2026-03-31) ligt na de ontvangst door de griffie van Almere (2026-03-30). Kies een datum tot en met 2026-03-30, of corrigeer eerst die latere datum.",
    );
    // Dronten's receipt is still the assumed one (sent + 2 days): it follows the corrected send date.
    const moved = apply(
      z,
      correct("ontwerp_verzonden", "2026-03-27", { participantId: "dronten", reason: " Typfout " }),
      "2026-04-01",
    );
    expect(moved.regional.ontwerpVerzonden).toEqual({ almere: "2026-03-28", dronten: "2026-03-27" });
    expect(moved.raadTracks.dronten.zienswijze).toMatchObject({ receivedOn: "2026-03-29", assumed: true });
    expect(moved.raadTracks.almere).toEqual(z.raadTracks.almere);
    expect(moved.regional.corrections).toStrictEqual([
      {
        step: "ontwerp_verzonden",
        participantId: "dronten",
        from: "2026-03-28",
        to: "2026-03-27",
        reason: "Typfout",
        correctedOn: "2026-04-01",
      },
    ]);
  });

  it("the closing not before a raad's own term ended (the message names the raad and its last day)", () => {
    let z = inZienswijzeprocedure();
    for (const id of Object.keys(z.raadTracks)) z = receiveOntwerp(z, id, "2026-03-30");
    z = apply(
      z,
      { track: "regional", event: { type: "zienswijzeprocedure_gesloten", closedOn: "2026-05-27" } },
      "2026-05-27",
    );
    expect(expectRefused(z, correct("zienswijzeprocedure_gesloten", "2026-05-26"), TODAY, "datum_te_vroeg")).toBe(
      "De gecorrigeerde datum van de sluiting van de zienswijzeprocedure (2026-05-26) valt niet na de termijn van Almere, die loopt tot en met 2026-05-26.",
    );
  });

  it("the concept not after a raadsledenoverleg about it", () => {
    const z = apply(
      inZienswijzeprocedure(),
      { track: "regional", event: { type: "raadsledenoverleg_gehouden", heldOn: "2026-03-12", notes: "Klankbord" } },
      "2026-03-28",
    );
    expect(expectRefused(z, correct("concept_opgesteld", "2026-03-13"), TODAY, "datum_te_vroeg")).toBe(
      "De gecorrigeerde datum van het opstellen van het concept (2026-03-13) ligt na een raadsledenoverleg over het concept (2026-03-12). Kies een datum tot en met 2026-03-12, of corrigeer eerst die latere datum.",
    );
    expect(apply(z, correct("concept_opgesteld", "2026-03-12"), TODAY).documentVersions[0].createdOn).toBe(
      "2026-03-12",
    );
  });
});

describe("which step dates are recorded, and the boundaries of a corrected date", () => {
  it("a step is recorded only once it happened (the sending: once any raad was sent the ontwerp)", () => {
    const fresh = fullProcedureStand();
    for (const step of [
      "bosd_akkoord",
      "zienswijzeprocedure_geopend",
      "zienswijzeprocedure_gesloten",
      "ontwerp_verzonden",
    ] as const) {
      expect(isRegionalStepRecorded(fresh, step), step).toBe(false);
      expect(recordedRegionalDate(fresh, step, "almere"), step).toBeUndefined();
    }
    const z = inZienswijzeprocedure();
    expect(isRegionalStepRecorded(z, "nota_van_beantwoording_vastgesteld")).toBe(false);
    expect(isRegionalStepRecorded(z, "zienswijzeprocedure_geopend")).toBe(true);
    expect(
      expectRefused(
        z,
        correct("ontwerp_verzonden", "2026-03-28", { participantId: "almere" }),
        TODAY,
        "vereiste_stap_ontbreekt",
      ),
    ).toBe("Er is nog geen datum van de verzending van het ontwerp aan de raad geregistreerd.");
    const sentTo = apply(
      z,
      { track: "regional", event: { type: "ontwerp_verzonden", participantIds: ["urk"], sentOn: "2026-03-28" } },
      "2026-03-28",
    );
    expect(isRegionalStepRecorded(sentTo, "ontwerp_verzonden")).toBe(true);
  });

  it("the same day as the next fact is allowed (concept = akkoord; opening = sending = receipt)", () => {
    const s = inWerking();
    expect(
      apply(s, correct("concept_opgesteld", "2026-03-20"), TODAY).documentVersions.map((v) => v.createdOn),
    ).toEqual(["2026-03-20", "2026-06-20"]);
    expect(
      apply(s, correct("toestemmingsprocedure_geopend", "2026-09-02"), TODAY).regional.toestemmingsprocedure?.openedOn,
    ).toBe("2026-09-02");
    const sentTo = apply(
      inZienswijzeprocedure(),
      { track: "regional", event: { type: "ontwerp_verzonden", participantIds: ["urk"], sentOn: "2026-03-28" } },
      "2026-03-28",
    );
    expect(
      apply(sentTo, correct("zienswijzeprocedure_geopend", "2026-03-28"), TODAY).regional.zienswijzeprocedure?.openedOn,
    ).toBe("2026-03-28");
    const received = receiveOntwerp(inZienswijzeprocedure(), "almere", "2026-03-30");
    for (const on of ["2026-03-30", "2026-03-21"])
      expect(
        apply(received, correct("zienswijzeprocedure_geopend", on), TODAY).regional.zienswijzeprocedure?.openedOn,
      ).toBe(on);
  });

  it("every raad's receipt of the toestemmingsvoorstel bounds the opening, not only the first one listed", () => {
    let s = inToestemming();
    const voorstel = (id: string, on: string) =>
      apply(
        s,
        {
          track: "raad",
          participantId: id,
          event: { type: "toestemmingsvoorstel_ontvangen", receivedOn: on, documentVersionId: "v2" },
        },
        on,
      );
    s = voorstel("almere", "2026-09-05");
    s = voorstel("dronten", "2026-09-02");
    expect(expectRefused(s, correct("toestemmingsprocedure_geopend", "2026-09-03"), TODAY, "datum_te_vroeg")).toBe(
      "De gecorrigeerde datum van de opening van de toestemmingsprocedure (2026-09-03) ligt na de ontvangst van het toestemmingsvoorstel door Dronten (2026-09-02). Kies een datum tot en met 2026-09-02, of corrigeer eerst die latere datum.",
    );
  });

  it("the bekendmaking after the LATEST signature (not the last listed), and without an inwerkingtreding yet", () => {
    let s = inToestemming();
    for (const id of FULL) s = sign(grantToestemming(s, id), id, "v2", id === "almere" ? "2026-11-05" : "2026-11-03");
    s = apply(
      s,
      { track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-12-15" } },
      "2026-12-15",
    );
    expect(expectRefused(s, correct("bekendmaking_geregistreerd", "2026-11-04"), TODAY, "datum_te_vroeg")).toBe(
      "Gecorrigeerde datum (2026-11-04) ligt vóór de laatste ondertekening (2026-11-05).",
    );
    // Not the first listed either: Dronten signed last.
    let d = inToestemming();
    for (const id of FULL) d = sign(grantToestemming(d, id), id, "v2", id === "dronten" ? "2026-11-06" : "2026-11-03");
    d = apply(
      d,
      { track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-12-15" } },
      "2026-12-15",
    );
    expect(expectRefused(d, correct("bekendmaking_geregistreerd", "2026-11-05"), TODAY, "datum_te_vroeg")).toBe(
      "Gecorrigeerde datum (2026-11-05) ligt vóór de laatste ondertekening (2026-11-06).",
    );
    expect(
      apply(s, correct("bekendmaking_geregistreerd", "2026-11-05"), TODAY).regional.bekendmaking?.publishedOn,
    ).toBe("2026-11-05");
  });

  it("names 'een uitgetreden deelnemer' for a sending to a raad that has since left the procedure", () => {
    let z = inZienswijzeprocedure();
    z = apply(
      z,
      { track: "regional", event: { type: "ontwerp_verzonden", participantIds: ["urk"], sentOn: "2026-03-28" } },
      "2026-03-28",
    );
    z = apply(
      z,
      {
        track: "regional",
        event: { type: "deelnemer_uitgetreden", participantId: "urk", leftOn: "2026-03-29", reason: "Besluit" },
      },
      "2026-03-29",
    );
    expect(expectRefused(z, correct("zienswijzeprocedure_geopend", "2026-03-29"), TODAY, "datum_te_vroeg")).toBe(
      "De gecorrigeerde datum van de opening van de zienswijzeprocedure (2026-03-29) ligt na de verzending aan de raad van een uitgetreden deelnemer (2026-03-28). Kies een datum tot en met 2026-03-28, of corrigeer eerst die latere datum.",
    );
  });
});
