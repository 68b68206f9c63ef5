import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

/**
 * Forms without JavaScript (or before hydration): sign-in is a POST to next-auth, a griffie form
 * POSTs to its server action and the change is saved, and no field value ever appears in a URL.
 */
test.use({ javaScriptEnabled: false });

const EMAIL = "griffier.dronten@demo.gr-volg.nl";
const TITEL = "Vergadering zonder JavaScript";
const DATUM = "2026-11-19";

/** Every request the page makes (documents, subresources, redirects), with its method. */
function recordRequests(page: Page) {
  const seen: { method: string; url: string }[] = [];
  page.on("request", (r) => seen.push({ method: r.method(), url: r.url() }));
  return seen;
}

const secretsIn = (url: string) => {
  const decoded = decodeURIComponent(url.replace(/\+/g, " "));
  return [EMAIL, DEMO_PASSWORD, TITEL, DATUM, "griffier.dronten"].filter((s) => decoded.includes(s));
};

test("sign-in and a griffie form work without JavaScript, always by POST, never with a field in the URL", async ({
  page,
}) => {
  const requests = recordRequests(page);

  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(EMAIL);
  await page.getByLabel("Wachtwoord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/werkruimte/);
  expect(requests).toContainEqual({ method: "POST", url: expect.stringContaining("/api/auth/callback/credentials") });

  await page.goto("/griffie/vergaderingen");
  const add = page.getByRole("form", { name: "Vergadering toevoegen" });
  await add.getByLabel("Soort vergadering").selectOption("RAAD");
  await add.getByLabel("Datum").fill(DATUM);
  await add.getByLabel("Titel (niet verplicht)").fill(TITEL);
  await add.getByRole("button", { name: "Vergadering toevoegen" }).click();
  await page.waitForLoadState("load");
  expect(requests.some((r) => r.method === "POST" && r.url.includes("/griffie/vergaderingen"))).toBe(true);

  // Saved: a fresh load of the calendar shows the meeting.
  await page.goto("/griffie/vergaderingen");
  await expect(page.getByRole("table")).toContainText("19 november 2026");
  await expect(page.getByRole("table")).toContainText(TITEL);

  const leaks = requests.filter((r) => secretsIn(r.url).length > 0);
  expect(leaks, "field values in a URL").toEqual([]);
  expect(requests.filter((r) => r.method === "GET" && new URL(r.url).search.includes("password"))).toEqual([]);
});

test("the site has a favicon and app icons", async ({ request, page }) => {
  for (const path of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expect((await res.body()).length, path).toBeGreaterThan(100);
  }
  expect((await request.get("/favicon.ico")).headers()["content-type"]).toMatch(/icon/);
  await page.goto("/");
  await expect(page.locator('link[rel="icon"][href*="icon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
});
