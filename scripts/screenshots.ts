/**
 * Writes docs/screenshots/*.jpg: the main pages at desktop (1280 px) and phone (375 px) width, from
 * the built app on a fresh demo database (issue 16). Not part of `npm test`.
 *
 *   npm run build && npm run screenshots          (SCREENSHOTS_PORT, default 3680)
 *
 * The app runs through the same `gr-volg start --demo` the README uses; Playwright drives Debian's
 * Chromium (CHROMIUM_PATH). Each image is a JPEG of at most MAX_BYTES: the quality steps down
 * until it fits, and very long pages are cut at MAX_HEIGHT.
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
const MAX_BYTES = 200 * 1024;
const MAX_HEIGHT = 2400;
const PASSWORD = "demo-wachtwoord-2026";

const WIDTHS = { desktop: 1280, telefoon: 375 } as const;

type Shot = { name: string; path: string | ((page: Page) => Promise<string>); as?: string };

/** The main pages; `as` signs in with that demo account first. */
const SHOTS: Shot[] = [
  { name: "home", path: "/" },
  { name: "regelingen", path: "/regelingen" },
  { name: "regeling", path: "/regelingen/gr-sociaal-domein-flevoland" },
  { name: "gemeente", path: "/gemeenten/urk" },
  { name: "griffie", path: "/griffie", as: "griffier.almere@demo.gr-volg.nl" },
  { name: "vergaderkalender", path: "/griffie/vergaderingen", as: "griffier.almere@demo.gr-volg.nl" },
  { name: "secretariaat", path: "/secretariaat", as: "secretariaat@demo.gr-volg.nl" },
  {
    name: "procedure",
    as: "secretariaat@demo.gr-volg.nl",
    path: async (page) => {
      await page.goto(`${BASE}/secretariaat`);
      const href = await page.getByRole("link", { name: "Procedure beheren" }).first().getAttribute("href");
      return href ?? "/secretariaat";
    },
  },
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

/** A JPEG of the top of the page (at most MAX_HEIGHT px), as small as needed to stay under MAX_BYTES. */
async function capture(page: Page, width: number): Promise<Buffer> {
  const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), MAX_HEIGHT);
  for (let quality = 70; ; quality -= 10) {
    const image = await page.screenshot({
      type: "jpeg",
      quality,
      fullPage: true,
      clip: { x: 0, y: 0, width, height },
    });
    if (image.length <= MAX_BYTES || quality <= 20) return image;
  }
}

async function main() {
  rmSync(`${ROOT}${DATA_DIR}`, { recursive: true, force: true });
  const cli = (...args: string[]) =>
    execFileSync("node", ["bin/gr-volg.mjs", ...args], { cwd: ROOT, env, stdio: "inherit" });
  cli("db", "migrate");
  cli("db", "seed");
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
      let signedInAs: string | undefined;
      for (const shot of SHOTS) {
        if (shot.as && shot.as !== signedInAs) {
          await signIn(page, shot.as);
          signedInAs = shot.as;
        }
        const path = typeof shot.path === "string" ? shot.path : await shot.path(page);
        await page.goto(`${BASE}${path}`, { waitUntil: "networkidle" });
        const file = `${OUT}/${shot.name}-${label}.jpg`;
        const image = await capture(page, width);
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
