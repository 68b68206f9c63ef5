/**
 * Issue 20 point 13, survivor of the StrykerJS run on regional.ts (2026-12-01): the bekendmaking may not be dated
 * before the LATEST signature of a full participant (Wgr art. 1 lid 1: the regeling exists once every party signed;
 * only then can it be published, Wgr art. 26). The run showed that taking the last-listed participant's signature
 * instead of the latest one left every test green.
 */
import { describe, expect, it } from "vitest";
import { applyGrCommand } from "@/lib/domain";
import { ctxOn, grantToestemming, inToestemming, sign } from "../procedures/fixtures";
import { expectRefused, fullProcedure } from "./support";

const publish = (publishedOn: string) =>
  ({ track: "regional", event: { type: "bekendmaking_geregistreerd", publishedOn } }) as const;

describe("bekendmaking not before the latest signature (Wgr art. 1 lid 1, art. 26)", () => {
  // Almere (listed first) signs last, on 20 November; the others sign on 3 November.
  let s = inToestemming(fullProcedure());
  for (const id of ["almere", "dronten", "lelystad", "noordoostpolder", "urk"]) {
    s = sign(grantToestemming(s, id), id, "v2", id === "almere" ? "2026-11-20" : "2026-11-03");
  }

  it("refuses a bekendmaking dated after the other signatures but before Almere's", () => {
    const msg = expectRefused(s, publish("2026-11-10"), "2026-12-15", "datum_te_vroeg");
    expect(msg).toContain("2026-11-20");
  });

  it("accepts a bekendmaking on the day of the latest signature", () => {
    const res = applyGrCommand(s, publish("2026-11-20"), ctxOn("2026-12-15"));
    expect(res.ok).toBe(true);
  });
});
