import { createServer, type Server } from "node:http";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openTestDb } from "../helpers/test-db";
import { SECRETARIAAT_USER } from "../helpers/gr-scenario";
import { seedFlevoland } from "@/lib/services/seed";
import { resetAllDataVersions } from "@/lib/public-cache/data-version";
import { FILL_HEADER, serveCachedPage } from "@/lib/public-cache/serve";
import { clearShared } from "@/lib/public-cache/shared-cache";
import { refreshAheadQueue, refreshTargets, startRefreshAhead } from "@/lib/public-cache/refresh-ahead";
import { runCommand } from "@/lib/commands";
import { recordRegisterInschrijving } from "@/lib/services/secretariaat/registers";
import { loadPublicRegeling } from "@/lib/services/public/regelingen";

/**
 * Refresh-ahead (lib/public-cache/refresh-ahead.ts) on PostgreSQL and PGlite. As in shared-cache.test.ts, two
 * app instances are two in-memory cache states over one database. The stand-in server plays both parts Next.js
 * plays: a request without the fill header is a visitor's, answered through the HTML cache of instance A (the
 * proxy: serveCachedPage); a request with it is the cache's own render of the page (the regeling's public read
 * model, so a page rendered before a change differs from one rendered after it).
 */
let db: Awaited<ReturnType<typeof openTestDb>>;
let server: Server;
let stop: () => void = () => undefined;
const REGELING = "gr-sociaal-domein-flevoland";
const OTHER = "centrumregeling-sociaal-domein-flevoland-2015";
const TODAY = "2026-11-24";
const HOST = "gr-volg.test";
const savedEnv = { ...process.env };
const renders = new Map<string, number>();

const states = new Map<string, unknown>();
async function on<T>(instance: string, run: () => Promise<T>): Promise<T> {
  const global = globalThis as unknown as Record<string, unknown>;
  global.__grVolgPublicCache = states.get(instance);
  try {
    return await run();
  } finally {
    states.set(instance, global.__grVolgPublicCache);
    delete global.__grVolgPublicCache;
  }
}

/** A visitor's anonymous GET on the public host, answered by `instance`'s HTML cache. */
async function visit(instance: string, path: string) {
  return on(instance, async () => {
    const request = new NextRequest(`http://${HOST}${path}`, { headers: { host: HOST } });
    const res = await serveCachedPage(request, "n1", "script-src 'nonce-n1'", { kind: "anonymous" });
    return { cache: res?.headers.get("x-gr-volg-cache") ?? null, body: (await res?.text()) ?? "" };
  });
}

beforeAll(async () => {
  db = await openTestDb();
  await seedFlevoland(db.prisma);
  await resetAllDataVersions(db.prisma);
  (globalThis as unknown as { __grVolgDb?: Promise<unknown> }).__grVolgDb = Promise.resolve(db);
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    if (request.headers[FILL_HEADER] === undefined) {
      // A visitor (here: the refresh-ahead's GET): through instance A's cache, as the proxy does.
      void visit("A", path).then((r) => response.writeHead(200, { "x-gr-volg-cache": r.cache ?? "" }).end(r.body));
      return;
    }
    renders.set(path, (renders.get(path) ?? 0) + 1);
    const slug = /^\/regelingen\/([^/?]+)$/.exec(path)?.[1] ?? "";
    void loadPublicRegeling(db.prisma, slug, TODAY).then((shown) => {
      const nonce = `n${Math.random().toString(36).slice(2)}`;
      response
        .writeHead(shown ? 200 : 404, {
          "content-type": "text/html; charset=utf-8",
          "content-security-policy": `script-src 'nonce-${nonce}'`,
        })
        .end(`<!doctype html><html><body><pre>${JSON.stringify(shown?.records ?? null)}</pre></body></html>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${address.port}`;
  process.env.PUBLIC_URL = `https://${HOST}`;
  delete process.env.PUBLIC_CACHE_VOORUIT;
  delete process.env.PUBLIC_CACHE_L2;
}, 300_000);

afterAll(async () => {
  stop();
  process.env = savedEnv;
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
});

beforeEach(async () => {
  stop();
  states.clear();
  renders.clear();
  await clearShared(db.prisma);
});

async function idle() {
  await expect
    .poll(() => {
      const q = refreshAheadQueue();
      return q.pending.length + q.scheduling + (q.running ? 1 : 0);
    })
    .toBe(0);
}

const regelingId = async (slug: string) =>
  (await db.prisma.regeling.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

let day = 10;
/** A register entry (R15) through the one mutation path: it moves "register:<id>" of the regeling only. */
async function registerEntry(slug: string) {
  day++;
  const r = await runCommand(db.prisma, SECRETARIAAT_USER, recordRegisterInschrijving, {
    regelingId: await regelingId(slug),
    register: "centraal",
    ingeschrevenOp: `2026-11-${day}`,
  });
  expect(r.ok).toBe(true);
  return `2026-11-${day}`;
}

describe("refresh-ahead of the public pages after a commit", () => {
  it("names the regelingen and gemeenten whose own rows moved", () => {
    expect(refreshTargets(["register:r1", "regeling:r2", "gemeente:g1", "lijst:overzicht", "register:r1"])).toEqual({
      regelingen: ["r1", "r2"],
      gemeenten: ["g1"],
    });
    expect(refreshTargets(["procedure", "lijst:besluiten"])).toEqual({ regelingen: [], gemeenten: [] });
  });

  it("renders a kept page again right after the write; every instance then answers it without a render", async () => {
    stop = startRefreshAhead();
    const page = `/regelingen/${REGELING}`;
    expect((await visit("A", page)).cache).toBe("miss");
    expect((await visit("B", page)).cache).toBe("shared");
    expect(renders.get(page)).toBe(1);

    const date = await registerEntry(REGELING);
    await idle();
    // Rendered once more, by the writer's instance, before anyone asked.
    expect(renders.get(page)).toBe(2);
    const a = await visit("A", page);
    expect(a.cache).toBe("hit");
    expect(a.body).toContain(date);
    // B held the old version: it takes A's new rendering from PostgreSQL instead of rendering.
    const b = await visit("B", page);
    expect(b.cache).toBe("shared");
    expect(b.body).toBe(a.body);
    expect(renders.get(page)).toBe(2);
  }, 120_000);

  it("waits while this process's event loop is busy, and renders once it is not (spare capacity only)", async () => {
    stop = startRefreshAhead();
    const page = `/regelingen/${REGELING}`;
    expect((await visit("A", page)).cache).toBe("miss");
    // A saturated server: the loop runs 20 ms of every ~25 (utilisation ~0.8, above BUSY_UTILIZATION).
    const busy = setInterval(() => {
      const end = Date.now() + 20;
      while (Date.now() < end) {}
    }, 5);
    try {
      await registerEntry(REGELING);
      await expect.poll(() => refreshAheadQueue().pending).toEqual([page]);
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(refreshAheadQueue().pending).toEqual([page]);
      expect(renders.get(page)).toBe(1);
    } finally {
      clearInterval(busy);
    }
    await idle();
    expect(renders.get(page)).toBe(2);
    expect((await visit("A", page)).cache).toBe("hit");
  }, 120_000);

  it("leaves a page nobody kept alone, and does nothing when switched off", async () => {
    stop = startRefreshAhead();
    await registerEntry(OTHER);
    await idle();
    expect(renders.get(`/regelingen/${OTHER}`)).toBeUndefined();
    stop();

    process.env.PUBLIC_CACHE_VOORUIT = "uit";
    try {
      stop = startRefreshAhead();
      const page = `/regelingen/${REGELING}`;
      expect((await visit("A", page)).cache).toBe("miss");
      await registerEntry(REGELING);
      await idle();
      expect(renders.get(page)).toBe(1);
      expect((await visit("A", page)).cache).toBe("miss");
    } finally {
      delete process.env.PUBLIC_CACHE_VOORUIT;
    }
  }, 120_000);
});
