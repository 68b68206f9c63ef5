import { describe, expect, it } from "vitest";
import { isAcceptableDate, isExistingDate } from "@/lib/validation/dates";
import { isoDate } from "@/lib/validation/common";
import { isCrossOriginAction } from "@/lib/security/same-origin";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { formulaSafe, toSafeCsv } from "@/lib/export/csv";

describe("the date rule (issue 13)", () => {
  it("accepts existing days from 1900 to 2199, refuses year 0, five-digit years and impossible days", () => {
    for (const d of ["1900-01-01", "2024-02-29", "2026-06-25", "2199-12-31"]) expect(isAcceptableDate(d), d).toBe(true);
    for (const d of [
      "0000-01-01",
      "1899-12-31",
      "2200-01-01",
      "10000-01-01",
      "2026-02-30",
      "2025-02-29",
      "2026-13-01",
      "2026-1-1",
    ])
      expect(isAcceptableDate(d), d).toBe(false);
    // Years below 100 must not be read as 19xx (Date.UTC would): 0004-02-29 exists, 0001-02-29 does not.
    expect(isExistingDate("0004-02-29")).toBe(true);
    expect(isExistingDate("0001-02-29")).toBe(false);
  });

  it("gives a Dutch message per kind of mistake", () => {
    const msg = (v: string) => {
      const r = isoDate("besluitdatum").safeParse(v);
      return r.success ? null : r.error.issues.map((i) => i.message);
    };
    expect(msg("0000-01-01")).toEqual(["De besluitdatum moet tussen 1900 en 2199 liggen."]);
    expect(msg("2026-02-30")).toEqual(["De besluitdatum bestaat niet."]);
    expect(msg("10000-01-01")).toEqual(["De besluitdatum moet een datum zijn (JJJJ-MM-DD)."]);
  });
});

describe("cross-origin server actions", () => {
  const req = (headers: Record<string, string>, method = "POST") => ({
    method,
    header: (n: string) => headers[n] ?? null,
  });
  it("refuses another or unreadable origin, allows the own host and NEXTAUTH_URL, ignores non-action requests", () => {
    const base = { "next-action": "abc", host: "127.0.0.1:3200" };
    expect(isCrossOriginAction(req({ ...base, origin: "https://evil.example" }), undefined)).toBe(true);
    expect(isCrossOriginAction(req({ ...base, origin: "null" }), undefined)).toBe(true);
    expect(isCrossOriginAction(req({ ...base, origin: "" }), undefined)).toBe(true);
    expect(isCrossOriginAction(req({ ...base, origin: "http://127.0.0.1:3200" }), undefined)).toBe(false);
    expect(
      isCrossOriginAction(
        req({ ...base, host: "internal:3000", origin: "https://gr-volg.example" }),
        "https://gr-volg.example",
      ),
    ).toBe(false);
    expect(isCrossOriginAction(req({ host: "x", origin: "https://evil.example" }), undefined)).toBe(false);
    expect(isCrossOriginAction(req({ ...base, origin: "https://evil.example" }, "GET"), undefined)).toBe(false);
  });
});

describe("callbackUrl and CSV helpers", () => {
  it("keeps same-site paths and falls back for everything else", () => {
    expect(safeCallbackPath("/griffie/procedures/x?tab=1")).toBe("/griffie/procedures/x?tab=1");
    for (const v of [
      "/%5Cevil.example/",
      "/\\evil.example",
      "//evil.example",
      "https://evil.example",
      "/\nx",
      "/%0Ax",
      undefined,
      ["/a", "/b"].slice(1),
    ]) {
      expect(safeCallbackPath(v), String(v)).toBe(Array.isArray(v) ? "/b" : "/werkruimte");
    }
  });

  it("prefixes formula starts with an apostrophe and leaves numbers alone", () => {
    expect(["=1", "+1", "-1", "@A", "\t=1", "\r=1", "tekst"].map(formulaSafe)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@A",
      "'\t=1",
      "'\r=1",
      "tekst",
    ]);
    expect(toSafeCsv([["=HYPERLINK(1)", -3]], { bom: false })).toBe("'=HYPERLINK(1);-3\n");
  });
});

describe("the date rule keeps a form's cross-field checks running", () => {
  it("an empty besluitdatum does not hide the toestemming form's ground-for-refusal message", async () => {
    const { toestemmingSchema } = await import("@/lib/validation/griffie/raad");
    const r = toestemmingSchema.safeParse({
      procedureId: "p",
      participantId: "q",
      expectedVersion: "0",
      documentVersionId: "v",
      uitkomst: "GEWEIGERD",
      weigeringsgrond: "",
      motivering: "",
      verwachteDatum: "",
      besluitdatum: "",
      besluitnummer: "",
      stemmenVoor: "",
      stemmenTegen: "",
      zittingHebbendeLeden: "",
      aanwezig: "",
      moties: [],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain(
      "Kies de wettelijke grond voor de weigering (Wgr art. 1 lid 4).",
    );
  });
});
