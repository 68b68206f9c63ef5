import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPostgres, openTestDb } from "../helpers/test-db";

/**
 * OIDC over real HTTP on two `next start` instances sharing one PostgreSQL database, against a
 * real OpenID provider process (tests/e2e/fixtures/oidc-op.mjs, the `oidc-provider` package): an
 * identity linked on instance 1 (verified, provisioned address) signs in on instance 2 by its
 * (issuer, sub) alone — even after the IdP changed the address and no longer says it is verified.
 * Needs a production build and TEST_DATABASE_URL on PostgreSQL, and HTTP_TESTS=1. Ports:
 * OIDC_HTTP_PORT (default 3480) and the next two (the OP).
 */
const root = join(__dirname, "../../..");
const built = existsSync(join(root, ".next/BUILD_ID"));
const BASE_PORT = Number(process.env.OIDC_HTTP_PORT ?? 3480);
const OP_PORT = BASE_PORT + 2;
const OP = `http://127.0.0.1:${OP_PORT}`;
const SECRET = "oidc-instances-secret-0123456789abcdef";
const nextBin = join(root, "node_modules/next/dist/bin/next");
const instances = [BASE_PORT, BASE_PORT + 1].map((p) => `http://127.0.0.1:${p}`);
const PROVIDERS = JSON.stringify([
  { id: "test-idp", name: "Via Test-IdP", issuer: OP, clientId: "gr-volg", clientSecret: "oidc-http-secret" },
]);

let db: Awaited<ReturnType<typeof openTestDb>>;
const children: ChildProcess[] = [];

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: proces stopte (code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} kwam niet op`);
}

function start(args: string[], env: NodeJS.ProcessEnv, readyUrl: string): Promise<void> {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: "ignore" });
  children.push(child);
  return waitFor(readyUrl, child);
}

/** A tiny cookie jar per origin (name=value only), enough for next-auth and the OP's interaction cookies. */
class Jar {
  private byOrigin = new Map<string, Map<string, string>>();
  store(url: string, res: Response) {
    const origin = new URL(url).origin;
    const jar = this.byOrigin.get(origin) ?? new Map<string, string>();
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    this.byOrigin.set(origin, jar);
  }
  header(url: string): string {
    const jar = this.byOrigin.get(new URL(url).origin) ?? new Map<string, string>();
    return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * The browser's part of an OIDC sign-in, by hand: CSRF token, POST to next-auth's sign-in endpoint,
 * then every redirect (to the OP, its interactions, back to the callback) with the cookies of each
 * origin. Returns where the app finally sent the browser and the session it reports.
 */
async function oidcSignIn(base: string, sub: string, account: Record<string, unknown>) {
  expect(
    (await fetch(`${OP}/__test/accounts`, { method: "PUT", body: JSON.stringify({ [sub]: account }) })).status,
  ).toBe(204);
  expect((await fetch(`${OP}/__test/next-login`, { method: "POST", body: JSON.stringify({ sub }) })).status).toBe(204);
  const jar = new Jar();
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  jar.store(base, csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  let res = await fetch(`${base}/api/auth/signin/test-idp`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header(base) },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${base}/werkruimte`, json: "true" }),
  });
  jar.store(base, res);
  let url = ((await res.json()) as { url: string }).url;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(base) && !url.includes("/api/auth/")) break;
    res = await fetch(url, { redirect: "manual", headers: { cookie: jar.header(url) } });
    jar.store(url, res);
    const location = res.headers.get("location");
    if (!location) break;
    url = new URL(location, url).toString();
  }
  const session = (await (
    await fetch(`${base}/api/auth/session`, { headers: { cookie: jar.header(base) } })
  ).json()) as {
    user?: { email?: string };
  };
  return { finalUrl: url, email: session.user?.email ?? null };
}

if (process.env.HTTP_TESTS === "1" && (!built || !isPostgres()))
  throw new Error("HTTP_TESTS=1 needs .next/BUILD_ID and TEST_DATABASE_URL on PostgreSQL");
describe.skipIf(process.env.HTTP_TESTS !== "1" || !built || !isPostgres())(
  "OIDC on two instances sharing PostgreSQL, against a real OpenID provider",
  () => {
    beforeAll(async () => {
      db = await openTestDb();
      await db.prisma.user.create({
        data: { email: "secretariaat@regio.example", naam: "Secretariaat", role: "SECRETARIAAT" },
      });
      await start(
        [join(root, "tests/e2e/fixtures/oidc-op.mjs")],
        {
          PATH: process.env.PATH,
          NODE_ENV: "production",
          OP_PORT: String(OP_PORT),
          OP_CLIENT_ID: "gr-volg",
          OP_CLIENT_SECRET: "oidc-http-secret",
          OP_REDIRECT_URIS: instances.map((b) => `${b}/api/auth/callback/test-idp`).join(","),
        },
        `${OP}/.well-known/openid-configuration`,
      );
      await Promise.all(
        instances.map((base) =>
          start(
            [nextBin, "start", "-p", new URL(base).port, "-H", "127.0.0.1"],
            {
              PATH: process.env.PATH,
              HOME: process.env.HOME,
              NODE_ENV: "production",
              NEXT_TELEMETRY_DISABLED: "1",
              DATABASE_URL: db.url,
              NEXTAUTH_SECRET: SECRET,
              NEXTAUTH_URL: base,
              OIDC_PROVIDERS: PROVIDERS,
            },
            `${base}/api/auth/csrf`,
          ),
        ),
      );
    }, 180_000);
    afterAll(async () => {
      for (const c of children) c.kill("SIGTERM");
      await db?.close();
    });

    it("links on instance 1 (verified, provisioned), then instance 2 matches on (issuer, sub) alone", async () => {
      const [one, two] = instances;
      const first = await oidcSignIn(one, "sub-secretariaat", {
        email: "secretariaat@regio.example",
        email_verified: true,
      });
      expect(first).toEqual({ finalUrl: `${one}/werkruimte`, email: "secretariaat@regio.example" });
      const identities = await db.prisma.userIdentity.findMany({ include: { user: true } });
      expect(identities.map((i) => [i.issuer, i.subject, i.user.email])).toEqual([
        [OP, "sub-secretariaat", "secretariaat@regio.example"],
      ]);

      // The IdP now gives another, unverified address for the same sub: instance 2 still knows the account.
      const second = await oidcSignIn(two, "sub-secretariaat", {
        email: "ander@elders.example",
        email_verified: false,
      });
      expect(second).toEqual({ finalUrl: `${two}/werkruimte`, email: "secretariaat@regio.example" });

      // Another sub claiming the linked address is refused on instance 2; nothing new is linked.
      const attacker = await oidcSignIn(two, "sub-aanvaller", {
        email: "secretariaat@regio.example",
        email_verified: true,
      });
      expect(attacker.email).toBeNull();
      expect(attacker.finalUrl).toMatch(/\/inloggen\?error=/);
      expect(await db.prisma.userIdentity.count()).toBe(1);
    });
  },
);
