import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, gotoHydrated } from "./helpers";

test("the home page shows the Flevoland regeling, its participants and where each stands", async ({ page }) => {
  await gotoHydrated(page, "/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Gemeenschappelijke Regeling Sociaal Domein Flevoland" }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: /Per gemeente/ });
  for (const naam of ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"]) {
    await expect(table.getByRole("rowheader", { name: naam })).toBeVisible();
  }
  await expect(table.getByRole("row", { name: /Zeewolde/ })).toContainText("Addendum: Zorg & Veiligheid");
  await expect(table.getByRole("row", { name: /Urk/ })).toContainText("Ontwerp nog niet ontvangen");
  // playwright.config.ts opens the zienswijzeprocedure (secretariat CLI) before the server starts.
  await expect(page.getByTestId("regeling-stand")).toHaveText("Zienswijzeprocedure");
  await expect(page.getByText("1 januari 2027").first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("landmarks and the skip link work by keyboard", async ({ page }) => {
  await gotoHydrated(page, "/");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#inhoud$/);
  await expect(page.locator("main#inhoud")).toBeFocused();
});
