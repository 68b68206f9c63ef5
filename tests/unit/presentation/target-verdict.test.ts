import { describe, expect, it } from "vitest";
import { forecast, type ForecastResult } from "@/lib/domain";
import { participantVerdict, targetVerdict } from "@/lib/presentation/target-verdict";
import { seededFlevoland } from "../domain/forecast/fixtures";

describe("target verdict sentence (issue 16 point 4)", () => {
  it("seeded Flevoland on 2026-12-01: out of reach, with why and the earliest feasible date", () => {
    const v = targetVerdict(forecast(seededFlevoland("2026-12-01")));
    expect(v.reachable).toBe(false);
    expect(v.text).toBe(
      "De beoogde datum 1 januari 2027 is niet meer haalbaar: de zienswijzetermijn van 8 weken loopt tot 4 maart 2027. " +
        "Vroegst haalbaar: 28 mei 2027. Voor 1 januari 2027 had de regeling uiterlijk 31 december 2026 bekendgemaakt moeten zijn.",
    );
    expect(v.earliest).toBe("28 mei 2027");
  });

  it("reachable when the procedure starts early enough: says so, with the publication deadline", () => {
    const r = forecast(seededFlevoland("2025-09-01"));
    expect(r.verdict.reachable).toBe(true);
    const v = targetVerdict(r);
    expect(v.reachable).toBe(true);
    expect(v.text).toMatch(
      /^De beoogde datum 1 januari 2027 is haalbaar\. De regeling moet uiterlijk 31 december 2026 bekendgemaakt zijn; volgens de planning kan dat op \d+ \w+ 202[56]\.$/,
    );
    expect(v.text).not.toContain("niet meer haalbaar");
  });

  it("a reason that is a full sentence follows after a stop; no date known gives 'nog niet bekend'", () => {
    const base = forecast(seededFlevoland("2026-12-01"));
    const refused: Pick<ForecastResult, "verdict" | "criticalPath" | "earliestPublication"> = {
      ...base,
      verdict: { ...base.verdict, earliestInForce: null },
      criticalPath: base.criticalPath && {
        ...base.criticalPath,
        reason: "Toestemming geweigerd. Er is een nieuw raadsbesluit nodig.",
      },
    };
    expect(targetVerdict(refused).text).toMatch(
      /^De beoogde datum 1 januari 2027 is niet meer haalbaar\. Toestemming geweigerd\. Er is een nieuw raadsbesluit nodig\. Vroegst haalbaar: nog niet bekend\./,
    );
    const unknown = { ...base, verdict: { ...base.verdict, reachable: null } };
    expect(targetVerdict(unknown).reachable).toBeNull();
    expect(targetVerdict(unknown).text).toMatch(/^Nog niet te zeggen of de beoogde datum 1 januari 2027 haalbaar is: /);
  });

  it("per participant: the forecast's status in words, never recomputed", () => {
    const steps: never[] = [];
    expect(participantVerdict({ status: "te_laat", signDate: "2027-05-20", steps }, "2026-12-31")).toEqual({
      makesIt: false,
      short: "haalt het niet: ondertekenen kan op zijn vroegst op 20 mei 2027 (uiterlijk 31 december 2026 nodig)",
    });
    expect(participantVerdict({ status: "op_schema", signDate: "2026-11-02", steps }, "2026-12-31").makesIt).toBe(true);
    expect(participantVerdict({ status: "risico", signDate: "2026-12-28", steps }, "2026-12-31").short).toMatch(
      /^haalt het net/,
    );
    expect(participantVerdict({ status: "afgerond", signDate: "2026-10-01", steps }, "2026-12-31").short).toBe(
      "ondertekend op 1 oktober 2026",
    );
    expect(
      participantVerdict(
        {
          status: "te_laat",
          signDate: null,
          steps: [{ step: "collegebesluit_genomen", date: null, basis: "geen collegevergadering bekend" }],
        },
        "2026-12-31",
      ),
    ).toEqual({ makesIt: null, short: "geen haalbare datum bekend (geen collegevergadering bekend)" });
  });
});
