import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD, signIn, gotoHydrated } from "./helpers";
import { must } from "../integration/helpers/must";

/**
 * Authorization and CSRF over real HTTP against the production build (lib/auth/entry-points.ts
 * lists every entry point; tests/integration/authz covers the server actions per role):
 * protected downloads refuse anonymous (401) and every role but the secretariat (403); a
 * cross-origin POST to a server action is refused and changes nothing; next-auth's credentials
 * sign-in refuses a POST without its CSRF token; stored markup renders as text.
 */
const DOWNLOADS = [
  "/secretariaat/export/status",
  "/secretariaat/nota/x/export/csv",
  "/secretariaat/nota/x/export/docx",
  "/secretariaat/raadsvoorstel/x/urk",
  "/secretariaat/nota/x/export/pdf",
  "/secretariaat/raadsvoorstel/x/urk/pdf",
];

async function signedIn(request: APIRequestContext, email: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  expect(res.status(), `sign-in ${email}`).toBeLessThan(400);
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
}

test("protected downloads: anonymous 401, other roles 403, the secretariat gets the file", async ({
  playwright,
  baseURL,
}) => {
  const anon = await playwright.request.newContext({ baseURL });
  for (const path of DOWNLOADS) {
    const res = await anon.get(path, { maxRedirects: 0 });
    expect(res.status(), `anonymous ${path}`).toBe(401);
    expect(await res.text()).toMatch(/U moet ingelogd zijn/);
  }
  for (const email of [
    "griffier.urk@demo.gr-volg.nl",
    "college.almere@demo.gr-volg.nl",
    "raadslid.urk@demo.gr-volg.nl",
    "beheer@demo.gr-volg.nl",
  ]) {
    const ctx = await playwright.request.newContext({ baseURL });
    await signedIn(ctx, email);
    for (const path of DOWNLOADS) {
      const res = await ctx.get(path, { maxRedirects: 0 });
      expect(res.status(), `${email} ${path}`).toBe(403);
      expect(await res.text()).toMatch(/^U |^Uw /);
    }
    await ctx.dispose();
  }
  const secr = await playwright.request.newContext({ baseURL });
  await signedIn(secr, "secretariaat@demo.gr-volg.nl");
  const csv = await secr.get("/secretariaat/export/status");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  await secr.dispose();
  await anon.dispose();
});

test("next-auth refuses a credentials POST without its CSRF token", async ({ playwright, baseURL }) => {
  const ctx = await playwright.request.newContext({ baseURL });
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { email: "secretariaat@demo.gr-volg.nl", password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(302);
  expect(res.headers().location ?? "").toMatch(/csrf=true/);
  const session = (await (await ctx.get("/api/auth/session")).json()) as { user?: unknown };
  expect(session.user).toBeUndefined();
  await ctx.dispose();
});

function followBody(values: unknown) {
  const body = new FormData();
  body.set("_1_invoer", JSON.stringify(values));
  body.set("0", JSON.stringify(["$K1"]));
  return body;
}

test("a cross-origin POST to a server action is refused and writes nothing", async ({ page, playwright, baseURL }) => {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const actionId = Object.entries(manifest.node).find(([, v]) => v.exportedName === "saveFollowAction")?.[0];
  expect(actionId).toBeTruthy();
  const email = "college.zeewolde@demo.gr-volg.nl";
  const ctx = await playwright.request.newContext({ baseURL });
  await signedIn(ctx, email);
  const attack = (origin: string) =>
    ctx.post("/volgen", {
      headers: {
        "Next-Action": must(actionId, "saveFollowAction id"),
        Origin: origin,
        Accept: "text/x-component",
      },
      // How React sends `action(toFormData(values))`: the FormData argument's fields as part 1 first, then the
      // arguments as part 0 (a FormData keeps this order; an object would put the key "0" first).
      multipart: followBody({ regelingIds: [], digest: true }),
      maxRedirects: 0,
    });
  const evil = await attack("https://evil.example");
  // Refused in the proxy with a 403 (Next's own check would throw: a 500).
  expect(evil.status(), "cross-origin server action").toBe(403);
  // The digest is still off for this user: the cross-origin request changed nothing.
  await signIn(page, email);
  await expect(page).toHaveURL(/\/werkruimte$/);
  await gotoHydrated(page, "/volgen");
  const digest = page.getByLabel(/Stuur mij elke week een e-mail/);
  await expect(digest).not.toBeChecked();
  // Control: the very same request from the app's own origin is accepted, so the refusal above was the origin check.
  const same = await attack(new URL(must(baseURL, "baseURL")).origin);
  expect(same.status(), "same-origin server action").toBe(200);
  await page.reload();
  await expect(digest).toBeChecked();
  await ctx.dispose();
});

test("a stored <script> in a meeting title renders as text on the griffie and public pages", async ({ page }) => {
  const payload = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">`;
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await signIn(page, "griffier.urk@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte$/);
  await gotoHydrated(page, "/griffie/vergaderingen");
  const form = page.getByRole("form", { name: "Vergadering toevoegen" });
  await form.getByLabel("Soort vergadering").selectOption("RAAD");
  await form.getByLabel("Datum").fill("2027-03-15");
  await form.getByLabel("Titel (niet verplicht)").fill(payload);
  await form.getByRole("button", { name: "Vergadering toevoegen" }).click();
  await page.reload();
  await expect(page.getByText(payload).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await gotoHydrated(page, "/gemeenten/urk");
  await expect(page.getByText(payload).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("img[src='x']").count()).toBe(0);
  expect(dialogs).toBe(0);
});
