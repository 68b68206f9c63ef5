/**
 * Issue 20 point 13, survivors of the StrykerJS run on regional.ts (2026-12-01): R8 (a changed text needs a new
 * raadsbesluit on toestemming, Wgr art. 1 lid 4 read with docs/rules.md) must reach EVERY raad whose toestemming
 * phase concerned the old version: also a raad that only put it on the agenda, refused it, or held it over.
 * Dropping those statuses from the cascade left every test green.
 */
import { describe, expect, it } from "vitest";
import { applyGrCommand, type GrCommand } from "@/lib/domain";
import { apply, ctxOn, dec, inToestemming } from "../procedures/fixtures";
import { fullProcedure, toestemmingOnAgenda } from "./support";

const raad = (participantId: string, event: Extract<GrCommand, { track: "raad" }>["event"]): GrCommand => ({
  track: "raad",
  participantId,
  event,
});

describe("R8: a herziene versie makes every toestemming phase on the old version stale", () => {
  let s = inToestemming(fullProcedure());
  for (const id of ["almere", "dronten", "lelystad"]) s = toestemmingOnAgenda(s, id, "2026-10-07");
  s = apply(
    s,
    raad("dronten", {
      type: "toestemming_geweigerd",
      decision: dec("v2", "2026-10-07"),
      ground: "strijd_met_het_algemeen_belang",
      motivation: "Onvoldoende gedaan met de zienswijze.",
    }),
    "2026-10-07",
  );
  s = apply(
    s,
    raad("lelystad", { type: "toestemming_aangehouden", decidedOn: "2026-10-07", expectedDate: "2026-11-04" }),
    "2026-10-07",
  );

  it("raden with the old version on the agenda, refused or held over must decide again", () => {
    expect(s.raadTracks.almere.status).toBe("toestemming_geagendeerd");
    expect(s.raadTracks.dronten.status).toBe("toestemming_geweigerd");
    expect(s.raadTracks.lelystad.status).toBe("toestemming_aangehouden");
    const res = applyGrCommand(
      s,
      {
        track: "regional",
        event: {
          type: "herziene_versie_gepubliceerd",
          documentVersionId: "v3",
          label: "Herzien",
          createdOn: "2026-10-10",
          reason: "Artikel 12 gewijzigd",
        },
      },
      ctxOn("2026-10-10"),
    );
    if (!res.ok) throw new Error(res.message);
    for (const id of ["almere", "dronten", "lelystad"]) {
      expect(res.state.raadTracks[id].status).toBe("herbesluit_nodig");
      expect(res.state.raadTracks[id].toestemming).toBeUndefined();
    }
  });
});
