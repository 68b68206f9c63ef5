import { describe, expect, it } from "vitest";
import { ACTIONS, PERMISSIONS, can, authorize, ForbiddenError } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";

describe("permissions table (deny by default)", () => {
  it("refuses everything to anonymous visitors", () => {
    for (const a of ACTIONS) expect(can(null, a).allowed).toBe(false);
  });

  it("answers every role × action × scope exactly as the table says", () => {
    const own = "gemeente-a";
    const other = "gemeente-b";
    for (const role of ROLES) {
      for (const action of ACTIONS) {
        const scope = PERMISSIONS[role][action];
        const subject = { role, gemeenteId: own };
        expect(can(subject, action, { gemeenteId: own }).allowed).toBe(scope !== undefined);
        expect(can(subject, action, { gemeenteId: other }).allowed).toBe(scope === "all");
      }
    }
  });

  it("refuses a gemeente-scoped action to an account without a gemeente", () => {
    expect(can({ role: "GRIFFIER", gemeenteId: null }, "zienswijze.vaststellen", { gemeenteId: "x" })).toEqual({
      allowed: false,
      reason: "Uw account is niet aan een gemeente gekoppeld.",
    });
  });

  it("a griffier acts only for the own gemeente, with a Dutch reason otherwise", () => {
    const griffier = { role: "GRIFFIER" as const, gemeenteId: "urk" };
    expect(() => authorize(griffier, "raadsbesluit.registreren", { gemeenteId: "urk" })).not.toThrow();
    expect(() => authorize(griffier, "raadsbesluit.registreren", { gemeenteId: "almere" })).toThrow(ForbiddenError);
    expect(() => authorize(griffier, "versie.publiceren")).toThrow("U heeft geen toestemming voor deze handeling.");
  });
});
