import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { expectNoAxeViolations, signIn } from "./helpers";

/**
 * Issue 14 "Done when" (playwright.onboarding.config.ts): an EMPTY PostgreSQL database without demo
 * mode; the first beheerder made with `gr-volg beheer maak-beheerder` (its printed link is the only
 * thing read from outside the browser); then only the browser: a new regio with three gemeenten, a
 * new GR (two full participants, one addendum), its procedure, a griffier and a secretariat user
 * invited, accepting and signing in, and the griffier registering a step. axe on every page.
 */
const PORT = Number(process.env.E2E_PORT ?? 3660);
const DB =
  process.env.ONBOARDING_DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_e2e_onboarding_${PORT}`;
const BEHEERDER = "eerste.beheerder@regio-zuid.example";

async function query<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: DB });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const form = (page: Page, name: string) => page.getByRole("form", { name });
const pathOf = (link: string) => new URL(link).pathname;

/** Go somewhere and check the page with axe (every page the test visits). */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await expectNoAxeViolations(page);
}

/** Open a one-time link, set the password (policy shown), land on the sign-in page, sign in. */
async function acceptAndSignIn(page: Page, path: string, email: string, password: string) {
  await page.context().clearCookies();
  await visit(page, path);
  await expect(page.getByText(/minstens 12 tekens/)).toBeVisible();
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
  await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(password);
  await page.getByRole("button", { name: "Wachtwoord instellen" }).click();
  await expect(page).toHaveURL(/\/inloggen\?status=wachtwoord-ingesteld/);
  await expectNoAxeViolations(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/werkruimte/);
  await expectNoAxeViolations(page);
}

test("the production database has no demo account and no demo banner; only the CLI's beheerder", async ({ page }) => {
  const demo = await query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "User" WHERE "isDemo" OR "email" LIKE '%@demo.gr-volg.nl'`,
  );
  expect(demo[0].n).toBe(0);
  const users = await query<{ email: string; role: string }>(`SELECT "email", "role"::text AS role FROM "User"`);
  expect(users).toEqual([{ email: BEHEERDER, role: "ADMIN" }]);
  await visit(page, "/");
  await expect(page.getByRole("complementary", { name: "Demo-omgeving" })).toHaveCount(0);
  // A demo password does not open anything.
  await signIn(page, "beheer@demo.gr-volg.nl", "demo-wachtwoord-2026");
  await expect(page).toHaveURL(/\/inloggen/);
  // With a beheerder present the first-run page does not exist.
  const res = await page.goto("/eerste-beheerder");
  expect(res?.status()).toBe(404);
});

test("onboarding a regio from scratch, only through the browser", async ({ page }) => {
  test.setTimeout(600_000);
  // 1. The first beheerder: the one-time link printed by the CLI.
  const printed = readFileSync(".data/e2e-onboarding/maak-beheerder.txt", "utf8");
  const link = printed.match(/https?:\/\/\S+\/uitnodiging\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link, printed).toBeTruthy();
  await acceptAndSignIn(page, pathOf(link ?? ""), BEHEERDER, "een eigen lange wachtzin voor beheer");

  // 2. A new regio.
  await visit(page, "/beheer");
  const regio = form(page, "Nieuwe regio");
  await regio.getByLabel("Naam van de regio").fill("Regio Zuid");
  await regio.getByLabel("Korte naam (slug)").fill("regio-zuid");
  await regio.getByRole("button", { name: "Regio aanmaken" }).click();
  await expect(page.getByTestId("nieuwe-regio-status")).toBeFocused();
  await page.getByTestId("nieuwe-regio-status").getByRole("link", { name: "Openen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Regio Regio Zuid" })).toBeVisible();
  await expectNoAxeViolations(page);

  // 3. Three gemeenten.
  const gemeenten = [
    ["Zuidhaven", "zuidhaven", "29"],
    ["Oosterveen", "oosterveen", "19"],
    ["Westerduin", "westerduin", "23"],
  ];
  for (const [naam, slug, zetels] of gemeenten) {
    const g = form(page, "Gemeente toevoegen");
    await g.getByLabel("Naam van de gemeente").fill(naam);
    await g.getByLabel("Korte naam (slug)").fill(slug);
    await g.getByLabel("Aantal zetels in de gemeenteraad").fill(zetels);
    await g.getByLabel("E-mailadres van de griffie (optioneel)").fill(`griffie@${slug}.example`);
    await g.getByRole("button", { name: "Gemeente toevoegen" }).click();
    await expect(page.getByTestId("nieuwe-gemeente-status")).toBeFocused();
    await expect(page.getByTestId("gemeenten")).toContainText(naam);
  }
  await page.reload();
  await expect(page.getByTestId("gemeenten").getByRole("listitem")).toHaveCount(3);
  await expectNoAxeViolations(page);

  // 4. A new GR: two full participants, one by addendum.
  const regeling = form(page, "Nieuwe regeling");
  await regeling.getByLabel("Naam van de regeling").fill("GR Zuid Samen");
  await regeling.getByLabel("Korte naam (slug)").fill("gr-zuid-samen");
  await regeling.getByLabel("Vorm (Wgr art. 8)").selectOption("OPENBAAR_LICHAAM");
  await regeling.getByLabel("Onderwerpen (optioneel)").fill("Jeugd, Wmo");
  for (const naam of ["Zuidhaven", "Oosterveen"])
    await regeling.getByRole("group", { name: naam, exact: true }).getByLabel("Volledig").check();
  const west = regeling.getByRole("group", { name: "Westerduin", exact: true });
  await west.getByLabel("Addendum", { exact: true }).check();
  await west.getByLabel("Onderwerpen bij addendum (Westerduin)").fill("Jeugd");
  await regeling.getByRole("button", { name: "Regeling aanmaken" }).click();
  await expect(page.getByTestId("nieuwe-regeling-status")).toBeFocused();
  await page.getByTestId("nieuwe-regeling-status").getByRole("link", { name: "Openen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "GR Zuid Samen" })).toBeVisible();
  await expectNoAxeViolations(page);

  // 5. Its procedure.
  const procedure = form(page, "Procedure starten");
  await procedure.getByLabel("Soort procedure").selectOption("GR_TREFFEN");
  await procedure.getByLabel("Titel van de procedure").fill("Treffen GR Zuid Samen");
  await procedure.getByRole("button", { name: "Procedure starten" }).click();
  await expect(page.getByTestId("procedure-starten-status")).toBeFocused();
  await page.reload();
  await expect(page.getByTestId("procedures")).toContainText("Treffen GR Zuid Samen");

  // 6. Invite a griffier (Zuidhaven) and a secretariat user; each gets a one-time link.
  await visit(page, "/beheer/gebruikers");
  const invite = async (email: string, naam: string, rol: string, gemeente: string) => {
    const f = form(page, "Gebruiker uitnodigen");
    await f.getByLabel("E-mailadres").fill(email);
    await f.getByLabel("Naam", { exact: true }).fill(naam);
    await f.getByLabel("Rol").selectOption(rol);
    await f.getByLabel("Gemeente").selectOption({ label: gemeente });
    await f.getByRole("button", { name: "Uitnodigen" }).click();
    await expect(page.getByTestId("gebruiker-uitnodigen-status")).toBeFocused();
    // The focused status message carries role=status itself (components/ui/form/StatusMessage.tsx).
    await expect(page.getByTestId("gebruiker-uitnodigen-status")).toHaveRole("status");
    const text = await page.getByTestId("gebruiker-uitnodigen-link").textContent();
    expect(text).toMatch(/\/uitnodiging\/[A-Za-z0-9_-]{43}$/);
    return pathOf(text ?? "");
  };
  // A griffier without gemeente is refused first: error summary, focused, in Dutch.
  const bad = form(page, "Gebruiker uitnodigen");
  await bad.getByLabel("E-mailadres").fill("griffier@zuidhaven.example");
  await bad.getByLabel("Naam", { exact: true }).fill("Greet Griffier");
  await bad.getByLabel("Rol").selectOption("GRIFFIER");
  await bad.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(page.locator("#gebruiker-uitnodigen-foutmeldingen")).toBeFocused();
  await expect(page.locator("#gebruiker-uitnodigen-foutmeldingen")).toContainText("Kies de gemeente");
  await expectNoAxeViolations(page);
  const griffierLink = await invite("griffier@zuidhaven.example", "Greet Griffier", "GRIFFIER", "Zuidhaven");
  const secretariaatLink = await invite(
    "secretariaat@regio-zuid.example",
    "Sam Secretariaat",
    "SECRETARIAAT",
    "Geen gemeente",
  );
  await expectNoAxeViolations(page);
  await page.reload();
  const rij = page.getByRole("row", { name: /Greet Griffier/ });
  await expect(rij).toContainText("Uitgenodigd");
  await expect(rij).toContainText("Zuidhaven");
  await expectNoAxeViolations(page);

  // 7. The secretariat accepts, signs in and opens the zienswijzeprocedure (regional steps).
  await acceptAndSignIn(page, secretariaatLink, "secretariaat@regio-zuid.example", "secretariaat met een lange zin");
  await visit(page, "/secretariaat");
  await expect(page.getByRole("rowheader", { name: /Treffen GR Zuid Samen/ })).toBeVisible();
  await page.getByRole("link", { name: "Procedure beheren" }).first().click();
  const stand = page.getByTestId("regionale-stand");
  await expect(stand).toBeVisible();
  await expectNoAxeViolations(page);
  // The procedure's document has no text yet: the secretariat publishes the first version.
  const publish = form(page, "Nieuwe versie publiceren");
  await publish.getByLabel("Naam van de versie").fill("Ontwerp GR Zuid Samen");
  await publish
    .getByLabel("Tekst van de nieuwe versie")
    .fill("Artikel 1 – Begripsbepalingen\nIn deze regeling wordt verstaan onder regio: Regio Zuid.\n");
  await publish.getByRole("button", { name: "Nieuwe versie publiceren" }).click();
  await expect(
    page.getByRole("form", { name: "Concept registreren" }).getByLabel("Versie").locator("option"),
  ).toHaveCount(2);
  const dates: Record<string, string> = {
    "Concept registreren": "2026-02-01",
    "Akkoord BOSD registreren": "2026-04-15",
    "Zienswijzeprocedure openen": "2026-05-01",
  };
  for (const [stap, datum] of Object.entries(dates)) {
    const stepForm = page.getByRole("form", { name: stap });
    const before = (await stand.textContent()) ?? "";
    const versie = stepForm.getByLabel("Versie");
    if ((await versie.count()) > 0) await versie.selectOption({ index: 1 });
    await stepForm.getByLabel(/^(Datum|Besluitdatum)/).fill(datum);
    await stepForm.getByRole("button", { name: stap }).click();
    await expect(stand).not.toHaveText(before);
  }
  await expect(stand).toContainText(/zienswijze/i);
  await expectNoAxeViolations(page);

  // 8. The griffier accepts, signs in and registers the receipt of the ontwerp.
  await acceptAndSignIn(page, griffierLink, "griffier@zuidhaven.example", "griffie zuidhaven lange zin");
  await visit(page, "/griffie");
  await expect(page.getByRole("heading", { level: 1, name: "Griffie Zuidhaven" })).toBeVisible();
  await page.getByRole("link", { name: "Treffen GR Zuid Samen" }).first().click();
  await expectNoAxeViolations(page);
  const ontvangst = form(page, "Ontvangst ontwerp");
  await ontvangst.getByLabel("Datum van ontvangst van het ontwerp door de griffie").fill("2026-05-12");
  await ontvangst.getByRole("button", { name: "Ontvangst registreren" }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText("Ontwerp ontvangen door de raad");
  await expectNoAxeViolations(page);

  // The database agrees: the step is in the audit trail, by the griffier; still no demo account.
  const events = await query<{ type: string; email: string }>(
    `SELECT e."type", u."email" FROM "AuditEvent" e JOIN "User" u ON u."id" = e."actorId" WHERE u."email" = 'griffier@zuidhaven.example'`,
  );
  expect(events.map((e) => e.type)).toContain("ontwerp_ontvangen");
  const demo = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "User" WHERE "isDemo"`);
  expect(demo[0].n).toBe(0);
});
