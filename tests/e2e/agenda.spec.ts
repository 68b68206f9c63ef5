import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, signIn, gotoHydrated, waitForHydration } from "./helpers";

// Main e2e server: the concept-GR is in the zienswijzeprocedure (playwright.config.ts), so Lelystad's raad (whose
// griffier no other spec on this server uses) still has to give its zienswijze.

test("a griffier sees the raad's agenda across regelingen, with the open zienswijze and its documents", async ({
  page,
}) => {
  await signIn(page, "griffier.lelystad@demo.gr-volg.nl");
  await page.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
  await gotoHydrated(page, "/griffie");
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
  await gotoHydrated(page, "/secretariaat/agenda");
  await expect(page.getByRole("heading", { level: 1, name: "Agenda van de raden" })).toBeVisible();
  await expect(page.getByText(/Lelystad/).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test("a griffier makes a private calendar address, the calendar app reads it, and revoking ends it", async ({
  page,
  request,
}) => {
  await signIn(page, "griffier.lelystad@demo.gr-volg.nl");
  await page.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
  await page.setViewportSize({ width: 320, height: 800 });
  await gotoHydrated(page, "/griffie/agenda");
  await page.getByRole("button", { name: /privé-agendalink maken/i }).click();
  await expect(page.getByRole("status")).toContainText("Kopieer hem nu");
  const address = await page.getByLabel("Uw privé-agendalink").inputValue();
  expect(address).toMatch(/\/ics\/agenda\/[A-Za-z0-9_-]{43}\.ics$/);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  // A calendar app has no session: the address alone is enough.
  const path = new URL(address).pathname;
  const feed = await request.get(path, { headers: { cookie: "" } });
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");
  await page.getByRole("button", { name: "Privé-agendalink intrekken" }).click();
  await expect(page.getByRole("status")).toContainText("ingetrokken");
  await expect(page.getByRole("button", { name: "Privé-agendalink intrekken" })).toHaveCount(0);
  expect((await request.get(path)).status()).toBe(404);
  await expectNoAxeViolations(page);
});

test("a griffier turns the weekly agenda e-mail on, and the choice stays after a reload", async ({ page }) => {
  await signIn(page, "griffier.lelystad@demo.gr-volg.nl");
  await page.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
  await page.setViewportSize({ width: 320, height: 800 });
  await gotoHydrated(page, "/griffie/agenda");
  const box = page.getByLabel(/elke maandag een e-mail/);
  await expect(box).not.toBeChecked();
  await box.check();
  await page.getByRole("form", { name: "Wekelijkse agenda-e-mail" }).getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("opgeslagen");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByLabel(/elke maandag een e-mail/)).toBeChecked();
  // Back off, so a rerun on the same database starts from the same state.
  await page.getByLabel(/elke maandag een e-mail/).uncheck();
  await page.getByRole("form", { name: "Wekelijkse agenda-e-mail" }).getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("opgeslagen");
  await page.reload();
  await expect(page.getByLabel(/elke maandag een e-mail/)).not.toBeChecked();
});
