import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated, waitForHydration } from "./helpers";
import { toestemmingBase } from "./slot";

// Runs against the second e2e server (playwright.config.ts): the concept-GR is in the toestemmingsprocedure and
// Urk's raad gave toestemming for the definitive version (tests/e2e/setup/toestemmingsfase.ts).
test.use({ baseURL: toestemmingBase() });
test.describe.configure({ mode: "serial" });

/** Signs in and opens the college workspace (where the account lands first: the werkruimte). */
async function openCollege(page: import("@playwright/test").Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/college");
}

const procedureCard = (page: import("@playwright/test").Page) =>
  page.getByTestId("college-procedure").filter({ hasText: "GR Sociaal Domein Flevoland" });

test("the college of Urk records its collegebesluit and ondertekening after its raad's toestemming", async ({
  page,
}) => {
  await signIn(page, "college.urk@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "College" }).click();
  await expect(page).toHaveURL(/\/college$/);
  await waitForHydration(page);
  const card = procedureCard(page);
  await expect(card.getByTestId("college-voorwaarden")).toContainText("Voldaan: de raad van Urk heeft op 15 oktober");
  await expect(card.getByRole("link", { name: /Versie 2/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // A date before the raad's toestemming is refused, in Dutch, and nothing changes.
  await card.getByLabel("Besluitdatum").fill("2026-10-01");
  await card.getByRole("button", { name: "Collegebesluit registreren" }).click();
  await expect(card.getByRole("alert").first()).toContainText(/toestemming/);
  await expect(card.getByTestId("college-stand")).toHaveText(
    "Toestemming van de raad verleend; collegebesluit nog niet genomen",
  );
  await expectNoAxeViolations(page);

  await card.getByLabel("Besluitdatum").fill("2026-10-20");
  await card.getByLabel("Besluitnummer (niet verplicht)").fill("B&W-2026-41");
  await card.getByRole("button", { name: "Collegebesluit registreren" }).click();
  await expect(card.getByTestId("college-stand")).toHaveText("Collegebesluit genomen");

  await card.getByLabel("Datum van ondertekening").fill("2026-10-27");
  await card.getByRole("button", { name: "Ondertekening registreren" }).click();
  await expect(card.getByTestId("college-stand")).toHaveText("Regeling ondertekend");
  await expect(page.getByRole("status")).toContainText("De stap is geregistreerd.");
  await expect(card.getByLabel("Publicatiedatum")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the college of Almere sees its own regeling only and cannot decide before its raad", async ({ page }) => {
  await openCollege(page, "college.almere@demo.gr-volg.nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("College Almere");
  const card = procedureCard(page);
  await expect(card.getByTestId("college-voorwaarden")).toContainText("Nog niet voldaan: de raad van Almere");
  await expect(card.getByRole("button", { name: "Collegebesluit registreren", exact: true })).toHaveCount(0);
  await expect(page.getByText("Urk")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a griffier gets no college workspace", async ({ page }) => {
  await openCollege(page, "griffier.urk@demo.gr-volg.nl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Geen toegang");
  await expectNoAxeViolations(page);
});

test("the matrix, the status CSV and the public page show Urk's college track", async ({ page }) => {
  await signIn(page, "secretariaat@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/secretariaat");
  await expect(page.getByTestId("matrix-college").filter({ hasText: "ondertekend 27 oktober 2026" })).toHaveCount(1);
  await expectNoAxeViolations(page);
  const csv = await (await page.request.get("/secretariaat/export/status?regeling=gr-sociaal-domein-flevoland")).text();
  expect(csv.split("\n")[0]).toContain("Risico;Stand college;Collegebesluit;Ondertekend;Eigen bekendmaking");
  expect(csv).toContain("Regeling ondertekend;2026-10-20;2026-10-27;");

  await gotoHydrated(page, "/gemeenten/urk");
  await expect(
    page.getByText("Regeling ondertekend (collegebesluit 20 oktober 2026, ondertekend 27 oktober 2026)"),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});
