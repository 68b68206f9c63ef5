import { expect, test, type Page } from "@playwright/test";
import {
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  signIn,
  gotoHydrated,
  waitForHydration,
  followLink,
} from "./helpers";

// Issue 17 point 2: the begroting cycle of the Flevoland regeling through the browser, each step by the role whose
// job it is — the secretariat (start, kaders, ontwerpbegroting), the five griffies (the raad's zienswijze in numbered
// points by programme or page; Urk's raad gives none), the secretariat again (answers, vaststelling, GS) — with axe
// on every page visited and a status message after every save. The cycle is for 2027, run in 2026 (dates in the past).
// Four griffiers sign in one after the other in one test: more than the default minute on a loaded machine.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const REGELING = "gr-sociaal-domein-flevoland";
// The griffie pages list every regeling's cycles; begroting-openbaar.spec.ts runs cycles of the Centrumregeling 2015.
const GR_NAAM = "Gemeenschappelijke Regeling Sociaal Domein Flevoland";
let cyclePath = "";

async function signedIn(page: Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/werkruimte/, { timeout: 30_000 });
}

/** Fills and submits one of the bestuur's step forms; the status message survives the refresh. */
async function recordStep(page: Page, form: string, label: string, date: string, saved: string) {
  const f = page.getByRole("form", { name: form });
  await f.getByLabel(label, { exact: true }).fill(date);
  await f.getByRole("button", { name: "Vastleggen" }).click();
  const status = page.getByRole("status");
  await expect(status).toHaveText(saved);
  await expect(status).toBeFocused();
}

test("the secretariat starts the 2027 cycle and sends the kaders and the ontwerpbegroting", async ({ page }) => {
  await signedIn(page, "secretariaat@demo.gr-volg.nl");
  await gotoHydrated(page, `/secretariaat/begroting?regeling=${REGELING}`);
  await expect(page.getByText("Voor deze regeling is nog geen begrotingscyclus gestart.")).toBeVisible();
  await expectNoAxeViolations(page);

  const start = page.getByRole("form", { name: "Begrotingscyclus starten" });
  await expect(start.getByLabel("Begrotingsjaar")).toHaveValue("2027");
  await start.getByRole("button", { name: "Cyclus starten" }).click();
  await expect(start.getByRole("status")).toHaveText("De begrotingscyclus is gestart.");
  await page.getByRole("link", { name: "Begroting 2027" }).click();
  await expect(page).toHaveURL(/\/secretariaat\/begroting\/[^/?]+$/);
  await waitForHydration(page);
  cyclePath = new URL(page.url()).pathname;
  await expect(page.getByTestId("begroting-stand")).toContainText("In voorbereiding");
  await expectNoAxeViolations(page);

  await recordStep(
    page,
    "Kaders en voorlopige jaarrekening verzonden",
    "Datum van verzending aan de raden",
    "2026-04-10",
    "De verzending van de kaders is vastgelegd.",
  );
  await expect(page.getByTestId("begroting-stand")).toContainText("10 april 2026");

  // An aanbieding less than twelve weeks after sending is refused in Dutch (Wgr art. 35 lid 1); nothing changes.
  const ontwerp = page.getByRole("form", { name: "Ontwerpbegroting naar de raden" });
  await ontwerp.getByLabel("Datum van verzending aan de raden").fill("2026-05-01");
  await ontwerp.getByLabel("Geplande aanbieding aan het algemeen bestuur (niet verplicht)").fill("2026-07-01");
  await ontwerp.getByRole("button", { name: "Vastleggen" }).click();
  await expect(ontwerp.getByRole("alert").first()).toContainText("twaalf weken");
  await ontwerp.getByLabel("Geplande aanbieding aan het algemeen bestuur (niet verplicht)").fill("2026-07-24");
  await ontwerp.getByRole("button", { name: "Vastleggen" }).click();
  await expect(page.getByRole("status")).toHaveText("De verzending van de ontwerpbegroting is vastgelegd.");
  await expect(page.getByTestId("begroting-stand")).toContainText("Ontwerpbegroting naar de raden");
  const raden = page.getByRole("table", { name: "Zienswijzen van de raden op de begroting 2027" });
  await expect(raden.getByRole("row")).toHaveCount(6);
  await expect(raden.getByRole("cell", { name: "23 juli 2026" })).toHaveCount(5);
  await expectNoAxeViolations(page);
});

const ZIENSWIJZEN = [
  ["almere", "2026-06-11"],
  ["dronten", "2026-06-18"],
  ["lelystad", "2026-06-25"],
  ["noordoostpolder", "2026-07-02"],
] as const;

test("four griffies register their raad's zienswijze in numbered points by programme or page", async ({ page }) => {
  for (const [index, [slug, date]] of ZIENSWIJZEN.entries()) {
    await page.context().clearCookies();
    await signedIn(page, `griffier.${slug}@demo.gr-volg.nl`);
    await gotoHydrated(page, "/griffie");
    await page.getByRole("link", { name: "Begrotingen van de regelingen" }).click();
    await expect(page).toHaveURL(/\/griffie\/begroting$/);
    await waitForHydration(page);
    if (index === 0) await expectNoAxeViolations(page);
    await followLink(
      page,
      page.getByRole("link", { name: `Begroting 2027 — ${GR_NAAM}` }),
      /\/griffie\/begroting\/[^/?]+$/,
    );
    await expect(page.getByTestId("raad-stand")).toHaveText("Ontwerpbegroting ontvangen");
    if (index === 0) await expectNoAxeViolations(page);

    const form = page.getByRole("form", { name: "Besluit van de raad" });
    await form.getByLabel("Datum van het raadsbesluit").fill(date);
    await form.getByLabel("Onderwerp van punt 1").fill("Indexatie lonen");
    await form.getByLabel("Programma of pagina van punt 1").fill("Programma 2 Jeugd");
    await form.getByLabel("Tekst van punt 1").fill("De raad vraagt de indexatie te volgen van de cao.");
    await form.getByRole("button", { name: "Punt toevoegen" }).click();
    await form.getByLabel("Onderwerp van punt 2").fill("Weerstandsvermogen");
    await form.getByLabel("Programma of pagina van punt 2").fill("blz. 14");
    await form.getByLabel("Tekst van punt 2").fill("De raad vraagt het weerstandsvermogen op peil te houden.");
    if (index === 0) await expectNoAxeViolations(page);
    await form.getByRole("button", { name: "Besluit vastleggen" }).click();

    const status = page.getByRole("status");
    await expect(status).toHaveText("Het besluit van de raad is vastgelegd.");
    await expect(status).toBeFocused();
    await expect(page.getByTestId("raad-stand")).toHaveText("Zienswijze ingediend");
    const points = page.getByRole("list", { name: /^Zienswijze van / });
    await expect(points.getByRole("listitem")).toHaveCount(2);
    await expect(points).toContainText("Weerstandsvermogen (blz. 14)");
    if (index === 0) await expectNoAxeViolations(page);
  }
});

test("Urk's griffie registers that its raad gives no zienswijze", async ({ page }) => {
  await signedIn(page, "griffier.urk@demo.gr-volg.nl");
  await gotoHydrated(page, "/griffie/begroting");
  // The box hides the point fields only once React runs: ticked before hydration it never reached the form.
  await followLink(
    page,
    page.getByRole("link", { name: `Begroting 2027 — ${GR_NAAM}` }),
    /\/griffie\/begroting\/[^/?]+$/,
  );
  const form = page.getByRole("form", { name: "Besluit van de raad" });
  await form.getByLabel("De raad geeft geen zienswijze").check();
  await expect(form.getByLabel("Onderwerp van punt 1")).toHaveCount(0);
  await form.getByLabel("Datum van het raadsbesluit").fill("2026-07-02");
  await form.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(page.getByRole("status")).toHaveText("Het besluit van de raad is vastgelegd.");
  await expect(page.getByTestId("raad-stand")).toHaveText("Geen zienswijze");
  await expectNoAxeViolations(page);
});

test("the secretariat answers each zienswijze, adopts the begroting and sends it to GS", async ({ page }) => {
  await signedIn(page, "secretariaat@demo.gr-volg.nl");
  await gotoHydrated(page, cyclePath);
  await expectNoAxeViolations(page);

  // Wgr art. 35: no vaststelling before every zienswijze has its written answer.
  const vaststelling = page.getByRole("form", { name: "Begroting vastgesteld" });
  await vaststelling.getByLabel("Datum van vaststelling door het bestuur").fill("2026-07-24");
  await vaststelling.getByRole("button", { name: "Vastleggen" }).click();
  await expect(vaststelling.getByRole("alert").first()).toContainText("nog niet beantwoord");

  for (const naam of ["Almere", "Dronten", "Lelystad", "Noordoostpolder"]) {
    const form = page.getByRole("form", { name: `Antwoord aan ${naam}` });
    await form.getByLabel(`Datum van het antwoord aan ${naam}`).fill("2026-07-06");
    await form
      .getByLabel(`Antwoord en motivering aan ${naam}`)
      .fill("De indexatie volgt de cao; het weerstandsvermogen blijft op peil.");
    await form.getByRole("button", { name: `Antwoord aan ${naam} vastleggen` }).click();
    const status = page.getByRole("status");
    await expect(status).toHaveText(`Het antwoord aan ${naam} is vastgelegd.`);
    await expect(status).toBeFocused();
    await expect(page.getByRole("form", { name: `Antwoord aan ${naam}` })).toHaveCount(0);
  }
  await expectNoAxeViolations(page);

  await recordStep(
    page,
    "Begroting vastgesteld",
    "Datum van vaststelling door het bestuur",
    "2026-07-24",
    "De vaststelling is vastgelegd.",
  );
  // Issue 16 point 5: a late step is a warning, not a refusal. Sent to GS four weeks after the vaststelling (Wgr art. 34
  // lid 2 asks for two): saved, and the status message says it is late.
  const gs = page.getByRole("form", { name: "Begroting naar Gedeputeerde Staten" });
  await gs.getByLabel("Datum van verzending aan Gedeputeerde Staten", { exact: true }).fill("2026-08-20");
  await gs.getByRole("button", { name: "Vastleggen" }).click();
  const saved = page.getByRole("status").filter({ hasText: "De verzending aan Gedeputeerde Staten is vastgelegd." });
  await expect(saved).toBeFocused();
  await expect(saved).toMatchAriaSnapshot(`
    - status:
      - text: De verzending aan Gedeputeerde Staten is vastgelegd.
      - list:
        - listitem: /Later dan twee weken na vaststelling verzonden aan GS/
  `);
  await expect(page.getByTestId("begroting-stand")).toContainText("Naar Gedeputeerde Staten");
  await expect(page.getByRole("heading", { name: "Volgende stap vastleggen" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("the public regeling page and the API show the cycle with the zienswijzen and the answers", async ({
  page,
  request,
}) => {
  await gotoHydrated(page, `/regelingen/${REGELING}`);
  const begroting = page.getByTestId("begroting");
  await expect(begroting.getByRole("heading", { name: "Begroting 2027" })).toBeVisible();
  await expect(begroting.getByTestId("begroting-stand")).toContainText("Naar Gedeputeerde Staten");
  await expect(begroting.getByRole("list", { name: "Zienswijze van Almere" })).toContainText("Programma 2 Jeugd");
  await expect(begroting).toContainText("Antwoord van het bestuur (6 juli 2026)");
  await expectNoAxeViolations(page);

  const res = await request.get(`/api/v1/regelingen/${REGELING}/begrotingscycli`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as {
    items: {
      jaar: number;
      stand: string;
      stappen: Record<string, string | null>;
      raden: { gemeente: string; stand: string; zienswijze: { punten: unknown[] } | null }[];
    }[];
  };
  expect(body.items.map((c) => [c.jaar, c.stand])).toEqual([[2027, "naar_gs_verzonden"]]);
  expect(body.items[0].stappen).toMatchObject({ kadersVerzondenOp: "2026-04-10", naarGsVerzondenOp: "2026-08-20" });
  const stand = Object.fromEntries(
    body.items[0].raden.map((r) => [r.gemeente, [r.stand, r.zienswijze?.punten.length]]),
  );
  expect(stand).toEqual({
    almere: ["beantwoord", 2],
    dronten: ["beantwoord", 2],
    lelystad: ["beantwoord", 2],
    noordoostpolder: ["beantwoord", 2],
    urk: ["geen_zienswijze", undefined],
  });
});

// Wgr art. 34b, 34 lid 3: the jaarrekening of 2025 is handled in 2026, by the secretariat (the bestuur's steps); the
// griffie sees it on its raad's begroting page. A cycle of its own year, started only for its jaarrekening.
test("the secretariat records the jaarrekening 2025: voorlopig to the raden, vaststelling, GS (late: warned)", async ({
  page,
}) => {
  await signedIn(page, "secretariaat@demo.gr-volg.nl");
  await gotoHydrated(page, `/secretariaat/begroting?regeling=${REGELING}`);
  const start = page.getByRole("form", { name: "Begrotingscyclus starten" });
  await start.getByLabel("Begrotingsjaar").fill("2025");
  await start.getByRole("button", { name: "Cyclus starten" }).click();
  await expect(start.getByRole("status")).toHaveText("De begrotingscyclus is gestart.");
  await page.getByRole("link", { name: "Begroting 2025" }).click();
  await expect(page).toHaveURL(/\/secretariaat\/begroting\/[^/?]+$/);
  await waitForHydration(page);
  await expect(page.getByTestId("jaarrekening-stand")).toContainText("Nog niet verzonden");
  await expect(page.getByRole("heading", { name: "Jaarrekening 2025 vastleggen" })).toBeVisible();
  await expectNoAxeViolations(page);

  // A jaarrekening of 2025 cannot reach the raden in 2025: refused in Dutch, nothing changes.
  const voorlopig = page.getByRole("form", { name: "Voorlopige jaarrekening naar de raden" });
  await voorlopig.getByLabel("Datum van verzending aan de raden").fill("2025-12-31");
  await voorlopig.getByRole("button", { name: "Vastleggen" }).click();
  await expect(voorlopig.getByRole("alert").first()).toContainText("na afloop van 2025");
  await expectNoAxeViolations(page);
  await recordStep(
    page,
    "Voorlopige jaarrekening naar de raden",
    "Datum van verzending aan de raden",
    "2026-04-20",
    "De verzending van de voorlopige jaarrekening is vastgelegd.",
  );
  await recordStep(
    page,
    "Jaarrekening vastgesteld",
    "Datum van vaststelling door het bestuur",
    "2026-07-02",
    "De vaststelling van de jaarrekening is vastgelegd.",
  );
  // Later than two weeks after the vaststelling and not before 15 July: recorded, with both warnings in the message.
  const gs = page.getByRole("form", { name: "Jaarrekening naar Gedeputeerde Staten" });
  await gs.getByLabel("Datum van verzending aan Gedeputeerde Staten").fill("2026-07-20");
  await gs.getByRole("button", { name: "Vastleggen" }).click();
  const status = page.getByRole("status");
  await expect(status).toContainText("De verzending van de jaarrekening aan Gedeputeerde Staten is vastgelegd.");
  await expect(status).toContainText("Jaarrekening niet vóór 15 juli 2026 verzonden aan GS (Wgr art. 34 lid 3).");
  await expect(status).toBeFocused();
  const stand = page.getByTestId("jaarrekening-stand");
  await expect(stand).toContainText("Jaarrekening naar Gedeputeerde Staten");
  await expect(stand).toContainText("20 juli 2026 (uiterlijk 14 juli 2026, Wgr art. 34 lid 3)");
  await expect(page.getByRole("heading", { name: "Jaarrekening 2025 vastleggen" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("Almere's griffie sees the jaarrekening 2025 on its raad's begroting page", async ({ page }) => {
  await signedIn(page, "griffier.almere@demo.gr-volg.nl");
  await gotoHydrated(page, "/griffie/begroting");
  await page.getByRole("link", { name: `Begroting 2025 — ${GR_NAAM}` }).click();
  const stand = page.getByTestId("jaarrekening-stand");
  await expect(stand).toContainText("Jaarrekening naar Gedeputeerde Staten");
  await expect(stand).toContainText("20 april 2026 (uiterlijk 30 april 2026, Wgr art. 34b)");
  // The griffie registers no step of the bestuur.
  await expect(page.getByRole("form", { name: "Jaarrekening vastgesteld" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

// Issue 17 point 3: the secretariat sets the yearly planning of the begroting 2029 (its own year, after the 2027 and
// 2025 cycles above: this file's tests share one server and run in order, and the public page shows the newest
// cycle, so the planning comes last), sees per gemeente whether its raad meets in time, and the griffier of Almere
// sees the same answer for its own raad on its begroting page. Axe and 320 px on both pages.
test("the secretariat sets the planning and sees each raad's deadline and feasibility", async ({ page }) => {
  await signedIn(page, "secretariaat@demo.gr-volg.nl");
  await gotoHydrated(page, `/secretariaat/begroting?regeling=${REGELING}`);
  const start = page.getByRole("form", { name: "Begrotingscyclus starten" });
  await start.getByLabel("Begrotingsjaar").fill("2029");
  await start.getByRole("button", { name: "Cyclus starten" }).click();
  await expect(start.getByRole("status")).toHaveText("De begrotingscyclus is gestart.");
  await page.getByRole("link", { name: "Begroting 2029" }).click();
  await expect(page).toHaveURL(/\/secretariaat\/begroting\/[^/?]+$/);
  await waitForHydration(page);
  await expect(page.getByText("Plan de aanbieding aan het algemeen bestuur")).toBeVisible();

  // An aanbieding less than twelve weeks after sending is saved, with the warning (Wgr art. 35 lid 1).
  const form = page.getByRole("form", { name: "Geplande data van het bestuur" });
  await form.getByLabel("Ontwerpbegroting naar de raden (niet verplicht)").fill("2028-04-20");
  await form.getByLabel("Aanbieding aan het algemeen bestuur (niet verplicht)").fill("2028-07-01");
  await form.getByRole("button", { name: "Jaarplanning opslaan" }).click();
  const status = page.getByRole("status");
  await expect(status).toContainText("De jaarplanning is opgeslagen.");
  await expect(status).toContainText("op of na 2028-07-13");
  await expect(status).toBeFocused();
  await expect(page.getByTestId("planning-waarschuwingen")).toContainText("twaalf weken");
  // The raad keeps its lawful twelve weeks: the last day is the eve of the earliest lawful aanbieding.
  await expect(
    page.getByRole("heading", { name: "Zienswijze op de ontwerpbegroting: uiterlijk 12 juli 2028" }),
  ).toBeVisible();
  const table = page.getByRole("table", { name: "Haalbaarheid per gemeente: zienswijze op de ontwerpbegroting" });
  await expect(table.getByRole("row")).toHaveCount(6);
  // The demo seed has no raad meetings in 2028: no raad can decide before its last day yet.
  await expect(table.getByRole("row", { name: /Almere/ }).getByRole("cell")).toHaveText(
    "Geen raadsvergadering vóór de termijn (12 juli 2028)",
  );
  await expect(form.getByLabel("Aanbieding aan het algemeen bestuur (niet verplicht)")).toHaveValue("2028-07-01");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});

test("the griffier of Almere sees its own raad's feasibility, and a raad meeting in the window makes it haalbaar", async ({
  page,
}) => {
  await signedIn(page, "griffier.almere@demo.gr-volg.nl");
  await gotoHydrated(page, "/griffie/begroting");
  const table = page.getByRole("table", { name: /Termijnen uit de jaarplanning/ });
  const row = table.getByRole("row", { name: /Begroting 2029/ });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toHaveText("12 juli 2028");
  await expect(row.getByRole("cell").nth(2)).toHaveText("Geen raadsvergadering vóór de termijn (12 juli 2028)");

  // The griffier plans a raad meeting between the sending (20 April) and the last day (rule A1).
  await gotoHydrated(page, "/griffie/vergaderingen");
  const add = page.getByRole("form", { name: "Vergadering toevoegen" });
  await add.getByLabel("Soort vergadering").selectOption("RAAD");
  await add.getByLabel("Datum").fill("2028-06-15");
  await add.getByRole("button", { name: "Vergadering toevoegen" }).click();
  await expect(page.getByRole("table")).toContainText("15 juni 2028");
  await gotoHydrated(page, "/griffie/begroting");
  await expect(row.getByRole("cell").nth(2)).toHaveText("Haalbaar: raadsvergadering van 15 juni 2028");
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
});
