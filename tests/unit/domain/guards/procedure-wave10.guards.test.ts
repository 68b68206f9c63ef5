/**
 * The GR procedure's entry point (Wgr art. 1 lid 2–5, R8): the Dutch texts of its refusals and creation errors,
 * pinned for the wave-10 StrykerJS run (issue 20 point 13; procedure.guards.test.ts asserts codes and fragments).
 */
import { describe, expect, it } from "vitest";
import { createGrProcedure, type GrCommand } from "@/lib/domain";
import { inToestemming } from "../procedures/fixtures";
import { expectRefused, FULL_PARTICIPANTS, fullProcedure } from "./support";

const input = {
  id: "gr-x",
  kind: "gr_treffen" as const,
  title: "GR X",
  topics: ["jeugd"],
  participants: FULL_PARTICIPANTS,
};

describe("creating a GR procedure: the errors name the rule", () => {
  it("an unknown kind, a variant outside wijzigen, a participant twice", () => {
    expect(() => createGrProcedure({ ...input, kind: "gr_oprichten" as never })).toThrow(
      "Onbekend soort GR-procedure: gr_oprichten",
    );
    expect(() => createGrProcedure({ ...input, variant: "toetreden" })).toThrow(
      "Toetreden en uittreden zijn een vorm van 'gr_wijzigen' (Wgr art. 1 lid 5).",
    );
    expect(() => createGrProcedure({ ...input, participants: [FULL_PARTICIPANTS[0], FULL_PARTICIPANTS[0]] })).toThrow(
      "Elke deelnemer mag maar één keer voorkomen.",
    );
  });
});

describe("R8: a new version reaches a track only through the regional step", () => {
  it("says which step to use, for the raad and the college track", () => {
    const s = inToestemming(fullProcedure());
    const text = "Een nieuwe versie wordt doorgevoerd via de regionale stap 'herziene versie publiceren'.";
    for (const track of ["raad", "college"] as const) {
      const cmd = {
        track,
        participantId: "almere",
        event: { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v3" },
      };
      expect(expectRefused(s, cmd as GrCommand, "2026-10-01", "ongeldige_overgang")).toBe(text);
    }
    const unknown = {
      track: "raad",
      participantId: "elders",
      event: { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v3" },
    };
    expect(expectRefused(s, unknown as GrCommand, "2026-10-01", "onbekende_deelnemer")).toBe(
      'Onbekende deelnemer "elders" in deze procedure.',
    );
  });
});
