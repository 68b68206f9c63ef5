import { describe, expect, it } from "vitest";
import { formatDutchDate, type GrCommand, lateMeetingWarnings, lateZienswijzeWarnings } from "@/lib/domain";
import { apply, dec, inZienswijzeprocedure, receiveOntwerp } from "./fixtures";

/** Urk receives the ontwerp on 30 March 2026; the 8-week termijn (R2, Atw-extended) ends late May 2026. */
function urkAdopts(on: string) {
  const s = receiveOntwerp(inZienswijzeprocedure(), "urk", "2026-03-30");
  const adopt: GrCommand = {
    track: "raad",
    participantId: "urk",
    event: {
      type: "zienswijze_vastgesteld",
      decision: dec("v1", on),
      points: [{ number: 1, subject: "art 1", text: "x" }],
    },
  };
  return apply(s, adopt, on).raadTracks.urk;
}

describe("warnings (not refusals) for late steps", () => {
  it("a zienswijze adopted after its termijn is saved and warned about, with both dates in words", () => {
    const track = urkAdopts("2026-06-02");
    const warnings = lateZienswijzeWarnings(track);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("dinsdag 2 juni 2026");
    const end = track.zienswijze?.deadline.end ?? "";
    expect(end < "2026-06-02").toBe(true);
    expect(warnings[0]).toContain(`(${formatDutchDate(end)})`);
  });

  it("a zienswijze adopted within its termijn gives no warning", () => {
    expect(lateZienswijzeWarnings(urkAdopts("2026-05-20"))).toEqual([]);
    expect(lateZienswijzeWarnings(undefined)).toEqual([]);
  });

  it("a raad meeting after the end of a running termijn is warned about; on the last day it is not", () => {
    const termijnen = [
      { title: "Wijziging GR Veiligheidsregio", end: "2026-05-25" },
      { title: "GR Omgevingsdienst", end: "2026-07-01" },
    ];
    const after = lateMeetingWarnings("2026-05-26", termijnen);
    expect(after).toHaveLength(1);
    expect(after[0]).toContain("Wijziging GR Veiligheidsregio");
    expect(lateMeetingWarnings("2026-05-25", termijnen)).toEqual([]);
    expect(lateMeetingWarnings("2026-07-02", termijnen)).toHaveLength(2);
  });
});
