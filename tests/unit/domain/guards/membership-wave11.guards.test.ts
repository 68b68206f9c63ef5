/**
 * Toetreding of a gemeente attached only through an addendum (Wgr art. 1 lid 2–5, R13): it is no party to the
 * regeling, so joining its procedure — which would give its raad and college tracks there — is refused, and the
 * procedure is left as it was (noticed in sessions 11 and 12: the join did not check isPartyToRegeling).
 */
import { describe, expect, it } from "vitest";
import type { GrCommand, Participant } from "@/lib/domain";
import { apply, inZienswijzeprocedure } from "../procedures/fixtures";
import { expectRefused } from "./support";

const join = (participant: Participant): GrCommand => ({
  track: "regional",
  event: { type: "deelnemer_toegetreden", participant, joinedOn: "2026-04-01", reason: "Besluit tot toetreding" },
});

describe("toetreding of an addendum participant", () => {
  it("is refused with the reason, and no tracks are made", () => {
    const s = inZienswijzeprocedure();
    const zeewolde: Participant = { id: "zeewolde", name: "Zeewolde", scope: "addendum", scopeTopics: ["zorg"] };
    expect(expectRefused(s, join(zeewolde), "2026-04-02", "buiten_reikwijdte")).toBe(
      "Zeewolde neemt alleen deel via een addendum en wordt daarmee geen partij bij deze regeling. Laat Zeewolde als volwaardige deelnemer toetreden, of leg het addendum vast bij de regeling waarop het betrekking heeft.",
    );
  });

  it("a full participant joining the same procedure gets its raad and college tracks", () => {
    const s = inZienswijzeprocedure();
    const zeewolde: Participant = { id: "zeewolde", name: "Zeewolde", scope: "full", scopeTopics: [] };
    const joined = apply(s, join(zeewolde), "2026-04-02");
    expect(joined.raadTracks.zeewolde?.status).toBe("nog_niet_ontvangen");
    expect(joined.collegeTracks.zeewolde).toBeDefined();
  });
});
