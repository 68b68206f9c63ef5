import { spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres, openTestDb } from "../helpers/test-db";
import { nextBin, nextBuilt, nextServerEnv, root, signInOverHttp, startNextServer } from "../helpers/next-server";
import { hashPassword, LOGIN_FAILURE_MESSAGE } from "@/lib/services/credentials";
import { ACCOUNT_SOURCE_POLICY } from "@/lib/services/login-throttle";
import { HSTS_VALUE } from "@/lib/security/hsts";
import { MISSING_SECRET_MESSAGE } from "@/lib/auth/secret";

/**
 * Over real HTTP: two `next start` instances of one build sharing one PostgreSQL database.
 * Needs a production build (`npx next build`) and TEST_DATABASE_URL on PostgreSQL; skipped
 * otherwise. Ports: THROTTLE_HTTP_PORT (default 3470) and the next two.
 */
const built = nextBuilt;
const BASE_PORT = Number(process.env.THROTTLE_HTTP_PORT ?? 3470);
const SECRET = "throttle-test-secret-0123456789abcdef";

let db: Awaited<ReturnType<typeof openTestDb>>;
const servers: ChildProcess[] = [];

const serverEnv = (port: number, extra: Record<string, string | undefined> = {}) =>
  nextServerEnv({ port, databaseUrl: db.url, secret: SECRET, extra });
const startServer = (port: number, extra: Record<string, string | undefined> = {}) =>
  startNextServer(servers, { port, databaseUrl: db.url, secret: SECRET, extra });

async function signIn(base: string, email: string, password: string, source: string) {
  const { error, session } = await signInOverHttp(base, email, password, source);
  return { error, session };
}

// scripts/test-all.sh runs tests/integration/http after the production build with HTTP_TESTS=1 on PostgreSQL;
// there a missing build is an error, not a reason to skip.
if (process.env.HTTP_TESTS === "1" && (!built || !isPostgres()))
  throw new Error("HTTP_TESTS=1 needs .next/BUILD_ID and TEST_DATABASE_URL on PostgreSQL");
describe.skipIf(process.env.HTTP_TESTS !== "1" || !built || !isPostgres())(
  "sign-in over HTTP on two instances sharing PostgreSQL",
  () => {
    let a: string;
    let b: string;
    beforeAll(async () => {
      db = await openTestDb();
      const gemeente = await db.prisma.gemeente.create({ data: { slug: "tweedorp", naam: "Tweedorp" } });
      await db.prisma.user.create({
        data: {
          email: "griffier@tweedorp.nl",
          naam: "Griffier Tweedorp",
          role: "GRIFFIER",
          gemeenteId: gemeente.id,
          passwordHash: await hashPassword("juist-wachtwoord"),
        },
      });
      [a, b] = await Promise.all([startServer(BASE_PORT), startServer(BASE_PORT + 1)]);
    }, 120_000);
    afterAll(async () => {
      for (const s of servers) s.kill("SIGTERM");
      await db?.close();
    });

    it("failures on instance A back off the same (account, source) on instance B; another source still signs in", async () => {
      const attacker = "198.51.100.66";
      for (let i = 0; i < ACCOUNT_SOURCE_POLICY.threshold; i++) {
        expect(await signIn(a, "griffier@tweedorp.nl", `fout-${i}`, attacker)).toEqual({
          error: LOGIN_FAILURE_MESSAGE,
          session: false,
        });
      }
      const onB = await signIn(b, "griffier@tweedorp.nl", "juist-wachtwoord", attacker);
      expect(onB.session).toBe(false);
      expect(onB.error).toMatch(/^Te veel pogingen\. Probeer het over 1 minuut opnieuw\.$/);
      expect(await signIn(b, "griffier@tweedorp.nl", "juist-wachtwoord", "203.0.113.5")).toEqual({
        error: null,
        session: true,
      });
      const types = (
        await db.prisma.auditEvent.findMany({ where: { type: { startsWith: "inloggen_" } }, orderBy: { id: "asc" } })
      ).map((e) => [e.type, (e.payload as { bron: string }).bron]);
      expect(types).toEqual([
        ...Array.from({ length: ACCOUNT_SOURCE_POLICY.threshold }, () => ["inloggen_mislukt", attacker]),
        ["inloggen_afgeremd", attacker],
        ["inloggen_gelukt", "203.0.113.5"],
      ]);
    });

    it("sends HSTS only when NEXTAUTH_URL is https", async () => {
      expect((await fetch(`${a}/inloggen`)).headers.get("strict-transport-security")).toBeNull();
      const https = await startServer(BASE_PORT + 2, { NEXTAUTH_URL: "https://gr-volg.example.nl" });
      const res = await fetch(`${https}/inloggen`);
      expect(res.headers.get("strict-transport-security")).toBe(HSTS_VALUE);
    }, 90_000);

    it("refuses to start a production server without NEXTAUTH_SECRET, with a Dutch message", () => {
      const res = spawnSync(process.execPath, [nextBin, "start", "-p", String(BASE_PORT + 3), "-H", "127.0.0.1"], {
        cwd: root,
        env: serverEnv(BASE_PORT + 3, { NEXTAUTH_SECRET: undefined }),
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(res.status).toBe(1);
      expect(res.stderr).toContain(MISSING_SECRET_MESSAGE);
    }, 90_000);

    it("`gr-volg start` on PostgreSQL without NEXTAUTH_SECRET stops before building or migrating", () => {
      const res = spawnSync(process.execPath, [join(root, "bin/gr-volg.mjs"), "start", "-p", String(BASE_PORT + 3)], {
        cwd: root,
        env: {
          ...serverEnv(BASE_PORT + 3, { NEXTAUTH_SECRET: undefined }),
          NODE_ENV: undefined,
        } as unknown as NodeJS.ProcessEnv,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(res.status).toBe(1);
      expect(res.stderr).toContain(MISSING_SECRET_MESSAGE);
    }, 90_000);
  },
);
