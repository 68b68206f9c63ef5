import { expect, test } from "@playwright/test";
import { signIn, gotoHydrated } from "./helpers";
import { must } from "../integration/helpers/must";

// The shared HTML cache for anonymous visitors (lib/public-cache): served from memory with a
// fresh nonce per response, and refreshed as soon as the data in PostgreSQL changes.
const PAGE = "/gemeenten/lelystad";
const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";

test("an anonymous public page is cached, the same bytes for everyone, with its own nonce header, and revalidates with ETag", async ({
  request,
}) => {
  await request.get(PAGE);
  const first = await request.get(PAGE);
  const second = await request.get(PAGE);
  for (const res of [first, second]) {
    expect(res.status()).toBe(200);
    expect(res.headers()["x-gr-volg-cache"]).toBe("hit");
    expect(res.headers()["cache-control"]).toBe("public, no-cache");
    const html = await res.text();
    expect(html).toContain("<h1");
    // Without scripts the page needs no nonce (its stylesheets are same-origin, allowed by style-src 'self'),
    // so no nonce can be reused across responses (the cache keeps it compressed, lib/public-cache/html-cache.ts);
    // the header still gets a fresh one each time.
    expect(html).not.toMatch(/nonce=/);
  }
  expect(nonceOf(first.headers()["content-security-policy"])).not.toBe(
    nonceOf(second.headers()["content-security-policy"]),
  );
  expect(nonceOf(first.headers()["content-security-policy"])).not.toBe("");

  // A client without gzip gets the same document (the stored copy is inflated for every hit).
  const plain = await request.get(PAGE, { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["x-gr-volg-cache"]).toBe("hit");
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toBe(await first.text());

  const etag = first.headers().etag;
  expect(etag).toBe(second.headers().etag);
  expect(plain.headers().etag).toBe(etag);
  const revalidated = await request.get(PAGE, { headers: { "if-none-match": etag } });
  expect(revalidated.status()).toBe(304);
});

test("a cached public page is a plain document: no scripts, no CSP violations, keyboard and links work", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.request.get(PAGE);
  const res = await gotoHydrated(page, PAGE);
  expect(res?.headers()["x-gr-volg-cache"]).toBe("hit");
  expect(await must(res, "response").text()).not.toMatch(/<script/i);
  await expect(page.getByRole("heading", { level: 1, name: "Gemeente Lelystad" })).toBeVisible();
  // Styles still apply (same-origin stylesheets, allowed by style-src 'self' without a nonce).
  expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Direct naar de inhoud" })).toBeFocused();
  await page.getByRole("link", { name: "Regelingen", exact: true }).click();
  await expect(page).toHaveURL(/\/regelingen$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(scripts).toEqual([]);
  expect(violations).toEqual([]);
  // Nothing hydrates a plain document: no hydration mark (components/HydrationMarker.tsx), so the specs' wait for it
  // (waitForHydration) must, and does, go by the absent scripts instead.
  await expect(page.locator("html")).not.toHaveAttribute("data-hydrated", /.*/);
});

test("signed-in visitors get the full page with its scripts", async ({ page }) => {
  await signIn(page, "raadslid.urk@demo.gr-volg.nl");
  await expect(page.getByTestId("ingelogd-als")).toBeVisible();
  const res = await gotoHydrated(page, PAGE);
  expect(res?.headers()["x-gr-volg-cache"]).toBeUndefined();
  await expect
    .poll(() => page.evaluate(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version)))
    .toBe(true);
  // React took the page over: the hydration mark the specs wait for before they click.
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "ja");
});

test("a change by the griffier shows on the public page at once; signed-in visitors bypass the cache", async ({
  browser,
  request,
}) => {
  const griffier = await browser.newPage();
  await signIn(griffier, "griffier.lelystad@demo.gr-volg.nl");
  await expect(griffier).toHaveURL(/\/werkruimte/);
  const signedIn = await griffier.request.get(PAGE);
  expect(signedIn.headers()["x-gr-volg-cache"]).toBeUndefined();

  const title = `Openbare cachetoets ${Date.now()}`;
  await request.get(PAGE);
  const before = await request.get(PAGE);
  expect(before.headers()["x-gr-volg-cache"]).toBe("hit");
  expect(await before.text()).not.toContain(title);

  await gotoHydrated(griffier, "/griffie/vergaderingen");
  const add = griffier.getByRole("form", { name: "Vergadering toevoegen" });
  await add.getByLabel("Soort vergadering").selectOption("RAAD");
  await add.getByLabel("Datum").fill("2027-02-11");
  await add.getByLabel("Titel (niet verplicht)").fill(title);
  await add.getByRole("button", { name: "Vergadering toevoegen" }).click();
  await expect(griffier.getByRole("table")).toContainText(title);

  const after = await request.get(PAGE);
  // Rendered anew: by this request ("miss"), or already by the refresh-ahead right after the griffier's commit
  // ("hit": lib/public-cache/refresh-ahead.ts); either way at the new version, so it shows the new meeting.
  expect(["miss", "hit"]).toContain(after.headers()["x-gr-volg-cache"]);
  expect(await after.text()).toContain(title);
  await griffier.close();
});

test("the consensus matrix is cached per signed-in user and refreshed when data changes", async ({ browser }) => {
  const secretariaat = await browser.newPage();
  await signIn(secretariaat, "secretariaat@demo.gr-volg.nl");
  await expect(secretariaat.getByTestId("ingelogd-als")).toBeVisible();
  await secretariaat.request.get("/secretariaat");
  const hit = await secretariaat.request.get("/secretariaat");
  expect(hit.headers()["x-gr-volg-cache"]).toBe("hit");
  expect(hit.headers()["cache-control"]).toBe("private, no-cache");
  expect(await hit.text()).toContain("Stand per gemeente");
  // No validator on a personal copy: a 304 would pair the browser's stored body (old nonce) with a new CSP nonce,
  // and the page would never hydrate. Viewed again in the browser, the copy hydrates.
  expect(hit.headers().etag).toBeUndefined();
  await gotoHydrated(secretariaat, "/secretariaat");
  await gotoHydrated(secretariaat, "/secretariaat");

  // Another user never gets the secretariat's copy: a griffier sees the refusal.
  const griffier = await browser.newPage();
  await signIn(griffier, "griffier.urk@demo.gr-volg.nl");
  await expect(griffier.getByTestId("ingelogd-als")).toBeVisible();
  await griffier.request.get("/secretariaat");
  const own = await griffier.request.get("/secretariaat");
  expect(own.headers()["x-gr-volg-cache"]).toBe("hit");
  const ownHtml = await own.text();
  expect(ownHtml).toContain("Geen toegang");
  expect(ownHtml).not.toContain("Stand per gemeente");

  // Signed out: no cached copy is served for the old session's page.
  const anonymous = await browser.newPage();
  const res = await gotoHydrated(anonymous, "/secretariaat");
  expect(res?.headers()["x-gr-volg-cache"]).toBeUndefined();

  // A write (the griffier adds a meeting) makes the next view a fresh render.
  await gotoHydrated(griffier, "/griffie/vergaderingen");
  const add = griffier.getByRole("form", { name: "Vergadering toevoegen" });
  await add.getByLabel("Soort vergadering").selectOption("RAAD");
  await add.getByLabel("Datum").fill("2027-03-11");
  await add.getByRole("button", { name: "Vergadering toevoegen" }).click();
  await expect(griffier.getByRole("table")).toContainText("11 maart 2027");
  const fresh = await secretariaat.request.get("/secretariaat");
  expect(fresh.headers()["x-gr-volg-cache"]).toBe("miss");
  await Promise.all([secretariaat.close(), griffier.close(), anonymous.close()]);
});
