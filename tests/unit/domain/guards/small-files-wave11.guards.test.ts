/**
 * Wave 11 (issue 20 point 13): the small files of lib/domain — the agenda guard and machine builder shared by every
 * procedure (procedures/common.ts), the date helpers (dates.ts) and the regeling's register, replaced-regeling and
 * content-checklist rules (regeling/*). Each refusal is pinned with its Dutch text and code.
 */
import { describe, expect, it } from "vitest";
import { dateInAmsterdam, isIsoDate } from "@/lib/domain/dates";
import { BEGROTING_RAAD_LABELS } from "@/lib/domain/procedures/begroting";
import { WIJZIGING_RAAD_LABELS } from "@/lib/domain/procedures/begrotingswijziging";
import { checkAgenda, checkDocumentStep, cleanAgenda, defineMachine } from "@/lib/domain/procedures/common";
import { definitiveVersionWarning } from "@/lib/domain/regeling/content-checklist";
import { CENTRAL_REGISTER, missingRegisterEntries, registerEntryRefusal } from "@/lib/domain/regeling/registers";
import { replacedEndRefusal } from "@/lib/domain/regeling/replaced";
import { PARTICIPANTS } from "../procedures/fixtures";

describe("checkAgenda: a commissie and/or raad date, not before the receipt, commissie not after raad", () => {
  const since = { date: "2026-05-12", what: "de ontvangst" };
  it("one date is enough; both on the same day are allowed", () => {
    expect(checkAgenda({ raadDate: "2026-06-18" }, since)).toBeNull();
    expect(checkAgenda({ commissieDate: "2026-06-04" }, since)).toBeNull();
    expect(checkAgenda({ commissieDate: "2026-06-18", raadDate: "2026-06-18" }, since)).toBeNull();
    expect(checkAgenda({ commissieDate: "2026-06-04", raadDate: "2026-06-18" }, since)).toBeNull();
  });
  it("refuses no date at all", () => {
    const msg = "Geef de datum van de commissievergadering en/of de raadsvergadering op.";
    expect(checkAgenda(undefined, since)).toEqual({ ok: false, code: "ongeldige_invoer", message: msg });
    expect(checkAgenda({}, since)).toEqual({ ok: false, code: "ongeldige_invoer", message: msg });
  });
  it("refuses a commissie after the raad", () => {
    expect(checkAgenda({ commissieDate: "2026-06-19", raadDate: "2026-06-18" }, since)).toEqual({
      ok: false,
      code: "ongeldige_invoer",
      message: "De commissievergadering moet vóór of op de dag van de raadsvergadering liggen.",
    });
  });
  it("refuses a date before the receipt, the commissie's and the raad's", () => {
    expect(checkAgenda({ commissieDate: "2026-05-11", raadDate: "2026-06-18" }, since)).toMatchObject({
      code: "datum_te_vroeg",
      message: "Datum commissie (2026-05-11) ligt vóór de ontvangst (2026-05-12).",
    });
    expect(checkAgenda({ commissieDate: "2026-05-12", raadDate: "2026-05-11" }, since)).toMatchObject({
      code: "datum_te_vroeg",
      message: "Datum raadsvergadering (2026-05-11) ligt vóór de ontvangst (2026-05-12).",
    });
  });
  it("cleanAgenda keeps only the given dates (no keys with undefined)", () => {
    expect(Object.keys(cleanAgenda({ raadDate: "2026-06-18" }))).toEqual(["raadDate"]);
    expect(Object.keys(cleanAgenda({ commissieDate: "2026-06-04" }))).toEqual(["commissieDate"]);
    expect(cleanAgenda({ commissieDate: "2026-06-04", raadDate: "2026-06-18" })).toStrictEqual({
      commissieDate: "2026-06-04",
      raadDate: "2026-06-18",
    });
  });
});

describe("checkDocumentStep and defineMachine", () => {
  it("a document step needs a version", () => {
    expect(checkDocumentStep("", "Datum verzending", "2026-05-12", "2026-06-01")).toEqual({
      ok: false,
      code: "ongeldige_invoer",
      message: "De documentversie is verplicht.",
    });
    expect(checkDocumentStep("v1", "Datum verzending", "2026-05-12", "2026-06-01")).toBeNull();
  });
  it("builds the transitions of a table, one per target of an event with several targets", () => {
    const m = defineMachine("test", "Test", {
      a: ["A", { go: ["b", "c"] }],
      b: ["B", { back: "a" }],
      c: ["C", {}],
    });
    expect(m.transitions).toEqual([
      { from: "a", event: "go", to: "b" },
      { from: "a", event: "go", to: "c" },
      { from: "b", event: "back", to: "a" },
    ]);
    expect(m.labels).toEqual({ a: "A", b: "B", c: "C" });
    expect(m.events).toEqual(["go", "back"]);
    expect(m.initial).toBe("a");
  });
  it("refuses a table with an unknown target status (a programming error)", () => {
    expect(() => defineMachine("test", "Test", { a: ["A", { go: "x" }] } as never)).toThrow(
      'test: onbekende status "x" na "go"',
    );
  });
});

describe("dates", () => {
  it("isIsoDate takes only strings (an array that prints as a date is no date)", () => {
    expect(isIsoDate(["2026-05-26"])).toBe(false);
    expect(isIsoDate("2026-05-26")).toBe(true);
  });
  it("dateInAmsterdam names the invalid timestamp it got", () => {
    expect(() => dateInAmsterdam("gisteren")).toThrow('Ongeldige datum: "gisteren"');
  });
});

describe("regeling: registers (R15, Wgr art. 27 lid 1), replaced regeling (R14), content checklist", () => {
  const full = PARTICIPANTS.filter((p) => p.id === "almere" || p.id === "zeewolde");
  it("lists the missing registers of the parties and the central register, with their labels", () => {
    expect(missingRegisterEntries(full, [])).toEqual([
      { register: "almere", label: "Register gemeenschappelijke regelingen van Almere" },
      { register: CENTRAL_REGISTER, label: "Centraal GR-register" },
    ]);
  });
  it("refuses an unknown register, an invalid date and a date in the future", () => {
    const base = { participants: full, register: "almere", registeredOn: "2026-06-01", today: "2026-06-02" };
    expect(registerEntryRefusal(base)).toBeNull();
    expect(registerEntryRefusal({ ...base, register: "zeewolde" })).toEqual({
      ok: false,
      code: "onbekende_deelnemer",
      message: "Kies het register van een gemeente die partij is bij deze regeling, of het centrale GR-register.",
    });
    expect(registerEntryRefusal({ ...base, registeredOn: "2026-02-30" })).toEqual({
      ok: false,
      code: "ongeldige_datum",
      message: "Vul de datum van inschrijving in als JJJJ-MM-DD.",
    });
    expect(registerEntryRefusal({ ...base, registeredOn: "2026-06-03" })).toEqual({
      ok: false,
      code: "datum_in_toekomst",
      message: "De datum van inschrijving ligt in de toekomst.",
    });
  });
  it("the replaced regeling ends the day before the new one: invalid date and unknown in-force date refused", () => {
    const base = { replacedName: "Centrumregeling 2015", newName: "GR Sociaal Domein Flevoland" };
    expect(replacedEndRefusal({ ...base, endsOn: "31-12-2026", newInForceOn: "2027-01-01" })).toEqual({
      ok: false,
      code: "ongeldige_datum",
      message: "Vul de einddatum in als JJJJ-MM-DD.",
    });
    expect(replacedEndRefusal({ ...base, endsOn: "2026-12-31", newInForceOn: null })).toEqual({
      ok: false,
      code: "vereiste_stap_ontbreekt",
      message:
        "Leg eerst de (geplande) datum van inwerkingtreding van GR Sociaal Domein Flevoland vast; de Centrumregeling 2015 eindigt op de dag daarvoor.",
    });
    expect(replacedEndRefusal({ ...base, endsOn: "2026-12-31", newInForceOn: "2027-01-01" })).toBeNull();
  });
  it("the content warning lists every unticked item, separated by semicolons", () => {
    const ticked = ["belang", "taken_bevoegdheden", "wijziging_opheffing_toetreding", "uittreding", "vereffening"];
    expect(definitiveVersionWarning([...ticked, "evaluatie"])).toBe(
      "Let op: deze punten zijn voor de definitieve tekst nog niet afgevinkt: hoe inwoners en belanghebbenden worden betrokken (participatie); over welke besluiten van het bestuur de raden een zienswijze geven, en hoe.",
    );
  });
});

describe("begrotingswijziging: the raad's labels name the wijziging (defect found in wave 11)", () => {
  it("a raad received a begrotingswijziging; the begroting's own label is unchanged", () => {
    expect(WIJZIGING_RAAD_LABELS.ontvangen).toBe("Begrotingswijziging ontvangen");
    expect(BEGROTING_RAAD_LABELS.ontvangen).toBe("Ontwerpbegroting ontvangen");
    expect({ ...WIJZIGING_RAAD_LABELS, ontvangen: "" }).toEqual({ ...BEGROTING_RAAD_LABELS, ontvangen: "" });
  });
});
