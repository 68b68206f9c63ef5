import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated } from "./helpers";

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test("the home page leads to every regeling and gemeente; Gemeenten and Zoeken are in the menu", async ({ page }) => {
  await gotoHydrated(page, "/");
  const entry = page.getByTestId("ingangen");
  for (const naam of ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde"])
    await expect(entry.getByTestId("ingangen-gemeenten").getByRole("link", { name: naam })).toBeVisible();
  await expect(
    entry
      .getByTestId("ingangen-regelingen")
      .getByRole("link", { name: "Gemeenschappelijke Regeling Sociaal Domein Flevoland" }),
  ).toBeVisible();
  await expect(entry.getByTestId("ingangen-werkruimtes")).toHaveCount(0);
  const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
  await menu.getByRole("link", { name: "Gemeenten" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gemeenten" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("searching from the header by keyboard: results link to their pages; axe; no sideways scroll at 320 px", async ({
  page,
}) => {
  await gotoHydrated(page, "/");
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Zoeken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zoeken" })).toBeVisible();
  const field = page.getByLabel("Zoekterm");
  await field.focus();
  await page.keyboard.type("Urk");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/zoeken\?q=Urk/);
  await expect(page.getByTestId("zoek-aantal")).toContainText('voor "Urk"');
  const first = page.getByTestId("zoekresultaten").getByRole("link").first();
  await expect(first).toHaveText("Urk");
  await expectNoAxeViolations(page);
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/gemeenten\/urk$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Urk");

  await page.setViewportSize({ width: 320, height: 800 });
  await gotoHydrated(page, "/zoeken?q=sociaal%20domein%20flevoland");
  await expect(page.getByTestId("zoekresultaten")).toBeVisible();
  expect(await noSidewaysScroll(page)).toBe(true);
});

test("bad input gets a Dutch message, never a server error", async ({ page }) => {
  for (const q of ["", "de het een", `'; DROP TABLE "Regeling"; --`, "x".repeat(5000), "%00%01"]) {
    const res = await gotoHydrated(page, `/zoeken?q=${encodeURIComponent(q)}`);
    expect(res?.status()).toBeLessThan(500);
  }
  await gotoHydrated(page, "/zoeken?q=");
  await expect(page.getByRole("alert").filter({ hasText: "Vul een zoekterm in." })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a griffier edits a meeting's time, location and agenda link in the browser", async ({ page }) => {
  await signIn(page, "griffier.urk@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await gotoHydrated(page, "/griffie/vergaderingen");
  const add = page.getByRole("form", { name: "Vergadering toevoegen" });
  await add.getByLabel("Soort vergadering").selectOption("RAAD");
  await add.getByLabel("Datum").fill("2027-02-18");
  await add.getByLabel("Titel (niet verplicht)").fill("Raad februari");
  await add.getByRole("button", { name: "Vergadering toevoegen" }).click();
  await expect(page.getByRole("table")).toContainText("18 februari 2027");

  await page.getByText("Raadsvergadering van 18 februari 2027: wijzigen of annuleren").click();
  const edit = page.getByRole("form", { name: "Raadsvergadering van 18 februari 2027 wijzigen" });
  await edit.getByLabel("Aanvang (niet verplicht)").fill("19:30");
  await edit.getByLabel("Locatie (niet verplicht)").fill("Raadzaal Urk");
  await edit.getByLabel("Link naar het agendapunt (niet verplicht)").fill("https://urk.raadsinformatie.nl/agenda/1");
  await edit.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(edit.getByRole("status")).toContainText("De vergadering is gewijzigd.");
  const row = page.getByRole("row", { name: /18 februari 2027/ });
  await expect(row).toContainText("19:30");
  await expect(row).toContainText("Raadzaal Urk");
  await expect(row.getByRole("link", { name: "Agenda in het raadsinformatiesysteem" })).toHaveAttribute(
    "href",
    "https://urk.raadsinformatie.nl/agenda/1",
  );
  await expectNoAxeViolations(page);

  // An iCalendar import keeps the start time in Dutch local time (issue 16 point 8).
  const imp = page.getByRole("form", { name: "Vergaderingen importeren" });
  await imp.getByLabel("Bestand (.csv of .ics)").setInputFiles({
    name: "raad-urk.ics",
    mimeType: "text/calendar",
    buffer: Buffer.from(
      [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//e2e//NL",
        "BEGIN:VEVENT",
        "UID:e2e-urk-raad-2027-03-25@gr-volg.test",
        "DTSTAMP:20261201T000000Z",
        "DTSTART;TZID=Europe/Amsterdam:20270325T193000",
        "DTEND;TZID=Europe/Amsterdam:20270325T220000",
        "SUMMARY:Gemeenteraad Urk",
        "LOCATION:Raadzaal Urk",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n"),
    ),
  });
  await imp.getByRole("button", { name: "Importeren" }).click();
  await expect(page.getByTestId("importverslag")).toContainText("1 vergadering geïmporteerd");
  const imported = page.getByRole("row", { name: /25 maart 2027/ });
  await expect(imported).toContainText("19:30");

  // Cancelling asks once more, then the meeting stays in the calendar marked as cancelled: nothing is deleted
  // (its details are still open from the edit).
  const cancel = page.getByRole("form", { name: "Raadsvergadering van 18 februari 2027 annuleren" });
  await cancel.getByRole("button", { name: "Vergadering annuleren" }).click();
  await expect(cancel.getByRole("status")).toContainText("Weet u het zeker?");
  await expect(cancel.getByRole("status")).toBeFocused();
  await cancel.getByRole("button", { name: "Ja, annuleer deze vergadering" }).click();
  await expect(page.getByRole("row", { name: /18 februari 2027/ })).toContainText("Raad februari (geannuleerd)");
  await expect(imported).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a signed-in griffier searches from the same header, in the workspace layout", async ({ page }) => {
  // Issue 16 point 7: search for the public and for signed-in users (concept zienswijzen of the own gemeente are
  // added by the permissions table: tests/integration/search/search.test.ts).
  await signIn(page, "griffier.dronten@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/);
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Zoeken" }).click();
  await page.getByLabel("Zoekterm").fill("sociaal domein");
  await page.getByLabel("Zoekterm").press("Enter");
  await expect(page).toHaveURL(/\/zoeken\?q=sociaal/);
  await expect(
    page
      .getByTestId("zoekresultaten")
      .getByRole("link", { name: "Gemeenschappelijke Regeling Sociaal Domein Flevoland", exact: true })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Uitloggen" })).toBeVisible();
  await expectNoAxeViolations(page);
});
