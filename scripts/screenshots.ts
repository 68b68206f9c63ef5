/**
 * Writes docs/screenshots/*.jpg: the main pages at desktop (1280 px) and phone (375 px) width, from
 * the built app on a fresh demo database (issue 16). Not part of `npm test`. docs/screenshots/README.md
 * lists them.
 *
 *   npm run build && npm run screenshots          (SCREENSHOTS_PORT, default 3680)
 *
 * The database: the demo seed, then the secretariat's CLI opens the zienswijzeprocedure of the concept-GR
 * (as the e2e setup does), so the agendas, the timelines and the matrix have something to show; the begroting
 * shots start the 2027 cycle through the secretariat's own forms (once). The app runs through the same
 * `gr-volg start --demo` the README uses; Playwright drives Debian's Chromium (CHROMIUM_PATH). Each image is a
 * JPEG of at most MAX_BYTES: the quality steps down until it fits, and very long pages are cut at MAX_HEIGHT.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = `${ROOT}docs/screenshots`;
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 3680);
const BASE = `http://127.0.0.1:${PORT}`;
const DATA_DIR = ".data/screenshots";
const MAX_BYTES = 160 * 1024;
const MAX_HEIGHT = 2400;
const PASSWORD = "demo-wachtwoord-2026";

const WIDTHS = { desktop: 1280, telefoon: 375 } as const;

type Shot = {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  as?: string;
  /** Only this part of the page (a data-testid), e.g. the visual timeline further down a long page. */
  part?: string;
};

const REGELING = "gr-sociaal-domein-flevoland";
const SECRETARIAAT = "secretariaat@demo.gr-volg.nl";
const GRIFFIER = "griffier.almere@demo.gr-volg.nl";

/** The secretariat's 2027 begroting cycle: started, kaders and ontwerpbegroting sent (the first time only). */
async function begrotingCycle(page: Page): Promise<string> {
  await page.goto(`${BASE}/secretariaat/begroting?regeling=${REGELING}`);
  const cycle = page.getByRole("link", { name: /^Begroting \d{4}$/ }).first();
  if ((await cycle.count()) === 0) {
    const start = page.getByRole("form", { name: "Begrotingscyclus starten" });
    await start.getByRole("button", { name: "Cyclus starten" }).click();
    await start.getByRole("status").waitFor();
    await cycle.click();
    await page.waitForURL(/\/secretariaat\/begroting\/[^/?]+$/);
    const kaders = page.getByRole("form", { name: "Kaders en voorlopige jaarrekening verzonden" });
    await kaders.getByLabel("Datum van verzending aan de raden", { exact: true }).fill("2026-04-10");
    await kaders.getByRole("button", { name: "Vastleggen" }).click();
    await page.getByRole("status").filter({ hasText: "De verzending van de kaders is vastgelegd." }).waitFor();
    // The next step's form replaces the saved one after the refresh: load it afresh before filling it in.
    await page.reload();
    const ontwerp = page.getByRole("form", { name: "Ontwerpbegroting naar de raden" });
    await ontwerp.getByLabel("Datum van verzending aan de raden", { exact: true }).fill("2026-05-01");
    await ontwerp
      .getByLabel("Geplande aanbieding aan het algemeen bestuur (niet verplicht)", { exact: true })
      .fill("2026-07-24");
    await ontwerp.getByRole("button", { name: "Vastleggen" }).click();
    await page.getByRole("status").filter({ hasText: "ontwerpbegroting is vastgelegd" }).waitFor({ timeout: 120_000 });
    return new URL(page.url()).pathname;
  }
  return (await cycle.getAttribute("href")) ?? "/secretariaat/begroting";
}

/** The main pages; `as` signs in with that demo account first (the secretariat's begroting comes before the griffie's). */
const SHOTS: Shot[] = [
  { name: "home", path: "/" },
  { name: "regelingen", path: "/regelingen" },
  { name: "regeling", path: `/regelingen/${REGELING}` },
  { name: "tijdlijn-visueel", path: `/regelingen/${REGELING}`, part: "tijdlijn-visueel" },
  { name: "gemeente", path: "/gemeenten/urk" },
  { name: "zoeken", path: "/zoeken?q=zienswijze" },
  { name: "secretariaat", path: "/secretariaat", as: SECRETARIAAT },
  {
    name: "procedure",
    as: SECRETARIAAT,
    path: async (page) => {
      await page.goto(`${BASE}/secretariaat`);
      const href = await page.getByRole("link", { name: "Procedure beheren" }).first().getAttribute("href");
      return href ?? "/secretariaat";
    },
  },
  { name: "secretariaat-agenda", path: "/secretariaat/agenda", as: SECRETARIAAT },
  { name: "secretariaat-tijdlijn", path: "/secretariaat/tijdlijn", as: SECRETARIAAT },
  { name: "begroting-secretariaat", path: begrotingCycle, as: SECRETARIAAT },
  { name: "griffie", path: "/griffie", as: GRIFFIER },
  { name: "vergaderkalender", path: "/griffie/vergaderingen", as: GRIFFIER },
  { name: "griffie-agenda", path: "/griffie/agenda", as: GRIFFIER },
  { name: "begroting-griffie", path: "/griffie/begroting", as: GRIFFIER },
];

const env = {
  ...process.env,
  DATABASE_URL: `pglite:./${DATA_DIR}`,
  NEXTAUTH_SECRET: "screenshots-secret-0123456789abcdef0123",
  NEXTAUTH_URL: BASE,
  NEXT_TELEMETRY_DISABLED: "1",
  STORAGE_DIR: `./${DATA_DIR}/bestanden`,
};

async function waitForServer(url: string, timeoutMs = 600_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`De app reageert niet op ${url}.`);
}

async function signIn(page: Page, email: string) {
  await page.context().clearCookies();
  await page.goto(`${BASE}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(PASSWORD);
  await page.getByRole("button", { name: "Inloggen" }).click();
  await page.waitForURL(/\/werkruimte/);
}

/**
 * A JPEG of the top of the page (at most MAX_HEIGHT px) or of one part of it, as small as needed to stay under
 * MAX_BYTES.
 */
async function capture(page: Page, width: number, part?: string): Promise<Buffer> {
  const element = part ? page.getByTestId(part).first() : null;
  const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), MAX_HEIGHT);
  for (let quality = 70; ; quality -= 10) {
    const image = element
      ? await element.screenshot({ type: "jpeg", quality })
      : await page.screenshot({ type: "jpeg", quality, fullPage: true, clip: { x: 0, y: 0, width, height } });
    if (image.length <= MAX_BYTES || quality <= 20) return image;
  }
}

async function main() {
  rmSync(`${ROOT}${DATA_DIR}`, { recursive: true, force: true });
  const cli = (...args: string[]) =>
    execFileSync("node", ["bin/gr-volg.mjs", ...args], { cwd: ROOT, env, stdio: "inherit" });
  cli("db", "migrate");
  cli("db", "seed");
  // The concept-GR in its zienswijzeprocedure, by the secretariat's CLI (the same steps as playwright.config.ts).
  for (const [stap, datum] of [
    ["concept_opgesteld", "2026-02-01"],
    ["bosd_akkoord", "2026-04-15"],
    ["zienswijzeprocedure_geopend", "2026-05-01"],
  ])
    cli("procedure", "stap", "--regeling", REGELING, "--document", "concept-gr", "--stap", stap, "--datum", datum);
  const server = spawn("node", ["bin/gr-volg.mjs", "start", "--demo", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    await waitForServer(`${BASE}/`);
    mkdirSync(OUT, { recursive: true });
    for (const [label, width] of Object.entries(WIDTHS)) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "nl-NL" });
      const page = await context.newPage();
      // A loaded machine: a save can take more than the default half minute.
      page.setDefaultTimeout(120_000);
      let signedInAs: string | undefined;
      for (const shot of SHOTS) {
        if (shot.as && shot.as !== signedInAs) {
          await signIn(page, shot.as);
          signedInAs = shot.as;
        }
        const path = typeof shot.path === "string" ? shot.path : await shot.path(page);
        await page.goto(`${BASE}${path}`, { waitUntil: "networkidle" });
        const file = `${OUT}/${shot.name}-${label}.jpg`;
        const image = await capture(page, width, shot.part);
        writeFileSync(file, image);
        console.log(`${file.slice(ROOT.length)}  ${Math.round(image.length / 1024)} kB`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
