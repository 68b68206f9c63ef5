import { describe, expect, it } from "vitest";
import {
  CENTRAL_REGISTER,
  CONTENT_ITEM_KEYS,
  createGrProcedure,
  definitiveVersionWarning,
  isContentItemKey,
  isKnownRegister,
  isPartyToRegeling,
  missingRegisterEntries,
  partiesToRegeling,
  registerEntryRefusal,
  replacedEndRefusal,
  requiredEndOfReplaced,
  uncheckedContentItems,
} from "@/lib/domain";
import { PARTICIPANTS } from "./procedures/fixtures";

const zeewolde = PARTICIPANTS.find((p) => p.id === "zeewolde");
const urk = PARTICIPANTS.find((p) => p.id === "urk");

describe("parties to a regeling (Wgr art. 1 lid 2–5, issue 20 point 3)", () => {
  it("a full participant is a party, an addendum participant is not", () => {
    expect(urk && isPartyToRegeling(urk)).toBe(true);
    expect(zeewolde && isPartyToRegeling(zeewolde)).toBe(false);
    expect(partiesToRegeling(PARTICIPANTS).map((p) => p.id)).toEqual([
      "almere",
      "dronten",
      "lelystad",
      "noordoostpolder",
      "urk",
    ]);
  });

  it("a GR procedure gives raad and college tracks to the five parties only, not to Zeewolde", () => {
    const s = createGrProcedure({
      id: "p",
      kind: "gr_treffen",
      title: "t",
      topics: ["jeugd"],
      participants: PARTICIPANTS,
    });
    expect(Object.keys(s.raadTracks).sort()).toEqual(["almere", "dronten", "lelystad", "noordoostpolder", "urk"]);
    expect(Object.keys(s.collegeTracks).sort()).toEqual(["almere", "dronten", "lelystad", "noordoostpolder", "urk"]);
    expect(s.participants.map((p) => p.id)).not.toContain("zeewolde");
  });

  it("on the regeling Zeewolde IS a full party to (the Centrumregeling 2015) it has both tracks", () => {
    const oud = PARTICIPANTS.map((p) => ({ ...p, scope: "full" as const, scopeTopics: [] }));
    const s = createGrProcedure({ id: "o", kind: "gr_opheffen", title: "o", topics: ["jeugd"], participants: oud });
    expect(s.raadTracks.zeewolde?.status).toBe("nog_niet_ontvangen");
    expect(s.collegeTracks.zeewolde).toBeDefined();
    expect(Object.keys(s.raadTracks)).toHaveLength(6);
  });
});

describe("R14: the replaced regeling ends the day before the new one starts", () => {
  const base = { replacedName: "Centrumregeling 2015", newName: "de nieuwe GR", newInForceOn: "2027-01-01" };

  it("required end = start minus one day (also across a month and a leap day)", () => {
    expect(requiredEndOfReplaced("2027-01-01")).toBe("2026-12-31");
    expect(requiredEndOfReplaced("2028-03-01")).toBe("2028-02-29");
  });

  it("accepts exactly the day before", () => {
    expect(replacedEndRefusal({ ...base, endsOn: "2026-12-31" })).toBeNull();
  });

  it("refuses a gap, in Dutch, naming the required date", () => {
    const r = replacedEndRefusal({ ...base, endsOn: "2026-12-30" });
    expect(r?.code).toBe("ongeldige_datum");
    expect(r?.message).toContain("2026-12-31");
    expect(r?.message).toContain("periode zonder regeling");
  });

  it("refuses an overlap (ending on the start day itself)", () => {
    const r = replacedEndRefusal({ ...base, endsOn: "2027-01-01" });
    expect(r?.code).toBe("ongeldige_datum");
    expect(r?.message).toContain("tegelijk");
  });

  it("refuses when the new regeling has no in-force date yet", () => {
    expect(replacedEndRefusal({ ...base, newInForceOn: null, endsOn: "2026-12-31" })?.code).toBe(
      "vereiste_stap_ontbreekt",
    );
  });

  it("refuses a malformed date", () => {
    expect(replacedEndRefusal({ ...base, endsOn: "31-12-2026" })?.code).toBe("ongeldige_datum");
  });
});

describe("R16: content checklist of the definitive text", () => {
  it("names the items of seed 000 and Wgr art. 9/10", () => {
    for (const k of ["belang", "taken_bevoegdheden", "evaluatie", "uittreding", "participatie", "zienswijze_besluiten"])
      expect(isContentItemKey(k)).toBe(true);
    expect(isContentItemKey("adviescommissie")).toBe(false);
  });

  it("warns (never refuses) with the unticked items, and is silent when all are ticked", () => {
    const w = definitiveVersionWarning(["belang"]);
    expect(w).toContain("evaluatie van de regeling");
    expect(w).not.toContain("het belang waarvoor");
    expect(uncheckedContentItems(["belang"])).toHaveLength(CONTENT_ITEM_KEYS.length - 1);
    expect(definitiveVersionWarning(CONTENT_ITEM_KEYS)).toBeNull();
  });
});

describe("R15: register entries (Wgr art. 27, central GR-register)", () => {
  it("every party's college register plus the central register are needed, not Zeewolde's", () => {
    const missing = missingRegisterEntries(PARTICIPANTS, []).map((m) => m.register);
    expect(missing).toEqual(["almere", "dronten", "lelystad", "noordoostpolder", "urk", CENTRAL_REGISTER]);
  });

  it("recorded entries are no longer missing", () => {
    const entries = ["almere", "dronten", "lelystad", "noordoostpolder"].map((register) => ({
      register,
      registeredOn: "2027-01-05",
    }));
    expect(missingRegisterEntries(PARTICIPANTS, entries).map((m) => m.register)).toEqual(["urk", CENTRAL_REGISTER]);
    const all = [...entries, { register: "urk", registeredOn: "x" }, { register: CENTRAL_REGISTER, registeredOn: "x" }];
    expect(missingRegisterEntries(PARTICIPANTS, all)).toEqual([]);
  });

  it("a register may be recorded for a party or the central register only", () => {
    expect(isKnownRegister(PARTICIPANTS, "urk")).toBe(true);
    expect(isKnownRegister(PARTICIPANTS, CENTRAL_REGISTER)).toBe(true);
    expect(isKnownRegister(PARTICIPANTS, "zeewolde")).toBe(false);
    expect(isKnownRegister(PARTICIPANTS, "amsterdam")).toBe(false);
  });
});

describe("R15: the guard of recording a register entry", () => {
  const base = { participants: PARTICIPANTS, today: "2027-01-10" };
  it("accepts a party's register or the central one, on or before today", () => {
    expect(registerEntryRefusal({ ...base, register: "urk", registeredOn: "2027-01-10" })).toBeNull();
    expect(registerEntryRefusal({ ...base, register: CENTRAL_REGISTER, registeredOn: "2027-01-02" })).toBeNull();
  });
  it("refuses a non-party, an unknown register, a bad date and a future date", () => {
    expect(registerEntryRefusal({ ...base, register: "zeewolde", registeredOn: "2027-01-05" })?.code).toBe(
      "onbekende_deelnemer",
    );
    expect(registerEntryRefusal({ ...base, register: "x", registeredOn: "2027-01-05" })?.code).toBe(
      "onbekende_deelnemer",
    );
    expect(registerEntryRefusal({ ...base, register: "urk", registeredOn: "5-1-2027" })?.code).toBe("ongeldige_datum");
    expect(registerEntryRefusal({ ...base, register: "urk", registeredOn: "2027-01-11" })?.code).toBe(
      "datum_in_toekomst",
    );
  });
});
