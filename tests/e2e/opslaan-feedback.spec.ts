import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated, waitForHydration } from "./helpers";
import { toestemmingBase } from "./slot";

// Issue 16 points 5, 6 and 9: what the user sees and hears after a save, the confirmation of a
// far-reaching step, and pages that fit a phone of 320 and 375 px.

const TOESTEMMING_BASE = toestemmingBase();

/** How far the page scrolls sideways (0 = it fits the viewport). */
const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("after a save: a status message in the accessibility tree, with focus, and the saved data on the page", async ({
  page,
}) => {
  await signIn(page, "griffier.almere@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/griffie/vergaderingen");
  const add = page.getByRole("form", { name: "Vergadering toevoegen" });
  await add.getByLabel("Soort vergadering").selectOption("COMMISSIE");
  await add.getByLabel("Datum").fill("2027-03-11");
  await add.getByLabel("Titel (niet verplicht)").fill("Commissie feedbacktest");
  await add.getByRole("button", { name: "Vergadering toevoegen" }).click();

  const status = add.getByRole("status");
  await expect(status).toHaveText("De vergadering is toegevoegd.");
  await expect(add).toMatchAriaSnapshot(`
    - form "Vergadering toevoegen":
      - status: De vergadering is toegevoegd.
  `);
  await expect(status).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("status");
  await expect(page.getByRole("table")).toContainText("11 maart 2027");
  await expectNoAxeViolations(page);
});

test("a failed save moves focus to the error summary, which names the field", async ({ page }) => {
  await signIn(page, "griffier.almere@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/griffie/vergaderingen");
  const add = page.getByRole("form", { name: "Vergadering toevoegen" });
  await add.getByRole("button", { name: "Vergadering toevoegen" }).click();
  const summary = add.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link").first()).toBeVisible();
});

test("publishing a revised version during the toestemming phase asks to confirm its consequences", async ({ page }) => {
  page.context().setDefaultNavigationTimeout(60_000);
  await gotoHydrated(page, `${TOESTEMMING_BASE}/inloggen`);
  await page.getByLabel("E-mailadres").fill("secretariaat@demo.gr-volg.nl");
  await page.getByLabel("Wachtwoord").fill("demo-wachtwoord-2026");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, `${TOESTEMMING_BASE}/secretariaat`);
  await page.getByRole("link", { name: "Procedure beheren" }).first().click();
  await expect(page).toHaveURL(/\/secretariaat\/procedures\/[^/]+$/);
  await waitForHydration(page);

  const form = page.getByRole("form", { name: "Herziene versie publiceren" });
  const consequences = form.getByRole("group", { name: "Gevolgen van deze stap" });
  await expect(consequences).toContainText("moeten opnieuw besluiten over de herziene versie");
  await form.getByLabel("Datum van publicatie").fill(new Date().toISOString().slice(0, 10));
  await form.getByLabel("Reden van de herziening").fill("Artikel 5 is aangepast.");

  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await form.getByRole("button", { name: "Herziene versie publiceren" }).click();
  const summary = form.getByRole("alert");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Vink aan dat u de gevolgen van deze stap begrijpt.");
  await expect(form.getByLabel(/^Ik begrijp dat alle raden opnieuw/)).toHaveAttribute("aria-invalid", "true");
  expect(posts).toEqual([]);
  await expectNoAxeViolations(page);
});

for (const width of [320, 375]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [
      "/",
      "/regelingen",
      "/regelingen/gr-sociaal-domein-flevoland",
      "/gemeenten",
      "/gemeenten/urk",
    ]) {
      await gotoHydrated(page, path);
      expect({ path, overflow: await sidewaysScroll(page) }).toEqual({ path, overflow: 0 });
    }
    await expectNoAxeViolations(page);
    await signIn(page, "griffier.almere@demo.gr-volg.nl");
    await expect(page).toHaveURL(/\/werkruimte/);
    for (const path of ["/griffie", "/griffie/vergaderingen"]) {
      await gotoHydrated(page, path);
      expect({ path, overflow: await sidewaysScroll(page) }).toEqual({ path, overflow: 0 });
    }
    await expectNoAxeViolations(page);
    await page.context().clearCookies();
    await signIn(page, "secretariaat@demo.gr-volg.nl");
    await expect(page).toHaveURL(/\/werkruimte/);
    await gotoHydrated(page, "/secretariaat");
    expect({ path: "/secretariaat", overflow: await sidewaysScroll(page) }).toEqual({
      path: "/secretariaat",
      overflow: 0,
    });
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Procedure beheren" }).first().click();
    await expect(page).toHaveURL(/\/secretariaat\/procedures\/[^/]+$/);
    await waitForHydration(page);
    expect({ path: "procedure", overflow: await sidewaysScroll(page) }).toEqual({ path: "procedure", overflow: 0 });
    await expectNoAxeViolations(page);
  });
}

test("one font stack: description lists, header links and footer use the same font as the body", async ({ page }) => {
  await gotoHydrated(page, "/gemeenten/urk");
  const fonts = await page.evaluate(() => {
    const font = (el: Element | null) => (el ? getComputedStyle(el).fontFamily : null);
    return {
      body: font(document.body),
      header: font(document.querySelector("header a")),
      footer: font(document.querySelector("footer")),
      dl: font(document.querySelector("main dl") ?? document.querySelector("main p")),
    };
  });
  expect(fonts.body).toContain("Noto Sans");
  expect(new Set(Object.values(fonts).filter((f) => f !== null)).size).toBe(1);
});

test("legal text gets room: the textarea spans the form and grows with its text, also at 375 px", async ({ page }) => {
  // Issue 16 point 6 (the boxes were ~110 px high for a whole GR text). Typing only; nothing is saved.
  await signIn(page, "secretariaat@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/secretariaat");
  await page.getByRole("link", { name: "Procedure beheren" }).first().click();
  await expect(page).toHaveURL(/\/secretariaat\/procedures\/[^/]+$/);
  await waitForHydration(page);
  const form = page.getByRole("form", { name: "Nieuwe versie publiceren" });
  const text = form.getByLabel("Tekst van de nieuwe versie");
  const box = async () => {
    const b = await text.boundingBox();
    if (!b) throw new Error("the textarea is not visible");
    return b;
  };
  await text.fill("Artikel 1 – Begripsbepalingen\nEén regel.");
  const short = await box();
  expect(short.height).toBeGreaterThanOrEqual(120);
  const formWidth = (await form.boundingBox())?.width ?? 0;
  expect(short.width).toBeGreaterThan(formWidth * 0.9);
  await text.fill(Array.from({ length: 40 }, (_, i) => `Artikel ${i + 1} – Bepaling\nLid ${i + 1}.`).join("\n"));
  expect((await box()).height).toBeGreaterThan(short.height * 3);

  await page.setViewportSize({ width: 375, height: 800 });
  const narrow = await box();
  expect(narrow.x + narrow.width).toBeLessThanOrEqual(375);
  expect(narrow.width).toBeGreaterThan(250);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test("one look: the matrix filter is a styled select and every risk badge carries a symbol, not only a colour", async ({
  page,
}) => {
  // Issue 16 point 9: the matrix had an unstyled native select; a badge must read without colour (WCAG 1.4.1).
  await signIn(page, "secretariaat@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/secretariaat");
  const select = page.getByLabel("Document");
  await expect(select).toHaveClass(/utrecht-select/);
  const look = await select.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      appearance: s.appearance,
      image: s.backgroundImage,
      font: s.fontFamily,
      body: getComputedStyle(document.body).fontFamily,
    };
  });
  expect(look.appearance).toBe("none");
  expect(look.image).not.toBe("none");
  expect(look.font).toBe(look.body);
  const symbols = await page
    .getByTestId("consensusmatrix")
    .locator(".grv-badge")
    .evaluateAll((els) => els.map((el) => getComputedStyle(el, "::before").content));
  expect(symbols.length).toBeGreaterThan(0);
  for (const content of symbols) expect(content).toMatch(/[✓!✕]/);
});
