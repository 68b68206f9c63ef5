/**
 * Regional records (Wgr art. 1 lid 2–3: the ontwerp sent to the raden; planned.ts: a meeting held; the
 * raadsledenoverleg): the Dutch refusal texts and what is stored, pinned for the wave-10 StrykerJS run
 * (issue 20 point 13; records.test.ts and records.guards.test.ts assert most refusal codes).
 */
import { describe, expect, it } from "vitest";
import { applyGrCommand, type GrCommand, type GrProcedureState } from "@/lib/domain";
import { apply, ctxOn, inZienswijzeprocedure, newProcedure, receiveOntwerp } from "../procedures/fixtures";
import { expectRefused, fullProcedure, withStoredAddendumMember } from "./support";

const regional = (event: unknown) => ({ track: "regional", event }) as GrCommand;
const sent = (participantIds: unknown, sentOn: string, deliveryDays?: number) =>
  regional({
    type: "ontwerp_verzonden",
    participantIds,
    sentOn,
    ...(deliveryDays === undefined ? {} : { deliveryDays }),
  });
const concept = () =>
  apply(
    fullProcedure(),
    regional({ type: "concept_opgesteld", documentVersionId: "v1", label: "Concept v1", createdOn: "2026-03-10" }),
    "2026-03-10",
  );

function accepted(state: GrProcedureState, command: GrCommand, today: string) {
  const res = applyGrCommand(state, command, ctxOn(today));
  if (!res.ok) throw new Error(`${res.code}: ${res.message}`);
  return res;
}

describe("the ontwerp sent to the raden (Wgr art. 1 lid 2–3)", () => {
  it("names why a sending is refused", () => {
    expect(expectRefused(concept(), sent(["almere"], "2026-03-27"), "2026-03-28", "vereiste_stap_ontbreekt")).toBe(
      "Het verzenden van het ontwerp aan de raden kan pas worden geregistreerd als de zienswijzeprocedure is geopend.",
    );
    const s = inZienswijzeprocedure(fullProcedure());
    const none = "Kies ten minste één raad waaraan het ontwerp is verzonden.";
    expect(expectRefused(s, sent([], "2026-03-27"), "2026-03-28", "ongeldige_invoer")).toBe(none);
    expect(expectRefused(s, sent("almere", "2026-03-27"), "2026-03-28", "ongeldige_invoer")).toBe(none);
    expect(expectRefused(s, sent(["almere"], "2026-03-26"), "2026-03-28", "datum_te_vroeg")).toBe(
      "Datum van verzending (2026-03-26) ligt vóór de opening van de zienswijzeprocedure (2026-03-27).",
    );
    const once = apply(s, sent(["almere"], "2026-03-27"), "2026-03-28");
    expect(expectRefused(once, sent(["urk", "almere"], "2026-03-28"), "2026-03-28", "ongeldige_invoer")).toBe(
      "Voor Almere is de verzending al geregistreerd (2026-03-27).",
    );
  });

  it("not after the raad's confirmed receipt (the same day is allowed)", () => {
    const s = receiveOntwerp(inZienswijzeprocedure(fullProcedure()), "almere", "2026-03-30");
    expect(expectRefused(s, sent(["almere"], "2026-03-31"), "2026-03-31", "ongeldige_invoer")).toBe(
      "De raad van Almere ontving het ontwerp al op 2026-03-30; het kan niet later (2026-03-31) zijn verzonden.",
    );
    const same = accepted(s, sent(["almere"], "2026-03-30"), "2026-03-31").state;
    expect(same.regional.ontwerpVerzonden).toEqual({ almere: "2026-03-30" });
    // The confirmed receipt stays (an assumption never replaces it).
    expect(same.raadTracks.almere).toEqual(s.raadTracks.almere);
  });

  it("starts the assumed receipt from the regeling's delivery days; the record does not move the status", () => {
    const s = inZienswijzeprocedure(fullProcedure());
    const res = accepted(s, sent(["almere", "urk"], "2026-03-27", 5), "2026-03-28");
    expect(res.state.raadTracks.almere.zienswijze).toMatchObject({ receivedOn: "2026-04-01", assumed: true });
    expect(res.state.raadTracks.urk.zienswijze?.receivedOn).toBe("2026-04-01");
    expect(res.state.raadTracks.dronten).toEqual(s.raadTracks.dronten);
    expect(res.event).toMatchObject({
      type: "ontwerp_verzonden",
      from: "zienswijzeprocedure_geopend",
      to: "zienswijzeprocedure_geopend",
      subject: { kind: "gr_procedure", id: "gr-sdf" },
    });
    expect(res.events).toEqual([res.event]);
  });
});

describe("meetings and the raadsledenoverleg are recorded once there is a concept", () => {
  const held = (heldOn: string, participantId?: string) =>
    regional({
      type: "vergadering_gehouden",
      body: participantId ? "raad" : "bosd",
      ...(participantId ? { participantId } : {}),
      heldOn,
    });
  const overleg = (heldOn: string, notes: string) => regional({ type: "raadsledenoverleg_gehouden", heldOn, notes });

  it("names why a meeting is refused, and keeps the meetings in order", () => {
    expect(expectRefused(newProcedure(), held("2026-03-10"), "2026-03-11", "vereiste_stap_ontbreekt")).toBe(
      "Een vergadering over de regeling kan pas worden geregistreerd als er een concept is.",
    );
    expect(expectRefused(concept(), held("2026-03-09"), "2026-03-11", "datum_te_vroeg")).toBe(
      "Datum van de vergadering (2026-03-09) ligt vóór het opstellen van het concept (2026-03-10).",
    );
    const zeewolde = {
      id: "zeewolde",
      name: "Zeewolde",
      scope: "addendum" as const,
      scopeTopics: ["zorg_en_veiligheid"],
    };
    const withZeewolde = withStoredAddendumMember(concept(), zeewolde, "2026-03-10");
    expect(expectRefused(withZeewolde, held("2026-03-11", "zeewolde"), "2026-03-11", "buiten_reikwijdte")).toBe(
      "Zeewolde neemt aan deze procedure niet deel.",
    );
    const one = apply(concept(), held("2026-03-10"), "2026-03-11");
    const two = apply(one, held("2026-03-11", "urk"), "2026-03-11");
    expect(two.regional.vergaderingen).toStrictEqual([
      { body: "bosd", heldOn: "2026-03-10" },
      { body: "raad", participantId: "urk", heldOn: "2026-03-11" },
    ]);
  });

  it("names why a raadsledenoverleg is refused, and keeps its notes without surrounding spaces", () => {
    expect(
      expectRefused(newProcedure(), overleg("2026-03-10", "Notities"), "2026-03-11", "vereiste_stap_ontbreekt"),
    ).toBe("Een raadsledenoverleg over de regeling kan pas worden geregistreerd als er een concept is.");
    expect(expectRefused(concept(), overleg("2026-03-09", "Notities"), "2026-03-11", "datum_te_vroeg")).toBe(
      "Datum van het raadsledenoverleg (2026-03-09) ligt vóór het opstellen van het concept (2026-03-10).",
    );
    expect(expectRefused(concept(), overleg("2026-03-10", " "), "2026-03-11", "ongeldige_invoer")).toBe(
      "Het verslag of de aantekeningen is verplicht.",
    );
    const one = apply(concept(), overleg("2026-03-10", "  Eerste overleg "), "2026-03-11");
    const two = apply(one, overleg("2026-03-11", "Tweede"), "2026-03-11");
    expect(two.regional.raadsledenoverleggen).toEqual([
      { heldOn: "2026-03-10", notes: "Eerste overleg" },
      { heldOn: "2026-03-11", notes: "Tweede" },
    ]);
  });
});

describe("every record is one audited event", () => {
  it("a correction and a membership change return their event; a raad meeting without a raad is refused", () => {
    const s = inZienswijzeprocedure(fullProcedure());
    const corrected = accepted(
      s,
      regional({
        type: "regionale_stap_gecorrigeerd",
        step: "zienswijzeprocedure_geopend",
        date: "2026-03-26",
        reason: "Typfout",
      }),
      "2026-03-28",
    );
    expect(corrected.event).toMatchObject({ type: "regionale_stap_gecorrigeerd", from: "zienswijzeprocedure_geopend" });
    expect(corrected.events).toEqual([corrected.event]);
    const joined = accepted(
      s,
      regional({
        type: "deelnemer_toegetreden",
        participant: { id: "harderwijk", name: "Harderwijk", scope: "full", scopeTopics: [] },
        joinedOn: "2026-03-28",
        reason: "Besluit",
      }),
      "2026-03-28",
    );
    expect(joined.event).toMatchObject({
      type: "deelnemer_toegetreden",
      subject: { kind: "gr_procedure", id: "gr-sdf" },
    });
    expect(
      expectRefused(
        s,
        regional({ type: "vergadering_gehouden", body: "raad", heldOn: "2026-03-27" }),
        "2026-03-28",
        "onbekende_deelnemer",
      ),
    ).toBe('Onbekende deelnemer "" in deze procedure.');
  });
});
