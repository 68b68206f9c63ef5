import { expect, test } from "@playwright/test";
import bcrypt from "bcryptjs";
import pg from "pg";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signIn as signInHttp, startServer, stopGracefully, waitReady } from "../../scripts/crash/server.mjs";
import { expectNoAxeViolations, signIn, gotoHydrated, waitForHydration } from "./helpers";

/**
 * Revocable sessions over real HTTP on TWO instances of the production build that share one
 * PostgreSQL database: what instance A is told (deactivation, a role change, sign-out) instance B
 * honours within the per-instance cache window (SESSION_CHECK_CACHE_MS, 5 s), for pages, route
 * handlers and server actions alike.
 */
const ROOT = join(import.meta.dirname, "../..");
const SERVER = process.env.TEST_PG_URL ?? "postgresql://postgres:postgres@127.0.0.1:5432";
const DB_NAME = `gr_volg_sessions_${Date.now()}_${process.pid}`;
const PORT_A = Number(process.env.E2E_PORT ?? 3200) + 30;
const PORT_B = PORT_A + 1;
const A = `http://127.0.0.1:${PORT_A}`;
const B = `http://127.0.0.1:${PORT_B}`;
const PASSWORD = "sessie-wachtwoord-2026";
/** Cache window plus margin: a revocation must be visible on the other instance within this. */
const WINDOW_MS = 6_000;

const serverLog: string[] = [];
const log = (line: string) => void serverLog.push(line);
let servers: ReturnType<typeof startServer>[] = [];
let pool: pg.Pool;
let revokeSessionActionId = "";

const env = (base: string) => ({
  ...process.env,
  DATABASE_URL: `${SERVER}/${DB_NAME}`,
  NEXTAUTH_URL: base,
  NEXTAUTH_SECRET: "sessions-secret-0123456789abcdef0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
  STORAGE_DIR: mkdtempSync(join(tmpdir(), "gr-volg-sessies-")),
  REMINDERS_INTERVAL_MINUTES: "0",
});

async function newUser(email: string) {
  const id = `sessie-${email.split("@")[0]}`;
  await pool.query(
    `INSERT INTO "User" ("id", "email", "naam", "role", "passwordHash") VALUES ($1, $2, $3, 'SECRETARIAAT', $4)`,
    [id, email, "Sessietest", await bcrypt.hash(PASSWORD, 4)],
  );
  return id;
}

/**
 * How React sends `action(toFormData(values))`: the FormData argument's fields as part 1 (`_1_invoer`) FIRST, then
 * the arguments as part 0 — the server resolves part 0 as soon as it arrives, so a FormData part after it is empty.
 */
function actionBody(values: unknown) {
  const body = new FormData();
  body.set("_1_invoer", JSON.stringify(values));
  body.set("0", JSON.stringify(["$K1"]));
  return body;
}

/** Status of a page, a route handler and a server action on one instance with this cookie. */
async function probe(base: string, cookie: string) {
  const page = await fetch(`${base}/werkruimte/sessies`, { headers: { cookie }, redirect: "manual" });
  const route = await fetch(`${base}/secretariaat/audit/export`, { headers: { cookie } });
  const action = await fetch(`${base}/werkruimte/sessies`, {
    method: "POST",
    headers: {
      accept: "text/x-component",
      "next-action": revokeSessionActionId,
      cookie,
      origin: base,
    },
    body: actionBody({ sessieId: "bestaat-niet" }),
  });
  const actionText = await action.text();
  return {
    page: page.status === 200 ? "ok" : String(page.headers.get("location") ?? page.status),
    route: route.status,
    // Signed in: the service looks for the session and does not find it; otherwise the Dutch refusal.
    action: actionText.includes("U moet ingelogd zijn")
      ? "geweigerd"
      : actionText.includes("bestaat niet")
        ? "ok"
        : actionText.slice(0, 120),
  };
}
const SIGNED_IN = { page: "ok", route: 200, action: "ok" };

async function refusedWithin(base: string, cookie: string) {
  const start = Date.now();
  await expect
    .poll(async () => (await probe(base, cookie)).action, { timeout: WINDOW_MS, intervals: [250] })
    .toBe("geweigerd");
  const elapsed = Date.now() - start;
  const all = await probe(base, cookie);
  expect(all.page).toMatch(/\/inloggen\?callbackUrl=/);
  expect(all.route).toBe(401);
  return elapsed;
}

test.describe("revocable sessions on two instances", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test.beforeAll(async () => {
    const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${DB_NAME}"`);
    await admin.end();
    const migrate = spawnSync(process.execPath, ["bin/gr-volg.mjs", "db", "migrate"], {
      cwd: ROOT,
      env: env(A),
      encoding: "utf8",
    });
    if (migrate.status !== 0) throw new Error(`db migrate mislukte: ${migrate.stdout}${migrate.stderr}`);
    pool = new pg.Pool({ connectionString: `${SERVER}/${DB_NAME}`, max: 2 });
    const manifest = JSON.parse(readFileSync(join(ROOT, ".next/server/server-reference-manifest.json"), "utf8"));
    revokeSessionActionId =
      Object.entries(manifest.node as Record<string, { exportedName: string }>).find(
        ([, v]) => v.exportedName === "revokeSessionAction",
      )?.[0] ?? "";
    expect(revokeSessionActionId).not.toBe("");
    servers = [
      startServer({ root: ROOT, port: PORT_A, env: env(A), log }),
      startServer({ root: ROOT, port: PORT_B, env: env(B), log }),
    ];
    await Promise.all([waitReady(A), waitReady(B)]);
  });

  test.afterAll(async () => {
    await Promise.all(servers.map((s) => stopGracefully(s)));
    await pool?.end();
    const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  });

  test("deactivation on the database: the cookie from A is refused on B within the cache window", async () => {
    const id = await newUser("gedeactiveerd@sessies.test");
    const cookie = await signInHttp(A, "gedeactiveerd@sessies.test", PASSWORD);
    expect(await probe(B, cookie)).toEqual(SIGNED_IN);
    await pool.query(`UPDATE "User" SET "actief" = false WHERE "id" = $1`, [id]);
    const ms = await refusedWithin(B, cookie);
    console.info(`deactivering zichtbaar op instantie B na ${ms} ms`);
    expect(await probe(A, cookie)).toMatchObject({ action: "geweigerd", route: 401 });
  });

  test("a role change ends the session everywhere, also after reactivation of the same values", async () => {
    const id = await newUser("rolwissel@sessies.test");
    const cookie = await signInHttp(A, "rolwissel@sessies.test", PASSWORD);
    expect(await probe(B, cookie)).toEqual(SIGNED_IN);
    await pool.query(`UPDATE "User" SET "role" = 'ADMIN' WHERE "id" = $1`, [id]);
    await pool.query(`UPDATE "User" SET "role" = 'SECRETARIAAT' WHERE "id" = $1`, [id]);
    await refusedWithin(B, cookie);
    // A fresh sign-in works again.
    expect(await probe(B, await signInHttp(B, "rolwissel@sessies.test", PASSWORD))).toEqual(SIGNED_IN);
  });

  test("sign-out on A revokes the captured cookie on B and is audited with the source address", async () => {
    const id = await newUser("afmelden@sessies.test");
    const cookie: string = await signInHttp(A, "afmelden@sessies.test", PASSWORD);
    expect(await probe(B, cookie)).toEqual(SIGNED_IN);
    const { csrfToken } = await (await fetch(`${A}/api/auth/csrf`, { headers: { cookie } })).json();
    const out = await fetch(`${A}/api/auth/signout`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
    expect(out.status).toBeLessThan(400);
    // The captured cookie (sent again as it was) no longer works anywhere.
    await refusedWithin(B, cookie);
    const { rows } = await pool.query(
      `SELECT "payload" FROM "AuditEvent" WHERE "type" = 'afgemeld' AND "actorId" = $1`,
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].payload.bronadres).toMatch(/127\.0\.0\.1/);
  });
});

test("the sessions page lists this session, ends it with a status message, and is accessible", async ({ page }) => {
  await signIn(page, "raadslid.urk@demo.gr-volg.nl");
  await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
  await gotoHydrated(page, "/werkruimte");
  await page.getByRole("link", { name: "Mijn sessies" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn sessies" })).toBeVisible();
  await waitForHydration(page);
  await expect(page.getByTestId("sessie").filter({ hasText: "(deze sessie)" })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Overal afmelden" }).click();
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=/);
  await gotoHydrated(page, "/werkruimte/sessies");
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=/);
});
