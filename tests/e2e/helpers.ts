import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-wachtwoord-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/inloggen");
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/** WCAG 2.0/2.1/2.2 A and AA rules; zero violations expected. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join("; ")})`,
  );
  expect(summary).toEqual([]);
}

/**
 * On the second e2e server (toestemmingsprocedure): the griffier opens the GR procedure, registers the receipt of
 * the toestemmingsvoorstel and puts it on the raad's agenda.
 */
export async function toestemmingGeagendeerd(
  page: Page,
  griffier: string,
  dates: { ontvangenOp: string; raadDatum: string },
) {
  await signIn(page, griffier);
  await expect(page).toHaveURL(/\/werkruimte/, { timeout: 30_000 });
  await page.goto("/griffie");
  await page.getByRole("link", { name: "Treffen van de GR Sociaal Domein Flevoland" }).click();
  const ontvangst = page.getByRole("form", { name: "Ontvangst toestemmingsvoorstel" });
  await ontvangst.getByLabel("Datum van ontvangst van het toestemmingsvoorstel").fill(dates.ontvangenOp);
  await ontvangst.getByRole("button", { name: "Ontvangst registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Toestemmingsvoorstel ontvangen");
  const agenda = page.getByRole("form", { name: "Agendering" });
  await agenda.getByLabel("Datum raadsvergadering").fill(dates.raadDatum);
  await agenda.getByRole("button", { name: "Agendering registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Toestemming geagendeerd");
}

/** No sideways scrolling at 320 CSS px (WCAG 1.4.10 Reflow). */
export async function expectNoSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}
