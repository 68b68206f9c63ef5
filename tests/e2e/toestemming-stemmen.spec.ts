import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, toestemmingGeagendeerd, gotoHydrated, followLink } from "./helpers";
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
  await gotoHydrated(page, "/secretariaat");
  await followLink(
    page,
    page.getByRole("link", { name: "Procedure beheren" }).first(),
    /\/secretariaat\/procedures\/[^/?#]+$/,
  );
  const overleg = page.getByRole("form", { name: "Regionaal raadsledenoverleg registreren" });
  await overleg.getByLabel("Datum van het overleg").fill("2026-09-10");
  await overleg.getByLabel("Aantekeningen").fill("Klankbord: vragen over de kosten per inwoner.");
  await overleg.getByRole("button", { name: "Overleg registreren" }).click();
  const history = page.getByTestId("procedure-vastgelegd");
  await expect(history).toContainText("10 september 2026");
  await expect(history).toContainText("Regionaal raadsledenoverleg (klankbord) over de regeling gehouden.");
  await expect(history).toContainText("Aantekeningen: Klankbord: vragen over de kosten per inwoner.");
  await expectNoAxeViolations(page);

  await gotoHydrated(page, "/regelingen/gr-sociaal-domein-flevoland");
  const publicRecords = page.getByTestId("procedure-vastgelegd");
  await expect(publicRecords).toContainText("Regionaal raadsledenoverleg (klankbord) over de regeling gehouden.");
  await expect(publicRecords).not.toContainText("kosten per inwoner");
  await expectNoAxeViolations(page);
});

test("after Dronten's refusal no screen says its college waits for toestemming (one status text, issue 16 point 1)", async ({
  page,
}) => {
  // The first test of this file recorded the refusal by Dronten's raad.
  const refused = "De raad heeft toestemming geweigerd; het college mag niet ondertekenen";
  const waits = /wacht op toestemming/i;

  // Public: the home page's table and the gemeente page.
  await gotoHydrated(page, "/");
  const home = page
    .getByRole("table", { name: "Per gemeente: deelname, raad en college" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Dronten" }) });
  await expect(home).toContainText("Toestemming geweigerd");
  await expect(home).toContainText(refused);
  await expect(home).not.toContainText(waits);
  await gotoHydrated(page, "/gemeenten/dronten");
  const uitleg = page.getByTestId("uitleg");
  await expect(uitleg).toContainText(`College: ${refused}.`);
  await expect(uitleg).not.toContainText(waits);
  await expectNoAxeViolations(page);

  // The college of Dronten in its own workspace.
  await signIn(page, "college.dronten@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/, { timeout: 30_000 });
  await gotoHydrated(page, "/college");
  const card = page.getByTestId("college-procedure").filter({ hasText: "GR Sociaal Domein Flevoland" });
  await expect(card.getByTestId("college-stand")).toHaveText(refused);
  await expect(card).not.toContainText(waits);
  await expectNoAxeViolations(page);
  await page.context().clearCookies();

  // The secretariat: the matrix and the procedure page's table of colleges.
  await signIn(page, "secretariaat@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/, { timeout: 30_000 });
  await gotoHydrated(page, "/secretariaat");
  const cell = page.getByTestId("matrix-college").filter({ hasText: refused });
  await expect(cell).toHaveCount(1);
  await page.getByRole("link", { name: "Procedure beheren" }).first().click();
  const colleges = page
    .getByRole("table", { name: "Stand van de colleges" })
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Dronten" }) });
  await expect(colleges).toContainText(refused);
  await expectNoAxeViolations(page);
});
