import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_VERSION } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { PUBLIC_ROUTE_MODULES, startPublicApiServer } from "../fuzz/http-server";
import { must } from "../helpers/must";
import { openPublicFixture, REGELING, SECRET, type PublicFixture } from "./fixtures";

/**
 * The NL API Design Rules contract over real HTTP (node:http, real sockets): every /api/v1
 * response carries API-Version, every header sent is described in the OpenAPI document, and a 400
 * is the invalid-input problem with `invalidParams`.
 */
let f: PublicFixture;
let server: Awaited<ReturnType<typeof startPublicApiServer>>;
beforeAll(async () => {
  f = await openPublicFixture();
  server = await startPublicApiServer((file) => PUBLIC_ROUTE_MODULES[file]());
});
afterAll(async () => {
  await server?.close();
  await f?.db.close();
});

type OpenApiPath = keyof typeof openApiDocument.paths;
type Described = { headers?: Record<string, unknown>; content?: Record<string, { schema: { $ref: string } }> };
const responsesOf = (path: OpenApiPath) =>
  openApiDocument.paths[path].get.responses as unknown as Record<string, Described>;

/** Headers that HTTP itself adds (framing, date); the OpenAPI document describes the API's own. */
const TRANSPORT = new Set(["content-type", "content-length", "date", "connection", "keep-alive", "transfer-encoding"]);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "urn:gr-volg:openapi", components: openApiDocument.components }, "oa");

async function call(path: string, init: RequestInit = {}) {
  return fetch(`${server.url}/api/v1${path === "/" ? "" : path}`, init);
}

/** Checks API-Version and that every header sent is declared for this status in the OpenAPI document. */
function expectDescribedHeaders(res: Response, path: OpenApiPath, label: string) {
  expect(res.headers.get("api-version"), label).toBe(API_VERSION);
  const declared = must(responsesOf(path)[String(res.status)], `${label}: status ${res.status} in OpenAPI`);
  const names = Object.keys(declared.headers ?? {}).map((h) => h.toLowerCase());
  for (const [name] of res.headers) if (!TRANSPORT.has(name)) expect(names, `${label}: header ${name}`).toContain(name);
}

const realPaths = (): [OpenApiPath, string][] => [
  ["/", "/"],
  ["/regelingen", "/regelingen"],
  ["/regelingen/{slug}", `/regelingen/${REGELING}`],
  ["/regelingen/{slug}/begrotingscycli", `/regelingen/${REGELING}/begrotingscycli`],
  ["/gemeenten", "/gemeenten"],
  ["/gemeenten/{slug}", "/gemeenten/urk"],
  ["/documenten", "/documenten"],
  ["/documenten/{id}", `/documenten/${f.version.documentId}`],
  ["/documenten/{id}/versies", `/documenten/${f.version.documentId}/versies`],
  ["/besluiten", "/besluiten"],
  ["/zienswijzen", "/zienswijzen"],
  ["/deadlines", "/deadlines"],
  ["/zoeken", "/zoeken?q=verdeelsleutel"],
];

describe("API-Version and described headers on every response (real HTTP)", () => {
  it("200, 304 (If-None-Match), HEAD and 405 on every operation", async () => {
    for (const [template, path] of realPaths()) {
      const ok = await call(path);
      expect(ok.status, path).toBe(200);
      expectDescribedHeaders(ok, template, `GET ${path}`);
      const etag = must(ok.headers.get("etag"), "etag");
      const notModified = await call(path, { headers: { "If-None-Match": etag } });
      expect(notModified.status, path).toBe(304);
      expectDescribedHeaders(notModified, template, `GET ${path} (304)`);
      expectDescribedHeaders(await call(path, { method: "HEAD" }), template, `HEAD ${path}`);
      const refused = await call(path, { method: "DELETE" });
      expect(refused.status, path).toBe(405);
      expectDescribedHeaders(refused, template, `DELETE ${path}`);
    }
  });

  it("404 on an unknown resource and on an unknown path", async () => {
    const missing = await call("/regelingen/bestaat-niet");
    expect(missing.status).toBe(404);
    expectDescribedHeaders(missing, "/regelingen/{slug}", "GET /regelingen/bestaat-niet");
    const unknown = await call("/bestaat/niet");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("api-version")).toBe(API_VERSION);
  });

  it("OPTIONS (CORS preflight) states the version too", async () => {
    const res = await call("/regelingen", { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(res.headers.get("api-version")).toBe(API_VERSION);
  });
});

describe("400 is the invalid-input problem with invalidParams (real HTTP)", () => {
  const check = must(ajv.getSchema("urn:gr-volg:openapi#/components/schemas/InvalidInputProblem"), "schema");

  async function expectInvalidInput(template: OpenApiPath, path: string, names: string[]) {
    const res = await call(path);
    expect(res.status, path).toBe(400);
    expect(res.headers.get("content-type"), path).toBe("application/problem+json; charset=utf-8");
    expectDescribedHeaders(res, template, `GET ${path}`);
    const body = (await res.json()) as { invalidParams: { name: string; reason: string }[]; detail: string };
    expect(check(body), `${path}: ${JSON.stringify(check.errors)}`).toBe(true);
    expect(body.invalidParams.map((p) => p.name).sort(), path).toEqual([...names].sort());
    for (const p of body.invalidParams) expect(body.detail, path).toContain(p.reason);
  }

  it("names every refused query parameter with its reason (zod errors and unknown parameters together)", async () => {
    await expectInvalidInput("/regelingen", "/regelingen?pageSize=101", ["pageSize"]);
    await expectInvalidInput("/regelingen", "/regelingen?page=0&onbekend=1", ["page", "onbekend"]);
    await expectInvalidInput("/deadlines", "/deadlines?vanaf=2026-02-30", ["vanaf"]);
    await expectInvalidInput("/documenten", "/documenten?regeling=A%20B", ["regeling"]);
    await expectInvalidInput("/zoeken", "/zoeken", ["q"]);
    await expectInvalidInput("/zoeken", "/zoeken?q=de", ["q"]);
    await expectInvalidInput("/zoeken", `/zoeken?q=${"a".repeat(201)}`, ["q"]);
  });

  it("an unreadable address is an invalid input too (NUL character)", async () => {
    await expectInvalidInput("/regelingen/{slug}", "/regelingen/a%00b", ["pad"]);
    await expectInvalidInput("/besluiten", "/besluiten?gemeente=%00", ["gemeente"]);
  });
});

describe("GET /api/v1/zoeken: the search of /zoeken, public scope only (real HTTP)", () => {
  const check = must(ajv.getSchema("urn:gr-volg:openapi#/components/schemas/ZoekresultaatPagina"), "schema");
  type Hit = { soort: string; titel: string; fragment: string; treffers: string[]; _links: { html: { href: string } } };
  type SearchPage = { items: Hit[]; totalItems: number; totalPages: number; _links: Record<string, { href: string }> };
  const search = async (query: string) => {
    const res = await call(`/zoeken?${query}`);
    expect(res.status, query).toBe(200);
    const body = (await res.json()) as SearchPage;
    expect(check(body), `${query}: ${JSON.stringify(check.errors)}`).toBe(true);
    return body;
  };

  it("finds an adopted zienswijze point by its stem, as plain text with the matched words", async () => {
    const body = await search("q=verdeelsleutels");
    const point = must(
      body.items.find((h) => h.soort === "zienswijzepunt"),
      "the adopted point",
    );
    expect(point.titel).toContain("Financiële verdeelsleutel");
    expect(point.fragment).not.toMatch(/[\uE000\uE001]/);
    expect(point.treffers.map((t) => t.toLowerCase())).toContain("verdeelsleutel");
    expect(point._links.html.href).toBe(`/regelingen/${REGELING}`);
  });

  it("never shows a concept zienswijze, whatever is asked", async () => {
    const body = await search(`q=${encodeURIComponent(SECRET)}`);
    expect(body.totalItems).toBe(0);
    expect(JSON.stringify(body.items)).not.toContain(SECRET);
  });

  it("pages like the other lists", async () => {
    const all = await search("q=regeling&pageSize=100");
    expect(all.totalItems).toBeGreaterThan(1);
    const first = await search("q=regeling&pageSize=1");
    expect(first.items).toHaveLength(1);
    expect(first.totalPages).toBe(all.totalItems);
    expect(first._links.next?.href).toContain("page=2");
    const second = await search("q=regeling&pageSize=1&page=2");
    expect(second.items[0]).toEqual(all.items[1]);
  });
});
