import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated } from "./helpers";
import { must } from "../integration/helpers/must";
import { mainDataDir } from "./slot";

/**
 * Issue 14.2: the link `gr-volg beheer maak-beheerder` printed (the e2e web server runs it before
 * `start`, see playwright.config.ts, and keeps its output) sets the new beheerder's password once.
 */
const printed = () => readFileSync(`${mainDataDir()}/uitnodiging.txt`, "utf8");
const linkFromOutput = () => {
  const m = printed().match(/https?:\/\/\S+\/uitnodiging\/[A-Za-z0-9_-]{43}/);
  if (!m) throw new Error(`geen link in de uitvoer van maak-beheerder:\n${printed()}`);
  return new URL(m[0]).pathname;
};

test("the demo servers show the Demo-omgeving banner on every page, also at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/", "/inloggen", "/regelingen"]) {
    await gotoHydrated(page, path);
    const banner = page.getByRole("complementary", { name: "Demo-omgeving" });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("Demo-omgeving");
    const box = await banner.boundingBox();
    expect(must(box, "banner box").width).toBeLessThanOrEqual(320);
  }
});

test("a new beheerder opens the printed link, sets a password and signs in; the link then no longer works", async ({
  page,
}) => {
  const path = linkFromOutput();
  await gotoHydrated(page, path);
  await expect(page.getByRole("heading", { level: 1, name: "Wachtwoord instellen" })).toBeVisible();
  await expect(page.getByTestId("uitnodiging-email")).toHaveText("nieuwe.beheerder@e2e.gr-volg.nl");
  await expect(page.getByText(/minstens 12 tekens/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Against the policy: error summary, inline errors, nothing set.
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("wachtwoord123");
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("iets anders");
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Controleer het formulier" });
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("veel gebruikt");
  await expect(summary).toContainText("niet gelijk");
  await expectNoAxeViolations(page);

  const password = "mijn eigen lange wachtzin";
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(password);
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?status=wachtwoord-ingesteld/);
  await expect(page.getByRole("status").filter({ hasText: "Uw wachtwoord is ingesteld" })).toBeVisible();

  await signIn(page, "nieuwe.beheerder@e2e.gr-volg.nl", password);
  await expect(page.getByTestId("ingelogd-als")).toContainText("Beheerder E2E");

  await gotoHydrated(page, path);
  // Next.js adds its own (empty) role=alert route announcer: pick the page's alert by its text.
  await expect(
    page.getByRole("alert").filter({ hasText: "Deze link is ongeldig, al gebruikt of verlopen" }),
  ).toBeVisible();
  await expect(page.getByLabel("Nieuw wachtwoord", { exact: true })).toHaveCount(0);
});
