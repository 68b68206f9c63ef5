import { describe, expect, it } from "vitest";
import {
  hasSessionCookie,
  isCacheableRequest,
  isPersonalCacheableRequest,
  isPublicPath,
  type RequestFacts,
} from "@/lib/public-cache/policy";

function facts(over: Partial<RequestFacts> & { headers?: Record<string, string> } = {}): RequestFacts {
  const headers = over.headers ?? {};
  return {
    method: over.method ?? "GET",
    pathname: over.pathname ?? "/gemeenten/urk",
    header: (name) => headers[name] ?? null,
    cookieNames: over.cookieNames ?? [],
  };
}

describe("public HTML cache policy", () => {
  it("covers the public pages and nothing of the workspaces", () => {
    for (const p of ["/", "/regelingen", "/regelingen/gr-x", "/gemeenten", "/gemeenten/urk", "/documenten/abc"])
      expect(isPublicPath(p), p).toBe(true);
    for (const p of [
      "/griffie",
      "/secretariaat",
      "/inloggen",
      "/afmelden",
      "/volgen",
      "/werkruimte",
      "/regelingenx",
      "/api/v1/regelingen",
    ])
      expect(isPublicPath(p), p).toBe(false);
  });

  it("answers anonymous GET and HEAD document requests only", () => {
    expect(isCacheableRequest(facts())).toBe(true);
    expect(isCacheableRequest(facts({ method: "HEAD" }))).toBe(true);
    expect(isCacheableRequest(facts({ method: "POST" }))).toBe(false);
    expect(isCacheableRequest(facts({ pathname: "/griffie" }))).toBe(false);
  });

  it("never answers a signed-in visitor (the header shows who is signed in)", () => {
    for (const name of [
      "next-auth.session-token",
      "__Secure-next-auth.session-token",
      "__Secure-next-auth.session-token.0",
    ]) {
      expect(hasSessionCookie([name])).toBe(true);
      expect(isCacheableRequest(facts({ cookieNames: ["other", name] }))).toBe(false);
    }
    expect(isCacheableRequest(facts({ cookieNames: ["next-auth.csrf-token", "next-auth.callback-url"] }))).toBe(true);
  });

  it("leaves client-side navigation, prefetches and server actions to Next.js", () => {
    for (const h of ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action"]) {
      expect(isCacheableRequest(facts({ headers: { [h]: "1" } })), h).toBe(false);
    }
  });

  it("caches the consensus matrix per signed-in user, and nothing else of the workspaces", () => {
    const session = ["next-auth.session-token"];
    expect(isPersonalCacheableRequest(facts({ pathname: "/secretariaat", cookieNames: session }))).toBe(true);
    expect(isPersonalCacheableRequest(facts({ pathname: "/secretariaat" }))).toBe(false);
    expect(isPersonalCacheableRequest(facts({ pathname: "/secretariaat", cookieNames: session, method: "POST" }))).toBe(
      false,
    );
    expect(
      isPersonalCacheableRequest(facts({ pathname: "/secretariaat", cookieNames: session, headers: { rsc: "1" } })),
    ).toBe(false);
    for (const p of ["/secretariaat/audit", "/griffie", "/secretariaat/nota/x", "/volgen"]) {
      expect(isPersonalCacheableRequest(facts({ pathname: p, cookieNames: session })), p).toBe(false);
    }
  });
});
