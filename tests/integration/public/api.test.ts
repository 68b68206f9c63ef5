import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { compileErrors, validate as validateOpenApi } from "@readme/openapi-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPublicFixture, REGELING, SECRET, type PublicFixture } from "./fixtures";
import { ctx, req } from "./http";
import { openApiDocument } from "@/lib/api/openapi";
import * as regelingen from "@/app/api/v1/regelingen/route";
import * as regeling from "@/app/api/v1/regelingen/[slug]/route";
import * as gemeenten from "@/app/api/v1/gemeenten/route";
import * as gemeente from "@/app/api/v1/gemeenten/[slug]/route";
import * as documenten from "@/app/api/v1/documenten/route";
import * as document from "@/app/api/v1/documenten/[id]/route";
import * as versies from "@/app/api/v1/documenten/[id]/versies/route";
import * as besluiten from "@/app/api/v1/besluiten/route";
import * as zienswijzen from "@/app/api/v1/zienswijzen/route";
import * as deadlines from "@/app/api/v1/deadlines/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as root from "@/app/api/v1/route";
import * as fallback from "@/app/api/v1/[...pad]/route";
import { must } from "../helpers/must";

let f: PublicFixture;
beforeAll(async () => {
  f = await openPublicFixture();
});
afterAll(async () => f?.db.close());

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: "urn:gr-volg:openapi", components: openApiDocument.components }, "oa");

/** Validates a body against the response schema the OpenAPI document declares for a path, status and content type. */
function expectMatchesContract(
  path: keyof typeof openApiDocument.paths,
  status: string,
  body: unknown,
  contentType = "application/json",
) {
  const responses = openApiDocument.paths[path].get.responses as unknown as Record<
    string,
    { content?: Record<string, { schema: { $ref: string } }> }
  >;
  const ref = responses[status]?.content?.[contentType]?.schema.$ref;
  expect(ref, `${path} ${status} ${contentType} in OpenAPI`).toBeTruthy();
  const check = must(ajv.getSchema(`urn:gr-volg:openapi${ref}`), "ajv.getSchema(…)");
  const ok = check(body);
  expect(ok, JSON.stringify(check.errors, null, 1)).toBe(true);
}

async function getJson(res: Response) {
  return { res, body: JSON.parse(await res.text()) as Record<string, unknown> };
}

describe("OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await validateOpenApi(structuredClone(openApiDocument) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("is served at /api/v1/openapi.json", async () => {
    const { res, body } = await getJson(await openapi.GET(req("/api/v1/openapi.json"), undefined as never));
    expect(res.status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths as object)).toEqual(
      expect.arrayContaining(["/regelingen", "/zienswijzen", "/documenten/{id}/versies"]),
    );
  });
});

describe("API responses match the contract", () => {
  it("GET / links to every resource", async () => {
    const { body } = await getJson(await root.GET(req("/api/v1"), undefined as never));
    expectMatchesContract("/", "200", body);
    expect(Object.keys(body._links as object)).toEqual(
      expect.arrayContaining(["regelingen", "zienswijzen", "openapi"]),
    );
  });

  it("GET /regelingen (paginated, headers per NL API Design Rules)", async () => {
    const { res, body } = await getJson(await regelingen.GET(req("/api/v1/regelingen"), undefined as never));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("api-version")).toBe("1.0.0");
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    expect(res.headers.get("etag")).toMatch(/^".+"$/);
    expectMatchesContract("/regelingen", "200", body);
    expect(body.totalItems).toBe(2);
  });

  it("paginates with _links self/next/prev/first/last", async () => {
    const { body } = await getJson(await gemeenten.GET(req("/api/v1/gemeenten?page=2&pageSize=2"), undefined as never));
    expectMatchesContract("/gemeenten", "200", body);
    expect(body.totalItems).toBe(6);
    expect(body.totalPages).toBe(3);
    expect((body.items as unknown[]).length).toBe(2);
    const links = body._links as Record<string, { href: string }>;
    expect(links.self.href).toBe("/api/v1/gemeenten?page=2&pageSize=2");
    expect(links.next.href).toBe("/api/v1/gemeenten?page=3&pageSize=2");
    expect(links.prev.href).toBe("/api/v1/gemeenten?page=1&pageSize=2");
    expect(links.last.href).toBe("/api/v1/gemeenten?page=3&pageSize=2");
    const { body: last } = await getJson(
      await gemeenten.GET(req("/api/v1/gemeenten?page=3&pageSize=2"), undefined as never),
    );
    expect((last._links as Record<string, unknown>).next).toBeUndefined();
  });

  it("GET /regelingen/{slug} with participants, uitleg and coming deadlines", async () => {
    const { res, body } = await getJson(
      await regeling.GET(req(`/api/v1/regelingen/${REGELING}`), ctx({ slug: REGELING })),
    );
    expect(res.status).toBe(200);
    expectMatchesContract("/regelingen/{slug}", "200", body);
    expect((body.deelnemers as unknown[]).length).toBe(6);
    expect((body.uitleg as { stand: string }).stand).toBe("Zienswijzeprocedure");
  });

  it("GET /gemeenten/{slug} with a timeline of decided steps", async () => {
    const { body } = await getJson(await gemeente.GET(req("/api/v1/gemeenten/urk"), ctx({ slug: "urk" })));
    expectMatchesContract("/gemeenten/{slug}", "200", body);
    expect((body.tijdlijn as { wat: string }[]).map((t) => t.wat)).toContain("Concepttekst ontvangen door de raad");
  });

  it("GET /documenten, /documenten/{id} and /documenten/{id}/versies", async () => {
    const { body: list } = await getJson(
      await documenten.GET(req(`/api/v1/documenten?regeling=${REGELING}&pageSize=100`), undefined as never),
    );
    expectMatchesContract("/documenten", "200", list);
    expect(list.totalItems).toBeGreaterThanOrEqual(5);
    const id = f.proc.documentId;
    const { body: one } = await getJson(await document.GET(req(`/api/v1/documenten/${id}`), ctx({ id })));
    expectMatchesContract("/documenten/{id}", "200", one);
    const { body: vs } = await getJson(await versies.GET(req(`/api/v1/documenten/${id}/versies`), ctx({ id })));
    expectMatchesContract("/documenten/{id}/versies", "200", vs);
    const v = (vs.items as { contentHash: string; artikelen: unknown[] }[])[0];
    expect(v.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(v.artikelen.length).toBe(f.version.articles.length);
  });

  it("GET /besluiten with votes and moties", async () => {
    const { body } = await getJson(await besluiten.GET(req("/api/v1/besluiten?gemeente=urk"), undefined as never));
    expectMatchesContract("/besluiten", "200", body);
    const [b] = body.items as { stemmen: { voor: number }; moties: { titel: string }[]; besluitnummer: string }[];
    expect(b.besluitnummer).toBe("RB-2026-017");
    expect(b.stemmen.voor).toBe(12);
    expect(b.moties[0].titel).toBe("Grip op regionale kosten");
    const { body: none } = await getJson(
      await besluiten.GET(req("/api/v1/besluiten?gemeente=almere"), undefined as never),
    );
    expect(none.totalItems).toBe(0);
  });

  it("GET /zienswijzen lists only vastgestelde/ingediende zienswijzen, never a CONCEPT", async () => {
    const { res, body } = await getJson(
      await zienswijzen.GET(req("/api/v1/zienswijzen?pageSize=100"), undefined as never),
    );
    const text = JSON.stringify(body);
    expectMatchesContract("/zienswijzen", "200", body);
    expect(res.status).toBe(200);
    expect(body.totalItems).toBe(1);
    expect((body.items as { id: string }[]).map((z) => z.id)).toEqual([f.vastgesteld.id]);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(f.concept.id);
    const [z] = body.items as { punten: { antwoord: string | null; afdoening: string | null }[] }[];
    expect(z.punten[0]).toMatchObject({
      antwoord: "De verdeelsleutel komt in de bijlage.",
      afdoening: "DEELS_OVERGENOMEN",
    });
    const { body: almere } = await getJson(
      await zienswijzen.GET(req("/api/v1/zienswijzen?gemeente=almere"), undefined as never),
    );
    expect(almere.totalItems).toBe(0);
  });

  it("GET /deadlines includes Deadline rows and the zienswijze deadline of a raad track", async () => {
    const { body } = await getJson(await deadlines.GET(req(`/api/v1/deadlines?vanaf=${f.today}`), undefined as never));
    expectMatchesContract("/deadlines", "200", body);
    const ids = (body.items as { id: string }[]).map((d) => d.id);
    expect(ids).toContain(`deadline-${f.deadline.id}`);
    expect(ids.some((i) => i.startsWith("zienswijzetermijn-"))).toBe(true);
  });
});

describe("errors are application/problem+json (RFC 9457) with a Dutch detail", () => {
  const expectProblem = async (res: Response, status: number, path: keyof typeof openApiDocument.paths) => {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    const body = JSON.parse(await res.text());
    expectMatchesContract(path, String(status), body, "application/problem+json");
    expect(body.status).toBe(status);
    expect(body.instance).toMatch(/^\/api\/v1\//);
    return body as { detail: string; invalidParams?: { name: string }[] };
  };

  it("400 for bad query parameters (validated with zod)", async () => {
    for (const q of ["pageSize=101", "page=0", "page=abc", "onbekend=1"]) {
      const body = await expectProblem(
        await regelingen.GET(req(`/api/v1/regelingen?${q}`), undefined as never),
        400,
        "/regelingen",
      );
      expect(body.detail).toMatch(/klopt niet/);
    }
    for (const vanaf of ["morgen", "2026-02-30"]) {
      const body = await expectProblem(
        await deadlines.GET(req(`/api/v1/deadlines?vanaf=${vanaf}`), undefined as never),
        400,
        "/deadlines",
      );
      expect(body.invalidParams?.map((p) => p.name)).toEqual(["vanaf"]);
    }
  });

  it("404 for an unknown resource and an unknown path", async () => {
    const body = await expectProblem(
      await regeling.GET(req("/api/v1/regelingen/bestaat-niet"), ctx({ slug: "bestaat-niet" })),
      404,
      "/regelingen/{slug}",
    );
    expect(body.detail).toContain("bestaat-niet");
    await expectProblem(await document.GET(req("/api/v1/documenten/xyz"), ctx({ id: "xyz" })), 404, "/documenten/{id}");
    const res = await fallback.GET(req("/api/v1/onbekend"));
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });

  it("405 for writes, with Allow", async () => {
    const res = await regelingen.POST(req("/api/v1/regelingen", { method: "POST", body: "{}" }));
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    await expectProblem(res, 405, "/regelingen");
  });

  it("500 without internals when the database fails", async () => {
    const holder = globalThis as unknown as { __grVolgDb?: Promise<unknown> };
    const saved = holder.__grVolgDb;
    holder.__grVolgDb = Promise.reject(new Error("verbinding verbroken: geheim-wachtwoord"));
    holder.__grVolgDb.catch(() => {});
    try {
      const res = await regelingen.GET(req("/api/v1/regelingen"), undefined as never);
      const body = await expectProblem(res, 500, "/regelingen");
      expect(JSON.stringify(body)).not.toContain("geheim-wachtwoord");
    } finally {
      holder.__grVolgDb = saved;
    }
  });
});

describe("caching and CORS", () => {
  it("answers If-None-Match with 304 and a changed body with a new ETag", async () => {
    const first = await besluiten.GET(req("/api/v1/besluiten"), undefined as never);
    const etag = must(first.headers.get("etag"), "first.headers.get(…)");
    const cached = await besluiten.GET(
      req("/api/v1/besluiten", { headers: { "If-None-Match": etag } }),
      undefined as never,
    );
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
    await f.prisma.motie.create({
      data: {
        besluitId: f.besluit.id,
        soort: "AMENDEMENT",
        titel: "Evaluatie na twee jaar",
        indiener: "Fractie SGP",
        uitkomst: "VERWORPEN",
      },
    });
    const changed = await besluiten.GET(
      req("/api/v1/besluiten", { headers: { "If-None-Match": etag } }),
      undefined as never,
    );
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("answers the CORS preflight", async () => {
    const res = await regelingen.OPTIONS();
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-methods")).toContain("GET");
  });
});
