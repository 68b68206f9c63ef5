import { join } from "node:path";
import { type APIRequestContext, expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated, followLink } from "./helpers";

// playwright.config.ts opens the zienswijzeprocedure of the concept-GR (secretariat CLI) before the
// server starts. This spec works for Dronten so the home page's Urk expectations stay valid.
const PDF = join(process.cwd(), "tests/e2e/fixtures/raadsbesluit.pdf");

async function openProcedure(page: Page) {
  await gotoHydrated(page, "/griffie");
  await followLink(
    page,
    page.getByRole("link", { name: "Treffen van de GR Sociaal Domein Flevoland" }),
    /\/griffie\/procedures\/[^/?#]+$/,
  );
  await expect(
    page.getByRole("heading", { level: 1, name: "Treffen van de GR Sociaal Domein Flevoland" }),
  ).toBeVisible();
}

test("signed out, /griffie asks to sign in; another role gets a refusal", async ({ page }) => {
  await gotoHydrated(page, "/griffie");
  await expect(page).toHaveURL(/\/inloggen/);
  await signIn(page, "college.dronten@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/griffie");
  await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
});

/**
 * Dronten's zienswijzen on the regeling in the open API (anonymous), by id. The list also holds its begroting
 * zienswijzen when tests/e2e/begroting.spec.ts ran before on this server: the test compares with what was there.
 */
async function drontenZienswijzen(request: APIRequestContext): Promise<Map<string, string>> {
  const res = await request.get(
    "/api/v1/zienswijzen?regeling=gr-sociaal-domein-flevoland&gemeente=dronten&pageSize=100",
  );
  expect(res.status()).toBe(200);
  const { items } = (await res.json()) as { items: { id: string; status: string }[] };
  return new Map(items.map((z) => [z.id, z.status]));
}

/** The statuses of the zienswijzen that were not in `before`. */
const added = (before: Map<string, string>, now: Map<string, string>) =>
  [...now].filter(([id]) => !before.has(id)).map(([, status]) => status);

test("a griffier registers a complete zienswijze with two points and the signed raadsbesluit (PDF)", async ({
  page,
  request,
}) => {
  const before = await drontenZienswijzen(request);
  await signIn(page, "griffier.dronten@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/griffie");
  await expect(page.getByRole("heading", { level: 1, name: "Griffie Dronten" })).toBeVisible();
  const gr = page.getByTestId("griffie-procedure").filter({ hasText: "Treffen van de GR Sociaal Domein Flevoland" });
  await expect(gr.getByTestId("raad-stand")).toHaveText("Ontwerp nog niet ontvangen");
  await expectNoAxeViolations(page);

  await openProcedure(page);
  const ontvangst = page.getByRole("form", { name: "Ontvangst ontwerp" });
  await ontvangst.getByRole("button", { name: "Ontvangst registreren" }).click();
  await expect(ontvangst.getByRole("alert")).toContainText("Vul de datum van ontvangst door de griffie in.");
  await ontvangst.getByLabel("Datum van ontvangst van het ontwerp door de griffie").fill("2026-05-12");
  await ontvangst.getByRole("button", { name: "Ontvangst registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Ontwerp ontvangen door de raad");
  await expect(page.getByText("uiterlijk 7 juli 2026")).toBeVisible();
  await expectNoAxeViolations(page);

  const concept = page.getByRole("form", { name: "Concept-zienswijze" });
  await concept.getByLabel("Onderwerp van punt 1").fill("Sturing door de raden");
  await concept.getByLabel("Artikel of bijlage van punt 1").selectOption({ label: "GR — Tekst van de regeling" });
  await concept.getByLabel("Tekst van punt 1").fill("De raad wil jaarlijks een kaderbrief kunnen vaststellen.");
  await concept.getByRole("button", { name: "Punt toevoegen" }).click();
  await concept.getByLabel("Onderwerp van punt 2").fill("Plustaken");
  await concept
    .getByLabel("Artikel of bijlage van punt 2")
    .selectOption({ label: "Bijlage — Bijlage wettelijke taken en plustaken" });
  await concept.getByLabel("Tekst van punt 2").fill("Nieuwe plustaken alleen met instemming van de raad.");
  await concept.getByRole("button", { name: "Concept opslaan" }).click();
  await expect(page.getByTestId("zienswijze-status")).toHaveText("Concept (niet openbaar)");
  // A draft never reaches the open API.
  expect(added(before, await drontenZienswijzen(request))).toEqual([]);

  const vaststellen = page.getByRole("form", { name: "Vaststelling registreren" });
  await vaststellen.getByLabel("Datum van de raadsvergadering").fill("2026-06-25");
  await vaststellen.getByLabel("Besluitnummer").fill("RB-2026-042");
  await vaststellen.getByLabel("Stemmen voor", { exact: true }).fill("17");
  await vaststellen.getByLabel("Stemmen tegen", { exact: true }).fill("4");
  await vaststellen.getByLabel("Zitting hebbende leden (niet verplicht)").fill("23");
  await vaststellen.getByLabel("Aanwezige leden volgens de presentielijst (niet verplicht)").fill("21");
  await vaststellen.getByRole("button", { name: "Motie of amendement toevoegen" }).click();
  await vaststellen.getByLabel("Soort").selectOption("AMENDEMENT");
  await vaststellen.getByLabel("Titel").fill("Punt 2 aangescherpt");
  await vaststellen.getByLabel("Indiener").fill("CDA");
  await vaststellen.getByLabel("Uitkomst").selectOption("AANGENOMEN");
  await vaststellen.getByLabel("Ondertekend raadsbesluit (pdf)").setInputFiles(PDF);
  await vaststellen.getByRole("button", { name: "Vaststelling registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Zienswijze vastgesteld");
  await expect(page.getByTestId("zienswijze-status")).toHaveText("Vastgesteld door de raad");
  const besluit = page.getByTestId("besluit");
  await expect(besluit).toContainText("Zienswijze: Vastgesteld — 25 juni 2026");
  await expect(besluit).toContainText("17 voor, 4 tegen");
  await expect(besluit).toContainText('Amendement "Punt 2 aangescherpt" (CDA)');
  await expect(besluit).toContainText("raadsbesluit.pdf");
  expect(added(before, await drontenZienswijzen(request))).toEqual(["VASTGESTELD"]);

  const indienen = page.getByRole("form", { name: "Zienswijze indienen" });
  await indienen.getByLabel("Datum van indienen").fill("2026-06-26");
  await indienen.getByRole("button", { name: "Indienen registreren" }).click();
  await expect(page.getByTestId("zienswijze-status")).toHaveText("Ingediend");
  expect(added(before, await drontenZienswijzen(request))).toEqual(["INGEDIEND"]);
  await expectNoAxeViolations(page);

  await gotoHydrated(page, "/griffie");
  await expect(gr.getByTestId("raad-stand")).toHaveText("Zienswijze vastgesteld");
});

test("the griffier keeps the raad's meeting calendar: by hand and by CSV import, with a Dutch report", async ({
  page,
}) => {
  await signIn(page, "griffier.dronten@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/griffie/vergaderingen");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Vergaderkalender");
  await expectNoAxeViolations(page);
  const add = page.getByRole("form", { name: "Vergadering toevoegen" });
  await add.getByLabel("Soort vergadering").selectOption("RAAD");
  await add.getByLabel("Datum").fill("2026-12-17");
  await add.getByLabel("Titel (niet verplicht)").fill("Raadsvergadering december");
  await add.getByRole("button", { name: "Vergadering toevoegen" }).click();
  await expect(page.getByRole("table")).toContainText("17 december 2026");

  const imp = page.getByRole("form", { name: "Vergaderingen importeren" });
  await imp.getByLabel("Bestand (.csv of .ics)").setInputFiles({
    name: "kalender.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("datum;soort;titel\n2027-01-21;commissie;Commissie Bestuur\n2026-12-17;raad;Dubbel\n"),
  });
  await imp.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByTestId("importverslag")).toContainText("1 vergadering geïmporteerd, 1 overgeslagen.");
  await expect(page.getByTestId("importverslag")).toContainText("regel 3: staat al in de kalender");
  await expect(page.getByRole("table")).toContainText("21 januari 2027");
  await expectNoAxeViolations(page);

  await gotoHydrated(page, "/griffie");
  await expect(page.getByText("17 december 2026 — Raadsvergadering: Raadsvergadering december")).toBeVisible();
});

test("the griffier registers the vaststelling of a beleidskader by the raad", async ({ page }) => {
  await signIn(page, "griffier.dronten@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/griffie");
  await followLink(
    page,
    page.getByRole("link", { name: "Vaststellen integrale regiovisie" }),
    /\/griffie\/beleidskaders\/[^/?#]+$/,
  );
  await expect(page.getByTestId("raad-stand")).toHaveText("Nog niet aangeboden");

  const aangeboden = page.getByRole("form", { name: "Raadsvoorstel aangeboden" });
  await aangeboden.getByLabel("Datum waarop het raadsvoorstel aan de raad is aangeboden").fill("2026-09-01");
  await aangeboden.getByRole("button", { name: "Aanbieding registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Raadsvoorstel aangeboden");
  const agenda = page.getByRole("form", { name: "Raadsvoorstel geagendeerd" });
  await agenda.getByLabel("Datum van de raadsvergadering").fill("2026-10-01");
  await agenda.getByRole("button", { name: "Agendering registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Geagendeerd");
  await expectNoAxeViolations(page);

  const form = page.getByRole("form", { name: "Besluit over het beleidskader registreren" });
  await form.getByLabel("Vastgesteld", { exact: true }).check();
  await form.getByLabel("Datum van de raadsvergadering").fill("2026-10-01");
  await form.getByLabel("Besluitnummer").fill("RB-2026-090");
  await form.getByLabel("Stemmen voor", { exact: true }).fill("20");
  await form.getByLabel("Stemmen tegen", { exact: true }).fill("3");
  await form.getByLabel("Ondertekend raadsbesluit (pdf)").setInputFiles(PDF);
  await form.getByRole("button", { name: "Besluit over het beleidskader registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Vastgesteld");
  await expect(page.getByText("Vastgesteld op 1 oktober 2026 (RB-2026-090; 20 voor, 3 tegen)")).toBeVisible();
});
