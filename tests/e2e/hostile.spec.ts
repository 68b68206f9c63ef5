import fc from "fast-check";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";
import { must } from "../integration/helpers/must";

/**
 * Hostile input over real HTTP against the production build (issue 13 point 5): what Next.js
 * itself would answer with a bare 500 — a malformed percent-escape in a dynamic segment of
 * /api/v1 and /ics, a newline or an invalid URL as callbackUrl, a cross-origin server-action POST —
 * gets a Dutch 4xx (problem+json for the API) or a safe redirect. Never a 5xx.
 */

/** Escapes that do not decode to UTF-8: a lone surrogate, an overlong form, a cut-off sequence, a bare "%". */
const BAD_ESCAPES = ["%ED%A0%80", "%C0%AF", "%E0%A4%A", "%FF", "%", "%zz", "%E2%82", "%F4%90%80%80"];
const API_BASES = [
  "/api/v1/gemeenten/",
  "/api/v1/regelingen/",
  "/api/v1/documenten/",
  "/api/v1/",
  "/api/v1/documenten/x/versies/",
];
const ICS_BASES = ["/ics/gemeenten/", "/ics/regelingen/"];

async function signedIn(request: APIRequestContext, email: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  expect(res.status()).toBeLessThan(400);
}

test("malformed percent-escapes in /api/v1 and /ics paths: a Dutch 400 (problem+json for the API), never a 5xx", async ({
  request,
}) => {
  // Fixed escapes at every base, plus generated ones (fixed seed, reproducible).
  const generated = fc.sample(
    fc
      .tuple(
        fc.constantFrom(...BAD_ESCAPES),
        fc.string({ unit: fc.constantFrom("a", "b", "-", "1", "%41", ".ics"), maxLength: 6 }),
      )
      .map(([bad, tail]) => `${bad}${tail}`),
    { numRuns: 40, seed: 1313 },
  );
  let count = 0;
  for (const base of [...API_BASES, ...ICS_BASES]) {
    for (const esc of [...BAD_ESCAPES, ...generated.slice(0, 6)]) {
      const path = `${base}${esc}${base.startsWith("/ics/") ? ".ics" : ""}`;
      const res = await request.get(path);
      count++;
      expect(res.status(), path).toBe(400);
      const body = await res.text();
      expect(body, path).toContain("Dit adres is ongeldig");
      if (base.startsWith("/api/v1")) {
        expect(res.headers()["content-type"], path).toContain("application/problem+json");
        expect(JSON.parse(body)).toMatchObject({ status: 400, title: "Ongeldige invoer" });
      }
    }
  }
  expect(count).toBeGreaterThan(80);
  // Well-formed escapes still work: the check refuses only what cannot be decoded.
  expect((await request.get("/api/v1/gemeenten/ur%6B")).status()).toBe(200);
  expect((await request.get("/ics/gemeenten/ur%6B.ics")).status()).toBe(200);
  expect((await request.get("/api/v1/gemeenten/bestaat%20niet")).status()).toBe(404);
});

test("callbackUrl with a newline, an invalid URL or another site: never a 5xx, never off-site", async ({
  playwright,
  baseURL,
}) => {
  const origin = new URL(must(baseURL, "baseURL")).origin;
  const hostile = [
    "/\nSet-Cookie: x=1",
    "/werkruimte\r\nLocation: https://evil.example",
    "http://[::1",
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "/%5Cevil.example/",
    "/%2F%2Fevil.example/",
    "javascript:alert(1)",
    "\u0000",
    "/".repeat(3000),
    "%E0%A4%A",
  ];
  const anon = await playwright.request.newContext({ baseURL });
  const user = await playwright.request.newContext({ baseURL });
  await signedIn(user, "griffier.urk@demo.gr-volg.nl");
  // Its own context: a successful credentials POST signs it in (anon must stay anonymous).
  const poster = await playwright.request.newContext({ baseURL });
  for (const cb of hostile) {
    const q = `callbackUrl=${encodeURIComponent(cb)}`;
    // The sign-in page: anonymous it shows the form, signed in it redirects — to this site only.
    const page = await anon.get(`/inloggen?${q}`, { maxRedirects: 0 });
    expect(page.status(), `anonymous /inloggen ${JSON.stringify(cb)}`).toBe(200);
    const again = await user.get(`/inloggen?${q}`, { maxRedirects: 0 });
    expect(again.status(), `signed in /inloggen ${JSON.stringify(cb)}`).toBeLessThan(400);
    const location = again.headers().location ?? "";
    expect(new URL(location, origin).origin, `redirect for ${JSON.stringify(cb)}`).toBe(origin);
    expect(location).not.toMatch(/evil|[\r\n]/);
    // next-auth's own entry points (redirect callback).
    const signin = await anon.get(`/api/auth/signin?${q}`, { maxRedirects: 0 });
    expect(signin.status(), `next-auth signin ${JSON.stringify(cb)}`).toBeLessThan(500);
    const { csrfToken } = (await (await poster.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const post = await poster.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "griffier.urk@demo.gr-volg.nl", password: DEMO_PASSWORD, callbackUrl: cb },
      maxRedirects: 0,
    });
    expect(post.status(), `next-auth callback ${JSON.stringify(cb)}`).toBeLessThan(500);
    const to = post.headers().location ?? "";
    expect(new URL(to, origin).origin, `next-auth redirect for ${JSON.stringify(cb)}`).toBe(origin);
    expect(to).not.toMatch(/evil/);
  }
  // A same-site path is kept.
  const kept = await user.get(`/inloggen?callbackUrl=${encodeURIComponent("/griffie/vergaderingen")}`, {
    maxRedirects: 0,
  });
  expect(kept.headers().location).toMatch(/\/griffie\/vergaderingen$/);
  await anon.dispose();
  await user.dispose();
  await poster.dispose();
});

test("a cross-origin server-action POST gets a Dutch 403 before any action code runs", async ({
  playwright,
  baseURL,
}) => {
  const ctx = await playwright.request.newContext({ baseURL });
  await signedIn(ctx, "college.zeewolde@demo.gr-volg.nl");
  for (const origin of ["https://evil.example", "null", "http://127.0.0.1:1", "not a url"]) {
    const res = await ctx.post("/volgen", {
      headers: {
        "Next-Action": "0".repeat(42),
        Origin: origin,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
      },
      data: "[]",
      maxRedirects: 0,
    });
    expect(res.status(), origin).toBe(403);
    expect(await res.text()).toContain("geweigerd");
  }
  await ctx.dispose();
});
