import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoAxeViolations, signIn } from "./helpers";
import { dropConfirmation } from "./tamper";

/**
 * Issue 15 "Done when" (playwright.journey.config.ts: its own server, a fresh PostgreSQL database in demo mode):
 * a whole GR procedure of the Gemeenschappelijke Regeling Sociaal Domein Flevoland played through the browser only,
 * each step by the account whose job it is, until the planned inwerkingtreding becomes a fact when the clock passes
 * its date.
 *
 * Who takes part: the five full participants (Almere, Dronten, Lelystad, Noordoostpolder, Urk). Zeewolde is attached
 * by the addendum to the Centrumregeling 2015 and has no raad or college track on the new GR (source 000: only the
 * five raden give zienswijze and toestemming; /work/shared/domain.md, issue 20 point 3); the spec checks that.
 *
 * The clock: all legal dates lie before today (the app's real clock); the inwerkingtreding is planned on 1 January
 * 2027. The scheduled job that realizes planned steps is then run once, as an operator would from a system cron,
 * with `gr-volg jobs run-due --taak geplande-stappen --nu <tijdstip>` against the same database. The web server has
 * no clock override. axe runs on every page the test visits.
 */
const PORT = Number(process.env.E2E_PORT ?? 3300);
const DB =
  process.env.JOURNEY_DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:5432/gr_volg_e2e_journey_${PORT}`;
const PDF = join(process.cwd(), "tests/e2e/fixtures/raadsbesluit.pdf");
const GR = "Treffen van de GR Sociaal Domein Flevoland";
const SECRETARIAAT = "secretariaat@demo.gr-volg.nl";
const RADEN = ["Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk"] as const;
type Raad = (typeof RADEN)[number];
const slug = (raad: Raad) => raad.toLowerCase();
const PLANNED_IN_FORCE = "2027-01-01";

test.describe.configure({ mode: "serial" });

/**
 * axe on every page the test visits, once per role, page and state: the same page in the same state for the next
 * raad shows the same markup and would only cost minutes on 2 cores. `state` is the page's own state text.
 */
let role = "";
const axeChecked = new Set<string>();
async function axe(page: Page, state = "") {
  const key = `${role}|${new URL(page.url()).pathname}|${state}`;
  if (axeChecked.has(key)) return;
  axeChecked.add(key);
  await expectNoAxeViolations(page);
}
const textOf = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? "";

/** Sign out (a fresh session) and sign in as `email`; the landing page is checked with axe. */
async function signInAs(page: Page, email: string) {
  role = email.split(/[.@]/)[0];
  await page.context().clearCookies();
  await signIn(page, email);
  await expect(page).toHaveURL(/\/werkruimte$/);
  await axe(page);
}

async function visit(page: Page, path: string, state = "") {
  await page.goto(path);
  await axe(page, state);
}

/** A role=status message with this text (the one after a save). */
const status = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

/** One regional step on the secretariat's procedure page; waits for the new regional state. */
async function regionalStep(
  page: Page,
  step: string,
  fields: { date: string; dateLabel: string; version?: string; confirm?: string },
  expectState: string,
) {
  const form = page.getByRole("form", { name: step, exact: true });
  if (fields.version) await form.getByLabel("Versie", { exact: true }).selectOption({ label: fields.version });
  await form.getByLabel(fields.dateLabel, { exact: true }).fill(fields.date);
  if (fields.confirm) await form.getByLabel(fields.confirm, { exact: true }).check();
  await form.getByRole("button", { name: step, exact: true }).click();
  await expect(page.getByTestId("stap-opgeslagen")).toContainText(`Geregistreerd: ${step.toLowerCase()}.`);
  await expect(page.getByTestId("regionale-stand")).toHaveText(expectState);
}

/**
 * The secretariat publishes a new version of the GR text (articles by text import) and waits until `nextStep`'s
 * form offers it; returns its label as the step forms show it ("Versie N: naam").
 */
async function publishVersion(page: Page, v: { number: number; label: string; definitief: boolean; taken: string }) {
  const publish = page.getByRole("form", { name: "Nieuwe versie publiceren", exact: true });
  await publish.getByLabel("Naam van de versie", { exact: true }).fill(v.label);
  await publish.getByLabel(v.definitief ? "Definitief" : "Concept", { exact: true }).check();
  if (v.definitief) {
    // R16: the secretariat ticks off what the definitive text contains.
    const checklist = publish.getByRole("group", { name: "Inhoud van de definitieve tekst" });
    await expect(checklist).toBeVisible();
    for (const box of await checklist.getByRole("checkbox").all()) await box.check();
  }
  await publish
    .getByLabel("Tekst van de nieuwe versie", { exact: true })
    .fill(
      "Artikel 1 – Begripsbepalingen\nIn deze regeling wordt verstaan onder regio: de gemeenten Almere, Dronten, Lelystad, Noordoostpolder en Urk.\n\n" +
        `Artikel 2 – Taken\n${v.taken}\n`,
    );
  await publish.getByRole("button", { name: "Nieuwe versie publiceren", exact: true }).click();
  await expect(publish.getByRole("link", { name: /Bekijk de verschillen met versie/ })).toBeVisible();
  return `Versie ${v.number}: ${v.label}`;
}

/** Regional steps on one version, in order: [step, date label, date, the regional state after it]. */
async function regionalSteps(page: Page, version: string, steps: [string, string, string, string][]) {
  await expect(
    page.getByRole("form", { name: steps[0][0], exact: true }).getByRole("option", { name: version }),
  ).toBeAttached();
  for (const [step, dateLabel, date, state] of steps)
    await regionalStep(page, step, { version, dateLabel, date }, state);
}

async function openGriffieProcedure(page: Page, raad: Raad) {
  await signInAs(page, `griffier.${slug(raad)}@demo.gr-volg.nl`);
  await visit(page, "/griffie");
  await expect(page.getByRole("heading", { level: 1, name: `Griffie ${raad}` })).toBeVisible();
  await page.getByRole("link", { name: GR, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: GR })).toBeVisible();
  await axe(page, await textOf(page, "raad-stand"));
}

/** A griffie date form (receipt, agenda): fill, submit, wait for the new state of the raad. */
async function dateStep(page: Page, form: string, dates: Record<string, string>, submit: string, state: string) {
  const f = page.getByRole("form", { name: form, exact: true });
  for (const [label, date] of Object.entries(dates)) await f.getByLabel(label, { exact: true }).fill(date);
  await f.getByRole("button", { name: submit, exact: true }).click();
  await expect(page.getByTestId("raad-stand")).toHaveText(state);
}

/** The raadsbesluit fields every besluit form shares. */
async function besluit(
  form: Locator,
  b: { datum: string; nummer: string; voor: string; tegen: string; pdf?: boolean },
) {
  await form.getByLabel("Datum van de raadsvergadering", { exact: true }).fill(b.datum);
  await form.getByLabel("Besluitnummer", { exact: true }).fill(b.nummer);
  await form.getByLabel("Stemmen voor", { exact: true }).fill(b.voor);
  await form.getByLabel("Stemmen tegen", { exact: true }).fill(b.tegen);
  if (b.pdf) await form.getByLabel("Ondertekend raadsbesluit (pdf)", { exact: true }).setInputFiles(PDF);
}

/** The VEVENTs of the regeling's public iCalendar feed that record its inwerkingtreding (lines unfolded). */
async function inForceEvents(page: Page): Promise<string[]> {
  const ics = await page.request.get("/ics/regelingen/gr-sociaal-domein-flevoland.ics");
  expect(ics.status()).toBe(200);
  const body = (await ics.text()).replace(/\r\n[ \t]/g, "");
  return body.split("BEGIN:VEVENT").filter((e) => e.includes("UID:inwerkingtreding-"));
}

/**
 * The date line of a milestone of the sources on the public regeling page ("mei 2026 · Gepland"), and the page checked
 * with axe in that state (issue 16 point 2: a planned milestone gives way to the registered fact).
 */
async function publicMilestone(page: Page, label: string, state: string) {
  await visit(page, "/regelingen/gr-sociaal-domein-flevoland", state);
  return page
    .getByRole("region", { name: "Tijdlijn volgens de brondocumenten" })
    .getByRole("listitem")
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator(".grv-timeline__date");
}
const ZIENSWIJZE_MILESTONE = "Concept-GR met bijlage taken voor zienswijze naar de raden";
const TOESTEMMING_MILESTONE = "Definitieve GR naar de raden voor toestemming";

const toestemmingForm = (page: Page) =>
  page.getByRole("form", { name: "Besluit over toestemming registreren", exact: true });

test("a whole GR procedure, each step by its own account, until the planned inwerkingtreding is a fact", async ({
  page,
}) => {
  let procedurePath = "";

  await test.step("secretariaat: concept with articles, BOSD-akkoord, opening, sending to all raden", async () => {
    await signInAs(page, SECRETARIAAT);
    await visit(page, "/secretariaat");
    await page.getByRole("link", { name: "Procedure beheren", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: GR })).toBeVisible();
    procedurePath = new URL(page.url()).pathname;
    await expect(page.getByTestId("regionale-stand")).toHaveText("Nieuw");
    // The seeded planning, before the step it plans is registered.
    await expect(await publicMilestone(page, ZIENSWIJZE_MILESTONE, "mijlpaal gepland")).toHaveText(
      "mei 2026 · Gepland",
    );
    await page.goto(procedurePath);
    // Zeewolde (addendum on the Centrumregeling) is no party to this procedure: five raden, five colleges.
    const raden = page.getByRole("table", { name: "Raden: stand en zienswijzetermijn" });
    await expect(raden.locator("tbody tr")).toHaveCount(5);
    await expect(raden.getByRole("rowheader", { name: "Zeewolde" })).toHaveCount(0);
    await axe(page, await textOf(page, "regionale-stand"));

    // The concept with its articles (the seeded version has no article text yet): the page says to load them first
    // (issue 16 point 6), and stops saying so once they are there.
    await expect(page.getByTestId("artikelen-eerst")).toContainText("Laad eerst de artikelen van de regeling");
    const concept = await publishVersion(page, {
      number: 2,
      label: "Concept-GR met artikelen",
      definitief: false,
      taken: "De bedrijfsvoeringsorganisatie koopt jeugdhulp en Wmo-voorzieningen in.",
    });
    await expect(page.getByTestId("artikelen-eerst")).toHaveCount(0);
    await regionalSteps(page, concept, [
      ["Concept registreren", "Datum van het concept", "2026-02-01", "Concept opgesteld"],
      ["Akkoord BOSD registreren", "Besluitdatum BOSD", "2026-04-15", "Akkoord BOSD"],
      ["Zienswijzeprocedure openen", "Datum van opening", "2026-05-01", "Zienswijzeprocedure geopend"],
    ]);
    // The planned milestone is now the registered fact, with its legal date, on the public regeling page and home.
    const zienswijzeMilestone = await publicMilestone(page, ZIENSWIJZE_MILESTONE, "mijlpaal gebeurd");
    await expect(zienswijzeMilestone).toHaveText("1 mei 2026 · Gebeurd (gepland: mei 2026)");
    await visit(page, "/", "mijlpaal gebeurd");
    const home = page
      .getByRole("table", { name: "Feiten, planning en wettelijke data met hun bron" })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: ZIENSWIJZE_MILESTONE }) });
    await expect(home.getByRole("cell")).toHaveText(["1 mei 2026", "Gebeurd (gepland: mei 2026)", /.+/]);
    await page.goto(procedurePath);

    // The colleges sent the ontwerp to all raden on 4 May: each receipt is assumed (+2 days) until confirmed.
    const send = page.getByRole("form", { name: "Verzending van het ontwerp aan de raden registreren", exact: true });
    await expect(send.getByLabel("Raad", { exact: true })).toHaveValue("alle");
    await send.getByLabel("Datum van verzending", { exact: true }).fill("2026-05-04");
    await send.getByRole("button", { name: "Verzending registreren", exact: true }).click();
    await expect(status(page, "De verzending is geregistreerd.")).toBeVisible();
    for (const raad of RADEN)
      await expect(raden.getByRole("row", { name: new RegExp(`^${raad}`) })).toContainText(
        "6 mei 2026 (aangenomen ontvangst)",
      );
    await axe(page, "verzonden");
  });

  await test.step("griffiers: receipt, agenda, zienswijze with numbered points or geen zienswijze", async () => {
    const zienswijzen: Partial<Record<Raad, { onderwerp: string; tekst: string }[]>> = {
      Almere: [
        { onderwerp: "Sturing door de raden", tekst: "De raad wil jaarlijks een kaderbrief kunnen vaststellen." },
        { onderwerp: "Taken", tekst: "Nieuwe taken alleen met instemming van de raden." },
      ],
      Dronten: [{ onderwerp: "Begripsbepalingen", tekst: "Noem ook Zeewolde als gemeente met een addendum." }],
    };
    for (const raad of RADEN) {
      await openGriffieProcedure(page, raad);
      await expect(page.getByTestId("ontvangst")).toContainText("aangenomen ontvangst");
      await dateStep(
        page,
        "Ontvangst ontwerp",
        { "Datum van ontvangst van het ontwerp door de griffie": "2026-05-07" },
        "Ontvangst registreren",
        "Ontwerp ontvangen door de raad",
      );
      await expect(page.getByTestId("ontvangst")).toHaveText(/^7 mei 2026 \(Concept-GR met artikelen\)$/);
      await dateStep(
        page,
        "Agendering",
        { "Datum raadsvergadering": "2026-06-25" },
        "Agendering registreren",
        "Zienswijze geagendeerd",
      );
      await axe(page, await textOf(page, "raad-stand"));
      const points = zienswijzen[raad];
      if (points) {
        const concept = page.getByRole("form", { name: "Concept-zienswijze", exact: true });
        for (const [i, p] of points.entries()) {
          const n = i + 1;
          if (n > 1) await concept.getByRole("button", { name: "Punt toevoegen", exact: true }).click();
          await concept.getByLabel(`Onderwerp van punt ${n}`, { exact: true }).fill(p.onderwerp);
          await concept
            .getByLabel(`Artikel of bijlage van punt ${n}`, { exact: true })
            .selectOption({ label: n === 1 ? "1 — Begripsbepalingen" : "2 — Taken" });
          await concept.getByLabel(`Tekst van punt ${n}`, { exact: true }).fill(p.tekst);
        }
        await concept.getByRole("button", { name: "Concept opslaan", exact: true }).click();
        await expect(page.getByTestId("zienswijze-status")).toHaveText("Concept (niet openbaar)");
        const vaststellen = page.getByRole("form", { name: "Vaststelling registreren", exact: true });
        await besluit(vaststellen, { datum: "2026-06-25", nummer: `RB-${raad}-ZW`, voor: "20", tegen: "3", pdf: true });
        await vaststellen.getByRole("button", { name: "Vaststelling registreren", exact: true }).click();
        await expect(page.getByTestId("zienswijze-status")).toHaveText("Vastgesteld door de raad");
        await dateStep(
          page,
          "Zienswijze indienen",
          { "Datum van indienen": "2026-06-26" },
          "Indienen registreren",
          "Zienswijze vastgesteld",
        );
        await expect(page.getByTestId("zienswijze-status")).toHaveText("Ingediend");
      } else {
        const geen = page.getByRole("form", { name: "Besluit 'geen zienswijze' registreren", exact: true });
        await besluit(geen, { datum: "2026-06-25", nummer: `RB-${raad}-GZ`, voor: "18", tegen: "0" });
        await geen.getByRole("button", { name: "Besluit 'geen zienswijze' registreren", exact: true }).click();
        await expect(page.getByTestId("raad-stand")).toHaveText("Geen zienswijze");
      }
      await axe(page, await textOf(page, "raad-stand"));
    }
  });

  await test.step("secretariaat: closing, nota van beantwoording, definitive version, toestemmingsprocedure", async () => {
    await signInAs(page, SECRETARIAAT);
    await visit(page, procedurePath, "zienswijzen binnen");
    // Issue 16 point 5 on the server: the box is ticked in the browser, but the save reaches the server without it
    // (a stale page or a hand-made POST). The runner refuses it in Dutch and nothing changes.
    const close = page.getByRole("form", { name: "Zienswijzeprocedure sluiten", exact: true });
    await close.getByLabel("Datum van sluiting", { exact: true }).fill("2026-07-06");
    await close.getByLabel("Ik begrijp dat de zienswijzeprocedure hiermee wordt gesloten.", { exact: true }).check();
    const tamper = await dropConfirmation(page, procedurePath);
    await close.getByRole("button", { name: "Zienswijzeprocedure sluiten", exact: true }).click();
    await expect(close.getByRole("alert")).toBeFocused();
    await expect(close.getByTestId("serverfout")).toHaveText("Vink aan dat u de gevolgen van deze stap begrijpt.");
    expect(tamper.stripped).toHaveLength(1);
    await tamper.undo();
    await page.reload();
    await expect(page.getByTestId("regionale-stand")).toHaveText("Zienswijzeprocedure geopend");
    await expect(page.getByTestId("stap-opgeslagen")).toHaveCount(0);
    // With the box ticked the step is saved; the status message is announced and has focus.
    await regionalStep(
      page,
      "Zienswijzeprocedure sluiten",
      {
        dateLabel: "Datum van sluiting",
        date: "2026-07-06",
        confirm: "Ik begrijp dat de zienswijzeprocedure hiermee wordt gesloten.",
      },
      "Zienswijzeprocedure gesloten",
    );
    const saved = page.getByTestId("stap-opgeslagen");
    await expect(saved).toBeFocused();
    await expect(saved).toMatchAriaSnapshot(
      // The colon after "Geregistreerd" is matched by "." (a colon and a space would make the YAML template a mapping).
      "- status: /^Geregistreerd. zienswijzeprocedure sluiten\\. Hieronder ziet u de nieuwe stand en de volgende stap\\./",
    );

    // Every point of the zienswijzen gets an answer and a disposition.
    await visit(page, procedurePath.replace("/procedures/", "/nota/"), "open");
    await expect(page.getByTestId("volledigheid")).toHaveText(/^0 van 3 beantwoord/);
    // The nota in one pass (issue 16 point 6): one form, a fieldset per point, one save for all answers.
    const nota = page.getByRole("form", { name: "Nota van beantwoording", exact: true });
    for (const [point, disposition] of [
      ["Almere, punt 1:", "Overgenomen"],
      ["Almere, punt 2:", "Deels overgenomen"],
      ["Dronten, punt 1:", "Niet overgenomen"],
    ]) {
      const group = nota.getByRole("group", { name: new RegExp(`^${point}`) });
      await group.getByLabel("Antwoord", { exact: true }).fill(`Antwoord van de regio op ${point}`);
      await group.getByLabel(disposition, { exact: true }).check();
    }
    await nota.getByRole("button", { name: "Alle antwoorden opslaan", exact: true }).click();
    await expect(nota.getByRole("status")).toContainText("De nota is opgeslagen: 3 antwoorden gewijzigd.");
    await page.reload();
    await expect(page.getByTestId("volledigheid")).toHaveText("3 van 3 beantwoord — alle punten hebben een antwoord.");
    await axe(page, "alle punten beantwoord");

    await visit(page, procedurePath, "nota beantwoord");
    await regionalStep(
      page,
      "Nota van beantwoording vaststellen",
      { dateLabel: "Datum van vaststelling", date: "2026-07-09" },
      "Nota van beantwoording gereed",
    );

    const definitief = await publishVersion(page, {
      number: 3,
      label: "Definitieve GR",
      definitief: true,
      taken:
        "De bedrijfsvoeringsorganisatie koopt jeugdhulp en Wmo-voorzieningen in; nieuwe taken alleen met instemming van de raden.",
    });
    await regionalSteps(page, definitief, [
      ["Definitieve versie vaststellen", "Datum van vaststelling", "2026-08-25", "Definitieve versie vastgesteld"],
      ["Toestemmingsprocedure openen", "Datum van opening", "2026-09-01", "Toestemmingsprocedure geopend"],
    ]);
    await axe(page, await textOf(page, "regionale-stand"));
    await expect(await publicMilestone(page, TOESTEMMING_MILESTONE, "toestemming gebeurd")).toHaveText(
      "1 september 2026 · Gebeurd (gepland: na het zomerreces 2026)",
    );
  });

  await test.step("griffiers: toestemming; Noordoostpolder holds it over, Urk refuses and decides again", async () => {
    for (const raad of RADEN) {
      await openGriffieProcedure(page, raad);
      await dateStep(
        page,
        "Ontvangst toestemmingsvoorstel",
        { "Datum van ontvangst van het toestemmingsvoorstel": "2026-09-02" },
        "Ontvangst registreren",
        "Toestemmingsvoorstel ontvangen",
      );
      await dateStep(
        page,
        "Agendering",
        { "Datum raadsvergadering": "2026-10-08" },
        "Agendering registreren",
        "Toestemming geagendeerd",
      );
      const form = toestemmingForm(page);
      await expect(
        form.getByLabel("Documentversie waarover de raad besloot", { exact: true }).locator("option:checked"),
      ).toHaveText("Definitieve GR");
      if (raad === "Noordoostpolder") {
        await form.getByLabel("Besluit aangehouden", { exact: true }).check();
        await form.getByLabel("Verwachte nieuwe besluitdatum", { exact: true }).fill("2026-11-05");
        await besluit(form, { datum: "2026-10-08", nummer: "RB-NOP-T1", voor: "12", tegen: "11" });
        await form.getByRole("button", { name: "Besluit over toestemming registreren", exact: true }).click();
        await expect(page.getByTestId("raad-stand")).toHaveText("Besluit over toestemming aangehouden");
        await axe(page, await textOf(page, "raad-stand"));
        // Decided on 5 November, on the same version.
        const again = toestemmingForm(page);
        await again.getByLabel("Toestemming verleend", { exact: true }).check();
        await besluit(again, { datum: "2026-11-05", nummer: "RB-NOP-T2", voor: "19", tegen: "4", pdf: true });
        await again.getByRole("button", { name: "Besluit over toestemming registreren", exact: true }).click();
      } else if (raad === "Urk") {
        await form.getByLabel("Toestemming geweigerd", { exact: true }).check();
        await form
          .getByLabel("Wettelijke grond voor de weigering", { exact: true })
          .selectOption({ label: "Strijd met het algemeen belang" });
        await form
          .getByLabel("Motivering van de weigering", { exact: true })
          .fill("De financiële risico's voor Urk zijn onvoldoende begrensd.");
        await besluit(form, { datum: "2026-10-08", nummer: "RB-URK-T1", voor: "6", tegen: "9", pdf: true });
        await form.getByRole("button", { name: "Besluit over toestemming registreren", exact: true }).click();
        await expect(page.getByTestId("raad-stand")).toHaveText("Toestemming geweigerd");
        await axe(page, await textOf(page, "raad-stand"));
        // Wgr art. 1 lid 4: the college asks again, the raad decides again on the same text.
        await dateStep(
          page,
          "Ontvangst toestemmingsvoorstel",
          { "Datum van ontvangst van het toestemmingsvoorstel": "2026-10-20" },
          "Ontvangst registreren",
          "Toestemmingsvoorstel ontvangen",
        );
        await dateStep(
          page,
          "Agendering",
          { "Datum raadsvergadering": "2026-11-12" },
          "Agendering registreren",
          "Toestemming geagendeerd",
        );
        const again = toestemmingForm(page);
        await expect(
          again.getByLabel("Documentversie waarover de raad besloot", { exact: true }).locator("option:checked"),
        ).toHaveText("Definitieve GR");
        await again.getByLabel("Toestemming verleend", { exact: true }).check();
        await besluit(again, { datum: "2026-11-12", nummer: "RB-URK-T2", voor: "10", tegen: "5", pdf: true });
        await again.getByRole("button", { name: "Besluit over toestemming registreren", exact: true }).click();
      } else {
        await form.getByLabel("Toestemming verleend", { exact: true }).check();
        await besluit(form, { datum: "2026-10-08", nummer: `RB-${raad}-T`, voor: "25", tegen: "4", pdf: true });
        await form.getByRole("button", { name: "Besluit over toestemming registreren", exact: true }).click();
      }
      await expect(page.getByTestId("raad-stand")).toHaveText("Toestemming verleend");
      await axe(page, await textOf(page, "raad-stand"));
    }
  });

  await test.step("colleges: collegebesluit and ondertekening in the college workspace", async () => {
    for (const raad of RADEN) {
      await signInAs(page, `college.${slug(raad)}@demo.gr-volg.nl`);
      await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "College" }).click();
      await expect(page.getByRole("heading", { level: 1, name: `College ${raad}` })).toBeVisible();
      const card = page.getByTestId("college-procedure").filter({ hasText: "GR Sociaal Domein Flevoland" });
      await expect(card.getByTestId("college-voorwaarden")).toContainText(`Voldaan: de raad van ${raad}`);
      await axe(page, (await card.getByTestId("college-stand").textContent()) ?? "");
      await card.getByLabel("Besluitdatum", { exact: true }).fill("2026-11-16");
      await card.getByLabel("Besluitnummer (niet verplicht)", { exact: true }).fill(`BW-${raad}-2026`);
      await card.getByRole("button", { name: "Collegebesluit registreren", exact: true }).click();
      await expect(card.getByTestId("college-stand")).toHaveText("Collegebesluit genomen");
      await expect(status(page, "Vastgelegd: collegebesluit.")).toBeVisible();
      await card.getByLabel("Datum van ondertekening", { exact: true }).fill("2026-11-19");
      await card.getByRole("button", { name: "Ondertekening registreren", exact: true }).click();
      await expect(card.getByTestId("college-stand")).toHaveText("Regeling ondertekend");
      await expect(status(page, "Vastgelegd: ondertekening.")).toBeVisible();
      await axe(page, (await card.getByTestId("college-stand").textContent()) ?? "");
    }
  });

  await test.step("secretariaat: bekendmaking with the inwerkingtreding planned on 1 January 2027", async () => {
    await signInAs(page, SECRETARIAAT);
    await visit(page, procedurePath, "ondertekend");
    const form = page.getByRole("form", { name: "Bekendmaking registreren", exact: true });
    await form.getByLabel("Publicatiedatum", { exact: true }).fill("2026-11-26");
    await form
      .getByLabel("Vindplaats, bijvoorbeeld het Gemeenteblad (niet verplicht)", { exact: true })
      .fill("Gemeenteblad Almere 2026, 98765");
    await form
      .getByLabel("Gemeente die de regeling bekendmaakt in haar Gemeenteblad (niet verplicht)", { exact: true })
      .selectOption({ label: "Almere" });
    await form
      .getByLabel("Geplande datum van inwerkingtreding (niet verplicht)", { exact: true })
      .fill(PLANNED_IN_FORCE);
    await form.getByRole("button", { name: "Bekendmaking registreren", exact: true }).click();
    await expect(page.getByTestId("stap-opgeslagen")).toContainText("Geregistreerd: bekendmaking registreren.");
    await expect(page.getByTestId("regionale-stand")).toHaveText("Regeling bekendgemaakt");
    await expect(page.getByTestId("inwerkingtreding-gepland")).toContainText(
      "Inwerkingtreding gepland op 1 januari 2027",
    );
    await axe(page, await textOf(page, "regionale-stand"));

    await visit(page, "/regelingen/gr-sociaal-domein-flevoland", "gepland");
    await expect(page.getByTestId("inwerkingtreding-gepland")).toHaveText("Inwerkingtreding gepland op 1 januari 2027");
    // Planned, not yet a fact: the feed does not list it as in force.
    expect(await inForceEvents(page)).toEqual([]);
  });

  await test.step("the clock passes 1 January 2027: the scheduled job records the inwerkingtreding", async () => {
    // The operator's command (system cron), with the clock of the morning of 1 January 2027.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["bin/gr-volg.mjs", "jobs", "run-due", "--taak", "geplande-stappen", "--nu", "2027-01-01T08:00:00+01:00"],
      { env: { ...process.env, DATABASE_URL: DB } },
    );
    expect(stdout).toContain("geplande-stappen: klaar (1 geregistreerd, 0 geweigerd");

    await visit(page, procedurePath, "in werking");
    await expect(page.getByTestId("regionale-stand")).toHaveText("Regeling in werking");
    await expect(page.getByTestId("inwerkingtreding-gepland")).toHaveCount(0);

    await page.context().clearCookies();
    await visit(page, "/regelingen/gr-sociaal-domein-flevoland", "in werking");
    await expect(page.getByTestId("uitleg")).toContainText("De regeling is in werking.");
    await expect(page.getByTestId("inwerkingtreding-gepland")).toHaveCount(0);
    // The public calendar of the regeling lists it too.
    await expect(
      page.getByText("In werking getreden: Gemeenschappelijke Regeling Sociaal Domein Flevoland"),
    ).toBeVisible();

    const event = (await inForceEvents(page))[0] ?? "";
    expect(event).toContain("DTSTART;VALUE=DATE:20270101");
    expect(event).toContain("SUMMARY:In werking getreden: Gemeenschappelijke Regeling Sociaal Domein Flevoland");
  });

  // R15. The public regeling page keeps its data per regeling data version and reads the register apart
  // (lib/read-models/regeling-page.ts): the entry must be on the page a visitor opens next, production build.
  await test.step("secretariaat: the entry in the central register, on the public page at once", async () => {
    await page.context().clearCookies();
    await visit(page, "/regelingen/gr-sociaal-domein-flevoland", "in werking, nog niet ingeschreven");
    await expect(page.getByTestId("procedure-vastgelegd")).not.toContainText("JOURNEY-R15");
    await signInAs(page, SECRETARIAAT);
    await visit(page, procedurePath, "in werking");
    const form = page.getByRole("form", { name: "Inschrijving in een register registreren", exact: true });
    const date = form.getByLabel("Datum van inschrijving", { exact: true });
    await form.getByLabel("Register", { exact: true }).selectOption({ index: 1 });
    await form.getByLabel("Kenmerk (niet verplicht)", { exact: true }).fill("JOURNEY-R15");
    // The job ran with the clock of 1 January 2027; the server's own clock is today's: that date is still ahead.
    await date.fill("2027-01-04");
    await form.getByRole("button", { name: "Inschrijving registreren", exact: true }).click();
    await expect(form.getByRole("alert")).toContainText("De datum van inschrijving ligt in de toekomst.");
    await expect(date).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Register", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
    await date.fill("2026-11-27");
    await form.getByRole("button", { name: "Inschrijving registreren", exact: true }).click();
    await expect(page.getByRole("table", { name: "Inschrijvingen in registers" })).toContainText("JOURNEY-R15");

    await page.context().clearCookies();
    await visit(page, "/regelingen/gr-sociaal-domein-flevoland", "in werking, ingeschreven");
    await expect(page.getByTestId("procedure-vastgelegd")).toContainText("(kenmerk JOURNEY-R15)");
  });
});
