import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated, waitForHydration, followLink } from "./helpers";

// Issue 17 point 1: a Dienstverleningshandvest actualisatie through the browser, each step by the role whose job
// it is — the secretariat (new version, BOSD akkoord), the college of Urk (its decision), Urk's griffie (raad
// informed) — with axe on every new page. Runs on the first e2e server (the seed's handvest is still "Nieuw").
test.describe.configure({ mode: "serial" });

let handvestPath = "";

async function signedIn(page: Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/werkruimte/);
}

test("the secretariat starts the actualisatie with a new text and records the BOSD's akkoord", async ({ page }) => {
  await signedIn(page, "secretariaat@demo.gr-volg.nl");
  await gotoHydrated(page, "/secretariaat?regeling=gr-sociaal-domein-flevoland");
  await page.getByRole("link", { name: "Actualisatie beheren" }).click();
  await expect(page).toHaveURL(/\/secretariaat\/handvest\//);
  await waitForHydration(page);
  handvestPath = new URL(page.url()).pathname.replace("/secretariaat", "");
  await expect(page.getByTestId("dvh-stand")).toHaveText("Nieuw");
  await expectNoAxeViolations(page);

  await page.getByLabel("Naam van de nieuwe versie").fill("Dienstverleningshandvest 2027 (concept)");
  await page.getByLabel("Tekst van het handvest").fill("Artikel 1 – Taken\nDe uitvoeringsorganisatie koopt in.");
  await page.getByLabel("Datum van het concept").fill("2026-11-02");
  await page.getByRole("button", { name: "Actualisatie starten" }).click();
  await expect(page.getByTestId("dvh-stand")).toHaveText("Concept opgesteld");

  // A BOSD date before the concept is refused in Dutch; nothing changes.
  await page.getByLabel("Datum van het BOSD-besluit").fill("2026-11-01");
  await page.getByRole("button", { name: "Akkoord BOSD registreren" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(page.getByTestId("dvh-stand")).toHaveText("Concept opgesteld");
  await page.getByLabel("Datum van het BOSD-besluit").fill("2026-11-05");
  await page.getByRole("button", { name: "Akkoord BOSD registreren" }).click();
  await expect(page.getByTestId("dvh-stand")).toHaveText("Akkoord BOSD");
  await expect(page.getByRole("cell", { name: "Collegebesluit nog niet genomen" }).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the college of Urk records its decision in its workspace", async ({ page }) => {
  await signedIn(page, "college.urk@demo.gr-volg.nl");
  await gotoHydrated(page, "/college");
  await page.getByRole("link", { name: "Actualiseren Dienstverleningshandvest" }).click();
  await expect(page).toHaveURL(/\/college\/handvest\//);
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByLabel("Datum van het collegebesluit").fill("2026-11-10");
  await page.getByRole("button", { name: "Urk: collegebesluit registreren" }).click();
  await expect(page.getByTestId("dvh-eigen-stand")).toContainText("College besloot op 10 november 2026");
  // Until every college decided, the raad cannot be informed yet, and the page says so.
  await expect(page.getByTestId("dvh-eigen-stand")).toContainText("wacht op de besluiten van de andere colleges");
  await expectNoAxeViolations(page);
});

// Zeewolde takes part through the addendum: the handvest's topics fall within its scope, so its college decides too.
test("the other five colleges decide, each in its own workspace", async ({ page }) => {
  for (const [slug, naam] of [
    ["almere", "Almere"],
    ["dronten", "Dronten"],
    ["lelystad", "Lelystad"],
    ["noordoostpolder", "Noordoostpolder"],
    ["zeewolde", "Zeewolde"],
  ]) {
    await page.context().clearCookies();
    await signedIn(page, `college.${slug}@demo.gr-volg.nl`);
    await gotoHydrated(page, "/college");
    await followLink(
      page,
      page.getByRole("link", { name: "Actualiseren Dienstverleningshandvest" }),
      /\/college\/handvest\//,
    );
    await page.getByLabel("Datum van het collegebesluit").fill("2026-11-11");
    await page.getByRole("button", { name: `${naam}: collegebesluit registreren` }).click();
    await expect(page.getByTestId("dvh-eigen-stand")).toContainText("College besloot op 11 november 2026");
  }
});

test("Urk's griffie records that the raad was informed; the public page shows it", async ({ page }) => {
  await signedIn(page, "griffier.urk@demo.gr-volg.nl");
  await gotoHydrated(page, "/griffie");
  await page.getByRole("link", { name: "Actualiseren Dienstverleningshandvest" }).click();
  await expect(page).toHaveURL(/\/griffie\/handvest\//);
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByLabel("Datum waarop de raad is geïnformeerd").fill("2026-11-12");
  await page.getByRole("button", { name: "Raad geïnformeerd registreren" }).click();
  await expect(page.getByTestId("dvh-eigen-stand")).toContainText("Raad geïnformeerd op 12 november 2026");
  await expectNoAxeViolations(page);

  await gotoHydrated(page, handvestPath);
  await expect(page.getByRole("cell", { name: "Raad geïnformeerd op 12 november 2026" })).toBeVisible();
  await expectNoAxeViolations(page);
});
