import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres, openTestDb } from "../helpers/test-db";
import { nextBuilt, signInOverHttp, startNextServer } from "../helpers/next-server";
import { seedFlevoland } from "@/lib/services/seed";
import { DEMO_PASSWORD } from "@/prisma/seed/flevoland";
import { resetAllDataVersions } from "@/lib/public-cache/data-version";
import { scenario, SECRETARIAAT_EMAIL, type GrScenario } from "@/lib/scenario";

/**
 * Over real HTTP: two `next start` instances of one build on one PostgreSQL database, each with its
 * own in-memory HTML cache (lib/public-cache) and the shared copies in PostgreSQL (shared-cache.ts: a page one
 * instance rendered, the other does not render again). A change through the command runner is visible on
 * both at once; sign-ins (through instance A) and transactions touching no shown data re-render
 * nothing; a change to one regeling leaves another regeling's page cached. Port: CACHE_HTTP_PORT (default 3626) and the next one. Runs with HTTP_TESTS=1 after
 * `next build`, like the other HTTP tests.
 */
const BASE_PORT = Number(process.env.CACHE_HTTP_PORT ?? 3626);
const SECRET = "cache-http-test-secret-0123456789abcdef";
const REGELING = "gr-sociaal-domein-flevoland";
const PAGES = [`/regelingen/${REGELING}`, "/gemeenten/urk", "/"];

const runnable = nextBuilt && isPostgres();
let db: Awaited<ReturnType<typeof openTestDb>>;
const servers: ChildProcess[] = [];
let a: string;
let b: string;
let gr: GrScenario;

// scripts/test-all.sh runs tests/integration/http with HTTP_TESTS=1 after the build: there a skip is an error.
if (process.env.HTTP_TESTS === "1" && !runnable)
  throw new Error("HTTP_TESTS=1 needs .next/BUILD_ID and TEST_DATABASE_URL on PostgreSQL");
describe.skipIf(process.env.HTTP_TESTS !== "1" || !runnable)(
  "the public HTML cache on two instances sharing PostgreSQL",
  () => {
    beforeAll(async () => {
      db = await openTestDb();
      await seedFlevoland(db.prisma);
      await resetAllDataVersions(db.prisma);
      gr = await scenario(db.prisma).regeling(REGELING).load();
      // The public host the pages are asked on (x-forwarded-host below): only its pages are shared (shareable.ts).
      const extra = { PUBLIC_URL: "http://gr-volg.test" };
      const start = (port: number) => startNextServer(servers, { port, databaseUrl: db.url, secret: SECRET, extra });
      [a, b] = await Promise.all([start(BASE_PORT), start(BASE_PORT + 1)]);
    }, 180_000);
    afterAll(async () => {
      for (const s of servers) s.kill("SIGTERM");
      await db?.close();
    });

    const get = async (base: string, path: string, cookie?: string) => {
      // Both instances behind one public host, as behind a load balancer (the cache key includes the host).
      const headers = { "x-forwarded-host": "gr-volg.test", ...(cookie ? { cookie } : {}) };
      const res = await fetch(`${base}${path}`, { headers, redirect: "manual" });
      await res.arrayBuffer();
      return { status: res.status, cache: res.headers.get("x-gr-volg-cache"), etag: res.headers.get("etag") };
    };
    /** Every page on both instances: which path answered and the page's content hash. */
    const visitAll = async (cookie?: string, paths = PAGES) => {
      const out: Record<string, { cache: string | null; etag: string | null }> = {};
      for (const base of [a, b])
        for (const path of paths) {
          const r = await get(base, path, cookie);
          expect(r.status, `${base}${path}`).toBe(200);
          out[`${base}${path}`] = { cache: r.cache, etag: r.etag };
        }
      return out;
    };
    const caches = (v: Record<string, { cache: string | null }>) => new Set(Object.values(v).map((x) => x.cache));

    it("a change through the runner shows on both instances at once; sign-ins re-render nothing", async () => {
      await visitAll();
      const warm = await visitAll();
      expect(caches(warm)).toEqual(new Set(["hit"]));

      // Sign-ins through instance A: a failed one (throttle row, audit event) and a successful one (session).
      expect((await signInOverHttp(a, "griffier.urk@demo.gr-volg.nl", "fout-wachtwoord", "198.51.100.9")).session).toBe(
        false,
      );
      expect((await signInOverHttp(a, "griffier.urk@demo.gr-volg.nl", DEMO_PASSWORD, "198.51.100.9")).session).toBe(
        true,
      );
      await db.prisma.$queryRaw`SELECT txid_current()`;
      const afterSignIns = await visitAll();
      expect(caches(afterSignIns)).toEqual(new Set(["hit"]));

      // A regional step, through the command runner: the next request on either instance serves the new page.
      // A renders it; B (asked after A) takes A's rendering from PostgreSQL (lib/public-cache/shared-cache.ts).
      await gr.through("bosd_akkoord");
      const afterChange = await visitAll();
      for (const [page, v] of Object.entries(afterChange)) {
        expect(v.cache, page).toBe(page.startsWith(a) ? "miss" : "shared");
        expect(v.etag, page).not.toBe(warm[page].etag);
        if (page.startsWith(b)) expect(v.etag, page).toBe(afterChange[page.replace(b, a)].etag);
      }
      expect(caches(await visitAll())).toEqual(new Set(["hit"]));
    }, 180_000);

    it("the secretariat's per-user matrix copy follows the same versions", async () => {
      const { cookie } = await signInOverHttp(b, SECRETARIAAT_EMAIL, DEMO_PASSWORD, "198.51.100.10");
      await visitAll(cookie, ["/secretariaat"]);
      expect(caches(await visitAll(cookie, ["/secretariaat"]))).toEqual(new Set(["hit"]));
      await gr.through("zienswijzeprocedure_geopend");
      expect(caches(await visitAll(cookie, ["/secretariaat"]))).toEqual(new Set(["miss"]));
    }, 180_000);

    it("a change to one regeling re-renders its page on both instances, not another regeling's", async () => {
      const other = await db.prisma.regeling.findFirstOrThrow({ where: { slug: { not: REGELING } } });
      const paths = [`/regelingen/${REGELING}`, `/regelingen/${other.slug}`];
      await visitAll(undefined, paths);
      expect(caches(await visitAll(undefined, paths))).toEqual(new Set(["hit"]));
      await gr.ontvangen(Object.keys(gr.participants)[0], "2026-05-04");
      const after = await visitAll(undefined, paths);
      for (const base of [a, b]) {
        expect(after[`${base}/regelingen/${REGELING}`].cache, base).toBe(base === a ? "miss" : "shared");
        expect(after[`${base}/regelingen/${other.slug}`].cache, base).toBe("hit");
      }
    }, 180_000);
  },
);
