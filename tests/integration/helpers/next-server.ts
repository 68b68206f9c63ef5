import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

/** Real HTTP against the production build: `next start` processes and next-auth's own sign-in flow. */
export const root = join(__dirname, "../../..");
export const nextBin = join(root, "node_modules/next/dist/bin/next");
export const nextBuilt = existsSync(join(root, ".next/BUILD_ID"));

export interface NextServerOptions {
  port: number;
  databaseUrl: string;
  secret: string;
  extra?: Record<string, string | undefined>;
}

/** The environment of a production server on this database (NEXTAUTH_URL on its own port). */
export function nextServerEnv(o: NextServerOptions): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: o.databaseUrl,
    NEXTAUTH_SECRET: o.secret,
    NEXTAUTH_URL: `http://127.0.0.1:${o.port}`,
    TRUST_PROXY: "1",
    ...o.extra,
  };
}

/** Starts `next start` on the port and waits until it answers; the caller kills the process (see `servers`). */
export async function startNextServer(servers: ChildProcess[], o: NextServerOptions): Promise<string> {
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(o.port), "-H", "127.0.0.1"], {
    cwd: root,
    env: nextServerEnv(o),
    stdio: "ignore",
  });
  servers.push(child);
  const base = `http://127.0.0.1:${o.port}`;
  for (let i = 0; i < 120; i++) {
    if (child.exitCode !== null) throw new Error(`next start op poort ${o.port} stopte (code ${child.exitCode})`);
    try {
      if ((await fetch(`${base}/api/auth/csrf`)).ok) return base;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`next start op poort ${o.port} kwam niet op`);
}

/** next-auth's own sign-in flow: CSRF token + cookie, then the credentials callback (json mode). */
export async function signInOverHttp(
  base: string,
  email: string,
  password: string,
  source: string,
): Promise<{ error: string | null; session: boolean; cookie: string }> {
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
  const sessionCookie = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  return { error, session: sessionCookie !== undefined, cookie: sessionCookie?.split(";")[0] ?? "" };
}
