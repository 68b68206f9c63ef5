/**
 * Wave 11 (issue 20 point 13): the correction of a regional step's date (issue 15 point 5).
 * - Wgr art. 1 lid 1 and 4: a corrected bekendmaking is bounded by the latest signature of a PARTY only (the filter
 *   on full participants; wave 10 left it unpinned, corrections.ts:274–275).
 * - The refusal texts say what to do instead, and name a raad that has left the procedure in plain words.
 */
import { describe, expect, it } from "vitest";
import type { CorrectableRegionalStep, GrCommand, GrProcedureState } from "@/lib/domain";
import { apply, FULL, grantToestemming, inToestemming, inZienswijzeprocedure, sign } from "../procedures/fixtures";
import { expectRefused } from "./support";

const TODAY = "2027-02-01";
const correct = (step: CorrectableRegionalStep, date: string, participantId?: string): GrCommand => ({
  track: "regional",
  event: {
    type: "regionale_stap_gecorrigeerd",
    step,
    date,
    reason: "verkeerd overgenomen",
    ...(participantId ? { participantId } : {}),
  },
});

/** Every party signed on 2026-11-03; the bekendmaking was registered on 2026-12-15. */
function published(): GrProcedureState {
  let s = inToestemming();
  for (const id of FULL) s = sign(grantToestemming(s, id), id);
  return apply(
    s,
    { track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn: "2026-12-15" } },
    "2026-12-15",
  );
}

describe("Wgr art. 1 lid 4: a corrected bekendmaking follows the last signature of a party", () => {
  it("a signature on a track of someone who is no party (addendum) does not bound it", () => {
    const s = published();
    const extra = { id: "zw", name: "Zeewolde", scope: "addendum" as const, scopeTopics: ["jeugd"] };
    const withAddendum: GrProcedureState = {
      ...s,
      participants: [...s.participants, extra],
      collegeTracks: {
        ...s.collegeTracks,
        zw: { ...s.collegeTracks.urk, participantId: "zw", signedOn: "2026-11-20" },
      },
    };
    const next = apply(withAddendum, correct("bekendmaking_geregistreerd", "2026-11-10"), TODAY);
    expect(next.regional.bekendmaking?.publishedOn).toBe("2026-11-10");
    // The parties' own latest signature still bounds it.
    expect(
      expectRefused(withAddendum, correct("bekendmaking_geregistreerd", "2026-11-02"), TODAY, "datum_te_vroeg"),
    ).toBe("Gecorrigeerde datum (2026-11-02) ligt vóór de laatste ondertekening (2026-11-03).");
  });
});

describe("Awb art. 3:40: a corrected bekendmaking before a recorded inwerkingtreding is accepted", () => {
  it("the day before the inwerkingtreding is fine; the day itself is not", () => {
    const s = apply(
      published(),
      { track: "regional", event: { type: "inwerkingtreding_geregistreerd", effectiveOn: "2027-01-01" } },
      "2027-01-01",
    );
    expect(
      apply(s, correct("bekendmaking_geregistreerd", "2026-12-31"), TODAY).regional.bekendmaking?.publishedOn,
    ).toBe("2026-12-31");
    expect(expectRefused(s, correct("bekendmaking_geregistreerd", "2027-01-01"), TODAY, "datum_te_vroeg")).toMatch(
      /^De datum van inwerkingtreding \(2027-01-01\) moet na de dag van bekendmaking \(2027-01-01\) liggen/,
    );
  });
});

describe("the refusal says what to do instead", () => {
  it("a date after the next step: choose a date up to that step, or correct that step first", () => {
    const s = published();
    expect(expectRefused(s, correct("concept_opgesteld", "2026-03-21"), TODAY, "datum_te_vroeg")).toBe(
      "De gecorrigeerde datum van het opstellen van het concept (2026-03-21) ligt na het akkoord van het BOSD (2026-03-20). Kies een datum tot en met 2026-03-20, of corrigeer eerst die latere datum.",
    );
  });

  it("a raad that left the procedure is named as 'een uitgetreden deelnemer'", () => {
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
