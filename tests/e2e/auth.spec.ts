import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated, followLink } from "./helpers";

const ACCOUNTS = [
  { email: "beheer@demo.gr-volg.nl", rol: "Beheerder", gemeente: null },
  { email: "secretariaat@demo.gr-volg.nl", rol: "Regionaal secretariaat", gemeente: null },
  { email: "griffier.almere@demo.gr-volg.nl", rol: "Griffier", gemeente: "Almere" },
  { email: "griffier.urk@demo.gr-volg.nl", rol: "Griffier", gemeente: "Urk" },
  { email: "college.lelystad@demo.gr-volg.nl", rol: "College van B&W", gemeente: "Lelystad" },
  { email: "raadslid.urk@demo.gr-volg.nl", rol: "Raadslid", gemeente: "Urk" },
];

for (const a of ACCOUNTS) {
  test(`sign in as ${a.rol}${a.gemeente ? ` (${a.gemeente})` : ""} and out again`, async ({ page }) => {
    await signIn(page, a.email);
    await expect(page).toHaveURL(/\/werkruimte$/);
    await expect(page.getByTestId("rol")).toHaveText(a.rol);
    if (a.gemeente) await expect(page.getByTestId("gemeente")).toHaveText(a.gemeente);
    await expect(page.getByTestId("ingelogd-als")).toContainText(a.rol);
    // The logout button is a client component: clicked before hydration it does nothing (docs/testing.md).
    await followLink(page, page.getByRole("link", { name: "Uitloggen" }), /\/uitloggen$/);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
  });
}

test("wrong credentials get one clear message that does not reveal whether the account exists", async ({ page }) => {
  await signIn(page, "griffier.dronten@demo.gr-volg.nl", "verkeerd-wachtwoord");
  await expect(page.locator("#inlogfout")).toHaveText("Het e-mailadres of het wachtwoord is onjuist.");
  await signIn(page, "bestaat-niet@demo.gr-volg.nl", "verkeerd-wachtwoord");
  await expect(page.locator("#inlogfout")).toHaveText("Het e-mailadres of het wachtwoord is onjuist.");
  await expect(page).toHaveURL(/\/inloggen/);
});

test("empty form shows Dutch messages inline and in a summary, and the page is accessible", async ({ page }) => {
  await gotoHydrated(page, "/inloggen");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Controleer het formulier:")).toBeVisible();
  await expect(page.locator("#email-fout")).toHaveText("Vul uw e-mailadres in.");
  await expect(page.locator("#password-fout")).toHaveText("Vul uw wachtwoord in.");
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  await expectNoAxeViolations(page);
});

test("the workspace requires signing in", async ({ page }) => {
  await gotoHydrated(page, "/werkruimte");
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=(%2F|\/)werkruimte$/);
  await expect(page.getByRole("heading", { level: 1, name: "Inloggen" })).toBeVisible();
});

test("the signed-in workspace is accessible", async ({ page }) => {
  await signIn(page, "griffier.almere@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte$/);
  await expectNoAxeViolations(page);
});
