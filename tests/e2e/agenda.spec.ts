import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, signIn } from "./helpers";

// Main e2e server: the concept-GR is in the zienswijzeprocedure (playwright.config.ts), so Lelystad's raad (whose
// griffier no other spec on this server uses) still has to give its zienswijze.

test("a griffier sees the raad's agenda across regelingen, with the open zienswijze and its documents", async ({
  page,
}) => {
  await signIn(page, "griffier.lelystad@demo.gr-volg.nl");
  await page.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
  await page.goto("/griffie");
  await page
    .getByRole("link", { name: /agenda/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/griffie\/agenda$/);
  await expect(page.getByRole("heading", { level: 1, name: "Agenda van de raad" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: "Sociaal Domein Flevoland" }).first();
  await expect(item).toContainText("Zienswijze");
  await expect(item.getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /iCalendar/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test("the secretariat sees which raden still have to decide on which item", async ({ page }) => {
  await signIn(page, "secretariaat@demo.gr-volg.nl");
  await page.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
  await page.goto("/secretariaat/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "Agenda van de raden" })).toBeVisible();
  await expect(page.getByText(/Lelystad/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});
