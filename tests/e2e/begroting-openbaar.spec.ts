import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoSidewaysScroll, signIn, gotoHydrated, waitForHydration } from "./helpers";

// Issue 17 point 5: the public view of a regeling's begroting cycles over three years, and the gemeente page's
// section across its regelingen. Runs on the Centrumregeling (2015), not on the new GR: tests/e2e/begroting.spec.ts
// owns the new GR's cycles (2025, 2027, 2029) and checks its API list exactly. The secretariat runs 2026 to GS (in
// 2025), starts 2027 with its kaders and jaarplanning, and starts 2028 without any step (only planned).
test.describe.configure({ mode: "serial", timeout: 180_000 });

const REGELING = "centrumregeling-sociaal-domein-flevoland-2015";

/** One step of the bestuur; waits until the refreshed facts show its date, so the next form is the fresh one. */
async function recordStep(page: Page, form: string, label: string, date: string, saved: string, shown: string) {
  const f = page.getByRole("form", { name: form });
  await f.getByLabel(label, { exact: true }).fill(date);
  await f.getByRole("button", { name: "Vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: saved })).toBeFocused();
  await expect(page.getByTestId("begroting-stand")).toContainText(shown);
}

async function startCycle(page: Page, jaar: number) {
  await gotoHydrated(page, `/secretariaat/begroting?regeling=${REGELING}`);
  const start = page.getByRole("form", { name: "Begrotingscyclus starten" });
  await start.getByLabel("Begrotingsjaar").fill(String(jaar));
  await start.getByRole("button", { name: "Cyclus starten" }).click();
  await expect(start.getByRole("status")).toHaveText("De begrotingscyclus is gestart.");
  await page.getByRole("link", { name: `Begroting ${jaar}` }).click();
  await expect(page).toHaveURL(/\/secretariaat\/begroting\/[^/?]+$/);
  await waitForHydration(page);
}

test("the secretariat runs 2026, starts 2027 with its planning and plans 2028", async ({ page }) => {
  await signIn(page, "secretariaat@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte/, { timeout: 30_000 });

  await startCycle(page, 2026);
  await recordStep(
    page,
    "Kaders en voorlopige jaarrekening verzonden",
    "Datum van verzending aan de raden",
    "2025-04-10",
    "De verzending van de kaders is vastgelegd.",
    "10 april 2025",
  );
  const ontwerp = page.getByRole("form", { name: "Ontwerpbegroting naar de raden" });
  await ontwerp.getByLabel("Datum van verzending aan de raden").fill("2025-04-15");
  await ontwerp.getByLabel("Geplande aanbieding aan het algemeen bestuur (niet verplicht)").fill("2025-07-15");
  await ontwerp.getByRole("button", { name: "Vastleggen" }).click();
  await expect(page.getByRole("status")).toHaveText("De verzending van de ontwerpbegroting is vastgelegd.");
  await expect(page.getByTestId("begroting-stand")).toContainText("15 april 2025");
  await recordStep(
    page,
    "Begroting vastgesteld",
    "Datum van vaststelling door het bestuur",
    "2025-07-15",
    "De vaststelling is vastgelegd.",
    "Begroting vastgesteld",
  );
  await recordStep(
    page,
    "Begroting naar Gedeputeerde Staten",
    "Datum van verzending aan Gedeputeerde Staten",
    "2025-07-22",
    "De verzending aan Gedeputeerde Staten is vastgelegd.",
    "22 juli 2025",
  );

  await startCycle(page, 2027);
  await recordStep(
    page,
    "Kaders en voorlopige jaarrekening verzonden",
    "Datum van verzending aan de raden",
    "2026-04-10",
    "De verzending van de kaders is vastgelegd.",
    "10 april 2026",
  );
  const planning = page.getByRole("form", { name: "Geplande data van het bestuur" });
  await planning.getByLabel("Ontwerpbegroting naar de raden (niet verplicht)").fill("2026-04-15");
  await planning.getByLabel("Aanbieding aan het algemeen bestuur (niet verplicht)").fill("2026-07-14");
  await planning.getByRole("button", { name: "Jaarplanning opslaan" }).click();
  await expect(page.getByRole("status")).toContainText("De jaarplanning is opgeslagen.");

  await startCycle(page, 2028);
  await expect(page.getByTestId("begroting-stand")).toContainText("In voorbereiding");
});

test("the public regeling page shows the current cycle, its jaarplanning and the other years", async ({ page }) => {
  await gotoHydrated(page, `/regelingen/${REGELING}`);
  const begroting = page.getByTestId("begroting");
  // 2028 is only planned: it does not displace 2027, which has started.
  await expect(begroting.getByRole("heading", { level: 2 })).toHaveText("Begroting 2027");
  await expect(begroting.getByTestId("begroting-stand")).toContainText(
    "Kaders en voorlopige jaarrekening naar de raden",
  );

  const jaarplanning = begroting.getByTestId("jaarplanning");
  await expect(jaarplanning.getByRole("heading", { name: "Jaarplanning 2027" })).toBeVisible();
  await expect(jaarplanning.getByTestId("jaarplanning-data")).toContainText("14 juli 2026");
  const lastDays = jaarplanning.getByRole("table", {
    name: /^Zienswijze op de ontwerpbegroting: laatste dag per raad/,
  });
  await expect(lastDays.getByRole("row")).toHaveCount(7);
  await expect(
    lastDays
      .getByRole("row", { name: /Zeewolde/ })
      .getByRole("cell")
      .first(),
  ).toHaveText("13 juli 2026");

  const eerder = begroting.getByTestId("begroting-eerder");
  await expect(eerder.getByRole("row")).toHaveCount(2);
  await expect(eerder.getByRole("row", { name: /2026/ })).toContainText("Naar Gedeputeerde Staten");
  await expect(eerder.getByRole("row", { name: /2026/ })).toContainText("Almere: geen zienswijze ingediend");
  const later = begroting.getByTestId("begroting-later");
  await expect(later.getByRole("row", { name: /2028/ })).toContainText("In voorbereiding");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test("the gemeente page lists its regelingen' begroting with the own raad's stand and last day", async ({ page }) => {
  await gotoHydrated(page, "/gemeenten/almere");
  const section = page.getByTestId("gemeente-begrotingen");
  await expect(
    section.getByRole("heading", { name: "Begrotingen van de gemeenschappelijke regelingen" }),
  ).toBeVisible();
  const row = section.getByRole("row", { name: /Centrumregeling Sociaal Domein Flevoland/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("2027: Kaders en voorlopige jaarrekening naar de raden");
  await expect(row.getByRole("cell").nth(1)).toHaveText("Open: ontwerpbegroting nog niet ontvangen");
  await expect(row.getByRole("cell").nth(2)).toHaveText("13 juli 2026 (volgens de jaarplanning)");
  await row.getByRole("link", { name: "Centrumregeling Sociaal Domein Flevoland" }).click();
  await expect(page).toHaveURL(new RegExp(`/regelingen/${REGELING}$`));
  await waitForHydration(page);
  await page.goBack();
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});
