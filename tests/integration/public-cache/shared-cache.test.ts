import { createServer, type Server } from "node:http";
import { gzipSync } from "node:zlib";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { req, ctx } from "../public/http";
import { seedFlevoland } from "@/lib/services/seed";
import {
  bumpWrittenSubjects,
  pageSubjects,
  readVersions,
  resetAllDataVersions,
  startWriteTracking,
} from "@/lib/public-cache/data-version";
import { serveCachedPage } from "@/lib/public-cache/serve";
import { cachedRender } from "@/lib/public-cache/response-cache";
import { clearShared, packPieces, pruneShared, unpackPieces, writeShared } from "@/lib/public-cache/shared-cache";
import { PUBLIC_CACHE_MAX_AGE_MS } from "@/lib/public-cache/max-age";
import { runDueJobs } from "@/lib/jobs";
import { subjectsOfTables } from "@/lib/public-cache/subjects";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";
import { scenario, type GrScenario } from "@/lib/scenario";
import * as icsRegeling from "@/app/ics/regelingen/[slug]/route";
import * as apiRegelingen from "@/app/api/v1/regelingen/route";
import * as apiDocumenten from "@/app/api/v1/documenten/route";
import * as regelingCycli from "@/app/api/v1/regelingen/[slug]/begrotingscycli/route";

/**
 * The shared second-level cache (lib/public-cache/shared-cache.ts) on PostgreSQL and PGlite. Two app
 * instances are two in-memory cache states in this process (swapped on globalThis, where serve.ts and
 * response-cache.ts keep them) over one database. The page renderer is a small HTTP server standing in for
 * Next.js (serve.ts fills a miss through an internal HTTP request): it counts its renders and shows the
 * regeling's public read model, so a page rendered before a change differs from one rendered after it.
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let gr: GrScenario;
let renderer: Server;
const REGELING = "gr-sociaal-domein-flevoland";
const TODAY = "2026-11-24";
const HOST = "gr-volg.test";
const PAGE = `/regelingen/${REGELING}`;
const renders = new Map<string, number>();
const savedEnv = { ...process.env };

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  await resetAllDataVersions(db.prisma);
  gr = await scenario(db.prisma).regeling(REGELING).load();
  (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
  renderer = createServer((request, response) => {
    const path = request.url ?? "/";
    renders.set(path, (renders.get(path) ?? 0) + 1);
    const slug = /^\/regelingen\/([^/?]+)(?:\?.*)?$/.exec(path)?.[1];
    if (!slug) {
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end("<p>Niet gevonden</p>");
      return;
    }
    // Next.js decodes a path's escapes before the page reads its slug.
    void loadPublicRegeling(db.prisma, decodeURIComponent(slug), TODAY).then((shown) => {
      const nonce = `n${Math.random().toString(36).slice(2)}`;
      response
        .writeHead(200, {
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": `script-src 'nonce-${nonce}'`,
        })
        .end(`<!doctype html><html><body><pre>${JSON.stringify(shown)}</pre>
          <script nonce="${nonce}">1</script></body></html>`);
    });
  });
  await new Promise<void>((resolve) => renderer.listen(0, "127.0.0.1", resolve));
  const address = renderer.address();
  if (!address || typeof address === "string") throw new Error("no port");
  process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${address.port}`;
  process.env.PUBLIC_CACHE = "aan";
  // The public host (shareable.ts: only its pages are shared), the one the pages below are asked on.
  process.env.PUBLIC_URL = `http://${HOST}`;
}, 300_000);

afterAll(async () => {
  process.env = savedEnv;
  await new Promise((resolve) => renderer?.close(resolve));
  await db?.close();
});

/** One app instance: its own HTML and response caches (the in-memory first level); the database is shared. */
const states = new Map<string, Record<string, unknown>>();
const CACHE_HOLDERS = ["__grVolgPublicCache", "__grVolgResponseCache"] as const;
async function on<T>(instance: string, run: () => Promise<T>): Promise<T> {
  const global = globalThis as unknown as Record<string, unknown>;
  const own = states.get(instance) ?? {};
  for (const h of CACHE_HOLDERS) global[h] = own[h];
  try {
    return await run();
  } finally {
    states.set(instance, Object.fromEntries(CACHE_HOLDERS.map((h) => [h, global[h]])));
    for (const h of CACHE_HOLDERS) delete global[h];
  }
}

async function page(instance: string, path = PAGE, headers: Record<string, string> = { host: HOST }) {
  return on(instance, async () => {
    const request = new NextRequest(`http://${HOST}${path}`, { headers });
    const res = await serveCachedPage(request, "verzoeknonce", "script-src 'nonce-verzoeknonce'", {
      kind: "anonymous",
    });
    if (!res) return null;
    return { cache: res.headers.get("x-gr-volg-cache"), etag: res.headers.get("etag"), body: await res.text() };
  });
}

const rendered = (path = PAGE) => renders.get(path) ?? 0;
const sharedKeys = async () =>
  (await db.prisma.$queryRaw<{ key: string }[]>`SELECT key FROM "PublicCacheEntry" ORDER BY key`).map((r) => r.key);
const sharedRow = async (key: string) =>
  (
    await db.prisma.$queryRaw<{ version: string; body: Uint8Array }[]>`
      SELECT version, body FROM "PublicCacheEntry" WHERE key = ${key}`
  )[0];

beforeEach(async () => {
  states.clear();
  renders.clear();
  delete process.env.PUBLIC_CACHE_L2;
  await clearShared(db.prisma);
});

describe("the shared cache behind the HTML cache of the public pages", () => {
  it("renders a page once for two instances, and once again after a change", async () => {
    const a1 = await page("A");
    expect(a1?.cache).toBe("miss");
    expect(rendered()).toBe(1);
    expect((await sharedRow(`html|${HOST}${PAGE}`))?.version).toBeTruthy();

    // Instance B has nothing in memory: it takes A's rendering from PostgreSQL instead of rendering again.
    const b1 = await page("B");
    expect(b1?.cache).toBe("shared");
    expect(rendered()).toBe(1);
    expect(b1?.body).toBe(a1?.body);
    expect(b1?.etag).toBe(a1?.etag);
    expect((await page("B"))?.cache).toBe("hit");
    expect((await page("A"))?.cache).toBe("hit");

    // A change the page shows, through the runner: the version moves; the shared row (old version) is not used.
    await gr.through("concept_opgesteld");
    const b2 = await page("B");
    expect(b2?.cache).toBe("miss");
    expect(rendered()).toBe(2);
    expect(b2?.body).not.toBe(b1?.body);
    // A held the old version in memory: it picks up B's new rendering from PostgreSQL.
    const a2 = await page("A");
    expect(a2?.cache).toBe("shared");
    expect(rendered()).toBe(2);
    expect(a2?.body).toBe(b2?.body);
    // And it is what a fresh render at this version shows (an instance without the shared cache).
    process.env.PUBLIC_CACHE_L2 = "uit";
    const fresh = await page("C");
    expect([fresh?.cache, rendered()]).toEqual(["miss", 3]);
    expect(fresh?.body).toBe(a2?.body);
  }, 120_000);

  it("never serves a row of another version or past the maximum age; serves a current one as it is", async () => {
    const key = `html|${HOST}${PAGE}`;
    await page("A");
    const row = await sharedRow(key);
    expect(rendered()).toBe(1);
    const marked = (text: string) => packPieces([new Uint8Array(gzipSync(`<p>${text}</p>`))]);
    const meta = JSON.stringify({ nonce: "oud", status: 200, headers: [["content-type", "text/html"]] });

    // Control: a row at the current version is served as it is (so the checks below are what refuses).
    await db.prisma.$executeRaw`UPDATE "PublicCacheEntry" SET body = ${Buffer.from(marked("GEDEELD"))},
      meta = ${meta} WHERE key = ${key}`;
    const served = await page("B");
    expect(served?.cache).toBe("shared");
    expect(served?.body).toBe("<p>GEDEELD</p>");

    // A row of another version (a change since it was rendered): rendered anew, never served.
    await db.prisma.$executeRaw`UPDATE "PublicCacheEntry" SET version = 'oud', body = ${Buffer.from(marked("OUD"))}
      WHERE key = ${key}`;
    const c = await page("C");
    expect(c?.cache).toBe("miss");
    expect(c?.body).not.toContain("OUD");
    expect(rendered()).toBe(2);
    expect((await sharedRow(key))?.version).toBe(row?.version);

    // A row at the current version but older than PUBLIC_CACHE_MAX_AGE_S (6 h): rendered anew.
    await db.prisma.$executeRaw`UPDATE "PublicCacheEntry" SET body = ${Buffer.from(marked("VERVALLEN"))},
      "storedAt" = now() - interval '7 hours' WHERE key = ${key}`;
    const d = await page("D");
    expect(d?.cache).toBe("miss");
    expect(d?.body).not.toContain("VERVALLEN");
    expect(rendered()).toBe(3);
    // The render replaced the expired row.
    const replaced = await sharedRow(key);
    expect(Buffer.from(replaced?.body ?? []).includes(Buffer.from(marked("VERVALLEN")))).toBe(false);
  }, 120_000);

  it("PUBLIC_CACHE_L2=uit: every instance renders its own miss and nothing is written", async () => {
    process.env.PUBLIC_CACHE_L2 = "uit";
    expect((await page("A"))?.cache).toBe("miss");
    expect((await page("B"))?.cache).toBe("miss");
    expect(rendered()).toBe(2);
    expect(await sharedRow(`html|${HOST}${PAGE}`)).toBeUndefined();
  });

  it("keeps no 404 and no personal copy in the shared cache", async () => {
    expect(await page("A", "/regelingen/bestaat-niet/extra")).toBeNull();
    await on("A", async () => {
      const request = new NextRequest(`http://${HOST}${PAGE}`, { headers: { host: HOST } });
      const res = await serveCachedPage(request, "n1", "script-src 'nonce-n1'", { kind: "user", userId: "u1" });
      expect(res?.headers.get("x-gr-volg-cache")).toBe("miss");
    });
    const rows = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "PublicCacheEntry"`;
    expect(rows[0].n).toBe(0);
  });
});

describe("the shared cache behind the response cache (API lists, ICS, begroting cycles)", () => {
  const keying = pageSubjects(`/regelingen/${REGELING}`);
  const etagOf = (body: string) => `"${body.length}"`;
  let responseRenders = 0;
  const render = async () => {
    responseRenders++;
    return {
      body: JSON.stringify(await loadPublicRegeling(db.prisma, REGELING, TODAY)),
      contentType: "application/json",
    };
  };
  const served = (instance: string) =>
    on(instance, async () => {
      const s = await cachedRender(req(`/api/v1/proef/${REGELING}`), keying, render, etagOf);
      if (s instanceof Response) throw new Error("not kept");
      return s;
    });

  it("renders a response once for two instances; after a change B renders and A takes B's", async () => {
    responseRenders = 0;
    const a1 = await served("A");
    expect([a1.status, responseRenders]).toEqual(["miss", 1]);
    const b1 = await served("B");
    expect([b1.status, responseRenders]).toEqual(["shared", 1]);
    expect(Buffer.from(b1.stored.gzipped)).toEqual(Buffer.from(a1.stored.gzipped));
    expect(b1.stored.etag).toBe(a1.stored.etag);
    expect((await served("B")).status).toBe("hit");

    await gr.through("bosd_akkoord");
    const b2 = await served("B");
    expect([b2.status, responseRenders]).toEqual(["miss", 2]);
    const a2 = await served("A");
    expect([a2.status, responseRenders]).toEqual(["shared", 2]);
    expect(a2.stored.etag).toBe(b2.stored.etag);
    expect(a2.stored.etag).not.toBe(a1.stored.etag);
  }, 120_000);

  it("a feed taken from the shared cache is the feed a fresh render gives", async () => {
    const path = `/ics/regelingen/${REGELING}.ics`;
    const get = (instance: string) =>
      on(instance, async () => {
        const res = await icsRegeling.GET(req(path), ctx({ slug: REGELING }) as never);
        return { cache: res.headers.get("x-gr-volg-cache"), etag: res.headers.get("etag"), body: await res.text() };
      });
    const a = await get("A");
    const b = await get("B");
    expect([a.cache, b.cache]).toEqual(["miss", "shared"]);
    expect(b.body).toBe(a.body);
    expect(b.etag).toBe(a.etag);
    process.env.PUBLIC_CACHE = "uit";
    try {
      expect((await get("C")).body).toBe(a.body);
    } finally {
      process.env.PUBLIC_CACHE = "aan";
    }
  }, 120_000);
});

describe("the shared cache table is bookkeeping, not shown data", () => {
  it("a write to it inside the runner's tracking moves no version and trips no narrowing", async () => {
    expect(subjectsOfTables(["PublicCacheEntry"])).toEqual([]);
    const before = await readVersions(db.prisma);
    const moved = await db.prisma.$transaction(async (tx) => {
      const atStart = await startWriteTracking(tx);
      await writeShared("html|x/proef", "v1", new Uint8Array([1, 2, 3]), "{}", tx);
      await writeShared("html|x/proef", "v2", new Uint8Array([4]), "{}", tx);
      return bumpWrittenSubjects(tx, atStart);
    });
    expect(moved).toEqual([]);
    expect(await readVersions(db.prisma)).toEqual(before);
    // The writes happened (so the check above is not vacuous).
    expect((await sharedRow("html|x/proef"))?.version).toBe("v2");
  });

  it("packs and unpacks the nonce-split pieces of a page", () => {
    const pieces = [new Uint8Array([]), new Uint8Array([1, 2, 3]), new Uint8Array(70_000).fill(7)];
    expect(unpackPieces(packPieces(pieces))).toEqual(pieces);
    expect(() => unpackPieces(new Uint8Array([0, 0, 0, 9, 1]))).toThrow();
  });
});

describe("only canonical keys are shared (an outside client cannot grow the table)", () => {
  it("a page with an unknown query parameter, a foreign host or an escaped path is answered but not shared", async () => {
    const canonical = await page("A");
    expect(canonical?.cache).toBe("miss");
    for (const [path, headers] of [
      [`${PAGE}?a=1`, { host: HOST }],
      [`${PAGE}?alles=ja&a=1`, { host: HOST }],
      [PAGE, { host: "evil.example" }],
      [PAGE, { host: HOST, "x-forwarded-host": HOST.toUpperCase() }],
      [`/regelingen/gr%2Dsociaal-domein-flevoland`, { host: HOST }],
    ] as const) {
      const label = `${headers.host} ${"x-forwarded-host" in headers ? headers["x-forwarded-host"] : ""} ${path}`;
      const a = await page("A", path, headers);
      // Answered as the canonical page (the stand-in renders the regeling's read model whatever the query).
      expect(a?.cache, label).toBe("miss");
      expect(a?.body, label).toContain("Sociaal Domein");
      // Kept in A's memory as before, but B finds nothing in PostgreSQL: it renders again.
      expect((await page("A", path, headers))?.cache, label).toBe("hit");
      expect((await page("B", path, headers))?.cache, label).toBe("miss");
    }
    expect(await sharedKeys()).toEqual([`html|${HOST}${PAGE}`]);
    // The canonical page is still shared: B takes A's rendering.
    expect((await page("B"))?.cache).toBe("shared");
  }, 120_000);

  it("the complete page (?alles=ja) at the public host is shared like the summary", async () => {
    const path = `${PAGE}?alles=ja`;
    expect((await page("A", path))?.cache).toBe("miss");
    expect((await page("B", path))?.cache).toBe("shared");
    expect(rendered(path)).toBe(1);
    expect(await sharedKeys()).toEqual([`html|${HOST}${path}`]);
  }, 120_000);

  it("without a configured public address no page is shared", async () => {
    const saved = { PUBLIC_URL: process.env.PUBLIC_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
    delete process.env.PUBLIC_URL;
    delete process.env.NEXTAUTH_URL;
    try {
      expect((await page("A"))?.cache).toBe("miss");
      expect((await page("B"))?.cache).toBe("miss");
      expect(await sharedKeys()).toEqual([]);
    } finally {
      Object.assign(process.env, saved);
    }
  }, 120_000);

  it("API lists, feeds and begroting cycles: only a canonical URL with items is shared", async () => {
    const call = (instance: string, path: string) =>
      on(instance, async () => {
        const route = path.startsWith("/ics/")
          ? icsRegeling
          : path.includes("/begrotingscycli")
            ? regelingCycli
            : path.startsWith("/api/v1/documenten")
              ? apiDocumenten
              : apiRegelingen;
        const res = await route.GET(req(path), ctx({ slug: REGELING }) as never);
        return { status: res.status, cache: res.headers.get("x-gr-volg-cache"), body: await res.text() };
      });
    const canonical = [
      "/api/v1/regelingen?page=1&pageSize=1",
      `/api/v1/documenten?regeling=${REGELING}`,
      `/ics/regelingen/${REGELING}.ics`,
      `/api/v1/regelingen/${REGELING}/begrotingscycli`,
    ];
    const notShared = [
      "/api/v1/regelingen?page=01&pageSize=1", // accepted by the route, not in its canonical form
      "/api/v1/regelingen?page=999&pageSize=1", // past the last page: no items
      "/api/v1/documenten?regeling=bestaat-niet", // a filter on a slug that does not exist: no items
      `/ics/regelingen/${REGELING}.ics?a=1`, // a feed reads no parameter
      `/ics/regelingen/${REGELING}.ics?a=2`,
      `/api/v1/regelingen/${REGELING}/begrotingscycli?a=1`,
    ];
    for (const path of [...canonical, ...notShared]) {
      const a = await call("A", path);
      expect([a.status, a.cache], path).toEqual([200, "miss"]);
      expect((await call("A", path)).cache, path).toBe("hit");
      const b = await call("B", path);
      expect(b.cache, path).toBe(canonical.includes(path) ? "shared" : "miss");
      expect(b.body, path).toBe(a.body);
    }
    expect(await sharedKeys()).toEqual(canonical.map((p) => `api|${p}`).sort());
    // A query the feed ignores is answered with the canonical feed's bytes.
    const feed = await call("C", `/ics/regelingen/${REGELING}.ics`);
    expect((await call("C", `/ics/regelingen/${REGELING}.ics?a=3`)).body).toBe(feed.body);
    expect(JSON.parse((await call("C", "/api/v1/regelingen?page=999&pageSize=1")).body).items).toEqual([]);
  }, 120_000);
});

describe("the bound of the shared table whatever the keys (pruneShared, job gedeelde-cache-opruimen)", () => {
  /** Rows `k0`… written `minutesAgo` minutes ago (by the database clock). */
  const rowsAged = async (minutesAgo: number[]) => {
    for (const [i, m] of minutesAgo.entries()) {
      await writeShared(`api|/k${i}`, "v", new Uint8Array([i]), "{}", db.prisma);
      await db.prisma.$executeRaw`UPDATE "PublicCacheEntry" SET "storedAt" = now() - make_interval(mins => ${m}::int)
        WHERE key = ${`api|/k${i}`}`;
    }
  };
  const maxAgeMinutes = PUBLIC_CACHE_MAX_AGE_MS / 60_000;

  it("deletes expired rows and the oldest beyond the limit, and keeps the rest", async () => {
    // k0 and k1 past the maximum age; k2..k6 current, k6 the newest.
    await rowsAged([maxAgeMinutes + 60, maxAgeMinutes + 1, 50, 40, 30, 20, 10]);
    expect(await pruneShared(db.prisma, 3)).toEqual({ expired: 2, overLimit: 2 });
    expect(await sharedKeys()).toEqual(["api|/k4", "api|/k5", "api|/k6"]);
    // Within the limit and nothing expired: nothing more goes.
    expect(await pruneShared(db.prisma, 3)).toEqual({ expired: 0, overLimit: 0 });
    expect(await pruneShared(db.prisma, 20_000)).toEqual({ expired: 0, overLimit: 0 });
    expect(await sharedKeys()).toEqual(["api|/k4", "api|/k5", "api|/k6"]);
  });

  it("runs as a scheduled job (gr-volg jobs run-due) with PUBLIC_CACHE_L2_MAX_ROWS, moving no data version", async () => {
    await rowsAged([maxAgeMinutes + 5, 3, 2, 1]);
    const before = await readVersions(db.prisma);
    const results = await runDueJobs(db.prisma, {
      env: { NODE_ENV: "test", PUBLIC_CACHE_L2_MAX_ROWS: "2" },
      only: "gedeelde-cache-opruimen",
    });
    expect(results).toEqual([
      { name: "gedeelde-cache-opruimen", ok: true, message: "1 verlopen en 1 boven de grens verwijderd" },
    ]);
    expect(await sharedKeys()).toEqual(["api|/k2", "api|/k3"]);
    expect(await readVersions(db.prisma)).toEqual(before);
    // Nothing to do: no message (nothing logged).
    const again = await runDueJobs(db.prisma, { env: { NODE_ENV: "test" }, only: "gedeelde-cache-opruimen" });
    expect(again).toEqual([{ name: "gedeelde-cache-opruimen", ok: true, message: null }]);
  });
});
