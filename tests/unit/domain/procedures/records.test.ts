import { describe, expect, it } from "vitest";
import {
  earliestInForceDateAfter,
  inForceAfterPublicationRefusal,
  latestPublicationDateFor,
  participantsAwaitingOntwerp,
  type GrCommand,
  type GrProcedureState,
} from "@/lib/domain";
import { apply, dec, FULL, grantToestemming, inToestemming, inZienswijzeprocedure } from "./fixtures";
import { newProcedure, refusal, sign } from "./fixtures";

describe("R11 / Awb art. 3:40: publication before the in-force date", () => {
  it("the last publication day is the day before the in-force date (1-1-2027 → 31-12-2026)", () => {
    expect(latestPublicationDateFor("2027-01-01")).toBe("2026-12-31");
    expect(latestPublicationDateFor("2028-03-01")).toBe("2028-02-29");
    expect(earliestInForceDateAfter("2026-12-31")).toBe("2027-01-01");
  });
  it("refuses on and before the publication day, accepts the day after", () => {
    expect(inForceAfterPublicationRefusal("X", "2027-01-01", "2027-01-01")?.code).toBe("datum_te_vroeg");
    expect(inForceAfterPublicationRefusal("X", "2026-12-30", "2027-01-01")?.code).toBe("datum_te_vroeg");
    expect(inForceAfterPublicationRefusal("X", "2027-01-01", "2026-12-31")).toBeNull();
    expect(inForceAfterPublicationRefusal("X", "2027-01-01", undefined)).toBeNull();
    expect(inForceAfterPublicationRefusal("De datum", "2027-01-01", "2027-01-01")?.message).toMatch(
      /^De datum \(2027-01-01\).*artikel 3:40 Awb.*uiterlijk op 2026-12-31/,
    );
  });
});

function signedByAll(): GrProcedureState {
  let s = inToestemming();
  for (const id of FULL) s = sign(grantToestemming(s, id), id);
  return s;
}
const publish = (extra: Record<string, string>): GrCommand => ({
  track: "regional",
  event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-12-15", ...extra },
});

describe("bekendmaking: publishing gemeente, Gemeenteblad and planned in-force date (Wgr art. 26)", () => {
  it("stores the publishing gemeente, the reference and the planned in-force date", () => {
    const s = apply(
      signedByAll(),
      publish({ reference: "Gmb. 2026, 123", publishingParticipantId: "almere", plannedInForceOn: "2027-01-01" }),
      "2026-12-15",
    );
    expect(s.regional.bekendmaking).toEqual({
      publishedOn: "2026-12-15",
      reference: "Gmb. 2026, 123",
      publishingParticipantId: "almere",
      plannedInForceOn: "2027-01-01",
    });
    expect(apply(signedByAll(), publish({}), "2026-12-15").regional.bekendmaking).toEqual({
      publishedOn: "2026-12-15",
    });
  });
  it("refuses a planned in-force date on or before the publication day", () => {
    expect(refusal(signedByAll(), publish({ plannedInForceOn: "2026-12-15" }), "2026-12-15").code).toBe(
      "datum_te_vroeg",
    );
    expect(refusal(signedByAll(), publish({ plannedInForceOn: "2026-12-01" }), "2026-12-15").code).toBe(
      "datum_te_vroeg",
    );
    expect(refusal(signedByAll(), publish({ plannedInForceOn: "2026-13-01" }), "2026-12-15").code).toBe(
      "ongeldige_datum",
    );
  });
  it("refuses a publishing gemeente that is not a full participant", () => {
    expect(refusal(signedByAll(), publish({ publishingParticipantId: "zeewolde" }), "2026-12-15").code).toBe(
      "onbekende_deelnemer",
    );
    expect(refusal(signedByAll(), publish({ publishingParticipantId: "elders" }), "2026-12-15").code).toBe(
      "onbekende_deelnemer",
    );
  });
});

const sent = (participantIds: string[], sentOn: string): GrCommand => ({
  track: "regional",
  event: { type: "ontwerp_verzonden", participantIds, sentOn },
});

describe("ontwerp sent to the raden (Wgr art. 1 lid 2–3)", () => {
  it("records per raad without moving the regional status", () => {
    const s0 = inZienswijzeprocedure();
    const s = apply(s0, sent(["almere", "urk"], "2026-03-27"), "2026-03-28");
    expect(s.regional.status).toBe(s0.regional.status);
    expect(s.regional.ontwerpVerzonden).toEqual({ almere: "2026-03-27", urk: "2026-03-27" });
    // Zeewolde (addendum) is no party to the new GR: it has no raad track, so no ontwerp to receive.
    expect(participantsAwaitingOntwerp(s)).toEqual(["dronten", "lelystad", "noordoostpolder"]);
    const all = apply(s, sent(participantsAwaitingOntwerp(s), "2026-03-28"), "2026-03-28");
    expect(all.regional.ontwerpVerzonden?.noordoostpolder).toBe("2026-03-28");
    expect(participantsAwaitingOntwerp(all)).toEqual([]);
  });
  it("refuses before the zienswijzeprocedure is open, before its opening, in the future, twice, or empty", () => {
    const s = inZienswijzeprocedure();
    const concept = apply(
      newProcedure(),
      {
        track: "regional",
        event: { type: "concept_opgesteld", documentVersionId: "v1", label: "v1", createdOn: "2026-03-10" },
      },
      "2026-03-10",
    );
    expect(refusal(concept, sent(["almere"], "2026-03-27"), "2026-03-28").code).toBe("vereiste_stap_ontbreekt");
    expect(refusal(s, sent(["almere"], "2026-03-26"), "2026-03-28").code).toBe("datum_te_vroeg");
    expect(refusal(s, sent(["almere"], "2026-03-29"), "2026-03-28").code).toBe("datum_in_toekomst");
    expect(refusal(s, sent([], "2026-03-27"), "2026-03-28").code).toBe("ongeldige_invoer");
    expect(refusal(s, sent(["elders"], "2026-03-27"), "2026-03-28").code).toBe("onbekende_deelnemer");
    const once = apply(s, sent(["almere"], "2026-03-27"), "2026-03-28");
    expect(refusal(once, sent(["almere"], "2026-03-28"), "2026-03-28").message).toContain("al geregistreerd");
  });
  it("refuses a raad outside the procedure's scope (Zeewolde's addendum)", () => {
    const s = inZienswijzeprocedure(newProcedure(["jeugd"]));
    expect(refusal(s, sent(["zeewolde"], "2026-03-27"), "2026-03-28").code).toBe("onbekende_deelnemer");
  });
  it("refuses a send date after the raad already received the ontwerp", () => {
    const received: GrCommand["event"] = {
      type: "ontwerp_ontvangen",
      receivedOn: "2026-03-28",
      documentVersionId: "v1",
    };
    const s = apply(
      inZienswijzeprocedure(),
      { track: "raad", participantId: "almere", event: received } as GrCommand,
      "2026-03-30",
    );
    expect(refusal(s, sent(["almere"], "2026-03-29"), "2026-03-30").message).toContain("ontving het ontwerp al");
    expect(apply(s, sent(["almere"], "2026-03-28"), "2026-03-30").regional.ontwerpVerzonden?.almere).toBe("2026-03-28");
  });
});

const overleg = (heldOn: string, notes: string): GrCommand => ({
  track: "regional",
  event: { type: "raadsledenoverleg_gehouden", heldOn, notes },
});

describe("regional raadsledenoverleg (klankbord)", () => {
  it("records date and notes, appends, and keeps the status", () => {
    const s0 = inZienswijzeprocedure();
    let s = apply(s0, overleg("2026-04-02", "  Klankbord: vragen over sturing. "), "2026-04-02");
    s = apply(s, overleg("2026-04-09", "Tweede overleg."), "2026-04-09");
    expect(s.regional.status).toBe(s0.regional.status);
    expect(s.regional.raadsledenoverleggen).toEqual([
      { heldOn: "2026-04-02", notes: "Klankbord: vragen over sturing." },
      { heldOn: "2026-04-09", notes: "Tweede overleg." },
    ]);
  });
  it("refuses without a concept, before it, in the future, or without notes", () => {
    const s = inZienswijzeprocedure();
    expect(refusal(newProcedure(), overleg("2026-04-02", "x"), "2026-04-02").code).toBe("vereiste_stap_ontbreekt");
    expect(refusal(s, overleg("2026-03-09", "x"), "2026-04-02").code).toBe("datum_te_vroeg");
    expect(refusal(s, overleg("2026-04-03", "x"), "2026-04-02").code).toBe("datum_in_toekomst");
    expect(refusal(s, overleg("2026-04-02", "  "), "2026-04-02").code).toBe("ongeldige_invoer");
  });
});

const voornemen = (participantId: string, documentVersionId: string, decidedOn: string): GrCommand => ({
  track: "college",
  participantId,
  event: { type: "voorgenomen_besluit_genomen", decision: { ...dec(documentVersionId, decidedOn), body: "college" } },
});

describe("voorgenomen collegebesluit (Wgr art. 1 lid 2)", () => {
  it("records on the current version before the raad's toestemming, status unchanged", () => {
    const s0 = inToestemming();
    const s = apply(s0, voornemen("almere", "v2", "2026-09-02"), "2026-09-03");
    expect(s.collegeTracks.almere.status).toBe("wacht_op_toestemming");
    expect(s.collegeTracks.almere.voorgenomenBesluit).toEqual({ ...dec("v2", "2026-09-02"), body: "college" });
  });
  it("refuses after the toestemming, on another version, before the version existed, in the future", () => {
    const s = inToestemming();
    expect(refusal(grantToestemming(s, "almere"), voornemen("almere", "v2", "2026-09-02"), "2026-12-01").code).toBe(
      "ongeldige_overgang",
    );
    expect(refusal(s, voornemen("almere", "v1", "2026-09-02"), "2026-09-03").code).toBe("versie_komt_niet_overeen");
    expect(refusal(s, voornemen("almere", "v2", "2026-01-02"), "2026-09-03").code).toBe("datum_te_vroeg");
    expect(refusal(s, voornemen("almere", "v2", "2026-09-04"), "2026-09-03").code).toBe("datum_in_toekomst");
  });
  it("refuses when there is no version yet, and outside the addendum's scope", () => {
    expect(refusal(newProcedure(), voornemen("almere", "v1", "2026-01-02"), "2026-09-03").code).toBe(
      "vereiste_stap_ontbreekt",
    );
    const jeugd = inZienswijzeprocedure(newProcedure(["jeugd"]));
    expect(refusal(jeugd, voornemen("zeewolde", "v1", "2026-03-28"), "2026-03-28").code).toBe("onbekende_deelnemer");
  });
  it("refuses once the college has decided (status no longer wacht_op_toestemming)", () => {
    const s = sign(grantToestemming(inToestemming(), "almere"), "almere");
    expect(refusal(s, voornemen("almere", "v2", "2026-09-02"), "2026-12-20").code).toBe("ongeldige_overgang");
  });
});
