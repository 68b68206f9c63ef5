import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, toestemmingGeagendeerd, gotoHydrated, waitForHydration } from "./helpers";
import { toestemmingBase } from "./slot";

/**
 * Issue 15 points 5 and 6 through the browser: the secretariat records "verzonden aan alle raden" and sees the
 * assumed receipts; a griffier registers an aanhouden without a PDF.
 */
test.describe("verzending van het ontwerp (main server: zienswijzeprocedure geopend)", () => {
  test("the secretariat records 'verzonden aan alle raden' and sees the assumed receipts", async ({ page }) => {
    await signIn(page, "secretariaat@demo.gr-volg.nl");
    await expect(page).toHaveURL(/\/werkruimte/);
    await gotoHydrated(page, "/secretariaat");
    await page.getByRole("link", { name: "Procedure beheren" }).first().click();
    await expect(page).toHaveURL(/\/secretariaat\/procedures\/[^/]+$/);
    await waitForHydration(page);

    const form = page.getByRole("form", { name: "Verzending van het ontwerp aan de raden registreren" });
    await expect(form.getByLabel("Raad")).toHaveValue("alle");
    await form.getByLabel("Datum van verzending").fill("2026-05-04");
    await form.getByRole("button", { name: "Verzending registreren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De verzending is geregistreerd." })).toBeVisible();

    const table = page.getByRole("table", { name: "Raden: stand en zienswijzetermijn" });
    // Sent on 4 May 2026 + the default 2 days: assumed receipt 6 May, marked as such.
    await expect(table.getByRole("row", { name: /Almere/ })).toContainText("6 mei 2026 (aangenomen ontvangst)");
    await expect(table.getByText("(aangenomen ontvangst)")).not.toHaveCount(0);
    await expectNoAxeViolations(page);

    // A correction of a step is a new event with its reason, shown in the history.
    const correct = page.getByRole("form", { name: "Een regionale stap corrigeren" });
    await correct.getByLabel("Stap").selectOption("ontwerp_verzonden");
    await correct.getByLabel("Raad").selectOption({ label: "Almere" });
    await correct.getByLabel("Juiste datum").fill("2026-05-05");
    await correct.getByLabel("Reden van de correctie").fill("Het college van Almere verzond een dag later.");
    await correct.getByRole("button", { name: "Correctie registreren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "De correctie is geregistreerd" })).toBeVisible();
    await expect(table.getByRole("row", { name: /Almere/ })).toContainText("7 mei 2026 (aangenomen ontvangst)");
    await expect(page.getByText("Reden: Het college van Almere verzond een dag later.").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("aanhouden zonder pdf (second server: toestemmingsprocedure geopend)", () => {
  test.use({ baseURL: toestemmingBase() });

  test("a griffier registers aanhouden without a PDF", async ({ page }) => {
    // Noordoostpolder's raad: no other spec touches it on this server.
    await toestemmingGeagendeerd(page, "griffier.noordoostpolder@demo.gr-volg.nl", {
      ontvangenOp: "2026-09-02",
      raadDatum: "2026-10-08",
    });

    const form = page.getByRole("form", { name: "Besluit over toestemming registreren" });
    await form.getByLabel("Besluit aangehouden").check();
    await expect(form.getByText("Niet verplicht voor dit besluit.")).toBeVisible();
    await form.getByLabel("Verwachte nieuwe besluitdatum").fill("2026-11-12");
    await form.getByLabel("Datum van de raadsvergadering").fill("2026-10-08");
    await form.getByLabel("Besluitnummer").fill("RB-2026-140");
    await form.getByLabel("Stemmen voor", { exact: true }).fill("20");
    await form.getByLabel("Stemmen tegen", { exact: true }).fill("7");
    await form.getByRole("button", { name: "Besluit over toestemming registreren" }).click();
    await expect(page.getByTestId("raad-stand")).toHaveText(/aangehouden/i);
    await expect(page.getByTestId("besluit")).toContainText("Aangehouden");
    await expectNoAxeViolations(page);
  });
});
