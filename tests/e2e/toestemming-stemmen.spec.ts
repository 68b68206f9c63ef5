import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, toestemmingGeagendeerd } from "./helpers";
import { toestemmingBase } from "./slot";

// Issue 20 points 5, 6 and 12 through the browser, on the second e2e server (playwright.config.ts),
// whose database is in the toestemmingsprocedure (tests/e2e/setup/toestemmingsfase.ts). Dronten's
// raad and the secretariat's records: no other spec touches them there.
test.use({ baseURL: toestemmingBase() });

const PDF = join(process.cwd(), "tests/e2e/fixtures/raadsbesluit.pdf");

test("a tie is no toestemming (Gemeentewet art. 32); a refusal on another ground is recorded, flagged", async ({
  page,
}) => {
  await toestemmingGeagendeerd(page, "griffier.dronten@demo.gr-volg.nl", {
    ontvangenOp: "2026-09-03",
    raadDatum: "2026-10-15",
  });

  // 10 for, 10 against, all 20 members present: a tie in a voltallige vergadering is "not adopted".
  const form = page.getByRole("form", { name: "Besluit over toestemming registreren" });
  await form.getByLabel("Toestemming verleend").check();
  await form.getByLabel("Datum van de raadsvergadering").fill("2026-10-15");
  await form.getByLabel("Besluitnummer").fill("RB-2026-77");
  await form.getByLabel("Stemmen voor", { exact: true }).fill("10");
  await form.getByLabel("Stemmen tegen", { exact: true }).fill("10");
  await form.getByLabel("Zitting hebbende leden (niet verplicht)").fill("20");
  await form.getByLabel("Aanwezige leden volgens de presentielijst (niet verplicht)").fill("20");
  await form.getByLabel("Ondertekend raadsbesluit (pdf)").setInputFiles(PDF);
  await form.getByRole("button", { name: "Besluit over toestemming registreren" }).click();
  await expect(form.getByRole("alert")).toContainText(
    "De stemmen staakten (10 voor, 10 tegen) in een voltallige vergadering",
  );
  await expect(page.getByTestId("raad-stand")).toHaveText("Toestemming geagendeerd");
  await expectNoAxeViolations(page);

  // The same vote recorded as what it is: a refusal, here on a ground outside Wgr art. 1 lid 4.
  await form.getByLabel("Toestemming geweigerd").check();
  await form
    .getByLabel("Wettelijke grond voor de weigering")
    .selectOption({ label: "Andere grond (geen grond uit de Wgr)" });
  await form.getByLabel("Motivering van de weigering").fill("De raad wil eerst een eigen evaluatie van de jeugdhulp.");
  await form.getByLabel("Ondertekend raadsbesluit (pdf)").setInputFiles(PDF);
  await form.getByRole("button", { name: "Besluit over toestemming registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Toestemming geweigerd");
  await expect(page.getByRole("note").filter({ hasText: "berust niet op een grond uit de Wgr" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the secretariat's raadsledenoverleg shows in its history and, without notes, on the public page", async ({
  page,
}) => {
  await signIn(page, "secretariaat@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/, { timeout: 30_000 });
  await page.goto("/secretariaat");
  await page.getByRole("link", { name: "Procedure beheren" }).first().click();
  const overleg = page.getByRole("form", { name: "Regionaal raadsledenoverleg registreren" });
  await overleg.getByLabel("Datum van het overleg").fill("2026-09-10");
  await overleg.getByLabel("Aantekeningen").fill("Klankbord: vragen over de kosten per inwoner.");
  await overleg.getByRole("button", { name: "Overleg registreren" }).click();
  const history = page.getByTestId("procedure-vastgelegd");
  await expect(history).toContainText("10 september 2026");
  await expect(history).toContainText("Regionaal raadsledenoverleg (klankbord) over de regeling gehouden.");
  await expect(history).toContainText("Aantekeningen: Klankbord: vragen over de kosten per inwoner.");
  await expectNoAxeViolations(page);

  await page.goto("/regelingen/gr-sociaal-domein-flevoland");
  const publicRecords = page.getByTestId("procedure-vastgelegd");
  await expect(publicRecords).toContainText("Regionaal raadsledenoverleg (klankbord) over de regeling gehouden.");
  await expect(publicRecords).not.toContainText("kosten per inwoner");
  await expectNoAxeViolations(page);
});
