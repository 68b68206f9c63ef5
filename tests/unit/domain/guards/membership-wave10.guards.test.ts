/**
 * Toetreding and uittreding during a GR procedure (Wgr art. 1 lid 1–5): the Dutch refusal texts and the
 * "at least two full participants" bound, pinned for the wave-10 StrykerJS run (issue 20 point 13; membership.test.ts
 * asserts the refusal codes).
 */
import { describe, expect, it } from "vitest";
import type { GrCommand, Participant } from "@/lib/domain";
import {
  apply,
  FULL,
  grantToestemming,
  inToestemming,
  inZienswijzeprocedure,
  newProcedure,
  PARTICIPANTS,
  sign,
} from "../procedures/fixtures";
import { expectRefused } from "./support";

const harderwijk: Participant = { id: "harderwijk", name: "Harderwijk", scope: "full", scopeTopics: [] };
const join = (participant: Participant, joinedOn: string, reason = "Besluit tot toetreding"): GrCommand => ({
  track: "regional",
  event: { type: "deelnemer_toegetreden", participant, joinedOn, reason },
});
const leave = (participantId: string, leftOn: string, reason = "Besluit tot uittreding"): GrCommand => ({
  track: "regional",
  event: { type: "deelnemer_uitgetreden", participantId, leftOn, reason },
});
const FUTURE = "ligt in de toekomst; registreer een besluit of ontvangst pas als het is gebeurd.";

describe("toetreding (Wgr art. 1 lid 3: the joining raad must be heard on the ontwerp)", () => {
  it("names why a toetreding is refused", () => {
    const s = inZienswijzeprocedure();
    expect(expectRefused(s, join(harderwijk, "2026-04-01", " "), "2026-04-02", "ongeldige_invoer")).toBe(
      "De reden is verplicht.",
    );
    expect(expectRefused(s, join(PARTICIPANTS[0], "2026-04-01"), "2026-04-02", "ongeldige_invoer")).toBe(
      "Almere neemt al deel aan deze procedure.",
    );
    expect(expectRefused(s, join(harderwijk, "2026-04-03"), "2026-04-02", "datum_in_toekomst")).toBe(
      `Datum van toetreding (2026-04-03) ${FUTURE}`,
    );
    const left = apply(s, leave("urk", "2026-04-01"), "2026-04-01");
    expect(expectRefused(left, join(PARTICIPANTS[4], "2026-04-02"), "2026-04-02", "ongeldige_overgang")).toBe(
      "Urk is in deze procedure uitgetreden; opnieuw toetreden kan met een wijziging van de regeling na deze procedure.",
    );
    const closed = apply(
      apply(
        inToestemming(),
        {
          track: "regional",
          event: {
            type: "herziene_versie_gepubliceerd",
            documentVersionId: "v3",
            label: "H",
            createdOn: "2026-09-02",
            reason: "x",
          },
        },
        "2026-09-02",
      ),
      {
        track: "regional",
        event: { type: "deelnemer_uitgetreden", participantId: "urk", leftOn: "2026-09-03", reason: "r" },
      },
      "2026-09-03",
    );
    expect(expectRefused(closed, join(harderwijk, "2026-09-03"), "2026-09-03", "ongeldige_overgang")).toBe(
      "Harderwijk kan niet meer toetreden in deze procedure: de raad moet een zienswijze kunnen geven op het ontwerp (artikel 1, derde lid, Wgr) en de zienswijzeprocedure is gesloten. Toetreden kan met een wijziging van de regeling na deze procedure.",
    );
  });

  it("records the reason without surrounding spaces, from the first regional status on", () => {
    const s = apply(newProcedure(), join(harderwijk, "2026-03-01", "  Besluit raad Harderwijk  "), "2026-03-01");
    expect(s.joined).toEqual({ harderwijk: { joinedOn: "2026-03-01", reason: "Besluit raad Harderwijk" } });
    expect(s.participants.at(-1)).toEqual(harderwijk);
  });
});

describe("uittreding (a gemeenschappelijke regeling needs at least two full participants)", () => {
  it("names why an uittreding is refused", () => {
    const s = inZienswijzeprocedure();
    expect(expectRefused(s, leave("elders", "2026-04-01"), "2026-04-02", "onbekende_deelnemer")).toBe(
      "Deze gemeente neemt niet (meer) deel aan deze procedure.",
    );
    expect(expectRefused(s, leave("urk", "2026-04-03"), "2026-04-02", "datum_in_toekomst")).toBe(
      `Datum van uittreding (2026-04-03) ${FUTURE}`,
    );
    let all = inToestemming();
    for (const id of FULL) all = sign(grantToestemming(all, id), id);
    const published = apply(
      all,
      { track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-12-15" } },
      "2026-12-15",
    );
    expect(expectRefused(published, leave("urk", "2026-12-16"), "2026-12-16", "ongeldige_overgang")).toBe(
      "De regeling is al bekendgemaakt; Urk treedt uit volgens de uittredingsbepaling van de regeling, niet in deze procedure.",
    );
  });

  it("three full participants: one may leave; then two remain and neither may; an addendum member does not count", () => {
    const three = inZienswijzeprocedure(
      newProcedure(
        undefined,
        PARTICIPANTS.filter((x) => ["almere", "dronten", "urk"].includes(x.id)),
      ),
    );
    const two = apply(three, leave("dronten", "2026-04-01", "  Besluit raad Dronten "), "2026-04-01");
    expect(two.participants.map((x) => x.id)).toEqual(["almere", "urk"]);
    expect(two.formerParticipants).toEqual([
      { participant: PARTICIPANTS[1], leftOn: "2026-04-01", reason: "Besluit raad Dronten" },
    ]);
    const tooFew =
      "Een gemeenschappelijke regeling heeft ten minste twee volwaardige deelnemers; na deze uittreding blijven er te weinig over.";
    expect(expectRefused(two, leave("urk", "2026-04-01"), "2026-04-02", "vereiste_stap_ontbreekt")).toBe(tooFew);
    // An addendum member can no longer join (membership-wave11.guards.test.ts), but a procedure stored before that
    // rule may hold one: it still does not count towards the two full participants.
    const zeewolde = { ...PARTICIPANTS[5] };
    const withAddendum = { ...two, participants: [...two.participants, zeewolde] };
    expect(withAddendum.participants.map((x) => x.id)).toEqual(["almere", "urk", "zeewolde"]);
    expect(expectRefused(withAddendum, leave("urk", "2026-04-02"), "2026-04-02", "vereiste_stap_ontbreekt")).toBe(
      tooFew,
    );
  });
});
