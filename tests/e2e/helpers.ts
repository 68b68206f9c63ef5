import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-wachtwoord-2026";

/**
 * Waits until React has hydrated the current document (components/HydrationMarker.tsx sets `<html data-hydrated>`).
 * Before that a click on a client button does nothing and a ticked box never reaches the form's state; with two
 * workers on two cores a page hydrates late enough for a test to get there first (docs/testing.md). A document
 * without scripts (a public page from the anonymous HTML cache, lib/public-cache) is never hydrated and needs no
 * wait. After a click that loads another page, wait for its URL first (`page.waitForURL`, `toHaveURL`): until the
 * new document is there, the old one still carries the mark.
 */
export async function waitForHydration(page: Page) {
  // The whole document first: while it is still being parsed, "no script yet" would pass for "no script at all".
  await page.waitForLoadState("load");
  // A locator, not page.waitForFunction: no eval under the app's CSP, and it keeps retrying across a navigation.
  await expect(page.locator('html[data-hydrated="ja"], html:not(:has(script))')).toHaveCount(1, { timeout: 30_000 });
}

/** `page.goto`, then wait until the page can be used (see waitForHydration). */
export async function gotoHydrated(page: Page, url: string) {
  const response = await page.goto(url);
  await waitForHydration(page);
  return response;
}

/**
 * Clicks a link and waits until the page it opens (`url`) is loaded and hydrated: the app's links are plain anchors,
 * so every one loads a new document that React has to take over again before its forms can be used.
 */
export async function followLink(page: Page, link: Locator, url: string | RegExp) {
  await link.click();
  await page.waitForURL(url);
  await waitForHydration(page);
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  // Before hydration the form is a plain POST to next-auth (no inline refusal, another redirect): wait for React.
  await gotoHydrated(page, "/inloggen");
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
  await gotoHydrated(page, "/griffie");
  await followLink(
    page,
    page.getByRole("link", { name: "Treffen van de GR Sociaal Domein Flevoland" }),
    /\/griffie\/procedures\/[^/?#]+$/,
  );
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
