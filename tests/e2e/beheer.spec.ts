import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, signIn, gotoHydrated, waitForHydration } from "./helpers";

/** A unique suffix so the spec can run twice against the same database. */
const id = Date.now().toString(36);

const form = (page: Page, name: string) => page.getByRole("form", { name });

test("a beheerder onboards a regio with three gemeenten and a GR with an addendum, starts a treffen procedure; the public page shows it", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "beheer@demo.gr-volg.nl");
  await page.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
  await gotoHydrated(page, "/werkruimte");
  await expect(page.getByRole("link", { name: /Naar gebruikers/ })).toBeVisible();
  await page.getByRole("link", { name: /Naar beheer/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Beheer" })).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  // Regio
  const regio = form(page, "Nieuwe regio");
  await regio.getByRole("button", { name: "Regio aanmaken" }).click();
  await expect(page.locator("#nieuwe-regio-foutmeldingen")).toBeFocused();
  await expect(page.locator("#nieuwe-regio-foutmeldingen")).toContainText("Vul de naam van de regio in.");
  await regio.getByLabel("Naam van de regio").fill(`Regio Noord ${id}`);
  await regio.getByLabel("Korte naam (slug)").fill(`regio-noord-${id}`);
  await regio.getByRole("button", { name: "Regio aanmaken" }).click();
  await expect(page.getByTestId("nieuwe-regio-status")).toBeFocused();
  await expect(page.getByTestId("nieuwe-regio-status")).toContainText("De regio is aangemaakt.");
  await page.getByTestId("nieuwe-regio-status").getByRole("link", { name: "Openen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Regio Regio Noord ${id}` })).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  // One gemeente by the form
  const gemeente = form(page, "Gemeente toevoegen");
  await gemeente.getByLabel("Naam van de gemeente").fill(`Noordstad ${id}`);
  await gemeente.getByLabel("Korte naam (slug)").fill(`noordstad-${id}`);
  await gemeente.getByLabel("Aantal zetels in de gemeenteraad").fill("29");
  await gemeente.getByLabel("E-mailadres van de griffie (optioneel)").fill("griffie@noordstad.example");
  await gemeente.getByRole("button", { name: "Gemeente toevoegen" }).click();
  await expect(page.getByTestId("nieuwe-gemeente-status")).toBeFocused();

  // Two by CSV: a dry run with a bad row first (nothing written), then the fixed file
  const csv = form(page, "Gemeenten inlezen uit CSV");
  await csv
    .getByLabel("Inhoud van de CSV")
    .fill(`naam;slug;zetels;e-mail\nOostdorp ${id};oostdorp-${id};19;\nWestwoud ${id};westwoud-${id};3;geen-adres\n`);
  await csv.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByTestId("csv-status")).toBeFocused();
  await expect(page.getByTestId("csv-fouten")).toContainText("Regel 3: Een gemeenteraad heeft minstens 9 zetels.");
  await expectNoAxeViolations(page);
  await csv
    .getByLabel("Inhoud van de CSV")
    .fill(
      `naam;slug;zetels;e-mail\nOostdorp ${id};oostdorp-${id};19;\nWestwoud ${id};westwoud-${id};23;griffie@westwoud.example\n`,
    );
  await csv.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByTestId("csv-status")).toContainText("2 gemeenten zijn ingelezen.");
  await page.reload();
  await expect(page.getByTestId("gemeenten").getByRole("listitem")).toHaveCount(3);

  // A new GR: two full participants, one by addendum
  const regeling = form(page, "Nieuwe regeling");
  await regeling.getByLabel("Naam van de regeling").fill(`GR Noord ${id}`);
  await regeling.getByLabel("Korte naam (slug)").fill(`gr-noord-${id}`);
  await regeling.getByLabel("Vorm (Wgr art. 8)").selectOption("OPENBAAR_LICHAAM");
  await regeling.getByLabel("Beoogde datum van inwerkingtreding (optioneel)").fill("2028-01-01");
  await regeling.getByLabel("Onderwerpen (optioneel)").fill("Jeugd, Wmo");
  for (const naam of [`Noordstad ${id}`, `Oostdorp ${id}`])
    await regeling.getByRole("group", { name: naam, exact: true }).getByLabel("Volledig").check();
  const west = regeling.getByRole("group", { name: `Westwoud ${id}`, exact: true });
  await west.getByLabel("Addendum", { exact: true }).check();
  await regeling.getByRole("button", { name: "Regeling aanmaken" }).click();
  // An addendum needs its topics: refused, in Dutch, focus on the error summary
  await expect(page.locator("#nieuwe-regeling-foutmeldingen")).toBeFocused();
  await expect(page.locator("#nieuwe-regeling-foutmeldingen")).toContainText("Noem bij een addendum de onderwerpen");
  await west.getByLabel(`Onderwerpen bij addendum (Westwoud ${id})`).fill("Jeugd");
  await regeling.getByRole("button", { name: "Regeling aanmaken" }).click();
  await expect(page.getByTestId("nieuwe-regeling-status")).toBeFocused();
  await page.getByTestId("nieuwe-regeling-status").getByRole("link", { name: "Openen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `GR Noord ${id}` })).toBeVisible();
  await waitForHydration(page);
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);

  // Start the treffen procedure
  const procedure = form(page, "Procedure starten");
  await procedure.getByLabel("Soort procedure").selectOption("GR_TREFFEN");
  await procedure.getByLabel("Titel van de procedure").fill(`Treffen GR Noord ${id}`);
  await procedure.getByRole("button", { name: "Procedure starten" }).click();
  await expect(page.getByTestId("procedure-starten-status")).toBeFocused();
  await page.reload();
  await expect(page.getByTestId("procedures")).toContainText(`Treffen GR Noord ${id}`);

  // The gemeente page too
  await gotoHydrated(page, `/beheer/gemeenten/noordstad-${id}`);
  await expect(page.getByLabel("Aantal zetels in de gemeenteraad")).toHaveValue("29");
  await expectNoAxeViolations(page);

  // Public
  await gotoHydrated(page, `/regelingen/gr-noord-${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`GR Noord ${id}`);
  await expect(page.getByText(`Treffen GR Noord ${id}`).first()).toBeVisible();
  await expect(page.getByText(`Westwoud ${id}`).first()).toBeVisible();
});

test("the beheer pages refuse the secretariat and a griffier", async ({ page }) => {
  for (const email of ["secretariaat@demo.gr-volg.nl", "griffier.urk@demo.gr-volg.nl"]) {
    await signIn(page, email);
    await page.waitForURL((u) => !u.pathname.startsWith("/inloggen"));
    await gotoHydrated(page, "/beheer");
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await page.context().clearCookies();
  }
});
