import { expect as baseExpect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, gotoHydrated } from "./helpers";
import { OIDC_OP_PORT } from "./slot";

// Sign-in through a real OpenID provider process (oidc-provider, tests/e2e/fixtures/oidc-op.mjs):
// the browser goes to the IdP and back; the IdP's answer (claims, where they are) is set per test.
// Two round trips through the IdP per test; generous on a loaded CI machine.
const expect = baseExpect.configure({ timeout: 30_000 });
const OP = `http://127.0.0.1:${OIDC_OP_PORT}`; // shared by the slots (tests/e2e/slot.ts)

interface OpAccount {
  email?: string;
  email_verified?: boolean;
  emailIn?: "id_token" | "userinfo";
}

async function idpSignsInAs(page: Page, sub: string, account: OpAccount) {
  const accounts = await page.request.put(`${OP}/__test/accounts`, { data: { [sub]: account } });
  expect(accounts.status()).toBe(204);
  expect((await page.request.post(`${OP}/__test/next-login`, { data: { sub } })).status()).toBe(204);
  await gotoHydrated(page, "/inloggen?callbackUrl=/werkruimte");
  await page.getByRole("button", { name: "Via Test-IdP" }).click();
}

async function expectRefusal(page: Page, text: RegExp) {
  await expect(page).toHaveURL(/\/inloggen\?error=Oidc/);
  await expect(page.locator("#inloggen-fout")).toContainText(text);
  await expect(page.locator("#inloggen-fout")).not.toContainText("Probeer het opnieuw");
}

test.describe.configure({ mode: "serial", timeout: 120_000 });

test("shows a button per configured IdP, labelled with its name", async ({ page }) => {
  await gotoHydrated(page, "/inloggen");
  await expect(page.getByRole("button", { name: "Via Test-IdP" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Via Urk-account" })).toBeVisible();
});

test("a verified, provisioned address signs in with the account's role", async ({ page }) => {
  await idpSignsInAs(page, "sub-secretariaat", { email: "secretariaat@demo.gr-volg.nl", email_verified: true });
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/werkruimte$/);
  await expect(page.getByTestId("rol")).toHaveText("Regionaal secretariaat");
});

test("an unverified address is refused in Dutch, and nothing is linked", async ({ page }) => {
  await idpSignsInAs(page, "sub-onbevestigd", { email: "griffier.almere@demo.gr-volg.nl", email_verified: false });
  await expectRefusal(page, /niet bevestigd/);
  await expectNoAxeViolations(page);
});

test("nothing was linked by the refusal: another, verified identity links that account", async ({ page }) => {
  await idpSignsInAs(page, "sub-almere", { email: "griffier.almere@demo.gr-volg.nl", email_verified: true });
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/werkruimte$/);
  await expect(page.getByTestId("gemeente")).toHaveText("Almere");
});

test("an address without an account is refused: ask the beheerder", async ({ page }) => {
  await idpSignsInAs(page, "sub-onbekend", { email: "niemand@elders.example", email_verified: true });
  await expectRefusal(page, /geen account voor dit e-mailadres/);
});

test("the e-mail only in UserInfo (not in the ID token) still signs in", async ({ page }) => {
  await idpSignsInAs(page, "sub-dronten", {
    email: "griffier.dronten@demo.gr-volg.nl",
    email_verified: true,
    emailIn: "userinfo",
  });
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/werkruimte$/);
  await expect(page.getByTestId("gemeente")).toHaveText("Dronten");
});

test("a later sign-in after an e-mail change at the IdP is the same account (matched on sub)", async ({ page }) => {
  await idpSignsInAs(page, "sub-secretariaat", { email: "nieuw-adres@elders.example", email_verified: false });
  await expect(page).toHaveURL(/^http:\/\/[^/]+\/werkruimte$/);
  await expect(page.getByTestId("rol")).toHaveText("Regionaal secretariaat");
});

test("another subject with an already linked address is refused", async ({ page }) => {
  await idpSignsInAs(page, "sub-aanvaller", { email: "secretariaat@demo.gr-volg.nl", email_verified: true });
  await expectRefusal(page, /gekoppeld aan een andere identiteit/);
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session).toEqual({});
});

test("a gemeente with its own IdP: its users are refused through another IdP", async ({ page }) => {
  await idpSignsInAs(page, "sub-urk", { email: "griffier.urk@demo.gr-volg.nl", email_verified: true });
  await expectRefusal(page, /andere identiteitsprovider/);
});
