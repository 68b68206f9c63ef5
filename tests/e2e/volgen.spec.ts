import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated, waitForHydration } from "./helpers";

test("a raadslid follows the regeling and opts in to the weekly digest; the page is accessible", async ({ page }) => {
  await signIn(page, "raadslid.urk@demo.gr-volg.nl");
  await page.getByRole("link", { name: "Volgen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Regelingen volgen" })).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await page.getByLabel("Gemeenschappelijke Regeling Sociaal Domein Flevoland").check();
  await page.getByLabel(/Stuur mij elke week een e-mail/).check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toHaveText("Uw keuzes zijn opgeslagen.");
  await page.reload();
  await expect(page.getByLabel("Gemeenschappelijke Regeling Sociaal Domein Flevoland")).toBeChecked();
  await expect(page.getByLabel(/Stuur mij elke week een e-mail/)).toBeChecked();
});

test("an invalid unsubscribe link says so, accessibly, without signing in", async ({ page }) => {
  await gotoHydrated(page, "/afmelden?token=ongeldig-token-dat-niet-bestaat-123");
  await expect(page.getByText("Deze afmeldlink is ongeldig of verlopen.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("following requires signing in", async ({ page }) => {
  await gotoHydrated(page, "/volgen");
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=(%2F|\/)volgen$/);
});
