import { describe, expect, it } from "vitest";
import { demoRequested } from "@/lib/services/demo-mode";
import { PASSWORD_POLICY_TEXT, isCommonPassword, setPasswordSchemaFor } from "@/lib/validation/password";

const token = "a".repeat(43);
const check = (password: string, passwordHerhaald = password, email = "anna@regio.nl") => {
  const r = setPasswordSchemaFor(email).safeParse({ token, password, passwordHerhaald });
  return r.success ? "ok" : r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join(" | ");
};

describe("password policy (shared by the invitation form and acceptInvitation)", () => {
  it("states the rules it enforces", () => {
    expect(PASSWORD_POLICY_TEXT).toMatch(/minstens 12 tekens/);
    expect(PASSWORD_POLICY_TEXT).toMatch(/e-mailadres/);
    expect(PASSWORD_POLICY_TEXT).toMatch(/veelgebruikt/);
  });

  it.each([
    ["elf tekens!", /password: .*minstens 12 tekens/],
    ["Wachtwoord123", /password: .*veel gebruikt/],
    ["anna@regio.nl", /password: .*e-mailadres/],
    ["", /password: Vul een nieuw wachtwoord in/],
    ["x".repeat(201), /password: .*hoogstens 200/],
  ])("refuses %j", (password, message) => {
    expect(check(password)).toMatch(message);
  });

  it("accepts a long passphrase and refuses two different entries", () => {
    expect(check("drie groene appels op tafel")).toBe("ok");
    expect(check("drie groene appels op tafel", "drie groene appels op tafel!")).toMatch(
      /passwordHerhaald: De twee wachtwoorden zijn niet gelijk/,
    );
    expect(isCommonPassword(" WACHTWOORD123 ")).toBe(true);
  });

  it("refuses a malformed token", () => {
    const r = setPasswordSchemaFor("a@b.nl").safeParse({
      token: "../x",
      password: "drie groene appels",
      passwordHerhaald: "drie groene appels",
    });
    expect(r.success).toBe(false);
  });
});

describe("demo mode request (gr-volg start --demo / GR_VOLG_DEMO)", () => {
  it("is off unless asked for", () => {
    expect(demoRequested(undefined, {})).toBe(false);
    expect(demoRequested(undefined, { GR_VOLG_DEMO: "nee" })).toBe(false);
    expect(demoRequested(true, {})).toBe(true);
    expect(demoRequested(undefined, { GR_VOLG_DEMO: "ja" })).toBe(true);
  });
});
