import { describe, expect, it } from "vitest";
import {
  LAST_BEHEERDER_REFUSAL,
  SELF_DEACTIVATION_REFUSAL,
  lastBeheerderRefusal,
  removesBeheerder,
  selfDeactivationRefusal,
} from "@/lib/domain/users";

const admin = { id: "a", role: "ADMIN", actief: true };

describe("the last active beheerder", () => {
  it("cannot be deactivated or demoted while no other beheerder is active", () => {
    expect(lastBeheerderRefusal(admin, { role: "ADMIN", actief: false }, ["a"])).toBe(LAST_BEHEERDER_REFUSAL);
    expect(lastBeheerderRefusal(admin, { role: "GRIFFIER", actief: true }, ["a"])).toBe(LAST_BEHEERDER_REFUSAL);
    // Nobody else locked as active beheerder (the list may even miss the user itself): still refused.
    expect(lastBeheerderRefusal(admin, { role: "GRIFFIER", actief: true }, [])).toBe(LAST_BEHEERDER_REFUSAL);
  });

  it("may go when another beheerder is active", () => {
    expect(lastBeheerderRefusal(admin, { role: "ADMIN", actief: false }, ["a", "b"])).toBeNull();
    expect(lastBeheerderRefusal(admin, { role: "SECRETARIAAT", actief: true }, ["b", "a"])).toBeNull();
  });

  it("is not concerned with changes that keep the beheerder active, or with other accounts", () => {
    expect(lastBeheerderRefusal(admin, { role: "ADMIN", actief: true }, ["a"])).toBeNull();
    expect(
      lastBeheerderRefusal({ id: "g", role: "GRIFFIER", actief: true }, { role: "RAADSLID", actief: false }, ["a"]),
    ).toBeNull();
    expect(
      lastBeheerderRefusal({ id: "x", role: "ADMIN", actief: false }, { role: "GRIFFIER", actief: false }, []),
    ).toBeNull();
  });

  it("removesBeheerder: only an active beheerder that stops being one", () => {
    expect(removesBeheerder(admin, { role: "ADMIN", actief: false })).toBe(true);
    expect(removesBeheerder(admin, { role: "COLLEGE", actief: true })).toBe(true);
    expect(removesBeheerder(admin, { role: "ADMIN", actief: true })).toBe(false);
    expect(removesBeheerder({ ...admin, actief: false }, { role: "COLLEGE", actief: false })).toBe(false);
    expect(removesBeheerder({ ...admin, role: "COLLEGE" }, { role: "COLLEGE", actief: false })).toBe(false);
  });
});

describe("no self-deactivation", () => {
  it("refuses a beheerder deactivating the own account", () => {
    expect(selfDeactivationRefusal("a", "a", false)).toBe(SELF_DEACTIVATION_REFUSAL);
  });
  it("allows deactivating someone else, and (re)activating oneself", () => {
    expect(selfDeactivationRefusal("b", "a", false)).toBeNull();
    expect(selfDeactivationRefusal("a", "a", true)).toBeNull();
  });
});
