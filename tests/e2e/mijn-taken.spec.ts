import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, signIn, gotoHydrated, waitForHydration } from "./helpers";

// Main e2e server: the concept-GR is in the zienswijzeprocedure (playwright.config.ts). Noordoostpolder's
// griffier is used by no other spec.
test("a griffier sees Mijn taken with a deadline, follows the link to the form, and downloads the raadsvoorstel", async ({
  page,
}) => {
  await signIn(page, "griffier.noordoostpolder@demo.gr-volg.nl");
  await expect(page).toHaveURL(/\/werkruimte$/);
  const taken = page.getByTestId("mijn-taken");
  await expect(taken.getByRole("heading", { level: 2, name: "Mijn taken" })).toBeVisible();
  await expectNoAxeViolations(page);

  // The first step: register the receipt of the ontwerp — the link goes straight to that form.
  await taken.getByRole("link", { name: "Ontvangst van het ontwerp registreren" }).click();
  await expect(page).toHaveURL(/\/griffie\/procedures\/[^/]+#ontvangst$/);
  await waitForHydration(page);
  const ontvangst = page.getByRole("form", { name: "Ontvangst ontwerp" });
  await ontvangst.getByLabel("Datum van ontvangst van het ontwerp door de griffie").fill("2026-05-12");
  await ontvangst.getByRole("button", { name: "Ontvangst registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Ontwerp ontvangen door de raad");

  // Back on the landing page: the next step has the statutory deadline (8 weeks, Wgr art. 1 lid 3).
  await gotoHydrated(page, "/werkruimte");
  const taak = page.getByTestId("taak").filter({ hasText: "Zienswijze agenderen voor de raad" });
  await expect(taak.getByTestId("taak-termijn")).toContainText("7 juli 2026");
  await expectNoAxeViolations(page);
  await taak.getByRole("link", { name: "Zienswijze agenderen voor de raad" }).click();
  await expect(page).toHaveURL(/#agenderen$/);
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 2, name: /Agenderen/i })).toBeVisible();

  // The answers to the own zienswijze, the nota and the forecast; then the draft raadsvoorstel as DOCX.
  await page.getByRole("link", { name: /Antwoorden van de regio/ }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Beantwoording van de zienswijze van Noordoostpolder/ }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Prognose voor uw raad" })).toBeVisible();
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Concept-raadsvoorstel zienswijze (Word)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("raadsvoorstel-zienswijze-noordoostpolder.docx");
  const path = await download.path();
  expect((await readFile(path ?? "")).subarray(0, 2).toString()).toBe("PK");

  // Another gemeente's documents are refused.
  const other = await page.request.get(
    page.url().replace(/\/griffie\/procedures\/([^/]+)\/beantwoording$/, "/griffie/documenten/$1/urk/zienswijze-brief"),
  );
  expect(other.status()).toBe(403);
});
