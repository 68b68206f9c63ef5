import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deadlineFilter, regelingFilter, regelingGemeenteFilter } from "@/lib/api/filters";
import { pageQuery } from "@/lib/api/pagination";
import {
  isPlainPath,
  MAX_SHARED_PAGE,
  PARAM_FORMS,
  shareablePage,
  shareableResponse,
} from "@/lib/public-cache/shareable";
import { canonicalPublicHost } from "@/lib/public-url";

const at = (address: string) => {
  const u = new URL(address, "http://x.test");
  return { pathname: u.pathname, search: u.search };
};

describe("which HTML pages are shared between instances", () => {
  const HOST = "gr-volg.example.nl";
  const page = (address: string, host: string | null = HOST, publicHost: string | null = HOST) =>
    shareablePage(at(address), host, publicHost);

  it("shares the public pages at the public host, without query or with exactly ?alles=ja", () => {
    for (const p of ["/", "/regelingen", "/gemeenten", "/regelingen/gr-sociaal-domein", "/documenten/cm4abc123"])
      expect(page(p), p).toBe(true);
    expect(page("/regelingen/gr-sociaal-domein?alles=ja")).toBe(true);
    expect(page("/gemeenten/almere?alles=ja")).toBe(true);
  });

  it("does not share another host, or anything when no public host is configured", () => {
    expect(page("/regelingen/x", "evil.example")).toBe(false);
    expect(page("/regelingen/x", "GR-VOLG.example.nl")).toBe(false);
    expect(page("/regelingen/x", `${HOST}, evil.example`)).toBe(false);
    expect(page("/regelingen/x", "")).toBe(false);
    expect(page("/regelingen/x", null)).toBe(false);
    expect(page("/regelingen/x", HOST, null)).toBe(false);
    // The public host is PUBLIC_URL's, else NEXTAUTH_URL's (with a non-default port).
    const env = (e: Record<string, string>) => e as unknown as NodeJS.ProcessEnv;
    expect(canonicalPublicHost(env({ PUBLIC_URL: "https://gr-volg.example.nl/", NEXTAUTH_URL: "http://a:3000" }))).toBe(
      HOST,
    );
    expect(canonicalPublicHost(env({ NEXTAUTH_URL: "http://127.0.0.1:3000" }))).toBe("127.0.0.1:3000");
    expect(canonicalPublicHost(env({}))).toBeNull();
  });

  it("does not share any other query string, nor ?alles=ja where no page reads it", () => {
    for (const q of [
      "?a=1",
      "?alles=ja&a=1",
      "?a=1&alles=ja",
      "?alles=nee",
      "?alles=JA",
      "?alles=ja&alles=ja",
      "?alles",
      "?%61lles=ja",
      "?alles=j%61",
      "?page=2",
    ])
      expect(page(`/regelingen/x${q}`), q).toBe(false);
    expect(page("/regelingen?alles=ja")).toBe(false);
    expect(page("/?alles=ja")).toBe(false);
    expect(page("/documenten/d1?alles=ja")).toBe(false);
  });

  it("does not share a path with percent-escapes (the same page under another key)", () => {
    expect(page("/regelingen/gr%2Dsociaal")).toBe(false);
    expect(page("/regelingen/%67r-sociaal?alles=ja")).toBe(false);
    expect(isPlainPath("/gemeenten/s-hertogenbosch")).toBe(true);
    expect(isPlainPath("/gemeenten/caf%C3%A9")).toBe(false);
  });

  it("shares at most one key per page and form, whatever the query (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (junk) => {
        const search = at(`/regelingen/x?${junk}`).search;
        const shared = shareablePage({ pathname: "/regelingen/x", search }, HOST, HOST);
        expect(shared).toBe(search === "" || search === "?alles=ja");
      }),
    );
  });
});

describe("which API lists, feeds and begroting cycles are shared between instances", () => {
  const LIST = ["page", "pageSize", "regeling", "gemeente", "vanaf"];
  const list = (address: string, accepted = LIST) => shareableResponse(at(address), accepted);

  it("shares the canonical forms of the parameters the route accepts", () => {
    expect(list("/api/v1/regelingen")).toBe(true);
    expect(list("/api/v1/regelingen?page=2&pageSize=50")).toBe(true);
    expect(list("/api/v1/regelingen?pageSize=50&page=2")).toBe(true);
    expect(list(`/api/v1/besluiten?regeling=gr-x&gemeente=almere&page=${MAX_SHARED_PAGE}&pageSize=100`)).toBe(true);
    expect(list("/api/v1/deadlines?vanaf=2026-12-03")).toBe(true);
    expect(list("/ics/regelingen/gr-x.ics", [])).toBe(true);
  });

  it("does not share a parameter the route does not read, twice, empty or written otherwise", () => {
    for (const q of [
      "?a=1",
      "?page=2&a=1",
      "?page=2&page=2",
      "?page=2&page=3",
      "?page=",
      "?page",
      "?=2",
      "?page=2&",
      "?page=02",
      "?page=0",
      "?page=-1",
      "?page=+2",
      "?page=2.0",
      "?page=1e3",
      `?page=${MAX_SHARED_PAGE + 1}`,
      "?page=999999",
      "?pageSize=101",
      "?pageSize=020",
      "?%70age=2",
      "?regeling=GR-X",
      "?regeling=gr%2Dx",
      "?regeling=-gr",
      `?regeling=${"a".repeat(101)}`,
      "?vanaf=2026-02-30",
      "?vanaf=2026-2-3",
      "?vanaf=1899-12-31",
      "?constructor=1",
      "?__proto__=1",
      "?hasOwnProperty=1",
    ])
      expect(list(`/api/v1/besluiten${q}`), q).toBe(false);
  });

  it("shares only the parameters passed as accepted: a feed or begroting cycles with any query is not shared", () => {
    expect(list("/ics/regelingen/gr-x.ics?t=1", [])).toBe(false);
    expect(list("/ics/regelingen/gr-x.ics?page=1", [])).toBe(false);
    expect(list("/api/v1/regelingen/gr-x/begrotingscycli?page=1", [])).toBe(false);
    expect(list("/api/v1/regelingen?regeling=gr-x", ["page", "pageSize"])).toBe(false);
    // A parameter accepted by a route but without a known canonical form is never shared.
    expect(list("/api/v1/zoeken?q=x", ["q"])).toBe(false);
  });

  it("does not share a path with percent-escapes", () => {
    expect(list("/ics/regelingen/gr%2Dx.ics", [])).toBe(false);
  });

  it("knows a canonical form for every parameter of the cached lists' schemas", () => {
    // A parameter added to a list's schema without a form here would silently never be shared.
    for (const schema of [pageQuery, regelingFilter, regelingGemeenteFilter, deadlineFilter])
      for (const name of Object.keys(schema.shape)) expect(Object.hasOwn(PARAM_FORMS, name), name).toBe(true);
    // And every canonical form is one the schema accepts (no shared key for a request answered with a 400).
    const samples: Record<string, string[]> = {
      page: ["1", String(MAX_SHARED_PAGE)],
      pageSize: ["1", "100"],
      regeling: ["a", "gr-x-1"],
      gemeente: ["a", "s-hertogenbosch"],
      vanaf: ["1900-01-01", "2199-12-31", "2028-02-29"],
    };
    for (const [name, values] of Object.entries(samples))
      for (const v of values) {
        expect(PARAM_FORMS[name](v), `${name}=${v}`).toBe(true);
        expect(deadlineFilter.safeParse({ [name]: v }).success, `${name}=${v}`).toBe(true);
      }
  });
});
