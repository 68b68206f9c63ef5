import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated, followLink } from "./helpers";
import { must } from "../integration/helpers/must";

// The e2e database has the concept-GR's zienswijzeprocedure opened through the CLI (see
// playwright.config.ts), so the trail holds at least those regional events.
test.describe("auditlogboek", () => {
  test("the secretariat filters, pages, checks the hash chain and downloads the CSV", async ({ page }) => {
    await signIn(page, "secretariaat@demo.gr-volg.nl");
    await expect(page).toHaveURL(/\/werkruimte$/);
    await gotoHydrated(page, "/secretariaat");
    await page.getByRole("navigation", { name: "Secretariaat" }).getByRole("link", { name: "Auditlogboek" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Auditlogboek" })).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Zienswijzeprocedure geopend");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Hashketen controleren" }).click();
    await expect(page.getByTestId("keten-status")).toContainText("De hashketen is in orde");
    await expect(page.getByTestId("controlepunt-status")).toContainText(
      /Nog geen ondertekend controlepunt|Laatste ondertekende controlepunt: .* — geldig\./,
    );

    await page.getByLabel("Soort gebeurtenis").selectOption("bosd_akkoord");
    await page.getByLabel("Vanaf datum").fill("2020-01-01");
    await page.getByRole("button", { name: "Filter toepassen" }).click();
    await expect(page).toHaveURL(/soort=bosd_akkoord/);
    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows).not.toHaveCount(0);
    for (const text of await rows.locator("th").allInnerTexts()) expect(text).toMatch(/^Akkoord van het BOSD/);
    await expect(page.getByLabel("Soort gebeurtenis")).toHaveValue("bosd_akkoord");
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download deze gebeurtenissen als CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^auditlogboek-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(must(await download.path(), "download"))).toString("utf8");
    expect(csv.startsWith("\uFEFFNummer;Tijdstip (Nederlandse tijd);Wie;")).toBe(true);
    const lines = csv.trim().split(/\r?\n/).slice(1);
    expect(lines.length).toBe(await rows.count());
    for (const line of lines) expect(line).toContain(";bosd_akkoord;");
  });

  test("bad filters get a Dutch message per field, not an error page", async ({ page }) => {
    await signIn(page, "secretariaat@demo.gr-volg.nl");
    await expect(page).toHaveURL(/\/werkruimte$/);
    const res = await gotoHydrated(page, "/secretariaat/audit?van=gisteren&tot=2026-02-30&wie=niemand");
    expect(res?.status()).toBe(200);
    const summary = page.getByRole("alert").filter({ hasText: "Controleer de filters" });
    await expect(summary).toContainText("De begindatum moet een datum zijn (JJJJ-MM-DD).");
    await expect(summary).toContainText("De einddatum bestaat niet.");
    await expect(summary).toContainText("Vul bij Wie een e-mailadres in");
    await expect(page.getByLabel("Wie (e-mailadres)")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("table")).toHaveCount(0);
    await expectNoAxeViolations(page);
    const csv = await page.request.get("/secretariaat/audit/export?van=gisteren");
    expect(csv.status()).toBe(400);
    expect(await csv.text()).toContain("De begindatum moet een datum zijn");
  });

  test("a griffier sees only the own gemeente and cannot ask for another", async ({ page }) => {
    // A sign-out is audited with the gemeente: so the Almere griffier's view has at least this row.
    await signIn(page, "griffier.almere@demo.gr-volg.nl");
    await expect(page).toHaveURL(/\/werkruimte$/);
    await followLink(page, page.getByRole("link", { name: "Uitloggen" }), /\/uitloggen$/);
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/$/);
    await signIn(page, "griffier.almere@demo.gr-volg.nl");
    await expect(page).toHaveURL(/\/werkruimte$/);
    await gotoHydrated(page, "/secretariaat/audit");
    await expect(page.getByText("U ziet alleen gebeurtenissen van de gemeente Almere.")).toBeVisible();
    await expect(page.getByLabel("Gemeente")).toHaveCount(0);
    const gemeenteCells = page.locator("tbody tr td:nth-child(5)");
    await expect(gemeenteCells).not.toHaveCount(0);
    for (const cell of await gemeenteCells.allInnerTexts()) expect(cell).toBe("Almere");
    await expectNoAxeViolations(page);
    await gotoHydrated(page, "/secretariaat/audit?gemeente=dronten");
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await expect(page.getByText("U kunt dit alleen voor uw eigen gemeente doen.")).toBeVisible();
    expect((await page.request.get("/secretariaat/audit/export?gemeente=dronten")).status()).toBe(403);
  });

  test("a raadslid and a signed-out visitor are refused", async ({ page, request }) => {
    await gotoHydrated(page, "/secretariaat/audit");
    await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fsecretariaat%2Faudit$/);
    expect((await request.get("/secretariaat/audit/export")).status()).toBe(401);

    await signIn(page, "raadslid.urk@demo.gr-volg.nl");
    await expect(page).not.toHaveURL(/\/inloggen/);
    await gotoHydrated(page, "/secretariaat/audit");
    await expect(page.getByRole("heading", { level: 1, name: "Geen toegang" })).toBeVisible();
    await expect(page.getByText("U heeft geen toestemming voor deze handeling.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expectNoAxeViolations(page);
    const csv = await page.request.get("/secretariaat/audit/export");
    expect(csv.status()).toBe(403);
    expect(await csv.text()).not.toContain("Nummer;");
  });
});
