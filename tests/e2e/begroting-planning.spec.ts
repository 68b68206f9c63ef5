import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, signIn } from "./helpers";

// Issue 17 point 3: the secretariat sets the yearly planning of the begroting 2029 of the Flevoland regeling (its own
// year, apart from the cycle begroting.spec.ts runs), sees per gemeente whether its raad meets in time, and the
// griffier of Almere sees the same answer for its own raad on its begroting page. Axe and 320 px on both pages.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const REGELING = "gr-sociaal-domein-flevoland";
let almereBySecretariaat = "";

async function signedIn(page: Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/werkruimte/, { timeout: 30_000 });
}

test("the secretariat sets the planning and sees each raad's deadline and feasibility", async ({ page }) => {
  await signedIn(page, "secretariaat@demo.gr-volg.nl");
  await page.goto(`/secretariaat/begroting?regeling=${REGELING}`);
  const start = page.getByRole("form", { name: "Begrotingscyclus starten" });
  await start.getByLabel("Begrotingsjaar").fill("2029");
  await start.getByRole("button", { name: "Cyclus starten" }).click();
  await expect(start.getByRole("status")).toHaveText("De begrotingscyclus is gestart.");
  await page.getByRole("link", { name: "Begroting 2029" }).click();
  await expect(page).toHaveURL(/\/secretariaat\/begroting\/[^/?]+$/);
  await expect(page.getByText("Plan de aanbieding aan het algemeen bestuur")).toBeVisible();

  // An aanbieding less than twelve weeks after sending is saved, with the warning (Wgr art. 35 lid 1).
  const form = page.getByRole("form", { name: "Geplande data van het bestuur" });
  await form.getByLabel("Ontwerpbegroting naar de raden (niet verplicht)").fill("2028-04-20");
  await form.getByLabel("Aanbieding aan het algemeen bestuur (niet verplicht)").fill("2028-07-01");
  await form.getByRole("button", { name: "Jaarplanning opslaan" }).click();
  const status = page.getByRole("status");
  await expect(status).toContainText("De jaarplanning is opgeslagen.");
  await expect(status).toContainText("op of na 2028-07-13");
  await expect(status).toBeFocused();
  await expect(page.getByTestId("planning-waarschuwingen")).toContainText("twaalf weken");
  // The raad keeps its lawful twelve weeks: the last day is the eve of the earliest lawful aanbieding.
  await expect(
    page.getByRole("heading", { name: "Zienswijze op de ontwerpbegroting: uiterlijk 12 juli 2028" }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Haalbaarheid per gemeente: zienswijze op de ontwerpbegroting" });
  await expect(table.getByRole("row")).toHaveCount(6);
  const almere = table.getByRole("row", { name: /Almere/ }).getByRole("cell");
  await expect(almere).toHaveText(
    /^(Haalbaar: raadsvergadering van .+|Geen raadsvergadering vóór de termijn \(12 juli 2028\))$/,
  );
  almereBySecretariaat = (await almere.textContent()) ?? "";
  await expect(form.getByLabel("Aanbieding aan het algemeen bestuur (niet verplicht)")).toHaveValue("2028-07-01");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test("the griffier of Almere sees its own raad's feasibility for the planned regeling", async ({ page }) => {
  expect(almereBySecretariaat).not.toBe("");
  await signedIn(page, "griffier.almere@demo.gr-volg.nl");
  await page.goto("/griffie/begroting");
  const table = page.getByRole("table", { name: /Termijnen uit de jaarplanning/ });
  const row = table.getByRole("row", { name: /Begroting 2029/ });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toHaveText("12 juli 2028");
  await expect(row.getByRole("cell").nth(2)).toHaveText(almereBySecretariaat);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});
