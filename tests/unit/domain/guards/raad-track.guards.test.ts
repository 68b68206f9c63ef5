/**
 * Guards of the raad track (issue 20 point 13) that no other domain test pinned: each test names the legal rule and
 * fails when its refusal is removed or turned into true/false (checked by applying the mutant by hand, see
 * docs/mutation.md).
 */
import { describe, expect, it } from "vitest";
import { transitionRaadTrack, type GrCommand, type GrProcedureState } from "@/lib/domain";
import { apply, ctxOn, dec, inToestemming, inZienswijzeprocedure, refusal } from "../procedures/fixtures";
import { FULL_PARTICIPANTS, toestemmingOnAgenda } from "./support";

/** Almere received the ontwerp (v1) on 2026-03-30. */
function received(): GrProcedureState {
  return apply(
    inZienswijzeprocedure(),
    {
      track: "raad",
      participantId: "almere",
      event: { type: "ontwerp_ontvangen", receivedOn: "2026-03-30", documentVersionId: "v1" },
    },
    "2026-03-30",
  );
}

const zienswijze = (points: { number: number; subject: string; text: string }[]): GrCommand => ({
  track: "raad",
  participantId: "almere",
  event: { type: "zienswijze_vastgesteld", decision: { ...dec("v1", "2026-05-19"), body: "raad" }, points },
});

describe("Wgr art. 1 lid 3: a zienswijze is a list of numbered points the nota van beantwoording answers", () => {
  it("refuses a point numbered 0, negative or not a whole number; point 1 is accepted", () => {
    const s = received();
    for (const number of [0, -1, 1.5]) {
      const r = refusal(s, zienswijze([{ number, subject: "art. 4", text: "Meer sturing." }]), "2026-05-19");
      expect(r.code).toBe("ongeldige_invoer");
      expect(r.message).toContain("volgnummer ≥ 1");
    }
    const ok = apply(s, zienswijze([{ number: 1, subject: "art. 4", text: "Meer sturing." }]), "2026-05-19");
    expect(ok.raadTracks.almere.status).toBe("zienswijze_vastgesteld");
  });

  it("refuses a point number used twice (each point gets its own answer); distinct numbers are accepted", () => {
    const s = received();
    const first = { number: 2, subject: "art. 4", text: "Meer sturing." };
    const twice = [first, { number: 2, subject: "bijlage", text: "Plustaken apart." }];
    const r = refusal(s, zienswijze(twice), "2026-05-19");
    expect(r.code).toBe("ongeldige_invoer");
    expect(r.message).toContain("Zienswijzepunt 2 komt twee keer voor");
    const distinct = [first, { number: 3, subject: "bijlage", text: "Plustaken apart." }];
    expect(apply(s, zienswijze(distinct), "2026-05-19").raadTracks.almere.zienswijze?.points).toHaveLength(2);
  });
});

describe("R8: a raadsbesluit about an older version does not count once a newer version is the geldende", () => {
  // Through applyGrCommand the herziene-versie cascade sends such a raad to herbesluit_nodig first; the raad track
  // itself must still refuse, so that the cascade is not the only thing standing between an old text and toestemming.
  const s = toestemmingOnAgenda(inToestemming(), "almere", "2026-10-07");
  const step = (type: "toestemming_verleend" | "toestemming_geweigerd", currentVersionId: string) =>
    transitionRaadTrack(
      s.raadTracks.almere,
      type === "toestemming_verleend"
        ? { type, decision: { ...dec("v2", "2026-10-07"), body: "raad" } }
        : {
            type,
            decision: { ...dec("v2", "2026-10-07"), body: "raad" },
            ground: "strijd_met_het_recht",
            motivation: "Strijdig met de Jeugdwet.",
          },
      {
        ...ctxOn("2026-10-07"),
        participant: FULL_PARTICIPANTS[0],
        topics: s.topics,
        regional: s.regional,
        currentVersionId,
      },
    );

  it("R8: a new version that is the version the raad already decides on sends it nowhere; another version does", () => {
    const ctx = {
      ...ctxOn("2026-10-07"),
      participant: FULL_PARTICIPANTS[0],
      topics: s.topics,
      regional: s.regional,
      currentVersionId: "v2",
    };
    const same = transitionRaadTrack(
      s.raadTracks.almere,
      { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v2" },
      ctx,
    );
    if (same.ok) throw new Error("the same version was treated as a new one");
    expect(same.code).toBe("ongeldige_invoer");
    expect(same.message).toContain("al over deze versie");
    const other = transitionRaadTrack(
      s.raadTracks.almere,
      { type: "nieuwe_versie_gepubliceerd", documentVersionId: "v3" },
      ctx,
    );
    expect(other.ok && other.state.status).toBe("herbesluit_nodig");
  });

  it("refuses toestemming verleend and geweigerd on v2 when v3 is the geldende version; on v2 itself both pass", () => {
    for (const type of ["toestemming_verleend", "toestemming_geweigerd"] as const) {
      const r = step(type, "v3");
      if (r.ok) throw new Error(`${type} on an old version was accepted`);
      expect(r.code).toBe("versie_komt_niet_overeen");
      expect(r.message).toContain('nieuwere versie ("v3")');
      expect(step(type, "v2").ok).toBe(true);
    }
  });
});

describe("Gemeentewet art. 32 lid 2 / aanhouden: the new decision date lies after the day of holding over", () => {
  const s = toestemmingOnAgenda(inToestemming(), "almere", "2026-10-07");
  const hold = (expectedDate: string): GrCommand => ({
    track: "raad",
    participantId: "almere",
    event: { type: "toestemming_aangehouden", decidedOn: "2026-10-07", expectedDate },
  });

  it("refuses the same day as the expected new date; the next day is accepted", () => {
    const r = refusal(s, hold("2026-10-07"), "2026-10-07");
    expect(r.code).toBe("ongeldige_invoer");
    expect(r.message).toContain("na de datum van het aanhouden");
    expect(apply(s, hold("2026-10-08"), "2026-10-07").raadTracks.almere.status).toBe("toestemming_aangehouden");
  });
});
