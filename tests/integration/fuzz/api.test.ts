import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROUTE_ENTRY_POINTS } from "@/lib/auth/entry-points";
import { openPublicFixture, type PublicFixture } from "../public/fixtures";
import { fingerprint } from "../authz/fixture";
import { PUBLIC_ROUTE_MODULES as MODULES, startPublicApiServer } from "./http-server";
import { NASTY_STRINGS, SEED, assertProperty, hostileString, scale } from "./hostile";

/**
 * The open API and the calendar feeds over real HTTP: mutation methods are refused (405) on every
 * resource, and thousands of hostile paths, query strings and headers never produce a 5xx, always
 * a Dutch problem detail when refused, and never a write.
 */
const PUBLIC = Object.entries(ROUTE_ENTRY_POINTS)
  .filter(([, e]) => e.access.kind.startsWith("public"))
  .map(([f]) => f);

let f: PublicFixture;
let server: Awaited<ReturnType<typeof startPublicApiServer>>;
let before: Record<string, string>;
beforeAll(async () => {
  f = await openPublicFixture();
  server = await startPublicApiServer((file) => MODULES[file]());
  before = await fingerprint(f.prisma);
});
afterAll(async () => {
  await server?.close();
  await f?.db.close();
});

const DUTCH =
  /\b(de|het|een|is|niet|moet|mag|bestaat|geen|deze|onbekende|parameter|toegestaan|methode|zoekvraag|geheel getal)\b/i;
const ENGLISH = /\b(the|invalid|expected|received|error|undefined|exception)\b/i;
const MUTATIONS = ["POST", "PUT", "PATCH", "DELETE"];
/** encodeURIComponent refuses lone surrogates; those travel as the raw bytes %ED%A0%80 instead. */
const enc = (s: string) =>
  encodeURIComponent(
    s.replace(/[\uD800-\uDFFF]/g, (c, i: number, all: string) =>
      /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(all.slice(i - 1, i + 1) + all.slice(i, i + 2)) ? c : "\uFFFD",
    ),
  );

/** Real paths of every public resource, with the fixture's real slugs and ids. */
const paths = () => [
  "/api/v1",
  "/api/v1/regelingen",
  `/api/v1/regelingen/gr-sociaal-domein-flevoland`,
  "/api/v1/regelingen/gr-sociaal-domein-flevoland/begrotingscycli",
  "/api/v1/gemeenten",
  "/api/v1/gemeenten/urk",
  "/api/v1/documenten",
  `/api/v1/documenten/${f.version.documentId}`,
  `/api/v1/documenten/${f.version.documentId}/versies`,
  "/api/v1/besluiten",
  "/api/v1/zienswijzen",
  "/api/v1/deadlines",
  "/api/v1/openapi.json",
  "/api/v1/bestaat/niet",
  "/ics/regelingen/gr-sociaal-domein-flevoland.ics",
  "/ics/gemeenten/urk.ics",
  // A private agenda address (issue 17): without a live secret it is the same 404 as any unknown one.
  "/ics/agenda/onbekende-agendalink.ics",
];

async function expectDutchProblem(res: Response, label: string) {
  const type = res.headers.get("content-type") ?? "";
  if (!type.includes("json")) return;
  const body = JSON.parse(await res.text()) as { detail?: string; invalidParams?: { reason: string }[] };
  expect(body.detail, label).toMatch(DUTCH);
  // Quoted parts echo the client's own input ("Er is geen document met id \"undefined\"").
  const own = (t: string) => t.replace(/"[^"]*"/g, "");
  expect(own(body.detail ?? ""), label).not.toMatch(ENGLISH);
  for (const p of body.invalidParams ?? []) expect(own(p.reason), label).not.toMatch(ENGLISH);
}

describe("public API over real HTTP", () => {
  it("serves every public route in the registry", () => {
    expect(Object.keys(MODULES).sort()).toEqual(PUBLIC.sort());
  });

  it("is read-only: every mutation method is refused with 405 and a Dutch problem; OPTIONS is the CORS preflight", async () => {
    let n = 0;
    for (const path of paths()) {
      for (const method of MUTATIONS) {
        const res = await fetch(`${server.url}${path}`, {
          method,
          headers: { "content-type": "application/json" },
          body: '{"naam":"x"}',
        });
        const label = `${method} ${path}`;
        if (path === "/api/v1/bestaat/niet") expect(res.status, label).toBe(404);
        else expect(res.status, label).toBe(405);
        if (path.startsWith("/api/")) await expectDutchProblem(res, label);
        else await res.arrayBuffer();
        n++;
      }
      if (path.startsWith("/api/"))
        expect((await fetch(`${server.url}${path}`, { method: "OPTIONS" })).status, `OPTIONS ${path}`).toBe(204);
    }
    expect(n).toBe(paths().length * MUTATIONS.length);
    expect(await fingerprint(f.prisma)).toEqual(before);
  });

  const RUNS = scale(4000);
  it(`survives ${RUNS} hostile requests: no 5xx, Dutch refusals, nothing written`, async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        "urk",
        "gr-sociaal-domein-flevoland",
        "%",
        "%zz",
        "%E0%A4%A",
        "..",
        ".",
        "a.ics",
        "%00",
        "%2F",
        "%ED%A0%80",
        "%C0%AF",
      ),
      hostileString.map((s) => enc(s.slice(0, 300))),
    );
    const param = fc.constantFrom(
      "page",
      "pageSize",
      "regeling",
      "gemeente",
      "vanaf",
      "sort",
      "fields",
      "q",
      "page[]",
      "__proto__",
      "",
    );
    const value = fc.oneof(
      fc.constantFrom(
        "0",
        "1",
        "-1",
        "2",
        "100",
        "101",
        "1e3",
        "99999999999999999999",
        "NaN",
        "",
        "urk",
        "2026-02-30",
        "9999-12-31",
      ),
      hostileString.map((s) => s.slice(0, 500)),
    );
    const request = fc.record({
      base: fc.nat(),
      extra: fc.array(segment, { maxLength: 2 }),
      replaceLast: fc.option(segment, { freq: 3 }),
      query: fc.array(fc.tuple(param, value), { maxLength: 4 }),
      method: fc.constantFrom("GET", "GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "DELETE"),
      ifNoneMatch: fc.option(
        fc.oneof(
          fc.constantFrom("*", 'W/"x"', '""', ",,,", '"a", W/"b"'),
          hostileString.map((s) => s.replace(/[^\x20-\x7e]/g, "").slice(0, 200)),
        ),
        { freq: 2 },
      ),
      accept: fc.constantFrom("application/json", "text/html", "*/*", "application/xml", "", "text/calendar"),
    });
    let count = 0;
    let worst = 0;
    await assertProperty(
      fc.asyncProperty(request, async (r) => {
        const all = paths();
        let path = all[r.base % all.length];
        if (r.replaceLast) path = `${path.slice(0, path.lastIndexOf("/"))}/${r.replaceLast}`;
        if (r.extra.length) path = `${path}/${r.extra.join("/")}`;
        const qs = r.query.map(([k, v]) => `${enc(k)}=${enc(v)}`).join("&");
        const headers: Record<string, string> = {};
        if (r.ifNoneMatch) headers["if-none-match"] = r.ifNoneMatch;
        if (r.accept) headers.accept = r.accept;
        const res = await fetch(`${server.url}${path}${qs ? `?${qs}` : ""}`, { method: r.method, headers });
        const label = `${r.method} ${path}?${qs}`.slice(0, 300);
        const text = res.status === 200 && r.method === "GET" ? await res.clone().text() : "";
        const body = () => text;
        worst = Math.max(worst, res.status);
        count++;
        expect(res.status, label).toBeLessThan(500);
        if (r.method !== "HEAD" && res.status >= 400 && (path.startsWith("/api/") || res.status !== 405))
          await expectDutchProblem(res, label);
        else if (r.method === "GET" && res.status === 200 && (res.headers.get("content-type") ?? "").includes("json"))
          expect(() => JSON.parse(body()), label).not.toThrow();
        else await res.arrayBuffer();
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(count).toBeGreaterThanOrEqual(RUNS);
    expect(await fingerprint(f.prisma), "the open API never writes").toEqual(before);
    console.info(`API fuzzing: ${count} HTTP requests, highest status ${worst}`);
  });

  it("the hostile strings include what the brief names (not vacuous)", () => {
    for (const s of ["\u0000", "\uD800", "<script>alert(1)</script>", '\'; DROP TABLE "User"; --', "2026-02-30"])
      expect(NASTY_STRINGS).toContain(s);
  });
});
