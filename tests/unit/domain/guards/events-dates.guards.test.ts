import { describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  addYears,
  assertIsoDate,
  checkDate,
  checkTable,
  daysInMonth,
  diffDays,
  findRule,
  fromDayNumber,
  fromParts,
  InvalidDateError,
  isIsoDate,
  maxDate,
  minDate,
  nonEmpty,
  parts,
  REGIONAL_MACHINE,
  refuse,
  SYSTEM_ACTOR,
  toDayNumber,
  todayOf,
  weekday,
  WEEKDAY_NAMES_NL,
} from "@/lib/domain";
import { guaranteed } from "@/lib/domain/invariant";

describe("transition tables as guards (events.ts)", () => {
  it("allows exactly the transitions in the table", () => {
    expect(findRule(REGIONAL_MACHINE, "nieuw", "concept_opgesteld")?.to).toBe("concept_opgesteld");
    expect(findRule(REGIONAL_MACHINE, "nieuw", "bosd_akkoord")).toBeUndefined();
    expect(checkTable(REGIONAL_MACHINE, "nieuw", "concept_opgesteld", "Het concept registreren")).toBeNull();
  });

  it("a refused transition says where it can be done from, in Dutch labels and without repeats", () => {
    const r = checkTable(REGIONAL_MACHINE, "nieuw", "herziene_versie_gepubliceerd", "Een herziene versie publiceren");
    expect(r).toEqual({
      ok: false,
      code: "ongeldige_overgang",
      message:
        'Een herziene versie publiceren kan niet in de status "Nieuw". Dat kan alleen vanuit: "Toestemmingsprocedure geopend".',
    });
    const dup = {
      ...REGIONAL_MACHINE,
      transitions: [...REGIONAL_MACHINE.transitions, ...REGIONAL_MACHINE.transitions.slice(0, 1)],
    };
    expect(checkTable(dup, "in_werking", "concept_opgesteld", "X")?.message).toBe(
      'X kan niet in de status "Regeling in werking". Dat kan alleen vanuit: "Nieuw".',
    );
    const none = { ...REGIONAL_MACHINE, transitions: [] };
    expect(checkTable(none, "nieuw", "concept_opgesteld", "X")?.message).toBe('X kan niet in de status "Nieuw".');
  });

  it("checkDate: a valid date, not in the future, not before the step it follows (boundaries allowed)", () => {
    expect(checkDate("D", "2026-02-30")?.code).toBe("ongeldige_datum");
    expect(checkDate("D", 20260201)?.message).toBe('D: ongeldige datum "20260201" (gebruik JJJJ-MM-DD).');
    expect(checkDate("D", "2026-05-02", { today: "2026-05-01" })?.code).toBe("datum_in_toekomst");
    expect(checkDate("D", "2026-05-01", { today: "2026-05-01" })).toBeNull();
    expect(checkDate("D", "2026-05-02")).toBeNull();
    const nb = { date: "2026-04-10", what: "de opening" };
    expect(checkDate("D", "2026-04-09", { notBefore: nb })).toEqual({
      ok: false,
      code: "datum_te_vroeg",
      message: "D (2026-04-09) ligt vóór de opening (2026-04-10).",
    });
    expect(checkDate("D", "2026-04-10", { notBefore: nb })).toBeNull();
    expect(checkDate("D", "2000-01-01", { notBefore: { date: undefined, what: "x" } })).toBeNull();
    expect(checkDate("D", "2026-05-02", { today: "2026-05-01" })?.message).toContain(
      "(2026-05-02) ligt in de toekomst",
    );
  });

  it("today is the given date, else the Dutch calendar date of now", () => {
    expect(todayOf({ actor: SYSTEM_ACTOR, now: "2026-03-28T23:30:00.000Z" })).toBe("2026-03-29");
    expect(todayOf({ actor: SYSTEM_ACTOR, now: "2026-03-28T23:30:00.000Z", today: "2026-03-28" })).toBe("2026-03-28");
    expect(SYSTEM_ACTOR).toEqual({ userId: null, role: "systeem", gemeenteId: null });
  });

  it("nonEmpty, refuse and guaranteed", () => {
    expect(nonEmpty("a")).toBe(true);
    expect(nonEmpty(" \n")).toBe(false);
    expect(nonEmpty(3)).toBe(false);
    expect(refuse("ongeldige_invoer", "m")).toEqual({ ok: false, code: "ongeldige_invoer", message: "m" });
    expect(guaranteed(0, "x")).toBe(0);
    expect(guaranteed("", "x")).toBe("");
    expect(() => guaranteed(undefined, "de versie")).toThrow(
      "Interne fout: de versie ontbreekt in de opgeslagen stand.",
    );
    expect(() => guaranteed(null, "x")).toThrow("Interne fout");
  });
});

describe("calendar dates (dates.ts)", () => {
  it("isIsoDate accepts only real calendar days in YYYY-MM-DD", () => {
    for (const ok of ["2024-02-29", "2026-12-31", "2026-01-01", "0999-01-01"]) expect(isIsoDate(ok)).toBe(true);
    for (const bad of [
      "2026-02-29",
      "2026-00-10",
      "2026-13-01",
      "2026-01-00",
      "2026-04-31",
      "2026-1-01",
      " 2026-01-01",
      "2026-01-01x",
      null,
      20260101,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });

  it("assertIsoDate and parts refuse with a Dutch message", () => {
    expect(assertIsoDate("2026-05-01")).toBe("2026-05-01");
    expect(() => assertIsoDate("1-5-2026")).toThrow(InvalidDateError);
    const e = new InvalidDateError("x");
    expect(e.code).toBe("ongeldige_datum");
    expect(e.name).toBe("InvalidDateError");
    expect(e.message).toContain('"x"');
    expect(() => parts("2026/05/01")).toThrow(InvalidDateError);
    expect(parts("2026-05-01")).toEqual({ year: 2026, month: 5, day: 1 });
  });

  it("day arithmetic is on calendar days", () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(fromParts(987, 3, 4)).toBe("0987-03-04");
    expect(toDayNumber("1970-01-02")).toBe(1);
    expect(fromDayNumber(0)).toBe("1970-01-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(diffDays("2026-03-01", "2026-02-01")).toBe(28);
  });

  it("months and years clamp to the end of the month, in both directions", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-11-15", 2)).toBe("2027-01-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    expect(addMonths("2026-03-31", -13)).toBe("2025-02-28");
    expect(addMonths("2026-12-31", 0)).toBe("2026-12-31");
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2026-06-01", -2)).toBe("2024-06-01");
  });

  it("weekday and the Dutch day names", () => {
    expect(weekday("1970-01-01")).toBe(4);
    expect(weekday("2026-12-01")).toBe(2);
    expect(weekday("1969-12-28")).toBe(0);
    expect(WEEKDAY_NAMES_NL[weekday("2026-12-05")]).toBe("zaterdag");
    expect(WEEKDAY_NAMES_NL).toEqual(["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]);
  });

  it("maxDate and minDate", () => {
    expect(maxDate("2026-01-02", "2026-03-01", "2026-02-01")).toBe("2026-03-01");
    expect(minDate("2026-01-02", "2025-03-01", "2026-02-01")).toBe("2025-03-01");
  });
});
