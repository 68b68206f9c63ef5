import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres, openTestDb } from "../helpers/test-db";
import { hashPassword, LOGIN_FAILURE_MESSAGE } from "@/lib/services/credentials";
import { ACCOUNT_SOURCE_POLICY } from "@/lib/services/login-throttle";
import { HSTS_VALUE } from "@/lib/security/hsts";
import { MISSING_SECRET_MESSAGE } from "@/lib/auth/secret";

/**
 * Over real HTTP: two `next start` instances of one build sharing one PostgreSQL database.
 * Needs a production build (`npx next build`) and TEST_DATABASE_URL on PostgreSQL; skipped
 * otherwise. Ports: THROTTLE_HTTP_PORT (default 3470) and the next two.
 */
const root = join(__dirname, "../../..");
const built = existsSync(join(root, ".next/BUILD_ID"));
const BASE_PORT = Number(process.env.THROTTLE_HTTP_PORT ?? 3470);
const SECRET = "throttle-test-secret-0123456789abcdef";
const nextBin = join(root, "node_modules/next/dist/bin/next");

let db: Awaited<ReturnType<typeof openTestDb>>;
const servers: ChildProcess[] = [];

function serverEnv(port: number, extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    TRUST_PROXY: "1",
    ...extra,
  };
}

async function startServer(port: number, extra: Record<string, string | undefined> = {}): Promise<string> {
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: serverEnv(port, extra),
    stdio: "ignore",
  });
  servers.push(child);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`next start op poort ${port} stopte (code ${child.exitCode})`);
    try {
      if ((await fetch(`${base}/api/auth/csrf`)).ok) return base;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next start op poort ${port} kwam niet op`);
}

/** next-auth's own sign-in flow: CSRF token + cookie, then the credentials callback (json mode). */
async function signIn(
  base: string,
  email: string,
  password: string,
  source: string,
): Promise<{ error: string | null; session: boolean }> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`, { headers: { "x-forwarded-for": source } });
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const cookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": source },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/werkruimte`, json: "true" }),
  });
  const body = (await res.json()) as { url: string };
  const error = new URL(body.url).searchParams.get("error");
  const session = res.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="));
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
