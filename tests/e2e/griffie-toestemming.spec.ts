import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated, followLink } from "./helpers";
import { toestemmingBase } from "./slot";

// Runs against the second e2e server (playwright.config.ts), whose database was brought to the
// toestemmingsprocedure by tests/e2e/setup/toestemmingsfase.ts before it started.
test.use({ baseURL: toestemmingBase() });

const PDF = join(process.cwd(), "tests/e2e/fixtures/raadsbesluit.pdf");

test("a griffier registers the toestemming of the raad for the definitive version", async ({ page }) => {
  await signIn(page, "griffier.lelystad@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/griffie");
  await followLink(
    page,
    page.getByRole("link", { name: "Treffen van de GR Sociaal Domein Flevoland" }),
    /\/griffie\/procedures\/[^/?#]+$/,
  );
  await expect(page.getByTestId("raad-stand")).toHaveText("Ontwerp ontvangen door de raad");

  const ontvangst = page.getByRole("form", { name: "Ontvangst toestemmingsvoorstel" });
  await ontvangst.getByLabel("Datum van ontvangst van het toestemmingsvoorstel").fill("2026-09-02");
  await ontvangst.getByRole("button", { name: "Ontvangst registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Toestemmingsvoorstel ontvangen");

  const agenda = page.getByRole("form", { name: "Agendering" });
  await agenda.getByLabel("Datum commissievergadering (niet verplicht)").fill("2026-09-24");
  await agenda.getByLabel("Datum raadsvergadering").fill("2026-10-08");
  await agenda.getByRole("button", { name: "Agendering registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Toestemming geagendeerd");
  await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Besluit over toestemming registreren" });
  await expect(form.getByLabel("Documentversie waarover de raad besloot")).toHaveValue(/.+/);
  await expect(form.getByLabel("Documentversie waarover de raad besloot").locator("option:checked")).toHaveText(
    "Definitieve GR (versie 2)",
  );
  // Refusal needs a legal ground and a motivation (R7): the form says so before anything is sent.
  await form.getByLabel("Toestemming geweigerd").check();
  await form.getByRole("button", { name: "Besluit over toestemming registreren" }).click();
  await expect(form.getByRole("alert")).toContainText("Kies de wettelijke grond voor de weigering (Wgr art. 1 lid 4).");
  await expectNoAxeViolations(page);

  await form.getByLabel("Toestemming verleend").check();
  await form.getByLabel("Datum van de raadsvergadering").fill("2026-10-08");
  await form.getByLabel("Besluitnummer").fill("RB-2026-118");
  await form.getByLabel("Stemmen voor", { exact: true }).fill("30");
  await form.getByLabel("Stemmen tegen", { exact: true }).fill("9");
  await form.getByRole("button", { name: "Motie of amendement toevoegen" }).click();
  await form.getByLabel("Titel").fill("Evaluatie na twee jaar");
  await form.getByLabel("Indiener").fill("D66");
  await form.getByLabel("Ondertekend raadsbesluit (pdf)").setInputFiles(PDF);
  await form.getByRole("button", { name: "Besluit over toestemming registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Toestemming verleend");
  const besluit = page.getByTestId("besluit");
  await expect(besluit).toContainText("Toestemming: Verleend — 8 oktober 2026");
  await expect(besluit).toContainText("30 voor, 9 tegen");
  await expect(besluit).toContainText('Motie "Evaluatie na twee jaar" (D66)');
  await expectNoAxeViolations(page);
});
