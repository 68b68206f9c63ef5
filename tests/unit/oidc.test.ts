import { describe, expect, it } from "vitest";
import { parseOidcProviders } from "@/lib/auth/oidc-config";
import { claimsOf, idTokenAndUserinfoClaims } from "@/lib/auth/oidc";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

describe("OIDC configuration", () => {
  it("keeps the single-provider variables working, with id 'oidc'", () => {
    expect(
      parseOidcProviders({ OIDC_ISSUER: "https://idp.nl/", OIDC_CLIENT_ID: "c", OIDC_CLIENT_SECRET: "s" }),
    ).toEqual([
      {
        id: "oidc",
        name: "Inloggen met uw organisatie-account",
        issuer: "https://idp.nl",
        clientId: "c",
        clientSecret: "s",
        gemeente: null,
      },
    ]);
  });

  it("reads one provider per gemeente from OIDC_PROVIDERS", () => {
    const list = parseOidcProviders({
      OIDC_PROVIDERS: JSON.stringify([
        {
          id: "dronten",
          name: "Inloggen met Dronten-account",
          issuer: "https://login.dronten.nl",
          clientId: "a",
          clientSecret: "b",
          gemeente: "dronten",
        },
        { id: "urk", name: "Urk", issuer: "https://login.urk.nl/", clientId: "a", clientSecret: "b" },
      ]),
    });
    expect(list.map((p) => [p.id, p.issuer, p.gemeente])).toEqual([
      ["dronten", "https://login.dronten.nl", "dronten"],
      ["urk", "https://login.urk.nl", null],
    ]);
  });

  it("refuses bad JSON, a reserved or duplicate id, in Dutch", () => {
    expect(() => parseOidcProviders({ OIDC_PROVIDERS: "[" })).toThrow(/geen geldige JSON/);
    const p = { name: "X", issuer: "https://x.nl", clientId: "a", clientSecret: "b" };
    expect(() => parseOidcProviders({ OIDC_PROVIDERS: JSON.stringify([{ ...p, id: "credentials" }]) })).toThrow(
      /ongeldig/,
    );
    expect(() =>
      parseOidcProviders({
        OIDC_PROVIDERS: JSON.stringify([
          { ...p, id: "a" },
          { ...p, id: "a" },
        ]),
      }),
    ).toThrow(/dubbel/);
  });
});

describe("OIDC claims", () => {
  const tokens = (claims: Record<string, unknown>) => ({ claims: () => claims });

  it("does not ask UserInfo when the ID token carries email and email_verified", async () => {
    let asked = false;
    const c = await idTokenAndUserinfoClaims(
      tokens({ sub: "1", iss: "i", email: "a@b.nl", email_verified: false }),
      async () => {
        asked = true;
        return {};
      },
    );
    expect(asked).toBe(false);
    expect(c.email_verified).toBe(false);
  });

  it("fills email and email_verified from UserInfo, never overriding the ID token", async () => {
    const c = await idTokenAndUserinfoClaims(tokens({ sub: "1", iss: "https://idp" }), async () => ({
      sub: "1",
      iss: "https://evil",
      email: "a@b.nl",
      email_verified: true,
    }));
    expect(c).toMatchObject({ sub: "1", iss: "https://idp", email: "a@b.nl", email_verified: true });
  });

  it("refuses a UserInfo answer for another subject", async () => {
    await expect(
      idTokenAndUserinfoClaims(tokens({ sub: "1" }), async () => ({ sub: "2", email: "a@b.nl" })),
    ).rejects.toThrow(/sub/);
  });

  it('counts only true (or "true") as verified', () => {
    for (const [v, want] of [
      [true, true],
      ["true", true],
      [false, false],
      ["false", false],
      [undefined, false],
      [1, false],
    ] as const) {
      expect(claimsOf({ sub: "s", email_verified: v }, "https://idp").emailVerified).toBe(want);
    }
  });
});

describe("sign-in error messages", () => {
  it("says why in Dutch for our own refusals, generic otherwise, nothing for a wrong password", () => {
    expect(signInErrorMessage("OidcEmailNotVerified")).toMatch(/niet bevestigd/);
    expect(signInErrorMessage("OidcNoAccount")).toMatch(/geen account/);
    expect(signInErrorMessage("OidcLinkedElsewhere")).toMatch(/andere identiteit/);
    expect(signInErrorMessage("OAuthCallback")).toBe("Inloggen is niet gelukt. Probeer het opnieuw.");
    expect(signInErrorMessage("toString")).toBe("Inloggen is niet gelukt. Probeer het opnieuw.");
    expect(signInErrorMessage("CredentialsSignin")).toBeNull();
    expect(signInErrorMessage(undefined)).toBeNull();
  });
});
