import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated } from "./helpers";

// Issue 16 points 3 and 4: the visual timeline and the warning that the target date is out of reach.
// The e2e database is the seeded Flevoland regio with the zienswijzeprocedure opened on 1 May 2026;
// on any day from December 2026 the target of 1 January 2027 cannot be reached any more.
const REGELING = "/regelingen/gr-sociaal-domein-flevoland";
const OUT_OF_REACH =
  // The earliest date is "nog niet bekend" once another spec left a raad (Dronten) with a commissie and no raad after it.
  /^De beoogde datum 1 januari 2027 is niet meer haalbaar[:.] .+ Vroegst haalbaar: (\d{1,2} \w+ 20\d\d|nog niet bekend)\./;

// Axe on pages with two drawings and two tables is slow on a loaded machine.
test.describe.configure({ timeout: 180_000 });

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function expectTimeline(page: Page) {
  const timeline = page.getByTestId("tijdlijn-visueel").first();
  await expect(timeline.getByRole("figure")).toBeVisible();
  await expect(timeline.getByRole("img", { name: /^Tijdlijn van .* naar de inwerkingtreding/ })).toBeVisible();
  const table = timeline.getByRole("table", { name: /alle stappen, termijnen en vergaderingen/ });
  await expect(table.getByRole("rowheader", { name: "Vandaag" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: "Beoogde inwerkingtreding" })).toBeVisible();
  // The drawing and the table show the same facts.
  const drawn = await timeline
    .locator('[data-testid="tijdlijn-visueel-breed"] [data-key]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-key")).sort());
  const rows = await table
    .locator("tbody tr[data-key]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-key")).sort());
  expect(drawn.length).toBeGreaterThan(5);
  expect(drawn).toEqual(rows);
}

test("the public regeling page warns that 1 January 2027 is out of reach and shows the timeline", async ({ page }) => {
  await gotoHydrated(page, REGELING);
  await expect(page.getByTestId("doel-oordeel")).toHaveText(OUT_OF_REACH);
  await expect(page.getByRole("status").filter({ has: page.getByTestId("doel-oordeel") })).toBeVisible();
  await expectTimeline(page);
  const perGemeente = page.getByRole("table", { name: "Haalt elke gemeente de beoogde datum?" });
  await expect(perGemeente.getByRole("rowheader", { name: "Urk" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The accessibility tree holds the table alternative with the same facts, in words.
  const snapshot = await page.getByTestId("tijdlijn-visueel").ariaSnapshot();
  expect(snapshot).toContain('table "Haalt elke gemeente de beoogde datum?"');
  expect(snapshot).toMatch(/table ".*alle stappen, termijnen en vergaderingen"/);
  expect(snapshot).toMatch(/rowheader "Beoogde inwerkingtreding"/);
  expect(snapshot).toMatch(/img "Tijdlijn van .*"/);
});

test("at 320 and 375 px nothing scrolls sideways: the narrow drawing replaces the wide one", async ({ page }) => {
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of [REGELING, "/gemeenten/urk"]) {
      await gotoHydrated(page, path);
      await expect(page.getByTestId("doel-oordeel").first()).toHaveText(OUT_OF_REACH);
      await expect(page.getByTestId("tijdlijn-visueel-smal").first()).toBeVisible();
      await expect(page.getByTestId("tijdlijn-visueel-breed").first()).toBeHidden();
      expect(await horizontalOverflow(page), `${path} at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await gotoHydrated(page, REGELING);
  await expect(page.getByTestId("tijdlijn-visueel-breed")).toBeVisible();
  await expect(page.getByTestId("tijdlijn-visueel-smal")).toBeHidden();
});

test("in print the wide drawing is used", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ media: "print" });
  await gotoHydrated(page, REGELING);
  await expect(page.getByTestId("tijdlijn-visueel-breed")).toBeVisible();
  await expect(page.getByTestId("tijdlijn-visueel-smal")).toBeHidden();
});

test("the public gemeente page shows its own timeline and the warning", async ({ page }) => {
  await gotoHydrated(page, "/gemeenten/urk");
  const section = page.getByTestId("gemeente-tijdlijnen");
  await expect(section.getByRole("heading", { name: /beoogde inwerkingtreding 1 januari 2027/ })).toBeVisible();
  await expect(section.getByTestId("doel-oordeel")).toHaveText(OUT_OF_REACH);
  await expectTimeline(page);
  await expectNoAxeViolations(page);
});

test("the home page and the list of regelingen, which show the target too, say so as well", async ({ page }) => {
  await gotoHydrated(page, "/");
  await expect(page.getByText("Beoogde inwerkingtreding")).toBeVisible();
  await expect(page.getByTestId("doel-oordeel")).toHaveText(OUT_OF_REACH);
  await expectNoAxeViolations(page);
  await gotoHydrated(page, "/regelingen");
  await expect(page.getByTestId("doel-gr-sociaal-domein-flevoland")).toContainText(
    "De beoogde datum 1 januari 2027 is niet meer haalbaar",
  );
});

test("the griffie page and the secretariat's matrix and procedure page say so too", async ({ page }) => {
  await signIn(page, "griffier.urk@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/, { timeout: 30_000 });
  await gotoHydrated(page, "/griffie");
  await expect(page.getByTestId("doel-oordeel")).toHaveText(OUT_OF_REACH);
  await expectTimeline(page);
  await expectNoAxeViolations(page);
  await page.context().clearCookies();

  await signIn(page, "secretariaat@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/, { timeout: 30_000 });
  await gotoHydrated(page, "/secretariaat");
  await expect(page.getByTestId("doel-oordeel")).toHaveText(OUT_OF_REACH);
  await page.getByRole("link", { name: "Procedure beheren" }).first().click();
  await expect(page.getByTestId("beoogde-inwerkingtreding")).toHaveText("1 januari 2027");
  await expect(page.getByTestId("doel-oordeel")).toHaveText(OUT_OF_REACH);
  await expectNoAxeViolations(page);
});
