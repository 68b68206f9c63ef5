/**
 * Guards of the raad track (issue 20 point 13) that the wave-9 StrykerJS run on raad-track.ts showed unpinned by every
 * domain test (each checked by hand: the refusal turned into `if (false)`, all domain tests green before this file).
 */
import { describe, expect, it } from "vitest";
import type { GrCommand, GrProcedureState } from "@/lib/domain";
import { apply, inToestemming, inZienswijzeprocedure, PARTICIPANTS, receiveOntwerp } from "../procedures/fixtures";
import { expectRefused, fullProcedure, toestemmingOnAgenda, withStoredAddendumMember } from "./support";

const raad = (participantId: string, event: unknown): GrCommand =>
  ({ track: "raad", participantId, event }) as GrCommand;

describe("R13: a raad outside the procedure's scope has no step in it", () => {
  it("refuses the receipt of the ontwerp by a raad whose addendum does not cover the procedure's topics", () => {
    const zeewolde = PARTICIPANTS.find((p) => p.id === "zeewolde");
    // Zeewolde (addendum: zorg en veiligheid) in a Jeugd procedure stored before the join refused addendum members.
    const s = withStoredAddendumMember(
      inZienswijzeprocedure(fullProcedure(["jeugd"])),
      zeewolde as never,
      "2026-03-27",
    );
    const receipt = { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" };
    expect(expectRefused(s, raad("zeewolde", receipt), "2026-03-30", "buiten_reikwijdte")).toBe(
      "Zeewolde neemt alleen deel via een addendum voor zorg_en_veiligheid; dit stuk gaat over jeugd en valt daarbuiten.",
    );
    expect(apply(s, raad("almere", receipt), "2026-03-30").raadTracks.almere.status).toBe("ontvangen");
  });
});

describe("Gemeentewet art. 18–19 / Wgr art. 1 lid 3: the zienswijze on the agenda of a meeting after the receipt", () => {
  // Almere received the ontwerp on 2026-03-30.
  const s = receiveOntwerp(inZienswijzeprocedure(fullProcedure()), "almere", "2026-03-30");
  const agenda = (a: Record<string, string>) => raad("almere", { type: "zienswijze_geagendeerd", agenda: a });

  it("refuses an agenda without a date and a meeting before the receipt; the day of receipt is allowed", () => {
    expectRefused(s, agenda({}), "2026-04-01", "ongeldige_invoer");
    expectRefused(s, agenda({ raadDate: "2026-03-29" }), "2026-04-01", "datum_te_vroeg");
    expectRefused(s, agenda({ commissieDate: "2026-03-29", raadDate: "2026-04-20" }), "2026-04-01", "datum_te_vroeg");
    expect(apply(s, agenda({ raadDate: "2026-03-30" }), "2026-04-01").raadTracks.almere.status).toBe("geagendeerd");
  });
});

describe("Wgr art. 1 lid 4: the toestemming on the agenda, refused with a motivation, held over with dates", () => {
  // Every raad received the toestemmingsvoorstel (v2) on 2026-09-02 (support.toestemmingOnAgenda).
  const received = (): GrProcedureState =>
    apply(
      inToestemming(fullProcedure()),
      raad("almere", { type: "toestemmingsvoorstel_ontvangen", receivedOn: "2026-09-02", documentVersionId: "v2" }),
      "2026-09-02",
    );

  it("refuses an agenda without a date or before the receipt of the toestemmingsvoorstel", () => {
    const s = received();
    const agenda = (a: Record<string, string>) => raad("almere", { type: "toestemming_geagendeerd", agenda: a });
    expectRefused(s, agenda({}), "2026-09-03", "ongeldige_invoer");
    expectRefused(s, agenda({ raadDate: "2026-09-01" }), "2026-09-03", "datum_te_vroeg");
    expect(apply(s, agenda({ raadDate: "2026-09-02" }), "2026-09-03").raadTracks.almere.status).toBe(
      "toestemming_geagendeerd",
    );
  });

  it("refuses a weigering without a motivation (the raad must say why it withholds toestemming)", () => {
    const s = toestemmingOnAgenda(inToestemming(fullProcedure()), "almere", "2026-09-03");
    const weiger = (motivation: string) =>
      raad("almere", {
        type: "toestemming_geweigerd",
        decision: { documentVersionId: "v2", decidedOn: "2026-10-07", body: "raad" },
        ground: "strijd_met_het_recht",
        motivation,
      });
    expect(expectRefused(s, weiger("  "), "2026-10-07", "ongeldige_invoer")).toContain("motivering");
    expect(apply(s, weiger("Strijdig met de Jeugdwet."), "2026-10-07").raadTracks.almere.status).toBe(
      "toestemming_geweigerd",
    );
  });

  it("refuses an aanhouden dated before the receipt, in the future, or with an expected date that is no date", () => {
    const s = toestemmingOnAgenda(inToestemming(fullProcedure()), "almere", "2026-09-03");
    const hold = (decidedOn: string, expectedDate: string) =>
      raad("almere", { type: "toestemming_aangehouden", decidedOn, expectedDate });
    expectRefused(s, hold("2026-09-01", "2026-11-04"), "2026-10-07", "datum_te_vroeg");
    expectRefused(s, hold("2026-10-08", "2026-11-04"), "2026-10-07", "datum_in_toekomst");
    expectRefused(s, hold("2026-10-07", "4 november"), "2026-10-07", "ongeldige_datum");
    expect(apply(s, hold("2026-09-02", "2026-11-04"), "2026-10-07").raadTracks.almere.status).toBe(
      "toestemming_aangehouden",
    );
  });
});
