import { expect, test } from "@playwright/test";
import { gotoHydrated } from "./helpers";

test("pages carry a strict nonce-based CSP and still run their scripts", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  const res = await gotoHydrated(page, "/inloggen");
  const csp = res?.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res?.headers()["x-content-type-options"]).toBe("nosniff");
  // Client-side validation only appears when the page's (nonce-carrying) scripts were allowed to run.
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page.getByText("Controleer het formulier:")).toBeVisible();
  const again = await page.request.get("/inloggen");
  expect(again.headers()["content-security-policy"]).not.toBe(csp);
  expect(violations).toEqual([]);
});

test("session cookies are httpOnly and sameSite", async ({ page, context }) => {
  await gotoHydrated(page, "/inloggen");
  await page.getByLabel("E-mailadres").fill("griffier.urk@demo.gr-volg.nl");
  await page.getByLabel("Wachtwoord").fill("demo-wachtwoord-2026");
  await page.getByRole("button", { name: "Inloggen" }).click();
  await expect(page).toHaveURL(/\/werkruimte$/);
  const session = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});
